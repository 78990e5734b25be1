import { css } from 'lit';

export const areaFilterStyles = css`
  .search {
    display: grid;
    gap: 0.25rem;
  }

  label[for='q'] {
    font-weight: 600;
  }

  input[type='search'] {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_dc-color-border);
    border-radius: var(--_dc-radius);
    font: inherit;
    color: var(--_dc-color-text);
    background: var(--_dc-color-surface);
  }

  .hint,
  .savings-note,
  .empty {
    color: var(--_dc-color-muted);
  }

  .hint {
    margin: 0;
    font-size: 0.875em;
  }

  .status {
    margin: 0;
    font-weight: 600;
  }

  .status:empty {
    display: none;
  }

  .chips-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_dc-color-accent);
    border-radius: 999px;
    background: var(--_dc-color-subtle);
    color: var(--_dc-color-text);
    font: inherit;
    cursor: pointer;
  }

  .chip .x {
    font-size: 1.25em;
    line-height: 1;
  }

  .facets {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--dc-filter-columns-min, 13rem)), 1fr));
    gap: var(--_dc-space);
  }

  .facets[hidden] {
    display: none;
  }

  .facet {
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--_dc-color-border);
    border-radius: var(--_dc-radius);
    min-inline-size: 0;
  }

  legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }

  .options {
    display: grid;
    gap: 0.125rem;
  }

  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
  }

  /* 24 px targets at least (WCAG 2.5.8): the checkbox and its label are one target. */
  .option input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.2rem 0 0;
  }

  .option label {
    min-block-size: 1.5rem;
    cursor: pointer;
  }

  .count {
    font-variant-numeric: tabular-nums;
  }

  .empty .name {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }

  .summary {
    display: grid;
    gap: 0.5rem;
    padding: var(--_dc-space);
    border-radius: var(--_dc-radius);
    background: var(--_dc-color-subtle);
  }

  .summary-heading {
    font-weight: 700;
    font-size: 1.1em;
  }

  .summary-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_dc-space);
  }

  .bars {
    margin: 0;
  }

  figcaption,
  .savings-heading {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }

  .bars li {
    display: grid;
    grid-template-columns: minmax(0, 10rem) minmax(2rem, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.875em;
  }

  /* An SVG bar: its width is an attribute, which a strict Content-Security-Policy allows (an inline style it would not). */
  .bar-track {
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
  }

  .bar-track:dir(rtl) {
    scale: -1 1;
  }

  .bar {
    fill: var(--dc-filter-bar-color, var(--_dc-color-accent));
  }

  .bar-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  .savings p {
    margin: 0;
  }

  .toggle,
  .clear,
  .more {
    justify-self: start;
    min-block-size: 2.75rem;
  }

  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }

    .chip {
      border-color: ButtonText;
    }
  }
`;
