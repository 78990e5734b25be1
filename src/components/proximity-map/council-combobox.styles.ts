import { css } from 'lit';

/**
 * The council chooser, for a host whose styles start with `sharedStyles`: it reads the `--_dc-*` tokens, and an
 * option's pause between its name and its kind for screen readers (which run adjacent spans together) is
 * `.visually-hidden`. The list is in the flow, under the field, rather than floating over the map: nothing around it
 * can clip it, and at 320 px it pushes the panel down instead of covering it. A page that wants it floating styles
 * `::part(chooser-list)`.
 */
export const councilComboboxStyles = css`
  .chooser {
    display: grid;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .chooser label {
    font-weight: 600;
  }

  .chooser input {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_dc-color-border);
    border-radius: var(--_dc-radius);
    font: inherit;
    color: var(--_dc-color-text);
    background: var(--_dc-color-surface);
  }

  .list {
    display: grid;
    gap: 0.125rem;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    border: 1px solid var(--_dc-color-border);
    border-radius: var(--_dc-radius);
    background: var(--_dc-color-surface);
  }

  .list[hidden] {
    display: none;
  }

  /* 44 px rows: one target per option (WCAG 2.5.8 asks for 24). */
  .option {
    position: relative;
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    border-inline-start: 0.25rem solid transparent;
    border-radius: calc(var(--_dc-radius) / 2);
    cursor: pointer;
  }

  .option:hover {
    background: var(--_dc-color-subtle);
  }

  /* The active option has a frame and a bar at its start, not only another colour. */
  .option[aria-selected='true'] {
    background: var(--_dc-color-subtle);
    border-inline-start-color: var(--_dc-color-accent);
    outline: 2px solid var(--_dc-color-accent);
    outline-offset: -2px;
  }

  .option .name {
    font-weight: 600;
  }

  .option .kind {
    font-size: 0.875em;
    color: var(--_dc-color-muted);
  }

  /* Always laid out, even empty: some screen readers miss a live region that appears from display: none. */
  .chooser .status {
    margin: 0;
    font-size: 0.875em;
    color: var(--_dc-color-muted);
  }

  @media (forced-colors: active) {
    .list {
      border-color: CanvasText;
    }

    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-inline-start-color: HighlightText;
      outline-color: HighlightText;
    }

    .option[aria-selected='true'] .kind {
      color: HighlightText;
    }
  }
`;
