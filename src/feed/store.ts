/**
 * One shared copy of each feed on the page. However many elements use a URL, it is requested once, read and
 * validated once, and every element is told of each change (first page, further pages, refresh, error).
 *
 * Written with module functions and #private names: every page downloads this, and the minifier can shorten
 * those where it cannot shorten properties. What a first load of a one-page feed never runs (following `next_url`,
 * the conditional request of a refresh) is in ./more.ts, downloaded the first time a feed needs it.
 */
import { FeedWarningEvent } from '../events.js';
import { parseFeedText, readFeedPage, type PageResult, type ReadOptions } from './read.js';
import { inSlices, yieldToMain } from './tasks.js';
import type { FeedError, FeedProblem, FeedState } from './types.js';

export type FeedListener = (state: FeedState) => void;

export interface FeedStoreOptions {
  /** The fetch to use; a page may pass its own (a proxy, a test harness). */
  fetch: typeof fetch;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Further attempts after a 408, 429, 5xx or network failure. */
  retries: number;
  /** First back-off delay in milliseconds; it doubles at each attempt, with jitter. */
  retryBaseMs: number;
  /** No back-off (and no `Retry-After`) waits longer than this; a longer `Retry-After` ends the retries. */
  maxRetryDelayMs: number;
  /** Safety stop for `next_url` chains. */
  maxPages: number;
}

/** @internal */
export interface Subscriber {
  listener: FeedListener;
  /** Where the `dc-feed-warning` events are dispatched from (an element using the feed). */
  target?: EventTarget | undefined;
}

/** @internal What the store keeps of one feed (./more.ts reads it too). */
export interface Entry {
  url: string;
  state: FeedState;
  subscribers: Set<Subscriber>;
  /** Aborts whatever this entry has in flight. */
  abort?: AbortController | undefined;
  /** What the server said of the first page, for conditional refreshes. */
  validators?: Headers | undefined;
  /** Body of the first page as last read, to notice a refresh that changed nothing. */
  text?: string;
  /** Problems not yet dispatched as events (no subscriber was connected). */
  undelivered: FeedProblem[];
  /** The ids of the projects read so far, over every page (a later page may not reuse one). */
  ids?: Set<string>;
}

/** @internal */
export interface Body {
  text: string;
  type: string;
  headers: Headers;
}

/** Thrown for an HTTP error status; `wait` is the `Retry-After` in milliseconds. */
interface HttpFailure {
  status: number;
  wait?: number | undefined;
}

const TIMEOUT = 'timeout';
/** @internal */
export const ACCEPT = 'application/feed+json, application/json;q=0.9, */*;q=0.1';
const idle = (url: string): FeedState => ({ url, status: 'idle', warnings: [], complete: false, loadingMore: false });
const failed = (url: string, error: FeedError): FeedState => ({ url, status: 'error', error, warnings: [], complete: true, loadingMore: false });

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const ms = Number.isFinite(Number(header)) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => reject((clearTimeout(timer), signal.reason)), { once: true });
  });
}

/** What went wrong, as a FeedError: errors of the reader pass through, the rest are network, timeout or HTTP. */
function feedError(e: unknown, url: string): FeedError {
  if ((e as FeedError).code) return e as FeedError;
  const status = (e as HttpFailure).status;
  if (status) return { code: 'http', status, message: `The feed at ${url} answered HTTP ${status}.` };
  if (e === TIMEOUT) return { code: 'timeout', message: `The feed at ${url} took too long to answer.` };
  return { code: 'network', message: `The feed at ${url} could not be reached: ${(e as Error)?.message ?? e}` };
}

/** The feed URL in absolute form, resolved like a link of the page. */
export function absoluteFeedUrl(url: string): string | undefined {
  try {
    return new URL(url.trim(), document.baseURI).href;
  } catch {
    return undefined;
  }
}

/** A URL as the store keys it: absolute, as elements resolve their `feed` (a page may pass one relative to it). */
const key = (url: string): string => absoluteFeedUrl(url) ?? url;

export class FeedStore {
  readonly #entries = new Map<string, Entry>();
  #options: FeedStoreOptions = {
    fetch: (...args) => globalThis.fetch(...args),
    timeoutMs: 15000,
    retries: 3,
    retryBaseMs: 400,
    maxRetryDelayMs: 10000,
    maxPages: 500,
  };

  configure(options: Partial<FeedStoreOptions>): void {
    this.#options = { ...this.#options, ...options };
  }

  /** The current state of a URL (`idle` when nobody asked for it yet). */
  get(url: string): FeedState {
    url = key(url);
    return this.#entries.get(url)?.state ?? idle(url);
  }

  /**
   * Starts using a feed: the first subscriber of a URL starts its request. `target` is the element that dispatches
   * the `dc-feed-warning` events. Returns the function that stops using it; when the last user stops, whatever is
   * still in flight is aborted.
   */
  subscribe(url: string, listener: FeedListener, target?: EventTarget): () => void {
    const entry = this.#entry(url);
    const subscriber: Subscriber = { listener, target };
    entry.subscribers.add(subscriber);
    if (entry.state.status === 'idle') void this.#load(entry);
    else deliver(entry, entry.undelivered.splice(0));
    return () => {
      entry.subscribers.delete(subscriber);
      // An element moved in the DOM disconnects and reconnects in the same task: wait before giving up on the feed.
      queueMicrotask(() => {
        if (entry.subscribers.size || this.#entries.get(entry.url) !== entry) return;
        entry.abort?.abort(new DOMException('Nobody uses this feed any more', 'AbortError'));
        entry.abort = undefined;
        // Half-loaded data is not worth keeping, nor an error (the fault may be gone): the next user starts afresh.
        if (!entry.state.complete || entry.state.status !== 'ready') this.#entries.delete(entry.url);
        // (A whole feed is kept; a refresh of it that was under way has stopped.)
        else entry.state = { ...entry.state, loadingMore: false };
      });
    };
  }

  /** Uses `json` as the document at `url`, as if it had been fetched (a feed inlined in the page, a story). */
  prime(url: string, json: unknown): void {
    const entry = this.#entry(url);
    entry.abort?.abort();
    const abort = (entry.abort = new AbortController());
    // Its further pages (`next_url`) are fetched as a fetched feed's are.
    // (Nothing to tell when it is aborted: nobody uses the feed any more, or it was primed again.)
    this.#follow(entry, readFirst(entry, json), abort).catch(() => undefined);
  }

  /** After an error: forget it and load again. */
  retry(url: string): void {
    const entry = this.#entries.get(key(url));
    if (entry?.state.status === 'error') void this.#load(entry);
  }

  /**
   * Asks the server whether the feed changed (a conditional request with the ETag it gave) and reloads it if it
   * did. Content already shown stays while this happens.
   */
  async refresh(url: string): Promise<void> {
    const entry = this.#entries.get(key(url));
    if (!entry || entry.abort) return;
    if (entry.state.status !== 'ready') return this.retry(entry.url);
    await this.#load(entry, true);
  }

  #entry(url: string): Entry {
    url = key(url);
    let entry = this.#entries.get(url);
    if (!entry) this.#entries.set(url, (entry = { url, state: idle(url), subscribers: new Set(), undelivered: [] }));
    return entry;
  }

  async #load(entry: Entry, refresh = false): Promise<void> {
    const abort = (entry.abort = new AbortController());
    const { url } = entry;
    entry.state = refresh ? { ...entry.state, loadingMore: true } : { ...idle(url), status: 'loading' };
    set(entry, {});
    try {
      const first = await this.#fetch(url, abort.signal, refresh ? (await import('./more.js')).conditional(url, entry.validators) : undefined);
      // 304, or a body identical to the one shown: nothing to do.
      if (!first || (refresh && first.text === entry.text)) return set(entry, { loadingMore: false });
      const json = parse(first);
      // A feed of several pages: the code that follows them downloads while this page is read, not after.
      if ((json as { next_url?: unknown } | null)?.next_url) import('./more.js').catch(() => undefined);
      await yieldToMain();
      abort.signal.throwIfAborted();
      // A refresh reads the new document, all its pages, aside: what is shown stays until it is ready to take its place.
      const into: Entry = refresh ? { url, state: idle(url), subscribers: new Set(), undelivered: [], abort } : entry;
      await this.#follow(into, readFirst(into, json, await readInSlices(json, { baseUrl: url, seenIds: (into.ids = new Set()) }, abort.signal)), abort);
      // What the server said of this edition, for the next refresh to ask with: only once it is read whole (a refresh
      // cut short, or a page that failed, must not make the next one "nothing changed").
      if (into.state.status === 'ready') {
        const whole = !into.state.warnings.some((problem) => problem.path === '$.next_url');
        entry.validators = whole ? first.headers : undefined;
        entry.text = whole ? first.text : undefined;
      }
      if (into !== entry) {
        entry.ids = into.ids;
        // (A new document that cannot be read leaves the one shown, as a refresh that fails to arrive does.)
        set(entry, into.state.status === 'ready' ? into.state : { loadingMore: false });
        deliver(entry, into.undelivered);
      }
    } catch (e) {
      if (abort.signal.aborted) return;
      const error = feedError(e, url);
      console.error(`[digicanvis] ${error.message}`);
      if (refresh) set(entry, { loadingMore: false });
      else setState(entry, failed(url, error));
    } finally {
      if (entry.abort === abort) entry.abort = undefined;
    }
  }

  /**
   * Follows `next_url` from page to page (./more.ts, downloaded with the first feed that has a second page), then
   * marks the feed complete. Rejects only when aborted.
   */
  async #follow(entry: Entry, next: string | undefined, abort: AbortController): Promise<void> {
    try {
      if (next) {
        try {
          await (await import('./more.js')).follow(entry, next, abort.signal, (url, signal) => this.#fetch(url, signal), this.#options.maxPages);
        } catch (e) {
          if (abort.signal.aborted) throw e;
          // The code that follows pages did not arrive: the pages read still show, as when a page fails.
          pageFailed(entry, next, e);
        }
        if (entry.state.status === 'ready') set(entry, { complete: true, loadingMore: false });
      }
    } finally {
      if (entry.abort === abort) entry.abort = undefined;
    }
  }

  /** One GET with timeout and retries; `undefined` when a conditional request (a refresh's, `init`) got 304. */
  async #fetch(url: string, signal: AbortSignal, init?: RequestInit): Promise<Body | undefined> {
    const { retries, retryBaseMs, maxRetryDelayMs, timeoutMs } = this.#options;
    for (let attempt = 0; ; attempt++) {
      const request = new AbortController();
      const onAbort = (): void => request.abort(signal.reason);
      signal.addEventListener('abort', onAbort);
      const timer = setTimeout(() => request.abort(TIMEOUT), timeoutMs);
      try {
        const response = await this.#options.fetch(url, { headers: { Accept: ACCEPT }, ...init, signal: request.signal });
        if (response.status === 304 && init) return undefined;
        if (!response.ok) throw { status: response.status, wait: retryAfter(response.headers.get('Retry-After')) } satisfies HttpFailure;
        return { text: await response.text(), type: response.headers.get('Content-Type') ?? '', headers: response.headers };
      } catch (e) {
        const failure = request.signal.reason === TIMEOUT ? TIMEOUT : e;
        const status = (failure as HttpFailure).status;
        // Retried: 408, 429, 5xx and network failures (fetch's TypeError), never a timeout or an abort.
        const retryable = status ? status === 408 || status === 429 || status >= 500 : failure instanceof TypeError;
        const asked = (failure as HttpFailure).wait;
        if (signal.aborted || !retryable || attempt >= retries || (asked ?? 0) > maxRetryDelayMs) throw failure;
        await wait(asked ?? Math.min(maxRetryDelayMs, retryBaseMs * 2 ** attempt) * (0.5 + Math.random() / 2), signal);
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      }
    }
  }
}

/** @internal */
export function parse(body: Body): unknown {
  const parsed = parseFeedText(body.text, body.type);
  if (!parsed.ok) throw parsed.error;
  return parsed.json;
}

function setState(entry: Entry, state: FeedState): void {
  entry.state = state;
  for (const s of [...entry.subscribers]) s.listener(state);
}

/** @internal */
export const set = (entry: Entry, change: Partial<FeedState>): void => setState(entry, { ...entry.state, ...change });

/**
 * Reads a page a few items at a time, in slices of about 8 ms with a turn of the event loop between them: a page of
 * a thousand projects takes some 70 ms to read, too long to hold a page's input and rendering.
 */
/** @internal */
export async function readInSlices(json: unknown, options: ReadOptions, signal: AbortSignal): Promise<PageResult> {
  const result = readFeedPage(json, options, 0);
  if (!result.ok) return result;
  let left = result.more(0);
  await inSlices(() => left, (count) => (left = result.more(count)), 8, yieldToMain, signal);
  return result;
}

/** Reads the first page into the entry's state (read already, or read here); returns the next page's URL. */
function readFirst(entry: Entry, json: unknown, result = readFeedPage(json, { baseUrl: entry.url, seenIds: (entry.ids = new Set()) })): string | undefined {
  const { url } = entry;
  if (!result.ok) {
    console.error(`[digicanvis] ${result.error.message} (${url})`);
    setState(entry, failed(url, result.error));
    return undefined;
  }
  setState(entry, { url, status: 'ready', feed: result.feed, warnings: [], complete: !result.nextUrl, loadingMore: !!result.nextUrl });
  report(entry, result.problems);
  return result.nextUrl;
}

/** Adds problems to the state, logs them and dispatches them as events. */
/** @internal */
export function report(entry: Entry, problems: FeedProblem[], pageUrl = entry.url): void {
  if (!problems.length) return;
  if (pageUrl !== entry.url) for (const p of problems) p.page = pageUrl;
  set(entry, { warnings: entry.state.warnings.concat(problems) });
  const line = (p: FeedProblem): string => `${p.path}${p.itemId ? ` (item "${p.itemId}")` : ''}: ${p.message}${p.skipped ? ' — skipped' : ''}`;
  for (const p of problems.slice(0, 20)) console.warn(`[digicanvis] ${pageUrl} ${line(p)}`);
  // Every reason reaches the console, the rest in one message: a feed of thousands of bad items must not flood it.
  if (problems.length > 20) console.warn(`[digicanvis] ${pageUrl}: ${problems.length - 20} more problems:\n${problems.slice(20).map(line).join('\n')}`);
  deliver(entry, problems);
}

/** @internal A further page that could not be read or fetched: reported, and the chain ends there. */
export const pageFailed = (entry: Entry, pageUrl: string, e: unknown, from?: string): void =>
  report(entry, [{ path: '$.next_url', message: `the next page could not be loaded: ${feedError(e, pageUrl).message}`, severity: 'error' }], from);

/** Dispatches problems from an element using the feed, or keeps them until one connects. */
function deliver(entry: Entry, problems: FeedProblem[]): void {
  const target = [...entry.subscribers].find((s) => s.target && (s.target as Node).isConnected !== false)?.target;
  if (!target) return void entry.undelivered.push(...problems);
  for (const { itemId, path, message, severity, skipped, page } of problems) {
    target.dispatchEvent(new FeedWarningEvent({ feedUrl: entry.url, pageUrl: page ?? entry.url, ...(itemId === undefined ? {} : { itemId }), path, reason: message, severity, skipped: !!skipped }));
  }
}

/** The store every element on the page shares. */
export const feedStore = new FeedStore();
