import { css } from 'lit';

export const projectListStyles = css`
  /* Each public --dc-list-* property is read in one place, with its default: no private copy needed. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .status {
    font-weight: 600;
  }

  .status.error {
    padding: var(--_dc-space);
    border: 2px solid var(--_dc-color-error);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_dc-radius);
    color: var(--_dc-color-text);
  }

  .note,
  .more {
    color: var(--_dc-color-muted);
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--dc-list-column-min, 18rem)), 1fr));
    gap: var(--dc-list-gap, var(--_dc-space));
  }

  .grid > li {
    min-inline-size: 0;
  }

  .placeholder {
    min-block-size: var(--dc-list-card-min-block-size, 19rem);
    border-radius: var(--_dc-radius);
  }

  dc-project-card {
    block-size: 100%;
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5rem 1rem;
  }

  /* In forced-colors mode the browser draws the error box's border in a system colour (CanvasText) by itself. */
`;
