import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { absoluteFeedUrl } from '../../feed/controller.js';
import { AREAS, PHASES, PROJECT_KINDS } from '../../feed/types.js';
import { LocaleController, formatCurrency, numberFormat } from '../../i18n/index.js';
import type { MessageKey } from '../../i18n/messages.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { regionName } from '../../discovery/regions.js';
import { VIEW_ANNOUNCE, VIEW_REQUEST, type Selection, type ViewRequestDetail } from '../../discovery/types.js';
import { readSelection, withSelection } from '../../discovery/url-state.js';
import { DiscoveryView, EMPTY_SELECTION, normalizeSelection, sameSelection, type Results } from '../../discovery/view.js';
import { areaFilterStyles } from './area-filter.styles.js';
import { notYetDefined } from '../../define.js';
import './strings.js';

// Types only (erased from the build): with them, this element's declarations bring the typed `dc-feed-warning` of
// src/events.ts to `addEventListener`, and a page can import them from the element's entry.
export type { FeedWarningDetail, FeedWarningEvent } from '../../events.js';
export type { Selection, ViewSort } from '../../discovery/types.js';
export type { AreaId, Phase, ProjectKind } from '../../feed/types.js';

/** The filter's `change` event: `detail` is the new selection, as `value` gives it. */
export type AreaFilterChangeEvent = CustomEvent<Selection>;

/** The events of `<dc-area-filter>`, for `addEventListener`: an element's own, with `change` carrying the selection. */
export interface DcAreaFilterEventMap extends HTMLElementEventMap {
  change: AreaFilterChangeEvent;
}

type Group = 'areas' | 'phases' | 'kinds' | 'regions';

/** How long the result count waits for the reader to stop typing (or ticking) before it is announced. */
const ANNOUNCE_DELAY_MS = 700;
/** Places shown before "Show all". */
const REGIONS_SHOWN = 8;
/** Below this width (in CSS pixels) the facets fold into a "Filters" disclosure. */
const NARROW_PX = 600;

const filters = new Set<DcAreaFilter>();

/** The `<dc-observatory>` around an element, across shadow roots, or the document. */
function scopeOf(element: Element): Node {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.localName === 'dc-observatory' && node !== element) return node;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return document;
}

/** The feed an element names, or that the `<dc-observatory>` around it gives. */
function feedOf(element: Element): string | undefined {
  const own = feedNamed(element);
  if (own) return absoluteFeedUrl(own);
  const scope = scopeOf(element);
  const shared = scope instanceof Element ? feedNamed(scope) : null;
  return shared ? absoluteFeedUrl(shared) : undefined;
}

/** An element's `feed`: the property (what frameworks such as React 19 set) or else the attribute. */
function feedNamed(element: Element): string | null {
  const property = (element as { feed?: unknown }).feed;
  return typeof property === 'string' && property ? property : element.getAttribute('feed');
}

/** A list asks for the view of its feed: the first filter that serves it answers. */
document.addEventListener(VIEW_REQUEST, (event) => {
  const list = event.composedPath()[0];
  if (!(list instanceof Element)) return;
  const { url, attach } = (event as CustomEvent<ViewRequestDetail>).detail;
  const serving = [...filters].filter((filter) => filter.serves(list, url));
  // A list named by a filter's `for` that came after the filter, or whose feed changed, or a list in the filter's
  // observatory, whose feed changed: the filter follows it.
  if (!serving.length) serving.push(...[...filters].filter((filter) => filter.adopt(list, url)));
  if (serving.length > 1) console.warn(`[digicanvis] only the first <dc-area-filter> drives`, list);
  serving[0]?.lists.add(list);
  attach(serving[0]?.view);
});

const announce = () => document.dispatchEvent(new Event(VIEW_ANNOUNCE));

/**
 * Search and facets over the projects of a DigiCanvis feed, driving the lists on the page.
 *
 * The search is fuzzy (accents and case ignored, one typo per word, words in any order) over titles,
 * summaries, descriptions, technologies and council names, in every language a project carries.
 * Facets (area, phase, what changed, place) combine with OR inside a facet and AND across them; each
 * option shows how many projects it would give. The result count is announced once the reader pauses,
 * not at each keystroke. Above the results, bars show the matching projects per area and phase, with
 * the savings they report.
 *
 * It drives `<dc-project-list>` elements (and, later, maps) that use the same feed: inside the same
 * `<dc-observatory>`, or outside any observatory with the same `feed` URL; or the one element whose id
 * is in `for`. The selection lives in the page's address (`?dc-q=…&dc-area=…`), so a shared link shows
 * the same view and Back and Forward move through the reader's choices; `url-prefix` changes the `dc-`
 * prefix, `no-url` keeps the address untouched.
 *
 * @summary Search and facets for the observatory's projects, with the selection in the page's address.
 *
 * @fires {CustomEvent<Selection>} change - When the reader changes the selection (or moves through it with Back and Forward). `detail` is the selection, as `value`.
 * @fires {FeedWarningEvent} dc-feed-warning - For each item of the feed left out or field dropped. Bubbles and crosses shadow roots.
 *
 * @csspart base - The element's outer box.
 * @csspart search - The search form.
 * @csspart input - The search field.
 * @csspart status - The line with the number of matching projects (a live region).
 * @csspart chips - The list of active choices, each a button that removes it.
 * @csspart chip - Each active choice.
 * @csspart clear - The "Clear all" button.
 * @csspart toggle - The "Filters" button that shows the facets on narrow screens.
 * @csspart facets - The box of facet groups.
 * @csspart facet - Each facet's `<fieldset>`.
 * @csspart summary - The bars and the savings of the matching projects.
 * @csspart bar - Each bar of the summary.
 *
 * @cssprop --dc-filter-bar-color - Colour of the summary's bars (default: `--dc-color-accent`).
 * @cssprop --dc-filter-columns-min - Narrowest a column of facets gets (default: 13rem).
 * @cssprop --dc-color-text - Global token: text colour.
 * @cssprop --dc-color-surface - Global token: background of surfaces.
 * @cssprop --dc-color-border - Global token: borders.
 * @cssprop --dc-color-accent - Global token: links and accents.
 * @cssprop --dc-color-muted - Global token: secondary text.
 * @cssprop --dc-color-subtle - Global token: tinted backgrounds, of the chips and the summary (default: #f3f5f8; #21262d dark).
 * @cssprop --dc-radius - Global token: corner radius of the search field, the facets and the summary; buttons get half of it (default: 0.5rem).
 * @cssprop --dc-space - Global token: base spacing, between the facets and around the summary (default: 1rem).
 * @cssprop --dc-focus-ring - Global token: the focus outline.
 * @cssprop --dc-font-family - Global token: font (default: inherited from the page).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the interface of that name adds typed listeners, no members
export class DcAreaFilter extends LitElement {
  static override properties = {
    feed: {},
    htmlFor: { attribute: 'for' },
    urlPrefix: { attribute: 'url-prefix' },
    noUrl: { attribute: 'no-url', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    narrow: { state: true, attribute: false },
    open: { state: true, attribute: false },
    allRegions: { state: true, attribute: false },
    announced: { state: true, attribute: false },
  };

  static override styles = [sharedStyles, areaFilterStyles];

  /** URL of the DigiCanvis feed. Without it: the feed of the element named by `for`, or of a `<dc-observatory>` around. */
  feed?: string;

  /** The id of the one list (or map) to drive, when it does not share this filter's feed and observatory. */
  htmlFor?: string;

  /** Prefix of the parameters in the page's address. Two observatories on one page need different prefixes. */
  urlPrefix = 'dc-';

  /** Leaves the page's address alone: the selection is not read from it nor written to it. */
  noUrl = false;

  /** Level of the summary's heading (2–6). */
  headingLevel = 2;

  private narrow = false;
  private open = false;
  private allRegions = false;
  /** The count the status line says: changes only once the reader pauses. */
  private announced = '';

  readonly #locale = new LocaleController(this);
  #view?: DiscoveryView | undefined;
  #release?: (() => void) | undefined;
  #unsubscribe?: (() => void) | undefined;
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** True while the last change to the address was typing: further typing replaces that entry instead of adding one. */
  #typing = false;
  readonly #resize = new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? 1000) < NARROW_PX;
    // In a later task: re-rendering here would resize the element inside the observer's own notification (an
    // animation frame would do too, but background tabs get none).
    if (narrow !== this.narrow) {
      setTimeout(() => {
        // Folding the facets away under the reader's focus would lose it: they stay open then.
        if (narrow && this.renderRoot.querySelector('#facets')?.contains((this.renderRoot as ShadowRoot).activeElement)) this.open = true;
        this.narrow = narrow;
      });
    }
  });

  /** The view this filter drives (created once it knows its feed). */
  get view(): DiscoveryView | undefined {
    return this.#view;
  }

  /** The selection: `{ q, areas, phases, kinds, regions, sort? }`. Setting it updates the results (and the address), without `change`. */
  get value(): Selection {
    return structuredClone(this.#view?.selection ?? this.#pending ?? EMPTY_SELECTION);
  }

  set value(selection: Partial<Selection>) {
    const next = normalizeSelection({ ...EMPTY_SELECTION, ...selection });
    if (!this.#view) {
      this.#pending = next;
      return;
    }
    // A whole new selection: what it leaves out (the order too) goes.
    if (this.#own(() => this.#view?.select({ sort: undefined, ...next }))) this.#writeUrl(false);
  }

  #pending?: Selection;

  /** Whether this filter drives `element`, a list showing the feed at `url`. */
  serves(element: Element, url: string): boolean {
    if (!this.#view) return false;
    if (url !== this.#view.url) return false;
    if (this.htmlFor) return element.id === this.htmlFor && (element.getRootNode() as Document).getElementById?.(this.htmlFor) === element;
    return scopeOf(element) === scopeOf(this);
  }

  /**
   * Takes `url`, the feed of `element`, when this filter follows it: the element named in `for` (which arrived after
   * this filter, or changed feed), or, without `feed` and `for`, one in this filter's observatory (whose feed changed:
   * the filter reads the observatory's feed again). @internal
   */
  adopt(element: Element, url: string): boolean {
    if (this.htmlFor ? this.htmlFor !== element.id : this.feed || scopeOf(element) !== scopeOf(this)) return false;
    this.#connectView(this.htmlFor ? url : undefined);
    return this.#view?.url === url;
  }

  /** The lists this filter drives (Enter in the search field goes to the first one still on the page). @internal */
  readonly lists = new Set<Element>();

  override connectedCallback(): void {
    super.connectedCallback();
    filters.add(this);
    window.addEventListener('popstate', this.#onPopState);
    this.#resize.observe(this);
    this.#connectView();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    this.#resize.disconnect();
    // A filter moved in the page disconnects and reconnects in one task: it keeps its view (and its index).
    queueMicrotask(() => {
      if (this.isConnected) return;
      filters.delete(this);
      clearTimeout(this.#announceTimer);
      this.#disconnectView();
      this.lists.clear();
      announce();
    });
  }

  protected override updated(): void {
    // The strings may arrive after the last change of the view: the count is said once they are here.
    if (!this.announced && this.#announceTimer === undefined && this.#statusText()) this.#scheduleAnnouncement(0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('htmlFor')) this.#connectView();
    this.#view?.setLanguage(this.#locale.contentLanguage, this.#locale.language);
    // The facets go while a new feed loads: focus on one of them moves to the search field, not to the page's body; and
    // the whole filter goes when it fails: focus in it moves to the list, which says why (with Retry).
    const status = this.#view?.state.status;
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    if (status === 'error' && focused) this.#list()?.focus();
    else if (status !== 'ready' && focused?.closest('#facets,.toggle')) this.#searchField()?.focus();
  }

  /** The first list this filter drives (a list, not a map: where the results are read). */
  #list() {
    return [...this.lists].find((element) => element.isConnected && element.localName == 'dc-project-list') as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined;
  }

  #searchField() {
    return this.renderRoot.querySelector<HTMLInputElement>('#q');
  }

  /** Also waits for the UI strings (its own part too), so that the filter is complete once it settles. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#locale.settled(() => super.getUpdateComplete());
  }

  #target(): Element | null {
    return this.htmlFor ? (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.htmlFor) ?? null : null;
  }

  #connectView(targetUrl?: string): void {
    if (!this.isConnected) return;
    const target = this.#target();
    const url = this.feed ? absoluteFeedUrl(this.feed) : (targetUrl ?? feedOf(target ?? this));
    if (url === this.#view?.url && this.#release) return;
    const previous = this.#view?.selection ?? this.#pending;
    this.#disconnectView();
    if (!url) return;
    const view = (this.#view = new DiscoveryView(url));
    view.setLanguage(this.#locale.contentLanguage, this.#locale.language);
    view.select(this.#urlSelection() ?? previous ?? EMPTY_SELECTION);
    this.#pending = undefined;
    this.#release = view.connect(this);
    this.#version = view.version;
    this.#unsubscribe = view.subscribe(() => {
      this.#onViewChange();
      this.requestUpdate();
      this.#scheduleAnnouncement();
    });
    this.#scheduleAnnouncement(0);
    // Rendered at once: the old feed's facets and counts go now, not when the new one has loaded.
    this.requestUpdate();
    announce();
  }

  #disconnectView(): void {
    this.#unsubscribe?.();
    this.#release?.();
    this.#unsubscribe = this.#release = undefined;
  }

  #urlSelection(): Selection | undefined {
    if (this.noUrl) return undefined;
    const selection = readSelection(location.search, this.urlPrefix);
    return sameSelection(selection, EMPTY_SELECTION) ? undefined : selection;
  }

  readonly #onPopState = () => {
    if (this.noUrl || !this.#view) return;
    this.#typing = false;
    if (this.#own(() => this.#view?.select({ sort: undefined, ...readSelection(location.search, this.urlPrefix) }))) this.#fireChange();
  };

  /** Writes the selection into the address: a new history entry, except while the reader goes on typing. */
  #writeUrl(typing: boolean): void {
    if (this.noUrl || !this.#view) return;
    const href = withSelection(location.href, this.#view.selection, this.urlPrefix);
    if (href !== location.href) {
      if (typing && this.#typing) history.replaceState(history.state, '', href);
      else history.pushState(history.state, '', href);
    }
    this.#typing = typing;
  }

  #fireChange(): void {
    this.dispatchEvent(new CustomEvent('change', { detail: this.value, bubbles: true, composed: true }));
  }

  /**
   * While the reader types, the filter renders its counts and bars in the task after the one in which the lists
   * show the new results: the results come first, the numbers a moment later.
   */
  #deferRender = false;

  protected override async scheduleUpdate(): Promise<void> {
    if (this.#deferRender) {
      this.#deferRender = false;
      await new Promise((resolve) => setTimeout(resolve));
      // A worker answering the query: the lists show its answer first, these numbers a task later.
      if (this.#view?.searching) {
        await this.#view.whenSearched();
        await new Promise((resolve) => setTimeout(resolve));
      }
    }
    super.scheduleUpdate();
  }

  /** A change the reader made: into the view, the address, and a `change` event. */
  #choose(change: Partial<Selection>, typing = false): void {
    this.#deferRender = typing;
    if (!this.#own(() => this.#view?.select(change))) return void (this.#deferRender = false);
    this.#writeUrl(typing);
    this.#fireChange();
  }

  /** Enter in the search field: to the results, in the first list this filter drives. */
  async #toResults(event: Event): Promise<void> {
    event.preventDefault();
    const list = this.#list();
    // A worker answering the query: focus lands on the first card of its answer, a few milliseconds later.
    if (this.#view?.searching) {
      await this.#view.whenSearched();
      await list?.updateComplete;
    }
    // The count is said now rather than after the pause: the reader asked for the results.
    this.#scheduleAnnouncement(0);
    list?.focus();
  }

  /** Runs a change this filter makes itself; any other change of the selection comes from a list (its sort, its Clear). */
  #own(change: () => boolean | undefined): boolean {
    this.#changing = true;
    try {
      return !!change();
    } finally {
      this.#changing = false;
      this.#version = this.#view?.version ?? 0;
    }
  }

  #changing = false;
  /** The view's selection version this filter has seen (to tell a list's change from the feed's). */
  #version = 0;

  /** A list changed the selection (its sort menu, its Clear button): into the address and a `change` event too. */
  #onViewChange(): void {
    const version = this.#view?.version ?? 0;
    if (this.#changing || version === this.#version) return;
    this.#version = version;
    this.#writeUrl(false);
    this.#fireChange();
  }

  #scheduleAnnouncement(delay = ANNOUNCE_DELAY_MS): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#announceTimer = undefined;
      this.announced = this.#statusText();
    }, delay);
  }

  #statusText(): string {
    const view = this.#view;
    if (!view || !this.#locale.ready || !this.#locale.has('filter')) return '';
    const t = this.#locale.t;
    const { status } = view.state;
    if (status === 'loading' || status === 'idle') return t('filter.loading');
    if (status === 'error') return '';
    const results = view.results;
    // Not final yet: some pages still loading, or not all of them searchable.
    if (view.filtering && (!view.state.complete || ((view.indexing || results.searching) && view.selection.q.trim()))) return t('filter.indexing');
    if (!results.projects.length && view.filtering) return t('filter.none');
    return t(view.filtering ? 'filter.count' : 'filter.countAll', { count: results.projects.length });
  }

  #toggle(group: Group, value: string, checked: boolean): void {
    const current = (this.#view?.selection[group] ?? []) as string[];
    const next = checked ? [...current, value] : current.filter((item) => item !== value);
    this.#choose({ [group]: next });
  }

  #clear(): void {
    if (!this.#view?.filtering) return;
    this.#choose({ ...EMPTY_SELECTION, ...(this.#view.selection.sort ? { sort: this.#view.selection.sort } : {}) });
    this.#searchField()?.focus();
  }

  /** Removes one chip; focus moves to the next chip, or the previous one, or the search field. */
  #removeChip(index: number, change: Partial<Selection>): void {
    this.#choose(change);
    void this.updateComplete.then(() => {
      const chips = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="chip"]')];
      (chips[Math.min(index, chips.length - 1)] ?? this.#searchField())?.focus();
    });
  }

  #label(group: Group, value: string): string {
    const t = this.#locale.t;
    if (group === 'areas') return t(`area.${value}` as MessageKey);
    if (group === 'phases') return t(`phase.${value}` as MessageKey);
    if (group === 'kinds') return t(`filter.kind.${value}` as MessageKey);
    return regionName(value, this.#locale.language);
  }

  override render(): TemplateResult | typeof nothing {
    const view = this.#view;
    if (!view) return nothing;
    if (!this.#locale.ready || !this.#locale.has('filter')) return html`<div part="base" class="stack" aria-busy="true"></div>`;
    const t = this.#locale.t;
    const results = view.results;
    const selection = view.selection;
    const active = selection.areas.length + selection.phases.length + selection.kinds.length + selection.regions.length;
    const ready = view.state.status === 'ready';
    // A feed that failed: the lists say why and offer Retry; facets of nothing would only add noise.
    if (view.state.status === 'error') return nothing;
    return html`
      <section part="base" class="stack" lang=${this.#locale.uiLang ?? nothing} data-dc-ui aria-label=${t('filter.label')}>
        <form part="search" class="search" role="search" aria-label=${t('filter.search')} @submit=${this.#toResults}>
          <label for="q">${t('filter.search')}</label>
          <input
            id="q"
            part="input"
            type="search"
            maxlength="256"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="q-hint"
            .value=${selection.q}
            @input=${(event: Event) => this.#choose({ q: (event.target as HTMLInputElement).value }, true)}
          />
          <p id="q-hint" class="hint">${t('filter.searchHint')}</p>
        </form>
        <p part="status" class="status" role="status">${this.announced}</p>
        ${this.#renderChips(selection, active)}
        ${ready ? this.#renderFacets(results, active) : nothing}
        ${ready ? this.#renderSummary(results) : nothing}
      </section>
    `;
  }

  #renderFacets(results: Results, active: number) {
    const t = this.#locale.t;
    return html`
        ${this.narrow
          ? html`<button
              type="button"
              part="toggle"
              class="toggle"
              aria-expanded=${String(this.open)}
              aria-controls="facets"
              @click=${() => (this.open = !this.open)}
            >
              ${active ? t('filter.showFilters', { count: active }) : t('filter.showFiltersNone')}
            </button>`
          : nothing}
        <div id="facets" part="facets" class="facets" ?hidden=${this.narrow && !this.open}>
          ${this.#renderFacet('areas', t('filter.area'), AREAS, results)}
          ${this.#renderFacet('phases', t('filter.phase'), PHASES, results)}
          ${this.#renderFacet('kinds', t('filter.kind'), PROJECT_KINDS, results)}
          ${results.regions.length > 1 ? this.#renderFacet('regions', t('filter.region'), results.regions, results) : nothing}
        </div>
    `;
  }

  #renderChips(selection: Selection, active: number) {
    const t = this.#locale.t;
    const chips: { label: string; change: Partial<Selection> }[] = [];
    if (selection.q.trim()) chips.push({ label: t('filter.query', { q: selection.q.trim().slice(0, 60) }), change: { q: '' } });
    for (const group of ['areas', 'phases', 'kinds', 'regions'] as const) {
      for (const value of selection[group] as string[]) {
        chips.push({
          label: this.#label(group, value),
          change: { [group]: (selection[group] as string[]).filter((item) => item !== value) },
        });
      }
    }
    if (!chips.length) return nothing;
    return html`
      <div class="chips-row">
        <ul part="chips" class="chips" role="list" aria-label=${t('filter.active')}>
          ${chips.map(
            (chip, index) => html`<li>
              <button type="button" part="chip" class="chip" aria-label=${t('filter.remove', { label: chip.label })} @click=${() => this.#removeChip(index, chip.change)}>
                <bdi>${chip.label}</bdi><span aria-hidden="true" class="x">×</span>
              </button>
            </li>`,
          )}
        </ul>
        ${active + (selection.q.trim() ? 1 : 0) > 1 || chips.length
          ? html`<button type="button" part="clear" class="clear" @click=${this.#clear}>${t('filter.clear')}</button>`
          : nothing}
      </div>
    `;
  }

  #renderFacet(group: Group, legend: string, options: readonly string[], results: Results) {
    const t = this.#locale.t;
    const counts = results.counts[group] as Map<string, number>;
    const chosen = this.#view?.selection[group] as string[];
    const format = numberFormat(this.#locale.language);
    const long = group === 'regions' && options.length > REGIONS_SHOWN + 2;
    const shown = long && !this.allRegions ? options.filter((value, index) => index < REGIONS_SHOWN || chosen.includes(value)) : options;
    return html`
      <fieldset part="facet" class="facet">
        <legend>${legend}</legend>
        <ul role="list" class="options" id=${`options-${group}`}>
          ${shown.map((value) => {
            const count = counts.get(value) ?? 0;
            const id = `${group}-${value}`;
            return html`<li class=${count ? 'option' : 'option empty'}>
              <input
                type="checkbox"
                id=${id}
                .checked=${chosen.includes(value)}
                @change=${(event: Event) => this.#toggle(group, value, (event.target as HTMLInputElement).checked)}
              />
              <label for=${id}>
                <span class="name">${this.#label(group, value)}</span>
                <span class="count">(${format.format(count)}${count ? nothing : html`<span class="visually-hidden">, ${t('filter.noMatches')}</span>`})</span>
              </label>
            </li>`;
          })}
        </ul>
        ${long
          ? html`<button
              type="button"
              class="more"
              aria-expanded=${String(this.allRegions)}
              aria-controls=${`options-${group}`}
              @click=${() => (this.allRegions = !this.allRegions)}
            >
              ${this.allRegions ? t('filter.fewerPlaces') : t('filter.allPlaces', { count: format.format(options.length) })}
            </button>`
          : nothing}
      </fieldset>
    `;
  }

  #renderSummary(results: Results) {
    const t = this.#locale.t;
    const { summary } = results;
    const lang = this.#locale.language;
    const format = numberFormat(lang);
    const max = Math.max(1, ...summary.byArea.values(), ...summary.byPhase.values());
    const bars = (caption: string, entries: [string, number][], label: (key: string) => string) => html`
      <figure class="bars">
        <figcaption>${caption}</figcaption>
        <ul role="list">
          ${entries.map(
            ([key, count]) => html`<li>
              <span class="bar-label">${label(key)}</span>
              <svg class="bar-track" aria-hidden="true" focusable="false"><rect part="bar" class="bar" width="${Math.max((count / max) * 100, 0.5)}%" height="100%" rx="2"></rect></svg>
              <span class="bar-value">${format.format(count)}</span>
            </li>`,
          )}
        </ul>
      </figure>
    `;
    const money = (map: Map<string, number>) => [...map].map(([currency, amount]) => formatCurrency(amount, currency, lang)).join(' + ');
    const parts = [
      summary.savingsPerYear.size ? t('summary.perYear', { amount: money(summary.savingsPerYear) }) : '',
      summary.savingsOnce.size ? t('summary.once', { amount: money(summary.savingsOnce) }) : '',
    ].filter(Boolean);
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 2));
    return html`
      <div part="summary" class="summary">
        <div role="heading" aria-level=${level} class="summary-heading">${t('summary.heading')}</div>
        <div class="summary-grid">
          ${bars(t('summary.byArea'), [...summary.byArea], (area) => t(`area.${area}` as MessageKey))}
          ${bars(t('summary.byPhase'), [...summary.byPhase], (phase) => t(`phase.${phase}` as MessageKey))}
          <div class="savings">
            <p class="savings-heading">${t('summary.savings')}</p>
            ${parts.length
              ? html`<p class="savings-total">${parts.map((part) => html`<strong>${part}</strong> `)}</p>
                  <p class="savings-note">${t('summary.reportedBy', { count: summary.withSavings })}</p>`
              : html`<p class="savings-note">${t('summary.noSavings')}</p>`}
          </div>
        </div>
      </div>
    `;
  }
}

// Types only: `filter.addEventListener('change', (e) => e.detail.q)` knows the selection. `change` is already an `Event`
// of every element (HTMLElementEventMap), so the filter's own listeners say what its `change` carries, as lib.dom's
// media and form elements do for theirs.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface DcAreaFilter {
  addEventListener<K extends keyof DcAreaFilterEventMap>(
    type: K,
    listener: (this: DcAreaFilter, event: DcAreaFilterEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof DcAreaFilterEventMap>(
    type: K,
    listener: (this: DcAreaFilter, event: DcAreaFilterEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

if (notYetDefined('dc-area-filter', DcAreaFilter)) customElements.define('dc-area-filter', DcAreaFilter);

declare global {
  interface HTMLElementTagNameMap {
    'dc-area-filter': DcAreaFilter;
  }
}
