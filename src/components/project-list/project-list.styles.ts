import { css } from 'lit';

export const projectListStyles = css`
  :host {
    --_dc-list-gap: var(--dc-list-gap, var(--_dc-space));
    --_dc-list-column-min: var(--dc-list-column-min, 18rem);
    --_dc-list-card-min-block-size: var(--dc-list-card-min-block-size, 19rem);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_dc-space) * 0.75);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .status,
  .message,
  .more {
    margin: 0;
  }

  .status {
    font-weight: 600;
  }

  .status.error {
    padding: var(--_dc-space);
    border: 2px solid #a4161a;
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
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_dc-list-column-min)), 1fr));
    gap: var(--_dc-list-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .grid > li {
    min-inline-size: 0;
  }

  .placeholder {
    min-block-size: var(--_dc-list-card-min-block-size);
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

  @media (forced-colors: active) {
    .status.error {
      border-color: CanvasText;
    }
  }
`;
