import { css } from 'lit';

export const projectCardStyles = css`
  /* The public --dc-card-* properties used in more than one rule get a private copy, so each default is written once. */
  :host {
    --_dc-card-color: var(--dc-card-color, var(--_dc-color-text));
    --_dc-card-border-color: var(--dc-card-border-color, var(--_dc-color-border));
  }

  [part~='base'] {
    block-size: 100%;
    padding: var(--dc-card-padding, var(--_dc-space));
    color: var(--_dc-card-color);
    background: var(--dc-card-background, var(--_dc-color-surface));
    border: 1px solid var(--_dc-card-border-color);
    border-radius: var(--dc-card-radius, var(--_dc-radius));
    box-shadow: var(--dc-card-shadow, none);
  }

  .header > * {
    margin: 0;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_dc-space) * 0.5);
  }

  [part~='title'] {
    font-size: var(--dc-card-title-size, 1.25em);
    line-height: 1.25;
    color: var(--dc-card-title-color, var(--_dc-card-color));
    scroll-margin-block-start: var(--_dc-space);
  }

  .meta,
  .note {
    color: var(--_dc-color-muted);
  }

  .label {
    font-weight: 600;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  .tag,
  .phase {
    display: inline-block;
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    font-size: 0.875em;
    border-radius: 999px;
    border: 1px solid var(--_dc-card-border-color);
    background: var(--_dc-color-subtle);
    color: var(--_dc-card-color);
  }

  /* Each phase has its own text; colour and border style only add to it. */
  .phase {
    font-weight: 600;
    border-width: 2px;
  }
  .phase[data-phase='prototype'] {
    background: #fff4d6;
    color: #5c3b00;
    border-style: dashed;
    border-color: #8a5a00;
  }
  .phase[data-phase='pilot'] {
    background: #e3ecfd;
    color: #1c3480;
    border-style: double;
    border-width: 3px;
    border-color: #2f4fb0;
  }
  .phase[data-phase='implemented'] {
    background: #dff5e6;
    color: #14532d;
    border-style: solid;
    border-color: #1f7a43;
  }

  .disclosure {
    align-self: flex-start;
  }
  .disclosure::before {
    content: '▸' / '';
    display: inline-block;
    margin-inline-end: 0.375rem;
  }
  .disclosure[aria-expanded='true']::before {
    content: '▾' / '';
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin-block-start: auto;
  }

  .state {
    min-block-size: 20rem;
  }
  .state[data-layout='compact'] {
    min-block-size: 14rem;
  }
  .message {
    margin-block: 0 var(--_dc-space);
  }
  .placeholder {
    display: grid;
    gap: 0.75rem;
  }
  .bar {
    block-size: 1rem;
    border-radius: 0.25rem;
  }
  .title-bar {
    block-size: 1.5rem;
    inline-size: 70%;
  }
  .short {
    inline-size: 40%;
  }
  /* Matches of a search: a tint that keeps 4.5:1 for the text on it, and a bar under it, so that colour is not the
     only sign (WCAG 1.4.1); in forced colours the system's own, and a line under it, since no box-shadow is drawn there. */
  mark {
    padding: 0 0.05em;
    border-radius: 0.15em;
    background: var(--_dc-color-mark);
    box-shadow: inset 0 -0.15em var(--_dc-color-muted);
    color: inherit;
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
      text-decoration: underline;
    }
  }

  /*
   * In forced-colors mode the browser draws every border in a system colour (CanvasText) by itself, so the card, the
   * tags and the phase badge keep their outlines, and the phases their border styles, with no rule of their own.
   */
`;
