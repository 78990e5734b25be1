import { css } from 'lit';

/**
 * The map of <dc-proximity-map>, for a host whose styles start with `sharedStyles` (it reads the `--_dc-*` tokens).
 * Public `--dc-map-*` properties fall back to the global tokens (through a private copy where they are used more than once). Positions on the map are physical (`left`, `top`,
 * `translate`): a map is not mirrored in right-to-left pages; the controls around it use logical properties.
 */
export const mapViewStyles = css`
  :host {
    --_dc-map-height: var(--dc-map-height, 24rem);
    --_dc-map-water: var(--dc-map-water, var(--_dc-color-surface));
    --_dc-map-border: var(--dc-map-border, var(--_dc-color-border));
    --_dc-map-marker: var(--dc-map-marker-color, var(--_dc-color-accent));
    --_dc-map-marker-text: var(--dc-map-marker-text, var(--_dc-color-surface));
  }

  @media (max-width: 30rem) {
    :host {
      --_dc-map-height: var(--dc-map-height, 18rem);
    }
  }

  .map {
    position: relative;
  }

  .viewport {
    position: relative;
    overflow: hidden;
    block-size: var(--_dc-map-height);
    min-block-size: 10rem;
    background: var(--_dc-map-water);
    border: 1px solid var(--_dc-map-border);
    border-radius: var(--_dc-radius);
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
    /* One finger scrolls the page; two fingers move and zoom the map (the pointer handlers do it). */
    touch-action: pan-x pan-y;
    direction: ltr;
  }

  .viewport.dragging {
    cursor: grabbing;
  }

  .shapes,
  .tiles,
  .markers,
  .hint {
    position: absolute;
    inset: 0;
  }

  /* Tiles and markers are placed by a transform (no layout); markers are centred on their point. */
  .tiles img,
  .marker,
  .home {
    position: absolute;
    left: 0;
    top: 0;
  }

  .tiles img {
    max-inline-size: none;
  }

  .shapes path {
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }

  .countries {
    fill: var(--dc-map-land, var(--_dc-color-subtle));
    stroke: var(--_dc-map-border);
  }

  .tiles ~ .shapes .countries {
    fill: none;
  }

  .municipalities {
    fill: none;
    stroke: var(--_dc-map-border);
    stroke-width: 0.5;
    stroke-opacity: 0.6;
  }

  .home-area,
  .radius {
    fill: var(--dc-map-radius-color, var(--_dc-color-accent));
    stroke: var(--dc-map-radius-color, var(--_dc-color-accent));
    stroke-width: 2;
  }

  .home-area {
    fill-opacity: 0.15;
  }

  .radius {
    fill-opacity: 0.06;
    stroke-dasharray: 6 4;
  }

  .marker,
  .home,
  .zoom button,
  .hint {
    display: grid;
    place-items: center;
  }

  .marker,
  .home {
    translate: -50% -50%;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.35);
  }

  .marker {
    min-inline-size: 1.75rem;
    min-block-size: 1.75rem;
    padding: 0 0.375rem;
    border: 2px solid var(--_dc-map-marker-text);
    border-radius: 999px;
    background: var(--_dc-map-marker);
    color: var(--_dc-map-marker-text);
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }

  .cluster {
    min-inline-size: 2.25rem;
    min-block-size: 2.25rem;
    /* A ring of the marker's colour around a white gap: a cluster reads as "more than one" without its name. */
    outline: 3px solid var(--_dc-map-marker);
    border-width: 3px;
  }

  .marker:hover {
    z-index: 1;
    filter: brightness(1.15);
  }

  /* The focus ring over a cluster's ring (its offset is the shared one). */
  .marker:focus-visible {
    outline: var(--_dc-focus-ring);
  }

  .marker:focus-visible,
  .marker[aria-expanded='true'] {
    z-index: 2;
  }

  .home {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 0.25rem;
    background: var(--dc-map-home-color, var(--_dc-color-text));
    border: 2px solid var(--_dc-map-water);
    pointer-events: none;
  }

  .home svg {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    fill: var(--_dc-map-water);
  }

  .zoom {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-end: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .zoom button,
  .close {
    inline-size: 2.75rem;
    padding: 0;
    font-size: 1.25em;
  }

  .zoom button {
    line-height: 1;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.25);
  }

  .zoom button[aria-disabled='true'] {
    color: var(--_dc-color-muted);
    border-style: dashed;
    cursor: default;
  }

  .hint {
    padding: 1rem;
    background: rgb(0 0 0 / 0.55);
    color: #fff;
    font-size: 1.125em;
    font-weight: 600;
    text-align: center;
    pointer-events: none;
  }

  .hint[hidden],
  .tooltip[hidden] {
    display: none;
  }

  .help,
  .credit {
    margin: 0.25rem 0 0;
    color: var(--_dc-color-muted);
  }

  .help {
    display: none;
    font-size: 0.875em;
  }

  .map:focus-within .help {
    display: block;
  }

  .credit {
    font-size: 0.75em;
    text-align: end;
  }

  .popup,
  .tooltip {
    position: fixed;
    left: 0;
    top: 0;
    z-index: 10;
  }

  .popup {
    inline-size: max-content;
    max-inline-size: min(20rem, calc(100vw - 1rem));
    max-block-size: min(20rem, calc(100vh - 1rem));
    overflow: auto;
    padding: 0.5rem 0.75rem 0.75rem;
    background: var(--_dc-color-surface);
    color: var(--_dc-color-text);
    border: 1px solid var(--_dc-color-border);
    border-radius: var(--_dc-radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  }

  .popup-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .popup-title {
    font-weight: 700;
  }

  .popup-place-title {
    margin-block-start: 0.5rem;
    font-weight: 600;
  }

  .close {
    flex: none;
  }

  /* Over the gap to its marker (placeAbove's 6 px): the pointer crosses it onto the tooltip without leaving both. */
  .tooltip::before {
    content: '';
    position: absolute;
    inset: -6px 0;
  }

  .tooltip {
    padding: 0.125rem 0.5rem;
    background: var(--_dc-color-text);
    color: var(--_dc-color-surface);
    border-radius: 0.25rem;
    font-size: 0.875em;
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .viewport {
      border-color: CanvasText;
    }
    .countries,
    .municipalities {
      fill: Canvas;
      stroke: GrayText;
    }
    .radius,
    .home-area {
      fill: none;
      stroke: Highlight;
    }
    .marker {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
      border-color: ButtonFace;
      box-shadow: none;
    }
    .cluster {
      outline-color: ButtonText;
    }
    .marker:focus-visible {
      outline: 3px solid Highlight;
    }
    .home {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Canvas;
    }
    .home svg {
      fill: HighlightText;
    }
    .popup,
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
`;
