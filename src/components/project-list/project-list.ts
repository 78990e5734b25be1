import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { FeedController } from '../../feed/controller.js';
import type { FeedProblem, Project } from '../../feed/types.js';
import { LocaleController, describeFeedError } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.styles.js';
// A value import, not a bare one: a bundler told that modules are free of side effects would drop a
// bare `import '…/project-card.js'`, and the cards would never be defined.
import { DcProjectCard } from '../project-card/project-card.js';
import { projectText } from '../project-card/texts.js';
import { projectListStyles } from './project-list.styles.js';
import { SORT_ORDERS, isSortOrder, sortProjects, type SortOrder } from './sort.js';
import type { DiscoveryViewLike, ViewSort } from '../../discovery/types.js';
import { ViewLink } from '../../discovery/view-link.js';
import { notYetDefined } from '../../define.js';

// Types only (erased from the build): with them, this element's declarations bring the typed `dc-feed-warning` of
// src/events.ts to `addEventListener`, and a page can import them from the element's entry.
export type { FeedWarningDetail, FeedWarningEvent } from '../../events.js';
export type { SortOrder } from './sort.js';

const DEFAULT_PAGE_SIZE = 24;
/** Beyond this many cards a page gets slow on modest phones, so `page-size` is capped here. */
const MAX_PAGE_SIZE = 60;
const PERMALINK_PREFIX = '#dc-project-';

const CARD_PARTS = ['base', 'title', 'meta', 'phase', 'section', 'link', 'attachments', 'mark']
  .map((part) => `${part}: card-${part}`)
  .join(', ');

/** How many items the reader left out (a problem that only drops a field leaves the item shown). */
function skippedItems(warnings: readonly FeedProblem[]): number {
  return warnings.filter((problem) => problem.skipped && problem.path.startsWith('$.items')).length;
}

/** The project id in a `#dc-project-…` fragment, if the fragment is one. */
function permalinkTarget(hash: string): string | undefined {
  if (!hash.startsWith(PERMALINK_PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(PERMALINK_PREFIX.length));
  } catch {
    return undefined;
  }
}

/** Moves focus to a card's heading once the card has rendered, scrolling the card to the top or just into view. */
function focusCard(card: DcProjectCard | null, toTop?: boolean) {
  void card?.updateComplete.then(() => {
    if (toTop) keepInView(card);
    card.focus({ preventScroll: toTop });
  });
}

/**
 * Scrolls a card to the top, and keeps it there for two seconds while content that arrives above it (a filter's
 * facets, images) grows the page, until the reader scrolls or types. At once: a page's `scroll-behavior: smooth` would
 * animate it even for a reader who prefers reduced motion (Chromium does not tie the two).
 */
function keepInView(card: DcProjectCard) {
  const events = ['wheel', 'touchstart', 'keydown'];
  const observer = new ResizeObserver(() => card.scrollIntoView({ block: 'start', behavior: 'instant' }));
  const stop = () => {
    observer.disconnect();
    for (const type of events) removeEventListener(type, stop);
  };
  observer.observe(document.body);
  for (const type of events) addEventListener(type, stop, { passive: true });
  setTimeout(stop, 2000);
}

/** Placeholders that hold the space of a page of cards while they load. */
function renderSkeleton(size: number) {
  return html`
    <ul part="list" class="grid" role="list" aria-hidden="true">
      ${Array.from({ length: size }, () => html`<li class="placeholder skeleton"></li>`)}
    </ul>
  `;
}

/**
 * The projects of a DigiCanvis feed as a list of compact cards, with a sort menu and pages.
 *
 * It shows what it has while further `next_url` pages still load (its status line announces the
 * total once, when the last page is in), keeps no more than `page-size` cards (at most 60) in the
 * page, and handles the cards' permalinks: when the address ends in `#dc-project-<id>` (on load or
 * later), it opens the page holding that project, scrolls to it and moves focus to its heading.
 * Previous and Next move focus to the heading of the new page's first card.
 *
 * Sorting by savings compares the yearly amount: monthly savings count twelve times, one-off
 * savings count once; projects without savings come last.
 *
 * @summary The observatory's projects as a sortable, paged list of cards.
 *
 * @csspart base - The element's outer box.
 * @csspart toolbar - The bar holding the sort menu.
 * @csspart status - The line that says how many projects there are (or that they are loading, or why they cannot be shown).
 * @csspart list - The `<ul>` of cards, named after the page it shows ("Page 2 of 4: projects 25–48").
 * @csspart pagination - The `<nav>` with the Previous and Next buttons.
 * @csspart message - The box with the Retry button, the "no projects" message or the note about projects left out.
 * @csspart card-base - Each card's `base` part: its `<article>`.
 * @csspart card-title - Each card's heading.
 * @csspart card-meta - Each card's council line.
 * @csspart card-phase - Each card's phase badge.
 * @csspart card-section - Each titled section of the cards.
 * @csspart card-link - Every link in the cards.
 * @csspart card-attachments - Each card's list of documentation links.
 * @csspart card-mark - Each word of the cards that matches the search of a `<dc-area-filter>`.
 *
 * @fires {FeedWarningEvent} dc-feed-warning - For each item of the feed left out or field dropped (item id, JSON path, reason). Bubbles and crosses shadow roots.
 *
 * @cssprop --dc-list-gap - Space between cards (default: `--dc-space`, 1rem).
 * @cssprop --dc-list-column-min - Narrowest a column of cards gets before the grid drops a column (default: 18rem).
 * @cssprop --dc-list-card-min-block-size - Height reserved for each card while loading, about that of a compact card (default: 19rem).
 * @cssprop --dc-color-text - Global token: text colour.
 * @cssprop --dc-color-surface - Global token: background of surfaces.
 * @cssprop --dc-color-border - Global token: borders.
 * @cssprop --dc-color-accent - Global token: links and accents.
 * @cssprop --dc-color-muted - Global token: secondary text.
 * @cssprop --dc-color-error - Global token: the border of the error message.
 * @cssprop --dc-color-subtle - Global token: tinted backgrounds, of the cards held in place while loading (default: #f3f5f8; #21262d dark).
 * @cssprop --dc-radius - Global token: corner radius of the error message and the cards held in place while loading; buttons get half of it (default: 0.5rem).
 * @cssprop --dc-space - Global token: base spacing, inside the error message and between cards unless `--dc-list-gap` says otherwise (default: 1rem).
 * @cssprop --dc-mark-background - Global token: the tint of the words that match a search.
 * @cssprop --dc-focus-ring - Global token: the focus outline.
 * @cssprop --dc-font-family - Global token: font (default: inherited from the page).
 */
export class DcProjectList extends LitElement {
  /*
   * Reactive properties are declared here, not with Lit's decorators: their helpers would cost every page that shows
   * the element about 0.4 KB of gzipped script. The documented fields below hold their types and defaults.
   */
  static override properties = {
    feed: {},
    sort: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    page: { state: true, attribute: false },
  };

  static override styles = [sharedStyles, projectListStyles];

  /** URL of the DigiCanvis feed. Without it, the list uses the feed of a `<dc-observatory>` around it. */
  feed?: string;

  /** Order of the projects: `feed` (as published, the default), `newest`, `title` or `savings`. */
  sort: SortOrder = 'feed';

  /** Cards per page, from 1 to 60. */
  pageSize = DEFAULT_PAGE_SIZE;

  /** Heading level of each card's title (2–6), to fit the page's outline. */
  headingLevel = 3;

  private page = 1;

  #viewVersion = 0;
  #connected = 0;

  // Members private to the list are `#private`: the minifier shortens their names, which it cannot do for `private`.
  readonly #locale = new LocaleController(this);
  readonly #feedState = new FeedController(this, () => this.feed);
  // The selection a view arrives with is not a change of the reader's: the page (a permalink's) stays.
  readonly #link = new ViewLink(this, () => this.#feedState.url, (view) => (this.#viewVersion = view?.version ?? 0));

  /** The `<dc-area-filter>` view this list shows, when a filter drives it (it answers the list's request). */
  private get view(): DiscoveryViewLike | undefined {
    return this.#link.view;
  }

  /** A project to bring into view once it has loaded (from the address's fragment). */
  #pendingPermalink?: string;
  /** Set by a paging action: focus goes to the results once they are rendered. */
  #focusResults = false;
  /** The last sort, kept while the projects (the same array, no longer), the order and the language stay the same. */
  #sorted?: { projects: readonly Project[]; key: string; result: Project[] };

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.#connected = performance.now();
    this.#pendingPermalink = permalinkTarget(location.hash);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  readonly #onHashChange = () => {
    this.#pendingPermalink = permalinkTarget(location.hash);
    if (this.#pendingPermalink) this.requestUpdate();
  };

  get #pageSize(): number {
    const size = Math.trunc(this.pageSize);
    return Number.isFinite(size) ? Math.min(Math.max(size, 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  }

  get #order(): SortOrder {
    return isSortOrder(this.sort) ? this.sort : 'feed';
  }

  #sortedProjects(): readonly Project[] {
    if (this.view) return this.view.projects;
    const projects = this.#feedState.state.feed?.projects ?? [];
    const order = this.#order;
    const lang = this.#locale.contentLanguage;
    // The length too, so that a projects array that grows in place is sorted again.
    const key = `${projects.length} ${order} ${lang}`;
    if (this.#sorted?.projects === projects && this.#sorted.key === key) return this.#sorted.result;
    const result = sortProjects(
      projects,
      order,
      (project) => projectText(project, 'title', lang, this.#locale.language).value,
      this.#locale.language,
    );
    this.#sorted = { projects, key, result };
    return result;
  }

  /** Also waits for the UI strings (error messages too), so that the list is complete once it settles. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#locale.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('feed')) this.page = 1;
    // A new search or filter shows its first page.
    if (this.view && this.view.version !== this.#viewVersion) {
      this.#viewVersion = this.view.version;
      this.page = 1;
    }
    const pages = Math.max(1, Math.ceil(this.#sortedProjects().length / this.#pageSize));
    if (this.page > pages && this.#feedState.state.complete) this.page = pages;
    if (this.#pendingPermalink) this.#turnToPermalink(this.#pendingPermalink);
  }

  protected override updated() {
    if (this.#focusResults) {
      this.#focusResults = false;
      // To the first card of the new page, not to the status line: a live region that gets focus as its text changes
      // is read twice. Entering the list, screen readers say its name ("Page 2 of 4: projects 25–48").
      focusCard(this.renderRoot.querySelector('dc-project-card'));
    }
    if (this.#pendingPermalink) this.#revealPermalink(this.#pendingPermalink);
  }

  /** Moves focus to the heading of the first card shown, or to the status line when there is none. */
  override focus(options?: FocusOptions) {
    const card = this.renderRoot.querySelector('dc-project-card');
    if (card) card.focus(options);
    else this.#focusStatus();
  }

  #focusStatus() {
    this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
  }

  /** Opens the page that holds the permalinked project, or gives up once the feed is known not to have it. */
  #turnToPermalink(id: string) {
    const { status, complete } = this.#feedState.state;
    const index = this.#sortedProjects().findIndex((project) => project.id === id);
    if (index >= 0) this.page = Math.floor(index / this.#pageSize) + 1;
    else if (status === 'error' || (status === 'ready' && complete)) this.#pendingPermalink = undefined;
  }

  #revealPermalink(id: string) {
    const card = [...this.renderRoot.querySelectorAll('dc-project-card')].find(
      (element): element is DcProjectCard => element instanceof DcProjectCard && element.project?.id === id,
    );
    if (!card) return;
    this.#pendingPermalink = undefined;
    focusCard(card, true);
  }

  #onSortChange(event: Event) {
    const value = (event.target as HTMLSelectElement).value;
    if (this.view) return this.view.setSort(value as ViewSort);
    if (!isSortOrder(value)) return;
    this.sort = value;
    this.page = 1;
  }

  #goToPage(page: number) {
    this.page = page;
    this.#focusResults = true;
  }

  #retry() {
    // The Retry button disappears while the feed reloads; the status line stays and says what happens.
    this.#focusStatus();
    // Strings that could not download are asked for again too: "loading" until they come, not the fallback message.
    this.#locale.failed.clear();
    this.#feedState.retry();
  }

  override render(): TemplateResult | typeof nothing {
    const state = this.#feedState.state;
    if (state.status === 'idle' && !state.url) return nothing;
    const size = this.#pageSize;
    // No text before the strings have arrived: the skeleton needs none, and holds the space of the cards.
    if (!this.#locale.ready) {
      return html`<div part="base" class="stack" aria-busy="true">${renderSkeleton(size)}</div>`;
    }
    const t = this.#locale.t;
    const failed = state.status === 'error' && state.error && describeFeedError(this.#locale, state.error);
    // A filter whose code is still on its way decides what shows (a search in the address, say): wait for it, 2 s at most.
    const waiting = !this.view && performance.now() < 2000 + this.#connected && document.querySelector('dc-area-filter:not(:defined)');
    if (waiting) setTimeout(() => this.requestUpdate(), 500);
    // Most error messages download when first needed: until they are here, a failed feed shows as still loading.
    // Sorted otherwise than the feed, the first page is not known until the last has arrived: cards shown before would
    // change under the reader (an open "More details" would show another project).
    const sorting = state.status === 'ready' && !state.complete && !this.view && this.#order !== 'feed';
    const loading = (state.status !== 'ready' || !!waiting || sorting) && !failed;
    const projects = this.#sortedProjects();
    const pages = Math.max(1, Math.ceil(projects.length / size));
    const first = (this.page - 1) * size;
    const shown = projects.slice(first, first + size);
    const skipped = skippedItems(state.warnings);
    // A further page that failed, or a chain of pages stopped: the catalogue shown may not be whole.
    const cut = state.warnings.some((problem) => problem.path === '$.next_url');
    const view = this.view;
    // Driven by a filter (or waiting for one): the filter announces the count once the reader pauses, so the list's
    // line is not live.
    const noMatch = !!view?.filtering && !view.searching && state.status === 'ready' && projects.length === 0 && this.#locale.has('filter');
    const empty = state.status === 'ready' && state.complete && projects.length === 0 && !view?.filtering;

    const range = { page: this.page, pages: state.complete ? pages : `${pages}+`, from: first + 1, to: first + shown.length };

    /*
     * The status line is a live region: it changes only when there is news. While further next_url pages load it
     * says "Loading projects…" until this page is full, then "Projects 1–24, more loading…", and neither changes as
     * pages arrive (ten pages, not ten announcements); the total is announced once, when the last page is in.
     */
    let statusText: string;
    if (failed) statusText = failed;
    else if (loading || (!state.complete && shown.length < size) || (view?.searching && !shown.length)) statusText = t('list.loading');
    else if (!state.complete) statusText = t('list.partial', range);
    else if (pages > 1) statusText = t('list.range', { ...range, count: projects.length });
    else statusText = t('list.count', { count: projects.length });

    return html`
      <div part="base" class="stack" lang=${this.#locale.uiLang ?? nothing} data-dc-ui aria-busy=${String(loading)}>
        ${failed ? nothing : this.#renderToolbar((loading && !sorting) || empty)}
        <p part="status" class=${failed ? 'status error' : 'status'} role=${(view || waiting) && !failed ? nothing : 'status'} tabindex="-1">
          ${noMatch ? t('list.noMatch') : statusText}
        </p>
        ${noMatch
          ? html`<div part="message" class="message"><button type="button" @click=${() => (view?.clear(), this.#focusStatus())}>${t('list.clearFilters')}</button></div>`
          : nothing}
        ${failed
          ? html`<div part="message" class="message">
              <button type="button" @click=${this.#retry}>${t('error.retry')}</button>
            </div>`
          : nothing}
        ${empty ? html`<p part="message" class="message">${t('list.empty')}</p>` : nothing}
        ${(skipped || cut) && !failed && this.#locale.has('errors')
          ? html`<p part="message" class="message note">${skipped ? t('list.skipped', { count: skipped }) : nothing} ${cut ? t('list.cut') : nothing}</p>`
          : nothing}
        ${loading ? renderSkeleton(size) : nothing}
        ${!loading && !failed && shown.length ? this.#renderCards(shown, pages > 1 ? t('list.pageLabel', range) : nothing) : nothing}
        ${state.status === 'ready' && !state.complete ? html`<p class="more">${t('list.loadingMore')}</p>` : nothing}
        ${!loading && !failed && pages > 1 ? this.#renderPagination(pages, state.complete) : nothing}
      </div>
    `;
  }

  #renderToolbar(disabled: boolean) {
    const t = this.#locale.t;
    const view = this.view;
    const order = view ? view.sort : this.#order;
    const orders = view && this.#locale.has('filter') ? view.sorts : SORT_ORDERS;
    return html`
      <div part="toolbar" class="toolbar">
        <label for="sort">${t('sort.label')}</label>
        <select id="sort" .value=${order} ?disabled=${disabled} @change=${this.#onSortChange}>
          ${orders.map((value) => html`<option value=${value} ?selected=${value === order}>${t(`sort.${value}`)}</option>`)}
        </select>
      </div>
    `;
  }

  /** `label` names the list after the page it shows: paging moves focus into it. */
  #renderCards(projects: readonly Project[], label: string | typeof nothing) {
    const councils = this.#feedState.state.feed?.councils;
    // Cards are matched by position, not keyed by project: a card given another project starts closed, as a new one
    // would, and paging moves focus to the first card of the new page (sorting leaves it on the menu), so nothing needs
    // the same element to follow its project.
    return html`
      <ul part="list" class="grid" role="list" aria-label=${label}>
        ${projects.map(
          (project) => html`
            <li>
              <dc-project-card
                layout="compact"
                heading-level=${this.headingLevel}
                exportparts=${CARD_PARTS}
                .project=${project}
                .councils=${councils}
                .highlight=${this.#highlight}
              ></dc-project-card>
            </li>
          `,
        )}
      </ul>
    `;
  }

  /** A new function for each selection of the view, so that cards re-render when the query changes. */
  #highlighter?: { version: number; view: DiscoveryViewLike; mark: (text: string) => [number, number][] };

  get #highlight() {
    const view = this.view;
    if (!view) return undefined;
    if (this.#highlighter?.view !== view || this.#highlighter.version !== view.version) {
      this.#highlighter = { version: view.version, view, mark: (text) => view.highlight(text) };
    }
    return this.#highlighter.mark;
  }

  #renderPagination(pages: number, complete: boolean) {
    const t = this.#locale.t;
    const page = Math.min(this.page, pages);
    return html`
      <nav part="pagination" class="pagination" aria-label=${t('list.pagination')}>
        <button type="button" class="previous" ?disabled=${page <= 1} @click=${() => this.#goToPage(page - 1)}>
          ${t('list.previous')}
        </button>
        <span class="page-of">${t('list.pageOf', { page, pages: complete ? pages : `${pages}+` })}</span>
        <button type="button" class="next" ?disabled=${page >= pages} @click=${() => this.#goToPage(page + 1)}>
          ${t('list.next')}
        </button>
      </nav>
    `;
  }
}

if (notYetDefined('dc-project-list', DcProjectList)) customElements.define('dc-project-list', DcProjectList);

declare global {
  interface HTMLElementTagNameMap {
    'dc-project-list': DcProjectList;
  }
}
