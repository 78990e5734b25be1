import { feedStore } from '../feed/store.js';
import { AREAS, PHASES, PROJECT_KINDS, type AreaId, type FeedState, type Phase, type Project, type ProjectKind } from '../feed/types.js';
import { annualSavings, time } from '../components/project-list/sort.js';
import { collator } from '../i18n/format.js';
import { projectText } from '../components/project-card/texts.js';
import { EMPTY_RESULT, RemoteIndex, SearchIndex, WORKER_FROM, highlightRanges, indexProjects, queryWords, type SearchResult } from '../search/index.js';
import { regionOf } from './regions.js';
import type { DiscoveryViewLike, Selection, ViewSort } from './types.js';

export const EMPTY_SELECTION: Selection = { q: '', areas: [], phases: [], kinds: [], regions: [] };


/** Live counts of each facet's options: for a facet, the projects that pass every other facet and the query. */
export interface FacetCounts {
  areas: Map<AreaId, number>;
  phases: Map<Phase, number>;
  kinds: Map<ProjectKind, number>;
  regions: Map<string, number>;
}

/** What the matching projects add up to, for the charts above the results. */
export interface Summary {
  total: number;
  byArea: Map<AreaId, number>;
  byPhase: Map<Phase, number>;
  /** Savings the matching projects report, per currency: per year (monthly ones × 12) and one-off. */
  savingsPerYear: Map<string, number>;
  savingsOnce: Map<string, number>;
  /** How many of them report savings. */
  withSavings: number;
}

export interface Results {
  projects: Project[];
  counts: FacetCounts;
  summary: Summary;
  /** Every region the feed's projects are in (codes), most projects first. */
  regions: string[];
  /** Projects the search covers so far, and how many the feed has loaded. */
  indexed: number;
  loaded: number;
  search: SearchResult;
  /** True while the results are those of an earlier query: the worker's answer to the current one is on its way. */
  searching: boolean;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

export function sameSelection(a: Selection, b: Selection): boolean {
  return (
    a.q === b.q &&
    a.sort === b.sort &&
    sameList(a.areas, b.areas) &&
    sameList(a.phases, b.phases) &&
    sameList(a.kinds, b.kinds) &&
    sameList(a.regions, b.regions)
  );
}

const counter = <K>(keys: readonly K[]) => new Map<K, number>(keys.map((key) => [key, 0]));

/**
 * The state a filter and the lists (and maps) it serves share: the feed, the reader's selection, the
 * search index, and the matching projects with their counts. The index is built in slices as pages of
 * the feed arrive, so the first page can be searched while the next ones load.
 */
export class DiscoveryView implements DiscoveryViewLike {
  readonly url: string;
  version = 0;
  #state: FeedState;
  #selection: Selection = EMPTY_SELECTION;
  /** The language titles are sorted and shown in. */
  #lang = 'en';
  #uiLang = 'en';
  readonly #listeners = new Set<() => void>();
  #release?: (() => void) | undefined;

  #index = new SearchIndex();
  #indexing?: Promise<void> | undefined;
  /** Where the index lives: chosen when the first page of a feed comes (see WORKER_FROM). */
  #mode?: 'page' | 'worker' | undefined;
  #remote?: RemoteIndex | undefined;
  /** Grows each time the worker's index grows: an answer from before is then asked again. */
  #stamp = 0;
  #answer?: { q: string; stamp: number; result: SearchResult } | undefined;
  #asking?: { q: string; stamp: number } | undefined;
  /** The results last computed, kept while the worker answers a new query. */
  #last?: Results | undefined;
  #abort?: AbortController | undefined;
  /** The projects array the per-project codes and the index were built from (a new feed starts afresh). */
  #source?: readonly Project[];

  // Per project: its areas as a bit mask, its phase, kind and region as small codes.
  #areaMask = new Uint8Array(0);
  #phase = new Uint8Array(0);
  #kind = new Uint8Array(0);
  #region = new Uint16Array(0);
  /** Savings a project reports: its currency (an index in #currencies, plus one; 0 for none) and amount, per year or once. */
  #currency = new Uint8Array(0);
  #saving = new Float64Array(0);
  #once = new Uint8Array(0);
  #currencies: string[] = [];
  #regionCodes: string[] = [];
  /** Projects per region id, over every project loaded. */
  #regionTotals: number[] = [];
  readonly #regionIds = new Map<string, number>();
  #coded = 0;

  #results?: Results | undefined;
  #orders = new Map<string, Int32Array>();
  /** Sort keys by position, filled as orders need them (titles in the reader's language). */
  #titles: string[] = [];
  #saved: number[] = [];
  #published: number[] = [];
  #started: number[] = [];

  constructor(url: string) {
    this.url = url;
    this.#state = feedStore.get(url);
  }

  /** Starts following the feed (loading it if nobody has yet); returns the function that stops. */
  connect(target?: EventTarget): () => void {
    this.#release?.();
    const release = feedStore.subscribe(this.url, (state) => this.#onFeed(state), target);
    this.#release = release;
    this.#onFeed(feedStore.get(this.url));
    return () => {
      release();
      if (this.#release === release) this.#release = undefined;
      this.#abort?.abort();
      // Nobody follows the view any more: the worker's memory goes (a view that connects again rebuilds).
      if (!this.#release) this.#stopWorker();
    };
  }

  get state(): FeedState {
    return this.#state;
  }

  get selection(): Selection {
    return this.#selection;
  }

  /** Replaces the selection (values outside the facets' options are dropped). Returns false when nothing changed. */
  select(selection: Partial<Selection>): boolean {
    const next = normalizeSelection({ ...this.#selection, ...selection });
    if (sameSelection(next, this.#selection)) return false;
    this.#selection = next;
    this.version++;
    this.#changed();
    return true;
  }

  /** The language the reader sees titles in (for the title order and the highlights). */
  setLanguage(contentLanguage: string, uiLanguage: string): void {
    if (contentLanguage === this.#lang && uiLanguage === this.#uiLang) return;
    this.#lang = contentLanguage;
    this.#uiLang = uiLanguage;
    this.#orders.delete('title');
    this.#titles = [];
    this.#changed();
  }

  get sort(): ViewSort {
    const { sort, q } = this.#selection;
    const hasQuery = queryWords(q).length > 0;
    if (sort === 'relevance' || !sort) return hasQuery ? 'relevance' : 'feed';
    return sort;
  }

  get sorts(): ViewSort[] {
    const orders: ViewSort[] = ['feed', 'newest', 'title', 'savings'];
    return queryWords(this.#selection.q).length ? ['relevance', ...orders] : orders;
  }

  get filtering(): boolean {
    const { areas, phases, kinds, regions } = this.#selection;
    return queryWords(this.#selection.q).length > 0 || areas.length + phases.length + kinds.length + regions.length > 0;
  }

  get projects(): Project[] {
    return this.results.projects;
  }

  /** True while the search index is behind the projects loaded. */
  get indexing(): boolean {
    return this.#indexed < (this.#state.feed?.projects.length ?? 0);
  }

  /** True while the results shown are not yet those of the current query (the worker is answering it). */
  get searching(): boolean {
    return this.results.searching;
  }

  /** Where the search index is built and searched: in the page, or in a worker (large feeds). */
  get indexedIn(): 'page' | 'worker' | undefined {
    return this.#remote ? 'worker' : this.#mode && 'page';
  }

  /** Projects searchable so far. */
  get #indexed(): number {
    return this.#remote ? this.#remote.size : this.#index.size;
  }

  setSort(sort: ViewSort): void {
    this.select({ sort });
  }

  clear(): void {
    this.select({ ...EMPTY_SELECTION, ...(this.#selection.sort ? { sort: this.#selection.sort } : {}) });
  }

  highlight(text: string): [number, number][] {
    return highlightRanges(text, this.results.search.terms);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves once every project loaded so far is searchable. */
  whenIndexed(): Promise<void> {
    const remote = this.#remote;
    // A worker that fails meanwhile leaves the work to the page: wait for that too.
    if (remote) return remote.whenIdle().then(() => (this.#remote === remote ? undefined : this.whenIndexed()));
    return this.#indexing ?? Promise.resolve();
  }

  /** Resolves once the results are those of the current query (at once when the page searched itself). */
  whenSearched(): Promise<void> {
    if (!this.searching) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.subscribe(() => {
        if (this.searching) return;
        stop();
        resolve();
      });
    });
  }

  #changed(): void {
    if (this.#results) this.#last = this.#results;
    this.#results = undefined;
    for (const listener of [...this.#listeners]) listener();
  }

  #onFeed(state: FeedState): void {
    this.#state = state;
    const projects = state.feed?.projects;
    if (projects !== this.#source && (!projects || !this.#source || projects[0] !== this.#source[0])) this.#reset();
    this.#source = projects;
    this.#code();
    // Pages of a large feed come every few hundred milliseconds: while they do, the results follow at most twice a
    // second (the first page and the last one at once), rather than re-counting everything for each page.
    if (state.complete || state.status !== 'ready' || !this.#shown) {
      clearTimeout(this.#throttle);
      this.#throttle = undefined;
      this.#shown = state.status === 'ready';
      this.#changed();
    } else {
      this.#throttle ??= setTimeout(() => {
        this.#throttle = undefined;
        this.#changed();
      }, 500);
    }
    this.#indexMore();
  }

  #throttle?: ReturnType<typeof setTimeout> | undefined;
  /** True once the first page of the feed has been passed on. */
  #shown = false;

  /** A refresh brought another feed: everything derived from the old one goes. */
  #reset(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#indexing = undefined;
    this.#shown = false;
    this.#stopWorker();
    this.#mode = undefined;
    this.#last = undefined;
    this.#index = new SearchIndex();
    this.#coded = 0;
    this.#regionCodes = [];
    this.#currencies = [];
    this.#regionTotals = [];
    this.#orders.clear();
    this.#titles = [];
    this.#saved = [];
    this.#published = [];
    this.#started = [];
    this.#regionIds.clear();
  }

  /** Gives each newly loaded project its facet codes. */
  #code(): void {
    const feed = this.#state.feed;
    const projects = feed?.projects ?? [];
    const n = projects.length;
    if (n > this.#areaMask.length) {
      const capacity = Math.max(n, this.#areaMask.length * 2);
      const grow = <T extends Uint8Array | Uint16Array | Float64Array>(old: T, make: (size: number) => T): T => {
        const array = make(capacity);
        array.set(old);
        return array;
      };
      this.#areaMask = grow(this.#areaMask, (size) => new Uint8Array(size));
      this.#phase = grow(this.#phase, (size) => new Uint8Array(size));
      this.#kind = grow(this.#kind, (size) => new Uint8Array(size));
      this.#region = grow(this.#region, (size) => new Uint16Array(size));
      this.#currency = grow(this.#currency, (size) => new Uint8Array(size));
      this.#saving = grow(this.#saving, (size) => new Float64Array(size));
      this.#once = grow(this.#once, (size) => new Uint8Array(size));
    }
    for (let i = this.#coded; i < n; i++) {
      const project = projects[i] as Project;
      let mask = 0;
      for (const area of project.areas) mask |= 1 << AREAS.indexOf(area);
      this.#areaMask[i] = mask;
      this.#phase[i] = PHASES.indexOf(project.phase);
      this.#kind[i] = PROJECT_KINDS.indexOf(project.kind);
      const region = regionOf(feed?.councils.get(project.council));
      let id = this.#regionIds.get(region);
      if (id === undefined) {
        id = this.#regionCodes.push(region) - 1;
        this.#regionIds.set(region, id);
        this.#regionTotals[id] = 0;
      }
      this.#region[i] = id;
      this.#regionTotals[id]!++;
      const savings = project.savings;
      let currency = 0;
      if (savings) {
        currency = this.#currencies.indexOf(savings.currency) + 1;
        // More than 255 currencies in one feed: the rest are not added up rather than added up wrong.
        if (!currency && this.#currencies.length < 255) currency = this.#currencies.push(savings.currency);
        this.#once[i] = +(savings.period === 'once');
        this.#saving[i] = savings.period === 'once' ? savings.amount : annualSavings(project);
      }
      this.#currency[i] = currency;
    }
    this.#coded = n;
  }

  /** Indexes the projects loaded and not yet searchable (in the worker, or in slices); re-renders when they are. */
  #indexMore(): void {
    const feed = this.#state.feed;
    if (!feed || !this.#release) return;
    this.#mode ??= !this.#state.complete || feed.projects.length >= WORKER_FROM ? 'worker' : 'page';
    if (this.#mode === 'worker') {
      const remote = (this.#remote ??= this.#startWorker());
      if (remote) return remote.add(feed.projects, feed.councils);
    }
    if (this.#indexing || this.#index.size >= feed.projects.length) return;
    const abort = (this.#abort = new AbortController());
    const index = this.#index;
    const searchable = () => {
      if (this.#index === index && queryWords(this.#selection.q).length) this.#changed();
    };
    this.#indexing = indexProjects(index, feed.projects, feed.councils, { signal: abort.signal, onSearchable: searchable })
      .then(
        () => {
          if (this.#index !== index) return;
          this.#indexing = undefined;
          searchable();
          // More pages may have arrived meanwhile.
          this.#indexMore();
        },
        () => undefined,
      )
      .finally(() => {
        if (this.#abort === abort) this.#abort = undefined;
      });
  }

  /** Starts the worker; undefined (and the page indexes) when the page's policy or origin forbids one. */
  #startWorker(): RemoteIndex | undefined {
    const remote = RemoteIndex.start();
    if (!remote) {
      this.#mode = 'page';
      return undefined;
    }
    remote.onProgress = () => {
      if (this.#remote !== remote) return;
      this.#stamp++;
      if (queryWords(this.#selection.q).length) this.#changed();
    };
    remote.onFail = (error) => {
      if (this.#remote !== remote) return;
      console.warn(`[digicanvis] search in the page: ${error.message}`);
      this.#stopWorker();
      this.#mode = 'page';
      this.#indexMore();
      this.#changed();
    };
    return remote;
  }

  #stopWorker(): void {
    this.#remote?.terminate();
    this.#remote = undefined;
    this.#answer = undefined;
    this.#asking = undefined;
  }

  /**
   * The search results for `q`: from the page's index at once, or the worker's answer. `result` is undefined while
   * the worker has not answered this query yet, and `fresh` false until it has answered over the index as it now
   * stands (it is asked, and the view changes when the answer comes).
   */
  #search(q: string): { result?: SearchResult | undefined; fresh: boolean } {
    if (!queryWords(q).length) return { result: { ...EMPTY_RESULT }, fresh: true };
    const remote = this.#remote;
    if (!remote) return { result: this.#index.search(q), fresh: true };
    const answer = this.#answer;
    const stamp = this.#stamp;
    if (answer?.q === q && answer.stamp === stamp) return { result: answer.result, fresh: true };
    if (this.#asking?.q !== q || this.#asking.stamp !== stamp) {
      const asking = (this.#asking = { q, stamp });
      remote.search(q).then(
        (result) => {
          // Only the latest question's answer counts (typing asks one per key).
          if (this.#asking !== asking) return;
          this.#asking = undefined;
          this.#answer = { q, stamp, result };
          this.#changed();
        },
        () => undefined,
      );
    }
    // The index has grown since this answer: it stands until the new one comes.
    return { result: answer?.q === q ? answer.result : undefined, fresh: false };
  }

  get results(): Results {
    return (this.#results ??= this.#compute());
  }

  #compute(): Results {
    const projects = this.#state.feed?.projects ?? [];
    const n = Math.min(projects.length, this.#coded);
    const { q, areas, phases, kinds, regions } = this.#selection;
    const { result: answer, fresh } = this.#search(q);
    // While the worker answers, the results stay as they were (a few milliseconds; no flash of "no match").
    if (!answer && this.#last && this.#last.loaded === projects.length) {
      this.#last.searching = true;
      return this.#last;
    }
    const search = answer ?? { ...EMPTY_RESULT, words: queryWords(q) };

    const areaSel = areas.reduce((mask, area) => mask | (1 << AREAS.indexOf(area)), 0);
    const phaseSel = phases.reduce((mask, phase) => mask | (1 << PHASES.indexOf(phase)), 0);
    const kindSel = kinds.reduce((mask, kind) => mask | (1 << PROJECT_KINDS.indexOf(kind)), 0);
    const regionSel = new Uint8Array(this.#regionCodes.length);
    for (const region of regions) {
      const id = this.#regionIds.get(region);
      if (id !== undefined) regionSel[id] = 1;
    }

    const counts: FacetCounts = { areas: counter(AREAS), phases: counter(PHASES), kinds: counter(PROJECT_KINDS), regions: counter(this.#regionCodes) };
    const areaCounts = new Int32Array(AREAS.length);
    const phaseCounts = new Int32Array(PHASES.length);
    const kindCounts = new Int32Array(PROJECT_KINDS.length);
    const regionCounts = new Int32Array(this.#regionCodes.length);
    const passing = new Uint8Array(n);
    const hasQuery = search.words.length > 0;
    const candidates = hasQuery ? search.docs : undefined;
    const total = candidates ? candidates.length : n;
    const inOrder: number[] = [];

    for (let k = 0; k < total; k++) {
      const doc = candidates ? (candidates[k] as number) : k;
      if (doc >= n) continue;
      const mask = this.#areaMask[doc] as number;
      const phase = this.#phase[doc] as number;
      const kind = this.#kind[doc] as number;
      const region = this.#region[doc] as number;
      const areaOk = !areaSel || (mask & areaSel) !== 0;
      const phaseOk = !phaseSel || (phaseSel & (1 << phase)) !== 0;
      const kindOk = !kindSel || (kindSel & (1 << kind)) !== 0;
      const regionOk = !regions.length || regionSel[region] === 1;
      const fails = +!areaOk + +!phaseOk + +!kindOk + +!regionOk;
      if (fails > 1) continue;
      if (fails === 0 || !areaOk) for (let a = 0; a < AREAS.length; a++) if (mask & (1 << a)) areaCounts[a]!++;
      if (fails === 0 || !phaseOk) phaseCounts[phase]!++;
      if (fails === 0 || !kindOk) kindCounts[kind]!++;
      if (fails === 0 || !regionOk) regionCounts[region]!++;
      if (fails === 0) {
        passing[doc] = 1;
        inOrder.push(doc);
      }
    }

    AREAS.forEach((area, i) => counts.areas.set(area, areaCounts[i] as number));
    PHASES.forEach((phase, i) => counts.phases.set(phase, phaseCounts[i] as number));
    PROJECT_KINDS.forEach((kind, i) => counts.kinds.set(kind, kindCounts[i] as number));
    this.#regionCodes.forEach((region, i) => counts.regions.set(region, regionCounts[i] as number));

    const sort = this.sort;
    let ordered: number[];
    if (sort === 'relevance' || (sort === 'feed' && !hasQuery)) ordered = inOrder;
    else {
      const order = this.#order(sort, projects, n);
      ordered = [];
      for (let k = 0; k < order.length; k++) if (passing[order[k] as number]) ordered.push(order[k] as number);
    }
    const shown = ordered.map((doc) => projects[doc] as Project);

    const totals = this.#regionTotals;
    const regionList = this.#regionCodes
      .map((code, id) => ({ code, total: totals[id] as number }))
      .sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : 1))
      .map(({ code }) => code);
    let summary: Summary | undefined;
    const summarize = (): Summary => this.#summarize(inOrder);
    return {
      projects: shown,
      counts,
      // Added up when asked for (the filter asks, a frame after the list has shown the results).
      get summary() {
        return (summary ??= summarize());
      },
      regions: regionList,
      indexed: this.#indexed,
      loaded: projects.length,
      search,
      searching: !fresh,
    };
  }

  /** What the projects at positions `docs` add up to, from their codes. */
  #summarize(docs: readonly number[]): Summary {
    const byArea = new Int32Array(AREAS.length);
    const byPhase = new Int32Array(PHASES.length);
    const perYear = new Float64Array(this.#currencies.length + 1);
    const once = new Float64Array(this.#currencies.length + 1);
    // Which currencies some of them report, per year (1) and once (2): a reported 0 still shows.
    const reported = new Uint8Array(this.#currencies.length + 1);
    let withSavings = 0;
    for (const doc of docs) {
      const mask = this.#areaMask[doc] as number;
      for (let a = 0; a < AREAS.length; a++) if (mask & (1 << a)) byArea[a]!++;
      byPhase[this.#phase[doc] as number]!++;
      const currency = this.#currency[doc] as number;
      if (currency) {
        withSavings++;
        const isOnce = this.#once[doc] as number;
        (isOnce ? once : perYear)[currency]! += this.#saving[doc] as number;
        reported[currency]! |= isOnce + 1;
      }
    }
    const summary: Summary = {
      total: docs.length,
      byArea: new Map(AREAS.map((area, i) => [area, byArea[i] as number])),
      byPhase: new Map(PHASES.map((phase, i) => [phase, byPhase[i] as number])),
      savingsPerYear: new Map(),
      savingsOnce: new Map(),
      withSavings,
    };
    // In the order the feed first names them.
    this.#currencies.forEach((currency, i) => {
      if ((reported[i + 1] as number) & 1) summary.savingsPerYear.set(currency, perYear[i + 1] as number);
      if ((reported[i + 1] as number) & 2) summary.savingsOnce.set(currency, once[i + 1] as number);
    });
    return summary;
  }

  /**
   * The positions of the first `n` projects in a sort order. Kept as projects arrive: the new ones are sorted on
   * their own and merged in, so a page of a large feed costs its own size, not the feed's. Dropped when the
   * language changes (titles) or another feed comes.
   */
  #order(sort: ViewSort, projects: readonly Project[], n: number): Int32Array {
    if (sort === 'relevance' || sort === 'feed') return Int32Array.from({ length: n }, (_, i) => i);
    const cached = this.#orders.get(sort);
    if (cached?.length === n) return cached;
    const compare = this.#comparator(sort, projects);
    const from = cached && cached.length < n ? cached.length : 0;
    const fresh = Int32Array.from({ length: n - from }, (_, i) => from + i).sort(compare);
    const order = from ? merge(cached as Int32Array, fresh, compare) : fresh;
    this.#orders.set(sort, order);
    return order;
  }

  /** Compares two positions in a sort order; ties keep feed order. Keys are read once per project. */
  #comparator(sort: 'newest' | 'title' | 'savings', projects: readonly Project[]): (a: number, b: number) => number {
    const key = <T>(cache: T[], make: (project: Project) => T) => (i: number): T => (cache[i] ??= make(projects[i] as Project));
    if (sort === 'title') {
      const title = key(this.#titles, (project) => projectText(project, 'title', this.#lang, this.#uiLang).value);
      const { compare } = collator(this.#uiLang);
      return (a, b) => compare(title(a), title(b)) || a - b;
    }
    if (sort === 'savings') {
      const saved = key(this.#saved, annualSavings);
      return (a, b) => saved(b) - saved(a) || a - b;
    }
    const published = key(this.#published, (project) => time(project.datePublished));
    const started = key(this.#started, (project) => time(project.started));
    return (a, b) => published(b) - published(a) || started(b) - started(a) || a - b;
  }
}

/** Merges two orders sorted by `compare`. */
function merge(a: Int32Array, b: Int32Array, compare: (x: number, y: number) => number): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compare(a[i] as number, b[j] as number) <= 0 ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

/** Keeps known values only, each once, in the facets' own order (so equal selections compare equal). */
export function normalizeSelection(selection: Selection): Selection {
  // Lists from script may be anything: only arrays count.
  const list = (values: unknown): unknown[] => (Array.isArray(values) ? values : []);
  const pick = <T extends string>(values: unknown, known: readonly T[]): T[] => known.filter((value) => list(values).includes(value));
  const regions = [
    ...new Set(list(selection.regions).filter((region): region is string => typeof region === 'string' && /^[A-Z]{2}(-[A-Z]{1,3})?$/.test(region))),
  ].sort();
  const sort = selection.sort;
  return {
    q: typeof selection.q === 'string' ? selection.q.slice(0, 256) : '',
    areas: pick(selection.areas, AREAS),
    phases: pick(selection.phases, PHASES),
    kinds: pick(selection.kinds, PROJECT_KINDS),
    regions,
    ...(sort && ['relevance', 'feed', 'newest', 'title', 'savings'].includes(sort) ? { sort } : {}),
  };
}
