/**
 * The interactive map of <dc-proximity-map>: an SVG of the geometry that ships with the package, projected on the
 * client with d3-geo, and HTML buttons over it for the places. A Lit reactive controller: the element owns the
 * data and the texts, this draws them and handles pointer, wheel and keyboard.
 *
 * Coordinates: every shape is projected once, at a fixed Web Mercator scale where the whole world is WORLD units
 * wide (tile zoom 0). The view is a scale `k` and an offset `(tx, ty)` from those units to CSS pixels, applied to
 * the SVG as one transform, so panning and zooming never project a shape again. Markers are placed from the same
 * numbers (`screen = world × k + t`), and optional raster tiles line up because they use the same projection.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { geoCircle, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { GeoPoint } from '../../feed/types.js';
import { EARTH_RADIUS_KM } from '../../geo/distance.js';
import { GEOMETRY_CREDIT } from '../../geo/geometry/credit.js';
import type { Bbox, GeometryPart } from '../../geo/geometry/index.js';
import { cssomStyle } from './cssom-style.js';

export interface MapPlace {
  /** Council id, unique among the places. */
  id: string;
  point: GeoPoint;
  /** Council name: untrusted text, bound as text. */
  name: string;
  /** Projects there (at least 1): the number the marker shows. */
  count: number;
  /** The marker's accessible name, written by the element ("Girona: 3 projects, 86 km"). */
  label: string;
}

export interface MapTexts {
  /** Accessible name of the map ("Map of the projects near Girona"). */
  map: string;
  /** Keyboard help, shown while focus is in the map and given as the markers' description. */
  help: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  /** Accessible name of a cluster marker ("4 councils, 9 projects"). */
  cluster(places: number, projects: number): string;
  /** Accessible name of the home marker. */
  home(name: string): string;
  close: string;
  /** Shown for a moment when the wheel turns over the map without Ctrl or ⌘ ("Hold Ctrl to zoom the map"). */
  wheelHint: string;
}

/** Where the map finds its shapes. The package's own geometry unless a test or a page gives another. */
export interface MapGeometry {
  partsInView(view: Bbox): readonly GeometryPart[];
  municipalityOf(councilId: string): { part: string; id: string } | undefined;
  credit: string;
}

export interface MapViewOptions {
  texts(): MapTexts;
  /** What the popup of a place shows (the element renders its projects as buttons). */
  popup(place: MapPlace, headingLevel: number): TemplateResult;
  /** Level of the popup's heading (default 3), so it fits the page's outline. */
  headingLevel?(): number;
  /** The shapes to draw (default: the geometry that ships with the package). */
  geometry?: MapGeometry;
}

export interface MapHome {
  point: GeoPoint;
  name: string;
  /** A council id of the feed: its municipality is highlighted when the geometry has it. */
  councilId?: string;
}

/** Width of the world at tile zoom 0, in projected units (Web Mercator's 256-pixel tile). */
const WORLD = 256;
const MIN_ZOOM = 2;
const MAX_ZOOM = 15;
/** Markers closer than this many pixels (centre to centre) are one cluster: a marker is at most about 2.25rem wide. */
const CLUSTER_PX = 40;
/** Room kept free around what fit() shows, in pixels: half a marker plus a margin. */
const FIT_PADDING = 32;
/** A pointer that moves less than this (pixels) before it is released clicked: it did not drag. */
const DRAG_THRESHOLD = 4;
const ANIMATION_MS = 350;
const HINT_MS = 1600;
/** A part of the geometry that failed to load is asked for again after this long, if still in view. */
const RETRY_MS = 5000;
/** How far outside the view markers are still drawn (pixels), so a short pan does not show them appearing. */
const CULL_MARGIN = 64;

/**
 * The package's own geometry: its table of parts is geometry too, and comes with the first part rather than with the
 * element (an import of its own, retried by the next view when it fails).
 */
let packageGeometry: Promise<MapGeometry> | undefined;
const loadPackageGeometry = (): Promise<MapGeometry> =>
  (packageGeometry ??= import('../../geo/geometry/index.js').then(
    ({ partsInView, municipalityOf }) => ({ partsInView, municipalityOf, credit: GEOMETRY_CREDIT }),
    (error: unknown) => {
      packageGeometry = undefined;
      throw error;
    },
  ));

/** The fixed projection of every shape and point into world units. */
const projection = geoMercator()
  .scale(WORLD / (2 * Math.PI))
  .translate([WORLD / 2, WORLD / 2]);
/**
 * Shapes as SVG path data in world units. At the deepest zoom one world unit is 2^15 pixels, so the default three
 * decimals would shift borders by pixels: six keep them under a tenth of a pixel. (`digits` is in d3-geo 3.1 but
 * not yet in its type definitions.)
 */
const worldPath = (geoPath(projection) as ReturnType<typeof geoPath> & { digits(digits: number): unknown }).digits(6) as ReturnType<typeof geoPath>;
/** Europe (11° W to 30° E, 35° N to 60° N), the default view when there is nothing to fit: its box in world units. */
const EUROPE = [...toWorld({ lon: -11, lat: 60 }), ...toWorld({ lon: 30, lat: 35 })] as [number, number, number, number];

interface View {
  k: number;
  tx: number;
  ty: number;
}

/** A marker on screen: one place, or a cluster of places drawn at its first place (the seed). */
interface Marker {
  /** The seed place's id: stays the same when a cluster splits, so focus stays on its button. */
  key: string;
  places: MapPlace[];
  /** The seed's position in world units. */
  at: readonly [number, number];
  projects: number;
}

interface LoadedPart {
  part: GeometryPart;
  d: string;
  features: FeatureCollection<Geometry, { name: string }>;
}

interface Popup {
  /** The place whose marker the popup is anchored to (the first of a cluster's). */
  anchor: string;
  /** One place, or the places of a cluster the map cannot split by zooming. */
  places: MapPlace[];
}

type Direction = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const minK = 2 ** MIN_ZOOM;
const maxK = 2 ** MAX_ZOOM;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
const isMarker = (target: EventTarget | null): target is HTMLButtonElement => target instanceof HTMLButtonElement && target.dataset['key'] !== undefined;

/** Places a floating box (the popup, the tooltip) above its anchor, or below it when there is no room, inside the window. */
function placeAbove(anchor: Element, box: HTMLElement, gap: number, padding: number): void {
  void computePosition(anchor, box, { strategy: 'fixed', placement: 'top', middleware: [offset(gap), flip(), shift({ padding })] }).then(({ x, y }) => {
    box.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  });
}

/** A point in world units. */
function toWorld(point: GeoPoint): [number, number] {
  return projection([point.lon, point.lat]) ?? [WORLD / 2, WORLD / 2];
}

/** The box around points in world units: `[x0, y0, x1, y1]`. */
function boxOf(points: readonly (readonly [number, number])[]): [number, number, number, number] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * Greedy clustering in screen space: each place, in the order given, joins the nearest cluster whose seed is closer
 * than CLUSTER_PX, or starts one. A grid of CLUSTER_PX cells means each place looks at nine cells only, so this is
 * O(n). Seeds end up at least CLUSTER_PX apart, so the markers drawn at the seeds never overlap.
 */
function clusterPlaces(places: readonly MapPlace[], world: readonly (readonly [number, number])[], k: number): Marker[] {
  const markers: Marker[] = [];
  const grid = new Map<string, Marker[]>();
  const limit = CLUSTER_PX * CLUSTER_PX;
  places.forEach((place, index) => {
    const at = world[index]!;
    const [x, y] = at;
    const cx = Math.floor((x * k) / CLUSTER_PX);
    const cy = Math.floor((y * k) / CLUSTER_PX);
    let nearest: Marker | undefined;
    let nearestDistance = limit;
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const marker of grid.get(`${i},${j}`) ?? []) {
          const distance = ((marker.at[0] - x) * k) ** 2 + ((marker.at[1] - y) * k) ** 2;
          if (distance < nearestDistance) [nearest, nearestDistance] = [marker, distance];
        }
      }
    }
    if (nearest) {
      nearest.places.push(place);
      nearest.projects += place.count;
      return;
    }
    const marker: Marker = { key: place.id, places: [place], at, projects: place.count };
    markers.push(marker);
    const cell = `${cx},${cy}`;
    grid.set(cell, [...(grid.get(cell) ?? []), marker]);
  });
  return markers;
}

export class MapView implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: MapViewOptions;
  /** Undefined while the package's geometry table loads. */
  #geometry: MapGeometry | undefined;
  #geometryLoading = false;

  #places: readonly MapPlace[] = [];
  /** The places' positions in world units, in the same order. */
  #world: (readonly [number, number])[] = [];
  #home: MapHome | undefined;
  #radiusKm: number | undefined;

  /** Optional raster tiles ("https://…/{z}/{x}/{y}.png"): the only thing that may ask another origin. Off by default. */
  tileUrl: string | undefined;
  /** The credit the tiles' provider asks for, shown beside the geometry's. */
  tileCredit: string | undefined;

  #view: View = { k: minK, tx: 0, ty: 0 };
  #width = 0;
  #height = 0;
  /** The view has not been set by fit() or the reader yet (or fit() came before a size): the first size known fits it. */
  #unset = true;

  /** Clusters for the current places at one scale: only a zoom makes them again, not a pan. */
  #markers: { k: number; places: readonly MapPlace[]; list: Marker[]; byPlace: Map<string, Marker> } | undefined;
  /** The place whose marker holds the roving tab stop. */
  #current: string | undefined;

  readonly #loaded = new Map<string, LoadedPart>();
  readonly #loading = new Set<string>();
  #circle: string | undefined;
  #homeAreaPath: { councilId: string; d: string } | undefined;

  #popup: Popup | undefined;
  #popupCleanup: (() => void) | undefined;
  #popupAnchor: Element | undefined;
  #focusPopup = false;
  #refocusMarker = false;
  #hadMarkerFocus: Marker | undefined;
  #tooltip: { key: string; text: string } | undefined;

  readonly #pointers = new Map<number, { x: number; y: number }>();
  #drag: { x: number; y: number; moved: boolean } | undefined;
  #pinch: { distance: number; x: number; y: number } | undefined;
  #suppressClick = false;
  #frame = 0;
  #animation = 0;
  #animationDone: (() => void) | undefined;
  #hintTimer: ReturnType<typeof setTimeout> | undefined;
  #hint = false;
  readonly #resizeObserver = new ResizeObserver(([entry]) => {
    if (entry) this.#resize(entry.contentRect.width, entry.contentRect.height);
  });
  /** The viewport the observer watches. */
  #observed: HTMLElement | undefined;

  readonly #viewport = createRef<HTMLDivElement>();
  readonly #popupBox = createRef<HTMLDivElement>();
  readonly #tooltipBox = createRef<HTMLDivElement>();
  readonly #markerGroup = createRef<HTMLDivElement>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: MapViewOptions) {
    this.#host = host;
    this.#options = options;
    this.#geometry = options.geometry;
    host.addController(this);
  }

  /** The places to mark, in the order arrow-less navigation (Home, End) and clustering follow: nearest first, say. */
  get places(): readonly MapPlace[] {
    return this.#places;
  }

  set places(places: readonly MapPlace[]) {
    this.#places = places;
    this.#world = places.map((place) => toWorld(place.point));
    // The popup goes with a place it lists.
    if (this.#popup?.places.some((shown) => !places.some((place) => place.id === shown.id))) this.closePopup(false);
  }

  /** Write-only, as `radiusKm`: the host keeps what it gave. */
  set home(home: MapHome | undefined) {
    this.#home = home;
    this.#circle = undefined;
  }

  /** Radius of the Km0 circle around home, in km (none when undefined). */
  set radiusKm(radiusKm: number | undefined) {
    this.#radiusKm = radiusKm;
    this.#circle = undefined;
  }

  /** Web Mercator zoom level of the view (2 to 15; 0 would show the whole world in 256 pixels). */
  get zoom(): number {
    return Math.log2(this.#view.k);
  }

  hostConnected(): void {
    addEventListener('keydown', this.#onEscape, true);
    if (this.#viewport.value) this.#observe(this.#viewport.value);
    // A tooltip from before the page moved the map goes (hover and focus did not move with it): shown again it would
    // sit there unasked, and take the page's next Escape.
    this.#hideTooltip();
  }

  hostDisconnected(): void {
    removeEventListener('keydown', this.#onEscape, true);
    this.#resizeObserver.disconnect();
    this.#observed = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#stopAnimation();
    clearTimeout(this.#hintTimer);
    this.#unanchorPopup();
  }

  /** Notes the marker focus is on, if any, so that a marker removed by the update (merged, split) passes focus on. */
  hostUpdate(): void {
    this.#hadMarkerFocus = this.#focusedMarker();
  }

  hostUpdated(): void {
    const viewport = this.#viewport.value;
    // A new viewport when the host rendered the map afresh (after a loading state): watch that one.
    if (viewport && viewport !== this.#observed) {
      this.#observe(viewport);
      // Measured once here, so that fit() works in the first update and not one observer callback later.
      this.#resize(viewport.clientWidth, viewport.clientHeight);
    }
    if (!this.#animation && !this.#drag?.moved && !this.#pinch) this.#loadPartsInView();
    this.#placePopup();
    this.#placeTooltip();
    // Focus was on a marker the update removed (merged, or a new feed's places without its council), and fell to
    // <body> or to what the host gives it: it goes to the current place's marker, else to the markers' tab stop.
    const lost = this.#hadMarkerFocus && !this.#focusedMarker();
    if (this.#focusPopup) {
      this.#focusPopup = false;
      this.#popupBox.value?.focus();
    }
    if (this.#refocusMarker || lost) {
      this.#refocusMarker = false;
      (this.#markerButton(this.#current) ?? this.#markerGroup.value?.querySelector<HTMLElement>('[tabindex="0"]'))?.focus();
    }
  }

  /** Fits the view to home and its radius (or to all places without home). Call after changing home or radius. */
  fit(): void {
    this.#stopAnimation();
    // Setting the view sets #unset to false. Not drawn (the host shows a loading line instead), the map may come back
    // another size: it is fitted once it has one (0 is none).
    if (this.#viewport.value && this.#width && this.#height) this.#setView(this.#fitView());
    else {
      this.#unset = true;
      this.#width = 0;
    }
  }

  /** Shows and focuses the marker of a place (zooming in until it is not in a cluster), without opening it. */
  async focusPlace(id: string): Promise<void> {
    const index = this.#indexOf(id);
    if (index < 0) return;
    await this.#reveal(index, true);
    this.#current = id;
    // Focused by the update, as after an arrow key.
    this.#refocusMarker = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
  }

  /** Opens the popup of a place on its marker (or on the cluster that holds it), bringing it into view. */
  openPlace(id: string): void {
    const index = this.#indexOf(id);
    if (index < 0) return;
    void this.#reveal(index, false);
    this.#openPopup({ anchor: id, places: [this.#places[index]!] });
  }

  #indexOf(id: string): number {
    return this.#places.findIndex((place) => place.id === id);
  }

  /** Closes the popup; with `returnFocus` (the default) focus goes back to the marker it belongs to. */
  closePopup(returnFocus = true): void {
    if (!this.#popup) return;
    const anchor = this.#popup.anchor;
    this.#popup = undefined;
    this.#unanchorPopup();
    if (returnFocus) {
      this.#current = anchor;
      this.#refocusMarker = true;
    }
    this.#host.requestUpdate();
  }

  render(): TemplateResult {
    const texts = this.#options.texts();
    const { k, tx, ty } = this.#view;
    const markers = this.#visibleMarkers();
    const tabStop = this.#tabStop(markers);
    const credit = [this.#options.geometry?.credit ?? GEOMETRY_CREDIT, this.tileUrl ? this.tileCredit : undefined].filter(Boolean).join(' · ');
    // Booleans are bound to ARIA attributes as they are: Lit writes them "true" or "false" (String() would cost bytes).
    return html`
      <div part="map" class="map" role="region" aria-label=${texts.map} @keydown=${this.#onKeyDown} @focusout=${this.#onFocusOut}>
        <div
          class="viewport"
          ${ref(this.#viewport)}
          @pointerdown=${this.#onPointerDown}
          @pointermove=${this.#onPointerMove}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#onPointerUp}
          @lostpointercapture=${this.#onPointerUp}
          @wheel=${{ handleEvent: this.#onWheel, passive: false }}
          @dblclick=${this.#onDoubleClick}
          @click=${{ handleEvent: this.#onClickCapture, capture: true }}
        >
          ${this.tileUrl ? this.#renderTiles(this.tileUrl) : nothing}
          <svg class="shapes" aria-hidden="true" width=${this.#width} height=${this.#height}>
            <g transform="translate(${tx} ${ty}) scale(${k})">${this.#renderShapes()}</g>
          </svg>
          <div class="markers">
            ${this.#home ? this.#renderHome(this.#home, texts) : nothing}
            <div role="group" aria-describedby="dc-map-help" ${ref(this.#markerGroup)} @click=${this.#onMarkerClick} @focusin=${this.#onMarkerFocus} @focusout=${this.#hideTooltip} @pointerover=${this.#onMarkerHover} @pointerout=${this.#onPointerLeave}>
              ${repeat(
                markers,
                (marker) => marker.key,
                (marker) => this.#renderMarker(marker, texts, marker === tabStop),
              )}
            </div>
          </div>
          <div class="hint" aria-hidden="true" ?hidden=${!this.#hint}>${texts.wheelHint}</div>
        </div>
        ${this.#popup ? this.#renderPopup(this.#popup, texts) : nothing}
        <div class="tooltip" aria-hidden="true" ?hidden=${!this.#tooltip} ${ref(this.#tooltipBox)} @pointerleave=${this.#onPointerLeave}>${this.#tooltip?.text}</div>
        <div part="zoom" class="zoom">
          <button type="button" aria-label=${texts.zoomIn} aria-disabled=${k >= maxK} @click=${() => this.#zoomBy(2)}><span aria-hidden="true">+</span></button>
          <button type="button" aria-label=${texts.zoomOut} aria-disabled=${k <= minK} @click=${() => this.#zoomBy(0.5)}><span aria-hidden="true">−</span></button>
          <button type="button" aria-label=${texts.fitAll} @click=${this.#onFitClick}><span aria-hidden="true">⤢</span></button>
        </div>
        <p id="dc-map-help" class="help">${texts.help}</p>
      </div>
      <p part="credit" class="credit">${credit}</p>
    `;
  }

  #renderShapes() {
    const parts = this.#partsInView()
      .map((part) => this.#loaded.get(part.id))
      .filter((part): part is LoadedPart => part !== undefined)
      // Countries under municipalities, whatever order the geometry lists them in.
      .sort((a, b) => Number(a.part.kind === 'municipalities') - Number(b.part.kind === 'municipalities'));
    const homeArea = this.#homeArea();
    const circle = this.#radiusPath();
    return svg`
      ${parts.map(({ part, d }) => svg`<path class=${part.kind} data-part=${part.id} d=${d}></path>`)}
      ${homeArea ? svg`<path class="home-area" d=${homeArea}></path>` : nothing}
      ${circle ? svg`<path class="radius" d=${circle}></path>` : nothing}
    `;
  }

  /** A marker's position: through the CSS object model, not a style attribute, which a strict style-src refuses. */
  #placed(at: readonly [number, number]) {
    const [x, y] = this.#toScreen(at);
    return cssomStyle({ transform: `translate(${x}px, ${y}px)` });
  }

  #renderHome(home: MapHome, texts: MapTexts) {
    return html`<div part="home-marker" class="home" role="img" aria-label=${texts.home(home.name)} style=${this.#placed(toWorld(home.point))}>
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3 2 12h3v8h5v-5h4v5h5v-8h3z"></path></svg>
    </div>`;
  }

  #renderMarker(marker: Marker, texts: MapTexts, tabStop: boolean) {
    const cluster = marker.places.length > 1;
    const label = cluster ? texts.cluster(marker.places.length, marker.projects) : marker.places[0]!.label;
    // A place's marker opens a popup; a cluster's zooms in, and opens one only when it cannot.
    const anchor = this.#popup?.anchor;
    const open = anchor !== undefined && marker.places.some((place) => place.id === anchor);
    return html`<button
      type="button"
      part=${cluster ? 'cluster' : 'marker'}
      class=${cluster ? 'marker cluster' : 'marker'}
      data-key=${marker.key}
      tabindex=${tabStop ? 0 : -1}
      aria-label=${label}
      aria-expanded=${cluster && !open ? nothing : open}
      style=${this.#placed(marker.at)}
    >${marker.projects}</button>`;
  }

  #renderPopup(popup: Popup, texts: MapTexts) {
    const level = clamp(Math.round(this.#options.headingLevel?.() ?? 3), 2, 6);
    const [first] = popup.places;
    const single = popup.places.length === 1;
    const title = single ? first!.name : texts.cluster(popup.places.length, popup.places.reduce((sum, place) => sum + place.count, 0));
    return html`<div part="popup" class="popup" role="dialog" aria-labelledby="dc-map-popup-title" tabindex="-1" ${ref(this.#popupBox)}>
      <div class="popup-head">
        <div role="heading" aria-level=${level} id="dc-map-popup-title" class="popup-title">${title}</div>
        <button type="button" class="close" aria-label=${texts.close} @click=${() => this.closePopup()}><span aria-hidden="true">×</span></button>
      </div>
      <div>
        ${single
          ? this.#options.popup(first!, Math.min(6, level + 1))
          : popup.places.map(
              (place) => html`<section>
                <div role="heading" aria-level=${Math.min(6, level + 1)} class="popup-place-title">${place.name}</div>
                ${this.#options.popup(place, Math.min(6, level + 2))}
              </section>`,
            )}
      </div>
    </div>`;
  }

  #renderTiles(template: string) {
    const { k, tx, ty } = this.#view;
    const z = clamp(Math.round(Math.log2(k)), 0, 19);
    const count = 2 ** z;
    const size = (WORLD * k) / count;
    const [x0, x1] = [Math.floor(-tx / size), Math.floor((this.#width - tx) / size)];
    const [y0, y1] = [Math.max(0, Math.floor(-ty / size)), Math.min(count - 1, Math.floor((this.#height - ty) / size))];
    const tiles: { key: string; src: string; x: number; y: number }[] = [];
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const wrapped = ((x % count) + count) % count;
        const src = template.replace('{z}', String(z)).replace('{x}', String(wrapped)).replace('{y}', String(y));
        tiles.push({ key: `${z}/${x}/${y}`, src, x: x * size + tx, y: y * size + ty });
      }
    }
    // A tile is drawn a hair larger than its cell so the seams between tiles do not show as lines.
    return html`<div class="tiles">
      ${repeat(
        tiles,
        (tile) => tile.key,
        (tile) => html`<img alt="" draggable="false" src=${tile.src} style=${cssomStyle({ transform: `translate(${tile.x}px, ${tile.y}px)`, width: `${size + 0.5}px`, height: `${size + 0.5}px` })} />`,
      )}
    </div>`;
  }

  /** Focus gone elsewhere in the page: the popup closes, so that it does not cover what focus went to. */
  readonly #onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (this.#popup && to && !(event.currentTarget as Element).contains(to)) this.closePopup(false);
  };

  // ——— The view ———

  #observe(viewport: HTMLElement): void {
    this.#resizeObserver.disconnect();
    this.#observed = viewport;
    this.#resizeObserver.observe(viewport);
  }

  #resize(width: number, height: number): void {
    if (width === this.#width && height === this.#height) return;
    // What was in the middle stays in the middle.
    const { k, tx, ty } = this.#view;
    this.#view = { k, tx: tx + (width - this.#width) / 2, ty: ty + (height - this.#height) / 2 };
    this.#width = width;
    this.#height = height;
    if (!width || !height) return;
    if (this.#unset) this.fit();
    this.#host.requestUpdate();
  }

  #toScreen([x, y]: readonly [number, number]): [number, number] {
    const { k, tx, ty } = this.#view;
    return [x * k + tx, y * k + ty];
  }

  /** The view showing a box of world units, centred, with padding, within the zoom limits (and at least `leastK`). */
  #viewOf([x0, y0, x1, y1]: readonly [number, number, number, number], fallbackK = this.#view.k, leastK = minK): View {
    const room = (size: number) => Math.max(1, size - 2 * FIT_PADDING);
    const fits = Math.min(x1 > x0 ? room(this.#width) / (x1 - x0) : Infinity, y1 > y0 ? room(this.#height) / (y1 - y0) : Infinity);
    const k = clamp(Number.isFinite(fits) ? fits : fallbackK, leastK, maxK);
    return this.#centredOn([(x0 + x1) / 2, (y0 + y1) / 2], k);
  }

  #centredOn([x, y]: readonly [number, number], k: number): View {
    return { k, tx: this.#width / 2 - x * k, ty: this.#height / 2 - y * k };
  }

  #fitView(): View {
    const circle = this.#circleShape();
    if (circle) return this.#viewOf(worldPath.bounds(circle).flat() as [number, number, number, number]);
    const points = this.#home ? [toWorld(this.#home.point), ...this.#world] : this.#world;
    if (!points.length) return this.#viewOf(EUROPE);
    // A single point: close enough to see the town and its neighbours.
    return this.#viewOf(boxOf(points), 2 ** 10);
  }

  /** Sets the view, kept within the zoom limits and with the world's middle never leaving it. */
  #setView(view: View): void {
    const k = clamp(view.k, minK, maxK);
    const cx = clamp((this.#width / 2 - view.tx) / k, 0, WORLD);
    const cy = clamp((this.#height / 2 - view.ty) / k, 0, WORLD);
    this.#view = this.#centredOn([cx, cy], k);
    this.#unset = false;
    // The marker under the pointer moves from under it; a focused one keeps focus, and its tooltip follows it.
    this.#showTooltip(this.#focusedMarker());
  }

  /** Redraws once per frame, however many pointer events arrive in it. */
  #scheduleRedraw(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#host.requestUpdate();
    });
  }

  /** Zooms by `factor` keeping the screen point (x, y) still: the pointer, the focused marker or the middle. */
  /**
   * A point of the window in the map's own pixels: from the viewport's padding box, inside its border. A mouse event
   * is such a point: its x and y are its clientX and clientY.
   */
  #local({ x, y }: { x: number; y: number }): [number, number] {
    const viewport = this.#viewport.value!;
    const rect = viewport.getBoundingClientRect();
    return [x - rect.left - viewport.clientLeft, y - rect.top - viewport.clientTop];
  }

  #zoomAt(factor: number, x: number, y: number): View {
    const { k, tx, ty } = this.#view;
    const next = clamp(k * factor, minK, maxK);
    const ratio = next / k;
    return { k: next, tx: x - (x - tx) * ratio, ty: y - (y - ty) * ratio };
  }

  #zoomBy(factor: number): void {
    const focused = this.#focusedMarker();
    const [x, y] = focused ? this.#toScreen(focused.at) : [this.#width / 2, this.#height / 2];
    const target = this.#zoomAt(factor, x, y);
    if (target.k === this.#view.k) return;
    void this.#animateTo(target);
  }

  /** Moves to a view, animated unless the reader prefers reduced motion. Resolves once there. */
  #animateTo(target: View): Promise<void> {
    this.#stopAnimation();
    if (reducedMotion() || document.visibilityState === 'hidden') {
      this.#setView(target);
      return Promise.resolve();
    }
    const from = this.#view;
    const centre = (view: View) => [(this.#width / 2 - view.tx) / view.k, (this.#height / 2 - view.ty) / view.k] as const;
    const [cx0, cy0] = centre(from);
    const [cx1, cy1] = centre(target);
    const [z0, z1] = [Math.log2(from.k), Math.log2(target.k)];
    const start = performance.now();
    return new Promise((resolve) => {
      this.#animationDone = resolve;
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / ANIMATION_MS);
        const eased = 1 - (1 - t) ** 3;
        const k = 2 ** (z0 + (z1 - z0) * eased);
        this.#setView(this.#centredOn([cx0 + (cx1 - cx0) * eased, cy0 + (cy1 - cy0) * eased], k));
        if (t < 1) {
          this.#animation = requestAnimationFrame(step);
          return;
        }
        this.#animation = 0;
        this.#animationDone = undefined;
        this.#setView(target);
        resolve();
      };
      this.#animation = requestAnimationFrame(step);
    });
  }

  /** Stops a moving view where it is; whoever waited for it to arrive goes on. */
  #stopAnimation(): void {
    cancelAnimationFrame(this.#animation);
    this.#animation = 0;
    this.#animationDone?.();
    this.#animationDone = undefined;
  }

  /** The view in degrees: what the geometry is asked for. */
  #bbox(): Bbox {
    const corner = (x: number, y: number) => {
      const { k, tx, ty } = this.#view;
      return projection.invert!([clamp((x - tx) / k, 0, WORLD), clamp((y - ty) / k, 0, WORLD)]) ?? [0, 0];
    };
    const [west, north] = corner(0, 0);
    const [east, south] = corner(this.#width, this.#height);
    return [west, south, east, north];
  }

  // ——— Geometry ———

  #partsInView(): readonly GeometryPart[] {
    return this.#width && this.#height && this.#geometry ? this.#geometry.partsInView(this.#bbox()) : [];
  }

  /** Starts loading the parts in view that are not loaded yet; each one redraws the map when it arrives. */
  #loadPartsInView(): void {
    if (!this.#geometry && !this.#geometryLoading) {
      this.#geometryLoading = true;
      loadPackageGeometry().then(
        (geometry) => {
          this.#geometry = geometry;
          this.#host.requestUpdate();
        },
        (error: unknown) => {
          console.warn('[digicanvis] map geometry did not load', error);
          setTimeout(() => (this.#geometryLoading = false), RETRY_MS);
        },
      );
    }
    for (const part of this.#partsInView()) {
      if (this.#loaded.has(part.id) || this.#loading.has(part.id)) continue;
      this.#loading.add(part.id);
      part.load().then(
        (features) => {
          this.#loaded.set(part.id, { part, features, d: worldPath(features) ?? '' });
          this.#host.requestUpdate();
        },
        (error: unknown) => {
          console.warn(`[digicanvis] map geometry "${part.id}" did not load`, error);
          // Asked for again by a later view, but not at every frame of the one that failed.
          setTimeout(() => this.#loading.delete(part.id), RETRY_MS);
        },
      );
    }
  }

  /** The outline of home's municipality, once its part of the geometry is here (worked out once per home). */
  #homeArea(): string | undefined {
    const councilId = this.#home?.councilId;
    const where = councilId ? this.#geometry?.municipalityOf(councilId) : undefined;
    const loaded = where ? this.#loaded.get(where.part) : undefined;
    if (!where || !loaded) return undefined;
    let cached = this.#homeAreaPath;
    if (!cached || cached.councilId !== councilId) {
      const feature = loaded.features.features.find((candidate: Feature) => String(candidate.id) === where.id);
      cached = this.#homeAreaPath = { councilId: councilId!, d: feature ? (worldPath(feature) ?? '') : '' };
    }
    return cached.d || undefined;
  }

  #circleShape(): GeoPermissibleObjects | undefined {
    const km = this.#radiusKm;
    if (!this.#home || !Number.isFinite(km) || !(km! > 0)) return undefined;
    const degrees = ((km! / EARTH_RADIUS_KM) * 180) / Math.PI;
    return geoCircle().center([this.#home.point.lon, this.#home.point.lat]).radius(Math.min(degrees, 90)).precision(2)();
  }

  #radiusPath(): string | undefined {
    if (this.#circle === undefined) {
      const shape = this.#circleShape();
      this.#circle = shape ? (worldPath(shape) ?? '') : '';
    }
    return this.#circle || undefined;
  }

  // ——— Markers ———

  #allMarkers(): { list: Marker[]; byPlace: Map<string, Marker> } {
    const { k } = this.#view;
    if (this.#markers?.k !== k || this.#markers.places !== this.#places) {
      const list = clusterPlaces(this.#places, this.#world, k);
      const byPlace = new Map<string, Marker>();
      for (const marker of list) for (const place of marker.places) byPlace.set(place.id, marker);
      this.#markers = { k, places: this.#places, list, byPlace };
    }
    return this.#markers;
  }

  /** The markers in view (and a margin), plus the ones focus or the popup need even when panned away. */
  #visibleMarkers(): Marker[] {
    if (!this.#width || !this.#height) return [];
    const { list, byPlace } = this.#allMarkers();
    // No place has the id undefined: get() gives undefined for it.
    const keep = new Set([this.#current, this.#popup?.anchor].map((id) => byPlace.get(id!)));
    return list.filter((marker) => keep.has(marker) || this.#inView(marker.at, CULL_MARGIN));
  }

  /** The marker holding the one tab stop: the current place's, else the first one in view. */
  #tabStop(markers: Marker[]): Marker | undefined {
    const current = this.#allMarkers().byPlace.get(this.#current!);
    // Kept while it is in view (or focused): a tab stop scrolled out of the map would take focus where no one sees it.
    if (current && markers.includes(current) && (this.#inView(current.at) || this.#focusedMarker() === current)) return current;
    return markers.find((marker) => this.#inView(marker.at)) ?? markers[0];
  }

  /** Whether a point in world units is on screen, or within `margin` pixels of it (inside it, when negative). */
  #inView(at: readonly [number, number], margin = 0): boolean {
    const [x, y] = this.#toScreen(at);
    return x >= -margin && y >= -margin && x <= this.#width + margin && y <= this.#height + margin;
  }

  /** The button of the marker that holds a place. */
  #markerButton(placeId: string | undefined): HTMLButtonElement | null | undefined {
    return this.#buttonOf(this.#allMarkers().byPlace.get(placeId!)?.key);
  }

  /** The button of the marker with this key, if it is drawn. */
  #buttonOf(key: string | undefined): HTMLButtonElement | null | undefined {
    return key ? this.#markerGroup.value?.querySelector<HTMLButtonElement>(`button[data-key="${CSS.escape(key)}"]`) : undefined;
  }

  /** The marker a marker's button stands for. */
  #markerOf(target: EventTarget | null): Marker | undefined {
    return isMarker(target) ? this.#allMarkers().byPlace.get(target.dataset['key']!) : undefined;
  }

  #focusedMarker(): Marker | undefined {
    return this.#markerOf((this.#host.shadowRoot ?? document).activeElement);
  }

  /**
   * Brings a place into view: with `alone`, zoomed in (in whole zoom levels) until its marker is its own; without,
   * only panned when its marker is out of view. Resolves once the view is there.
   */
  async #reveal(index: number, alone: boolean): Promise<void> {
    const world = this.#world[index]!;
    const id = this.#places[index]!.id;
    let k = this.#view.k;
    if (alone) {
      while (k < maxK && (clusterPlaces(this.#places, this.#world, k).find((marker) => marker.places.some((place) => place.id === id))?.places.length ?? 1) > 1) {
        k = Math.min(maxK, k * 2);
      }
    }
    // Kept where it is when it is well inside the view (a marker's width from its edges) and no zoom is needed.
    if (k === this.#view.k && this.#inView(world, -CLUSTER_PX)) return;
    await this.#animateTo(this.#centredOn(world, k));
  }

  /** A cluster zooms in to show its places apart; one the deepest zoom cannot split lists its places instead. */
  #activate(marker: Marker): void {
    if (marker.places.length === 1) {
      this.#current = marker.key;
      this.#openPopup({ anchor: marker.key, places: marker.places });
      return;
    }
    const box = boxOf(marker.places.map((place) => this.#world[this.#places.indexOf(place)]!));
    const spread = Math.max(box[2] - box[0], box[3] - box[1]) * maxK;
    if (this.#view.k >= maxK || spread < CLUSTER_PX) {
      this.#openPopup({ anchor: marker.key, places: marker.places });
      return;
    }
    this.#current = marker.key;
    // Each activation zooms at least one level, so a cluster always splits in a few steps.
    void this.#animateTo(this.#viewOf(box, maxK, this.#view.k * 2));
  }

  /** The nearest marker in view from `from` in a direction, on screen; markers off to the side count as farther. */
  #neighbour(from: Marker, direction: Direction): Marker | undefined {
    const [x, y] = this.#toScreen(from.at);
    let best: Marker | undefined;
    let bestScore = Infinity;
    for (const marker of this.#visibleMarkers()) {
      if (marker === from || !this.#inView(marker.at)) continue;
      const [mx, my] = this.#toScreen(marker.at);
      const [dx, dy] = [mx - x, my - y];
      const [along, across] =
        direction === 'ArrowRight' ? [dx, dy] : direction === 'ArrowLeft' ? [-dx, dy] : direction === 'ArrowDown' ? [dy, dx] : [-dy, dx];
      if (along <= 0) continue;
      // Markers within 45° of the direction come first, so a near one far off to the side does not win.
      const score = (Math.abs(across) <= along ? 0 : 1e9) + along + 2 * Math.abs(across);
      if (score < bestScore) [best, bestScore] = [marker, score];
    }
    return best;
  }

  // ——— Popup and tooltip ———

  #openPopup(popup: Popup): void {
    this.#unanchorPopup();
    this.#popup = popup;
    this.#tooltip = undefined;
    this.#focusPopup = true;
    this.#host.requestUpdate();
  }

  /** Keeps the popup beside its marker: floating-ui follows scrolling and resizing, each redraw follows the map. */
  #placePopup(): void {
    const box = this.#popupBox.value;
    const anchor = this.#popup && this.#markerButton(this.#popup.anchor);
    if (!box || !anchor) return;
    const position = () => placeAbove(anchor, box, 8, 8);
    if (anchor !== this.#popupAnchor) {
      this.#unanchorPopup();
      this.#popupAnchor = anchor;
      this.#popupCleanup = autoUpdate(anchor, box, position);
    } else {
      position();
    }
  }

  #unanchorPopup(): void {
    this.#popupCleanup?.();
    this.#popupCleanup = this.#popupAnchor = undefined;
  }

  #placeTooltip(): void {
    const box = this.#tooltipBox.value;
    const anchor = this.#buttonOf(this.#tooltip?.key);
    if (box && anchor) placeAbove(anchor, box, 6, 4);
  }

  /** Shows the tooltip of a marker, or none: without a marker, or for the one whose popup is open (the popup names it). */
  #showTooltip(marker?: Marker): void {
    this.#tooltip =
      marker && this.#popup?.anchor !== marker.key
        ? { key: marker.key, text: marker.places.length > 1 ? this.#options.texts().cluster(marker.places.length, marker.projects) : marker.places[0]!.name }
        : undefined;
    this.#host.requestUpdate();
  }

  /** Also the listener of a marker's blur: an arrow function (see Events below). */
  readonly #hideTooltip = (): void => this.#showTooltip();

  // ——— Events (arrow functions: Lit calls listeners with the host as `this`) ———

  readonly #onMarkerClick = (event: MouseEvent) => {
    // A marker's button holds only its count (text): a click on it targets the button.
    const marker = this.#markerOf(event.target);
    if (marker) this.#activate(marker);
  };

  readonly #onMarkerFocus = (event: FocusEvent) => {
    const marker = this.#markerOf(event.target);
    if (!marker) return;
    // A cluster that holds the current place keeps it current: zooming in then focuses that place's marker. (Showing
    // the tooltip requests the update either needs.)
    if (!marker.places.some((place) => place.id === this.#current)) this.#current = marker.key;
    this.#showTooltip(marker);
  };

  readonly #onMarkerHover = (event: PointerEvent) => {
    if (!this.#drag?.moved) this.#showTooltip(this.#markerOf(event.target));
  };

  /**
   * The pointer leaving a marker or its tooltip. It may go from a marker onto its tooltip (to read it, or magnified)
   * without the tooltip going; once it has left both, the focused marker's tooltip, if any, shows again (focus, its
   * other trigger, is still there).
   */
  readonly #onPointerLeave = (event: PointerEvent) => {
    if (event.relatedTarget !== this.#tooltipBox.value) this.#showTooltip(this.#focusedMarker());
  };

  /**
   * Escape hides the tooltip wherever focus is (it may be shown by hover alone), and does only that: caught before
   * anything else sees it, so it neither closes the popup nor reaches a field or the page.
   */
  readonly #onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.#tooltip) return;
    event.preventDefault();
    event.stopPropagation();
    this.#hideTooltip();
  };

  readonly #onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    // Keys typed into a field of the popup are the field's.
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    let handled = true;
    // Escape with no popup open is not the map's (the tooltip's was caught before it came here).
    if (event.key === 'Escape' && this.#popup) this.closePopup();
    else if (event.key === '+' || event.key === '=') this.#zoomBy(2);
    else if (event.key === '-' || event.key === '−') this.#zoomBy(0.5);
    else handled = isMarker(target) && this.#onMarkerKey(event.key, target);
    if (handled) event.preventDefault();
  };

  /** Arrow keys, Home and End on a marker. False for any other key (Tab, Enter and Space are the button's own). */
  #onMarkerKey(key: string, button: HTMLButtonElement): boolean {
    const from = this.#markerOf(button);
    let place: string | undefined;
    if (key === 'Home' || key === 'End') {
      const index = key === 'Home' ? 0 : this.#places.length - 1;
      place = this.#places[index]?.id;
      if (place) void this.#reveal(index, false);
    } else if (key.startsWith('Arrow')) {
      place = from && this.#neighbour(from, key as Direction)?.key;
    } else {
      return false;
    }
    if (place) {
      this.#current = place;
      this.#refocusMarker = true;
      this.#host.requestUpdate();
    }
    return true;
  }

  readonly #onFitClick = () => {
    this.#unset = false;
    void this.#animateTo(this.#fitView());
  };

  readonly #onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.#stopAnimation();
    this.#suppressClick = false;
    this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.#pointers.size === 2) {
      this.#drag = undefined;
      this.#pinch = this.#pinchState();
      for (const id of this.#pointers.keys()) (event.currentTarget as Element).setPointerCapture(id);
    } else if (this.#pointers.size === 1 && event.pointerType !== 'touch') {
      // One finger scrolls the page (the map takes two): an embedded map must not trap the reader's scrolling.
      this.#drag = { x: event.clientX, y: event.clientY, moved: false };
    }
  };

  readonly #onPointerMove = (event: PointerEvent) => {
    const pointer = this.#pointers.get(event.pointerId);
    if (!pointer) return;
    pointer.x = event.clientX;
    pointer.y = event.clientY;
    if (this.#pinch) {
      const next = this.#pinchState();
      // Scaled about where the fingers were, then moved as far as they moved: what lay under them stays under them.
      const zoomed = this.#zoomAt(next.distance / this.#pinch.distance, ...this.#local(this.#pinch));
      this.#view = { ...zoomed, tx: zoomed.tx + next.x - this.#pinch.x, ty: zoomed.ty + next.y - this.#pinch.y };
      this.#pinch = next;
      this.#suppressClick = true;
      this.#scheduleRedraw();
      return;
    }
    const drag = this.#drag;
    if (!drag) return;
    const [dx, dy] = [event.clientX - drag.x, event.clientY - drag.y];
    if (!drag.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      // Captured only now: capturing at pointerdown would send the click of a marker to the map instead.
      drag.moved = true;
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
      this.#viewport.value?.classList.add('dragging');
      this.#tooltip = undefined;
    }
    const { k, tx, ty } = this.#view;
    this.#view = { k, tx: tx + dx, ty: ty + dy };
    drag.x = event.clientX;
    drag.y = event.clientY;
    this.#scheduleRedraw();
  };

  readonly #onPointerUp = (event: PointerEvent) => {
    if (!this.#pointers.delete(event.pointerId)) return;
    if (this.#drag?.moved || this.#pinch) {
      this.#suppressClick = true;
      this.#viewport.value?.classList.remove('dragging');
      this.#setView(this.#view);
    }
    this.#drag = undefined;
    this.#pinch = this.#pointers.size === 2 ? this.#pinchState() : undefined;
  };

  #pinchState(): { distance: number; x: number; y: number } {
    const [a, b] = [...this.#pointers.values()];
    return { distance: Math.max(1, Math.hypot(a!.x - b!.x, a!.y - b!.y)), x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2 };
  }

  /** A click that ended a drag is not a click on what lies under the pointer; a click on the map's ground closes the popup. */
  readonly #onClickCapture = (event: MouseEvent) => {
    // A click from the keyboard (detail 0) is never the end of a drag.
    if (this.#suppressClick && event.detail > 0) {
      this.#suppressClick = false;
      event.stopPropagation();
      event.preventDefault();
      return;
    }
    const target = event.composedPath()[0];
    if (this.#popup && !(target instanceof Element && target.closest('button'))) this.closePopup(false);
  };

  readonly #onDoubleClick = (event: MouseEvent) => {
    if (event.composedPath().some((target) => target instanceof HTMLButtonElement)) return;
    event.preventDefault();
    void this.#animateTo(this.#zoomAt(event.shiftKey ? 0.5 : 2, ...this.#local(event)));
  };

  /** Ctrl or ⌘ with the wheel (and a touchpad's pinch, which the browser sends so) zooms; the wheel alone scrolls the page. */
  readonly #onWheel = (event: WheelEvent) => {
    if (!event.ctrlKey && !event.metaKey) {
      this.#hint = true;
      clearTimeout(this.#hintTimer);
      this.#hintTimer = setTimeout(() => {
        this.#hint = false;
        this.#host.requestUpdate();
      }, HINT_MS);
      this.#host.requestUpdate();
      return;
    }
    event.preventDefault();
    this.#stopAnimation();
    this.#hint = false;
    clearTimeout(this.#hintTimer);
    // Pixels per unit of deltaY: DOM_DELTA_PIXEL (0), DOM_DELTA_LINE (1), DOM_DELTA_PAGE (2).
    const lines = [1, 16, this.#height][event.deltaMode] ?? 1;
    this.#view = this.#zoomAt(2 ** (-(event.deltaY * lines) / 300), ...this.#local(event));
    this.#scheduleRedraw();
  };
}
