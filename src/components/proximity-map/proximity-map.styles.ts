import { css } from 'lit';

/**
 * The layout of `<dc-proximity-map>` around its map: controls, the status, the nearby list and similar councils. Its
 * lists have role="list", which the shared styles show without markers or indentation.
 */
export const proximityMapStyles = css`
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
  }

  /* The chooser's own styles let it shrink (min-inline-size: 0). */
  .controls > .chooser {
    flex: 1 1 16rem;
  }

  .radius {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .status {
    font-weight: 600;
  }

  .note {
    color: var(--_dc-color-muted);
  }

  /* The map and its text alternative side by side where there is room, one above the other where there is not. */
  .layout {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: var(--_dc-space);
    align-items: start;
  }

  .map-column {
    min-inline-size: 0;
  }

  .status.error {
    padding: var(--_dc-space);
    border: 2px solid var(--_dc-color-error);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_dc-radius);
  }

  .nearby,
  .similar,
  .popup-cards {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-inline-size: 0;
  }

  .rows {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .nearby .rows {
    max-block-size: var(--dc-map-height, 24rem);
    overflow-y: auto;
    padding-inline-end: 0.25rem;
  }

  .row {
    padding-block: 0.375rem;
    border-block-end: 1px solid var(--_dc-color-border);
  }

  .row-meta {
    margin: 0;
    color: var(--_dc-color-muted);
  }

  /* Titles read as links but open a card in place: buttons, with the look of the text around them. */
  .row-title,
  .link {
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_dc-color-accent);
    text-align: start;
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  .row-title {
    font-weight: 600;
    min-block-size: 2.75rem;
  }

  .card {
    margin-block-start: 0.5rem;
  }

  .councils {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_dc-space);
  }

  .council {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding: calc(var(--_dc-space) * 0.75);
    border: 1px solid var(--_dc-color-border);
    border-radius: var(--_dc-radius);
  }

  .reasons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }

  [part~='reason'] {
    padding-inline: 0.5rem;
    border: 1px solid var(--_dc-color-border);
    border-radius: 999px;
    background: var(--_dc-color-subtle);
    font-size: 0.875em;
  }

  .popup-count {
    margin: 0;
  }

  @media (forced-colors: active) {
    .row-title,
    .link {
      color: LinkText;
    }
  }
`;
