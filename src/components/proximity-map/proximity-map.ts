import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ViewLink } from '../../discovery/view-link.js';
import { FeedController } from '../../feed/controller.js';
import type { Council, GeoPoint, Project } from '../../feed/types.js';
import { formatDistance, greatCircleKm, nearbyProjects, type NearbyProject } from '../../geo/distance.js';
import { nearestCouncil, parseHome, type Home } from '../../geo/home.js';
import { DEFAULT_WEIGHTS, SimilarityIndex, type SimilarCouncil, type SimilarityReason, type SimilarityWeights } from '../../geo/similarity.js';
import { LocaleController, describeFeedError, intlLocales } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../project-card/project-card.js';
import type { DcProjectCard } from '../project-card/project-card.js';
import { langAttribute, projectText } from '../project-card/texts.js';
import { CouncilCombobox } from './council-combobox.js';
import { councilComboboxStyles } from './council-combobox.styles.js';
import { MapView, clamp, type MapPlace } from './map-view.js';
import { mapViewStyles } from './map-view.styles.js';
import { proximityMapStyles } from './proximity-map.styles.js';
import { notYetDefined } from '../../define.js';
import './strings.js';

// Types only (erased from the build): with them, this element's declarations bring the typed `dc-feed-warning` of
// src/events.ts to `addEventListener`, and a page can import them from the element's entry.
export type { FeedWarningDetail, FeedWarningEvent } from '../../events.js';

export interface HomeChangeDetail {
  /** The council chosen, or nearest to the visitor's location (undefined when none is near). */
  councilId?: string;
  lat: number;
  lon: number;
  /** How the visitor gave it: by choosing a council, or with the browser's location. */
  source: 'council' | 'location';
}

/**
 * Lives with the map, not in src/events.ts, which every page downloads.
 * Fired by `<dc-proximity-map>` when the visitor chooses where "near me" is (not when the page's `home` attribute
 * changes). A page may keep it (for the visitor's next visit, with their consent) and give it back as `home`.
 */
export class HomeChangeEvent extends CustomEvent<HomeChangeDetail> {
  static readonly eventName = 'dc-home-change';

  constructor(detail: HomeChangeDetail) {
    super('dc-home-change', { detail, bubbles: true, composed: true });
  }
}

/** Radii offered, in km; a `radius-km` of another value joins them. */
const RADII = [10, 25, 50, 100];
const DEFAULT_RADIUS = 25;
/** Nearby projects shown at first, and added by each "Show more". */
const NEARBY_STEP = 20;
/** Similar councils listed. */
const SIMILAR_LIMIT = 8;
/** Projects shown in a popup, and under each similar council. */
const PROJECTS_SHOWN = 12;
/** A visitor's location names the council nearest to it when one is this close (km). */
const NEAR_COUNCIL_KM = 15;
/** How long the status waits before it is announced, so that a burst of changes is announced once. */
const ANNOUNCE_DELAY_MS = 500;

type Locating = 'idle' | 'locating' | 'denied' | 'failed';

/** The visitor's own home, chosen in the element: it wins over the page's `home`. */
interface ChosenHome extends Home {
  label: string;
}

/**
 * Reads `weights="population:2, kind:1, areas:1"` (any subset, any order); unknown keys and bad numbers are left out,
 * so those weights keep their defaults.
 */
function parseWeights(value: string | null): Partial<SimilarityWeights> | undefined {
  if (!value) return undefined;
  const weights: Partial<Record<keyof SimilarityWeights, number>> = {};
  for (const pair of value.split(/[,;]/)) {
    const [key, number] = pair.split(/[:=]/).map((part) => part.trim());
    // An empty or missing part fails these checks too.
    if (Object.hasOwn(DEFAULT_WEIGHTS, key!) && /^\d+(\.\d+)?$/.test(number!)) weights[key as keyof SimilarityWeights] = Number(number);
  }
  return weights;
}

/**
 * Proximity: the projects of councils near a home council ("Km0"), on a map and in a list sorted by distance, and
 * beyond them the councils that most resemble the home council, with the reasons why.
 *
 * The home is the page's `home` (a council id of the feed, or `lat,lon`), or the visitor's: they can type their
 * council's name (accents and case do not matter) or use their location (asked for only when they press the button).
 * The list is the map's text alternative, and it and the map always show the same projects: those a
 * `<dc-area-filter>` on the page leaves, when one drives this element (inside the same `<dc-observatory>`, with the
 * same `feed`, or by `for`).
 *
 * The map draws the outlines that ship with the package (municipalities of Spain, countries of Europe): no tile server
 * and no request to another origin, unless the page names its own raster tiles in `tile-url`. Markers are buttons:
 * arrow keys move between them, Enter opens the projects of a council, `+` and `-` zoom, Escape closes; Ctrl (or ⌘)
 * with the wheel, pinch or double click zoom, dragging pans.
 *
 * Similar councils are ranked by population (on a log scale), kind of body and the areas of their projects, with
 * `weights`; the formula is in `docs/similarity.md`.
 *
 * @summary Km0 projects around a home council on a map and in a list, and similar councils further away.
 *
 * @fires {HomeChangeEvent} dc-home-change - When the visitor chooses their council or uses their location. `detail`: `{ councilId?, lat, lon, source }`.
 * @fires {FeedWarningEvent} dc-feed-warning - For each item of the feed left out or field dropped. Bubbles and crosses shadow roots.
 *
 * @csspart base - The element's outer box.
 * @csspart controls - The box with the council chooser, the location button and the radius.
 * @csspart chooser - The council chooser (label, field and suggestions).
 * @csspart chooser-input - The council chooser's text field.
 * @csspart chooser-list - The list of suggested councils.
 * @csspart chooser-option - Each suggested council.
 * @csspart locate - The "Use my location" button.
 * @csspart radius - The radius menu.
 * @csspart status - The line that says how many projects are near.
 * @csspart map - The map box.
 * @csspart marker - Each council's marker on the map.
 * @csspart cluster - Each marker that stands for several councils.
 * @csspart home-marker - The home marker.
 * @csspart popup - The box with a council's projects that a marker opens.
 * @csspart zoom - The zoom buttons.
 * @csspart credit - The credit line of the map's geometry.
 * @csspart nearby - The list of nearby projects.
 * @csspart similar - The list of similar councils.
 * @csspart reason - Each reason a council is similar.
 *
 * @cssprop --dc-map-height - Height of the map (default: 24rem; 18rem on narrow screens).
 * @cssprop --dc-map-land - Fill of the land on the map (default: `--dc-color-subtle`).
 * @cssprop --dc-map-water - Background of the map, the sea (default: `--dc-color-surface`).
 * @cssprop --dc-map-border - Colour of the borders on the map (default: `--dc-color-border`).
 * @cssprop --dc-map-marker-color - Colour of the markers (default: `--dc-color-accent`).
 * @cssprop --dc-map-marker-text - The number on a marker and its rim (default: `--dc-color-surface`).
 * @cssprop --dc-map-home-color - The home marker (default: `--dc-color-text`).
 * @cssprop --dc-map-radius-color - The circle of the radius and the home council's outline (default: `--dc-color-accent`).
 * @cssprop --dc-color-text - Global token: text colour.
 * @cssprop --dc-color-surface - Global token: background of surfaces.
 * @cssprop --dc-color-border - Global token: borders.
 * @cssprop --dc-color-accent - Global token: links and accents.
 * @cssprop --dc-color-muted - Global token: secondary text.
 * @cssprop --dc-color-error - Global token: the border of the error message.
 * @cssprop --dc-color-subtle - Global token: tinted backgrounds, of the land (unless `--dc-map-land`), the chooser's suggestion in focus and the reasons a council is similar (default: #f3f5f8; #21262d dark).
 * @cssprop --dc-radius - Global token: corner radius of the map, the chooser and its suggestions, the popup and the councils; buttons get half of it (default: 0.5rem).
 * @cssprop --dc-space - Global token: base spacing, between the map, the lists and the councils, and inside them (default: 1rem).
 * @cssprop --dc-focus-ring - Global token: the focus outline.
 * @cssprop --dc-font-family - Global token: font (default: inherited from the page).
 */
export class DcProximityMap extends LitElement {
  // The state properties say `attribute: false`, which `state: true` implies for Lit but not for the manifest's analyzer.
  static override properties = {
    feed: {},
    home: {},
    radiusKm: { attribute: 'radius-km', type: Number },
    weights: { converter: { fromAttribute: parseWeights } },
    tileUrl: { attribute: 'tile-url' },
    tileCredit: { attribute: 'tile-credit' },
    headingLevel: { attribute: 'heading-level', type: Number },
    chosen: { state: true, attribute: false },
    locating: { state: true, attribute: false },
    nearbyShown: { state: true, attribute: false },
    open: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  static override styles = [sharedStyles, councilComboboxStyles, mapViewStyles, proximityMapStyles];

  /** URL of the DigiCanvis feed. Without it: the feed of a `<dc-observatory>` around. */
  feed?: string;

  /** Where "near" is measured from: a council id of the feed (`es-ine:08019`) or `lat,lon` in degrees (`41.39,2.16`). The visitor may choose another. */
  home?: string;

  /** Radius of "near", in km (10, 25, 50 and 100 are offered; another value joins them). */
  radiusKm = DEFAULT_RADIUS;

  /**
   * Weights of the similarity of councils: `weights="population:2, kind:1, areas:1"` or, from script, an object with
   * any of `population`, `kind`, `areas` (numbers ≥ 0; only their proportions matter). Default 0.5, 0.2, 0.3.
   */
  weights?: Partial<SimilarityWeights> | undefined;

  /** A raster tile URL of the page's choosing (`https://tiles.example/{z}/{x}/{y}.png`), drawn under the outlines. Off by default: no request leaves the page's origin. */
  tileUrl?: string;

  /** The credit line the tiles' provider asks for, shown under the map with `tile-url`. */
  tileCredit?: string;

  /** Level of the element's heading (2–6); its sections' headings are one level below. */
  headingLevel = 2;

  private chosen?: ChosenHome | undefined;
  private locating: Locating = 'idle';
  private nearbyShown = NEARBY_STEP;
  /**
   * What the reader opened: projects' cards in the lists (`nearby:…`, `similar:…` and the project's id) and councils'
   * lists shown whole (`more:popup:…`, `more:similar:…` and the council's id).
   */
  private open = new Set<string>();
  /** What the status region says: changes only once the visitor's changes settle. */
  private announcement = '';

  readonly #locale = new LocaleController(this);
  readonly #feed = new FeedController(this, () => this.feed);
  /** The filter's view, when a `<dc-area-filter>` drives this element as it drives a list. */
  readonly #link = new ViewLink(this, () => this.#feed.url);
  readonly #map = new MapView(this, {
    texts: () => {
      const t = this.#locale.t;
      return {
        map: this.#home ? t('map.map', { home: this.#homeLabel }) : t('map.mapAll'),
        help: t('map.help'),
        zoomIn: t('map.zoomIn'),
        zoomOut: t('map.zoomOut'),
        fitAll: t('map.fitAll'),
        // Numbers in a string's parameters are formatted for its language by t().
        cluster: (places, count) => t('map.cluster', { places, count }),
        home: (name) => t('map.homeMarker', { name }),
        close: t('map.close'),
        wheelHint: t('map.wheelHint'),
      };
    },
    headingLevel: () => this.#level + 1,
    popup: (place, level) => this.#renderPopup(place, level),
  });
  readonly #chooser = new CouncilCombobox(this, {
    idPrefix: 'home',
    texts: () => {
      const t = this.#locale.t;
      return {
        label: t('map.home'),
        placeholder: t('map.homePlaceholder'),
        results: (count) => t('map.homeResults', { count }),
        more: (hidden) => t('map.homeMore', { count: hidden }),
        none: t('map.homeNone'),
        kind: (council) => `${t(`map.kindName.${council.kind}`)} · ${council.country}`,
      };
    },
    onChoose: (council) => this.#choose({ point: { ...council.location }, council, label: council.name }, 'council'),
  });

  /** The home, its label and the radius the map was last given (none at first). */
  #homeKey?: string;
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** The home and radius the map was last fitted to, or without a home the feed (none at first). */
  #fitted?: string | undefined;
  /** The feed shown: another one starts afresh, as a map made for it would. */
  #url?: string;
  #memo?: {
    key: string;
    projects: readonly Project[];
    nearby: NearbyProject[];
    places: MapPlace[];
    byCouncil: Map<string, Project[]>;
    similar: SimilarCouncil[];
  };
  #similarity?: { projects: readonly Project[]; councils: ReadonlyMap<string, Council>; index: SimilarityIndex };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  /** Also waits for the UI strings, so that the element is complete once it settles. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#locale.settled(() => super.getUpdateComplete());
  }

  /** Moves focus to the council chooser. */
  override focus(): void {
    this.#chooser.focus();
  }

  get #councils(): ReadonlyMap<string, Council> {
    return this.#feed.state.feed?.councils ?? new Map();
  }

  /** The home in effect: the visitor's choice, else the page's `home` once the feed has its council. */
  get #home(): Home | undefined {
    return this.chosen ?? parseHome(this.home, this.#councils);
  }

  get #homeLabel(): string {
    const home = this.#home;
    if (!home) return '';
    if (this.chosen) return this.chosen.label;
    if (home.council) return home.council.name;
    // A point the page gave: the council it is in or next to, else "the chosen point" (never "your location").
    const near = nearestCouncil(home.point, this.#councils, { kinds: ['municipality'] });
    return near && near.km <= NEAR_COUNCIL_KM ? near.council.name : this.#locale.t('map.givenPoint');
  }

  /** The level of the element's own heading. */
  get #level(): number {
    return clamp(Math.trunc(this.headingLevel) || 2, 2, 5);
  }

  get #radius(): number {
    return Number.isFinite(this.radiusKm) && this.radiusKm > 0 ? this.radiusKm : DEFAULT_RADIUS;
  }

  #distance(km: number): string {
    return formatDistance(km, this.#locale.language);
  }

  /** A project's title in the reader's language where it has one, marked with its language where it is another. */
  #title(project: Project) {
    const shown = projectText(project, 'title', this.#locale.contentLanguage, this.#locale.language);
    return html`<span lang=${langAttribute(shown.lang, this.#locale.textLanguage) ?? nothing}>${shown.value}</span>`;
  }

  /** Everything worked out from the projects shown, the home and the radius: once per change of any of them. */
  #computed() {
    const view = this.#link.view;
    const projects = view ? view.projects : (this.#feed.state.feed?.projects ?? []);
    const councils = this.#councils;
    const home = this.#home;
    const radius = this.#radius;
    const key = [projects.length, councils.size, home?.point.lat, home?.point.lon, home?.council?.id, radius, JSON.stringify(this.weights), this.#locale.language].join(' ');
    if (this.#memo?.projects === projects && this.#memo.key === key) return this.#memo;

    const nearby = home ? nearbyProjects(projects, councils, home.point, radius) : [];
    const byCouncil = new Map<string, Project[]>();
    for (const project of projects) (byCouncil.get(project.council) ?? byCouncil.set(project.council, []).get(project.council)!).push(project);
    const t = this.#locale.t;
    const places: (MapPlace & { km: number })[] = [];
    for (const [id, list] of byCouncil) {
      const council = councils.get(id);
      if (!council) continue;
      const km = home ? greatCircleKm(home.point, council.location) : 0;
      // Within 50 m (or with no home: 0) the label gives no distance.
      const label = t(km < 0.05 ? 'map.markerHere' : 'map.marker', { name: council.name, count: list.length, distance: this.#distance(km) });
      places.push({ id, point: council.location, name: council.name, count: list.length, label, km });
    }
    // Nearest first: Home and End of the map's keyboard go to the nearest and the farthest.
    if (home) places.sort((a, b) => a.km - b.km);

    let similar: SimilarCouncil[] = [];
    if (home?.council) {
      const all = this.#feed.state.feed?.projects ?? [];
      // The areas a council worked in come from all its projects, not only those a filter leaves.
      if (this.#similarity?.projects !== all || this.#similarity.councils !== councils)
        this.#similarity = { projects: all, councils, index: new SimilarityIndex(councils, all) };
      // Beyond the radius (the nearby councils are listed already), and with something to show: a similar council
      // without a project (left) teaches nothing. The home council is never similar to itself.
      similar = this.#similarity.index
        .similar(home.council, { weights: this.weights })
        .filter((item) => byCouncil.has(item.council.id) && greatCircleKm(home.point, item.council.location) > radius)
        .slice(0, SIMILAR_LIMIT);
    }
    this.#memo = { key, projects, nearby, places, byCouncil, similar };
    return this.#memo;
  }

  /**
   * Here rather than in willUpdate: the feed controller reads a new feed URL (the page's, or a `<dc-observatory>`'s)
   * after willUpdate, so this works on the feed about to render.
   */
  protected override update(changed: PropertyValues): void {
    const state = this.#feed.state;
    // A page that sets a new home overrides what the visitor chose (not its first home: the old value is undefined then,
    // as it is when home did not change). So does a new feed: the visitor chose among the old one's councils.
    if (changed.get('home') !== undefined || state.url !== this.#url) this.chosen = undefined;
    if (changed.has('home') || changed.has('radiusKm') || changed.has('chosen')) this.nearbyShown = NEARBY_STEP;
    this.#url = state.url;
    // A new feed replaces the controls with the loading line, and its arrival the line with the controls: focus on
    // what goes moves along, not to the page's body.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    // The markers' names are written in the map's strings: wait for them, or the names would stay keys.
    if (this.#locale.ready && this.#locale.has('map') && state.feed) this.#sync();
    super.update(changed);
    // Rendered by now.
    if (focused && !focused.isConnected) this.renderRoot.querySelector<HTMLElement>('input,button,[tabindex]')?.focus();
  }

  /** Gives the map and the chooser what the feed, the home and the radius make. */
  #sync(): void {
    const { places } = this.#computed();
    const home = this.#home;
    // Only what changed: setting them makes the map project its places or its circle again.
    if (this.#map.places !== places) this.#map.places = places;
    // Without a home the map is fitted once per feed, to the places of its first page: later pages do not move it under
    // the reader.
    const fit = home ? `${home.point.lat},${home.point.lon},${this.#radius}` : this.#url;
    const homeKey = `${fit},${home?.council?.id},${this.#homeLabel}`;
    if (homeKey !== this.#homeKey) {
      this.#homeKey = homeKey;
      this.#map.home = home && { point: home.point, name: this.#homeLabel, councilId: home.council?.id };
      this.#map.radiusKm = home ? this.#radius : undefined;
    }
    // An empty one draws nothing there either.
    this.#map.tileUrl = this.tileUrl;
    this.#map.tileCredit = this.tileCredit;
    // The feed's map of councils, the same while they stay the same: the chooser folds their names once per map.
    // Set only when they change: setting them re-runs the chooser's search, and requests an update.
    if (this.#chooser.councils !== this.#councils) this.#chooser.councils = this.#councils;
    const value = this.chosen?.council ?? home?.council;
    if (this.#chooser.value !== value) this.#chooser.value = value;
    // After its places and home: the map works the view out from them (at once, or once it knows its size).
    if (fit !== this.#fitted) {
      this.#fitted = fit;
      this.#map.fit();
    }
  }

  #choose(home: ChosenHome, source: 'council' | 'location') {
    this.chosen = home;
    this.dispatchEvent(
      new HomeChangeEvent({ ...(home.council && { councilId: home.council.id }), lat: home.point.lat, lon: home.point.lon, source }),
    );
    this.#announceSoon();
  }

  /** Says the count of nearby projects once the visitor's changes have settled. */
  #announceSoon() {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => this.#announce(this.#statusText()), ANNOUNCE_DELAY_MS);
  }

  /** Says `text` once; it leaves the live region a few seconds later, so that reading the page does not meet it twice. */
  #announce(text: string) {
    clearTimeout(this.#announceTimer);
    this.announcement = text;
    this.#announceTimer = setTimeout(() => (this.announcement = ''), 5000);
  }

  #statusText(): string {
    const t = this.#locale.t;
    const home = this.#home;
    if (!home) return t('map.chooseHome');
    const count = this.#computed().nearby.length;
    const params = { count, distance: this.#distance(this.#radius), home: this.#homeLabel };
    return count ? t('map.nearbyCount', params) : t('map.nearbyNone', params);
  }

  #locate() {
    const t = this.#locale.t;
    if (this.locating === 'locating') return;
    /** Without an error, the browser has no geolocation at all. */
    const fail = (error?: GeolocationPositionError) => {
      this.locating = error?.code === 1 ? 'denied' : 'failed';
      this.#announce(t(this.locating === 'denied' ? 'map.locateDenied' : 'map.locateFailed'));
    };
    if (!('geolocation' in navigator)) return fail();
    this.locating = 'locating';
    this.#announce(t('map.locating'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = 'idle';
        const point: GeoPoint = { lat: coords.latitude, lon: coords.longitude };
        const nearest = nearestCouncil(point, this.#councils, { kinds: ['municipality'] }) ?? nearestCouncil(point, this.#councils);
        const council = nearest && nearest.km <= NEAR_COUNCIL_KM ? nearest.council : undefined;
        const label = council ? t('map.nearCouncil', { name: council.name }) : t('map.yourLocation');
        this.#choose({ point, council, label }, 'location');
      },
      fail,
      // Coarse (enableHighAccuracy is false by default): a council is all the map needs.
      { timeout: 15_000, maximumAge: 600_000 },
    );
  }

  #setRadius(event: Event) {
    this.radiusKm = Number((event.target as HTMLSelectElement).value);
    this.#announceSoon();
  }

  /** Opens (or closes) a project's card in a list, and moves focus to it when it opens. */
  async #toggleCard(key: string) {
    // A new set, so that the update sees a change; delete() says whether the card was open.
    if ((this.open = new Set(this.open)).delete(key)) return;
    this.open.add(key);
    await this.updateComplete;
    const card = this.renderRoot.querySelector<DcProjectCard>(`[data-card="${CSS.escape(key)}"]`);
    await card?.updateComplete;
    card?.focus();
  }

  override render() {
    const state = this.#feed.state;
    if (!this.#locale.ready || !this.#locale.has('map')) return html`<div part="base" class="stack" aria-busy="true"></div>`;
    const t = this.#locale.t;
    if (state.status === 'error' && !state.feed) {
      // Said here too: the map may be alone on its page. Until the error messages arrive, it says it is loading.
      const failed = state.error && describeFeedError(this.#locale, state.error);
      return html`<div part="base" class="stack">
        <p part="status" class=${failed ? 'status error' : 'status'} role="status">${failed || t('map.loading')}</p>
        ${failed ? html`<div><button type="button" @click=${() => this.#feed.retry()}>${t('error.retry')}</button></div>` : nothing}
      </div>`;
    }
    if (!state.feed && state.status !== 'loading') return html`<div part="base"></div>`;
    if (!state.feed) return html`<div part="base" class="stack" aria-busy="true"><p part="status" class="status" tabindex="-1">${t('map.loading')}</p></div>`;
    const level = this.#level;
    const home = this.#home;
    const { nearby, similar, byCouncil } = this.#computed();
    const radius = this.#radius;
    const radii = RADII.includes(radius) ? RADII : [...RADII, radius].sort((a, b) => a - b);
    // Booleans are bound to ARIA attributes as they are: Lit writes them "true" or "false" (String() would cost bytes).
    return html`
      <section part="base" class="stack" lang=${this.#locale.uiLang ?? nothing} data-dc-ui aria-labelledby="heading">
        ${heading(level, 'heading', t('map.heading'))}
        <div part="controls" class="controls">
          ${this.#chooser.render()}
          <button part="locate" type="button" @click=${this.#locate} aria-disabled=${this.locating === 'locating'}>
            ${t(this.locating === 'locating' ? 'map.locating' : 'map.locate')}
          </button>
          <label class="radius">
            <span>${t('map.radius')}</span>
            <select part="radius" @change=${this.#setRadius}>
              ${radii.map((km) => html`<option value=${km} .selected=${km === radius}>${t('map.radiusOption', { distance: this.#distance(km) })}</option>`)}
            </select>
          </label>
        </div>
        ${this.locating === 'denied' || this.locating === 'failed'
          ? html`<p class="note locate-note">${t(this.locating === 'denied' ? 'map.locateDenied' : 'map.locateFailed')}</p>`
          : nothing}
        <p part="status" class="status">${this.#statusText()}</p>
        <p class="visually-hidden announcement" role="status">${this.announcement}</p>
        <div class="layout">
          <div class="map-column">${this.#map.render()}</div>
          ${home ? this.#renderNearby(nearby, level + 1) : nothing}
        </div>
        ${home ? this.#renderSimilar(similar, byCouncil, level + 1) : nothing}
      </section>
    `;
  }

  #renderNearby(nearby: NearbyProject[], level: number) {
    const t = this.#locale.t;
    const shown = nearby.slice(0, this.nearbyShown);
    return html`
      <div class="nearby">
        ${heading(level, 'nearby-heading', t('map.nearbyHeading', { home: this.#homeLabel }))}
        ${nearby.length
          ? html`<ol part="nearby" class="rows" role="list" aria-labelledby="nearby-heading">
              ${repeat(
                shown,
                (item) => item.project.id,
                (item) => this.#renderRow(item.project, item.council, item.km, 'nearby', level + 1),
              )}
            </ol>`
          : nothing}
        ${this.#moreButton(Math.min(NEARBY_STEP, nearby.length - shown.length), shown.length, () => (this.nearbyShown += NEARBY_STEP))}
      </div>
    `;
  }

  #renderRow(project: Project, council: Council, km: number, list: 'nearby' | 'similar', level: number): TemplateResult {
    const t = this.#locale.t;
    const key = `${list}:${project.id}`;
    const open = this.open.has(key);
    // Feed ids may hold spaces, which would split an IDREF: the project's position names its card.
    const cardId = `card-${list}-${project.index}`;
    return html`
      <li class="row">
        <button type="button" class="row-title" aria-expanded=${open} aria-controls=${cardId} @click=${() => this.#toggleCard(key)}>
          ${this.#title(project)}
        </button>
        <p class="row-meta">
          <span>${council.name}</span> · <span>${km < 0.05 ? t('map.here') : t('map.distance', { distance: this.#distance(km) })}</span> · <button type="button" class="link" @click=${() => this.#map.focusPlace(council.id)}>${t('map.showOnMap')}</button>
        </p>
        <div id=${cardId} class="card" ?hidden=${!open}>
          ${open
            ? html`<dc-project-card data-card=${key} .project=${project} .councils=${this.#councils} heading-level=${Math.min(level, 6)}></dc-project-card>`
            : nothing}
        </div>
      </li>
    `;
  }

  #renderSimilar(similar: SimilarCouncil[], byCouncil: Map<string, Project[]>, level: number) {
    const t = this.#locale.t;
    const home = this.#home;
    const params = { distance: this.#distance(this.#radius), home: home?.council?.name ?? this.#homeLabel };
    return html`
      <div class="similar">
        ${heading(level, 'similar-heading', t('map.similarHeading'))}
        ${!home?.council
          ? html`<p>${t('map.similarNeedsCouncil')}</p>`
          : similar.length
            ? html`<p>${t('map.similarIntro', params)}</p>
                <ol part="similar" class="councils" role="list" aria-labelledby="similar-heading">
                  ${repeat(
                    similar,
                    (item) => item.council.id,
                    (item) => {
                      const [shown, more] = this.#few(byCouncil.get(item.council.id) ?? [], `more:similar:${item.council.id}`);
                      return html`<li class="council">
                        ${heading(level + 1, `similar-${item.council.id}`, item.council.name)}
                        <ul class="reasons" role="list">
                          ${item.reasons.map((reason) => html`<li part="reason">${this.#reason(reason)}</li>`)}
                        </ul>
                        <ol class="rows" role="list">
                          ${shown.map((project) =>
                            this.#renderRow(project, item.council, greatCircleKm(home.point, item.council.location), 'similar', level + 2),
                          )}
                        </ol>
                        ${more}
                      </li>`;
                    },
                  )}
                </ol>`
            : html`<p>${t('map.similarNone', params)}</p>`}
      </div>
    `;
  }

  #reason(reason: SimilarityReason): string {
    const t = this.#locale.t;
    if (reason.kind === 'population') return t('map.reason.population', { population: reason.population });
    if (reason.kind === 'same-kind') return t('map.reason.kind', { kind: t(`map.kind.${reason.councilKind}`) });
    const names = reason.shared.map((area) => t(`area.${area}`));
    // A conjunction ("a, b and c") is ListFormat's default.
    return t('map.reason.areas', { areas: new Intl.ListFormat(intlLocales(this.#locale.language)).format(names) });
  }

  /** A council's projects, as compact cards, in the popup its marker opens. */
  #renderPopup(place: MapPlace, level: number): TemplateResult {
    const projects = this.#computed().byCouncil.get(place.id) ?? [];
    const [shown, more] = this.#few(projects, `more:popup:${place.id}`);
    return html`
      <p class="popup-count">${this.#locale.t('map.projects', { count: projects.length })}</p>
      <ul class="popup-cards" role="list">
        ${shown.map((project) => html`<li><dc-project-card .project=${project} .councils=${this.#councils} heading-level=${level}></dc-project-card></li>`)}
      </ul>
      ${more}
    `;
  }

  /**
   * A council's list: its first projects, or all of them once the reader asked for more (`key` is then in `open`), and
   * the "Show N more" button that goes under it.
   */
  #few(projects: Project[], key: string) {
    const all = this.open.has(key);
    return [
      all ? projects : projects.slice(0, PROJECTS_SHOWN),
      this.#moreButton(all ? 0 : projects.length - PROJECTS_SHOWN, PROJECTS_SHOWN, () => (this.open = new Set(this.open).add(key))),
    ] as const;
  }

  /**
   * "Show N more" under a list (the button's previous sibling) when `hidden` > 0: `reveal` shows them, then focus moves
   * to the first of them, the list's item at `shown` (the button may be gone by then).
   */
  #moreButton(hidden: number, shown: number, reveal: () => void) {
    const click = async (event: Event) => {
      const list = (event.target as HTMLElement).previousElementSibling;
      reveal();
      await this.updateComplete;
      list?.children[shown]?.querySelector<HTMLElement>('.row-title, dc-project-card')?.focus();
    };
    return hidden > 0 ? html`<button type="button" class="more" @click=${click}>${this.#locale.t('map.showMore', { count: hidden })}</button>` : nothing;
  }
}

/** Headings of levels 2 to 6 with an id, their text bound as text: one template each, as a tag cannot be bound. */
const HEADINGS = [
  (id: string, text: string) => html`<h2 id=${id}>${text}</h2>`,
  (id: string, text: string) => html`<h3 id=${id}>${text}</h3>`,
  (id: string, text: string) => html`<h4 id=${id}>${text}</h4>`,
  (id: string, text: string) => html`<h5 id=${id}>${text}</h5>`,
  (id: string, text: string) => html`<h6 id=${id}>${text}</h6>`,
];

/** A heading of `level` (from 2, which the element's own level never goes under; 6 for a deeper one) with an id. */
const heading = (level: number, id: string, text: string): TemplateResult => HEADINGS[Math.min(level, 6) - 2]!(id, text);

if (notYetDefined('dc-proximity-map', DcProximityMap)) customElements.define('dc-proximity-map', DcProximityMap);

declare global {
  interface HTMLElementTagNameMap {
    'dc-proximity-map': DcProximityMap;
  }
  interface HTMLElementEventMap {
    'dc-home-change': HomeChangeEvent;
  }
  /** It bubbles out of shadow roots up to the document. */
  interface DocumentEventMap {
    'dc-home-change': HomeChangeEvent;
  }
}
