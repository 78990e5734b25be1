import { css } from 'lit';

/**
 * Global design tokens and the behaviour every element shares. Pages theme all elements at once
 * through the public `--dc-*` tokens (docs/theming.md lists them); each element reads them through
 * private `--_dc-*` copies so one place holds the default.
 *
 * Each colour has a light and a dark default, picked by `light-dark()` from the element's colour
 * scheme: the page's own `color-scheme` (or `<meta name="color-scheme">`), inherited. A page that
 * never declared a dark scheme gets the light colours on a dark-mode OS; a page that says
 * `color-scheme: light dark` follows the OS; `color-scheme: dark` forces dark. Both palettes pass
 * WCAG AA (test/node/theme-contrast.test.mjs). A browser without `light-dark()` (before 2024)
 * keeps the light palette.
 */
export const sharedStyles = css`
  :host {
    --_dc-color-text: var(--dc-color-text, #1f2328);
    --_dc-color-surface: var(--dc-color-surface, #fff);
    --_dc-color-border: var(--dc-color-border, #818b98);
    --_dc-color-accent: var(--dc-color-accent, #0a4f9c);
    --_dc-color-muted: var(--dc-color-muted, #4d5661);
    --_dc-color-subtle: var(--dc-color-subtle, #f3f5f8);
    --_dc-color-error: var(--dc-color-error, #b3261e);
    --_dc-color-mark: var(--dc-mark-background, #fff0a8);
    --_dc-radius: var(--dc-radius, 0.5rem);
    --_dc-space: var(--dc-space, 1rem);
    --_dc-focus-ring: var(--dc-focus-ring, 3px solid var(--_dc-color-accent));

    display: block;
    font-family: var(--dc-font-family, inherit);
    line-height: 1.5;
    color: var(--_dc-color-text);
    overflow-wrap: anywhere;
    /* Inherited properties a page may force on every element (* { white-space: nowrap !important }) that push the
       element's content out of its box: only an !important here wins over the page's on the element's own tag.
       Typography (font, size, line height, spacing, alignment) stays the page's. */
    white-space: normal !important;
    text-indent: 0 !important;
  }

  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_dc-color-text: var(--dc-color-text, light-dark(#1f2328, #e6edf3));
      --_dc-color-surface: var(--dc-color-surface, light-dark(#fff, #161b22));
      --_dc-color-border: var(--dc-color-border, light-dark(#818b98, #7d8590));
      --_dc-color-accent: var(--dc-color-accent, light-dark(#0a4f9c, #6cb6ff));
      --_dc-color-muted: var(--dc-color-muted, light-dark(#4d5661, #a8b1bb));
      --_dc-color-subtle: var(--dc-color-subtle, light-dark(#f3f5f8, #21262d));
      --_dc-color-error: var(--dc-color-error, light-dark(#b3261e, #ff8a80));
      --_dc-color-mark: var(--dc-mark-background, light-dark(#fff0a8, #4a3c00));
      /* The page's background is the page's in light; a dark element paints its own, so its text stays readable when
         only the element is dark on a light page. */
      background: light-dark(#0000, var(--_dc-color-surface));
    }
  }

  :host([hidden]) {
    display: none;
  }

  /* Not inherited from the host: a page's reset on every element (* { box-sizing: content-box }) reaches the
     element's own tag, never its insides. */
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_dc-color-accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.16em;
  }

  /* Also on a heading that receives focus from script (permalinks, paging): it shows where the reader landed. */
  :focus-visible {
    outline: var(--_dc-focus-ring);
    outline-offset: 2px;
  }

  button,
  select {
    font: inherit;
    color: var(--_dc-color-text);
    background: var(--_dc-color-surface);
    border: 1px solid var(--_dc-color-border);
    border-radius: calc(var(--_dc-radius) / 2);
    padding: 0.375rem 0.75rem;
    min-block-size: 2.75rem;
  }

  button:not(:disabled) {
    cursor: pointer;
  }

  button:disabled {
    color: var(--_dc-color-muted);
    border-style: dashed;
  }

  /* Lists shown as rows or grids of boxes; role="list" keeps them lists for screen readers despite list-style: none. */
  [role='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* A column of blocks, spaced by the gap alone: the card, and the list around the cards. */
  .stack {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_dc-space) * 0.75);
  }
  .stack > * {
    margin: 0;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .skeleton {
    background: linear-gradient(
      90deg,
      var(--_dc-color-subtle) 25%,
      var(--_dc-color-surface) 50%,
      var(--_dc-color-subtle) 75%
    );
    background-size: 200% 100%;
    animation: dc-shimmer 1.6s linear infinite;
  }

  @keyframes dc-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid Highlight;
    }
    button:disabled {
      color: GrayText;
    }
    .skeleton {
      background: Canvas;
      border: 1px dashed CanvasText;
    }
  }
`;
