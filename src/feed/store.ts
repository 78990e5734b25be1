/**
 * One shared copy of each feed on the page. However many elements use a URL, it is requested once, read and
 * validated once, and every element is told of each change (first page, further pages, refresh, error).
 */
import { FeedWarningEvent } from '../events.js';
import { parseFeedText, readFeedPage } from './read.js';
import type { Council, Feed, FeedError, FeedProblem, FeedState } from './types.js';

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
  /** Safety stop for `next_url` chains (which must also stay on the feed's origin). */
  maxPages: number;
}

interface Subscriber {
  listener: FeedListener;
  /** Where the `dc-feed-warning` events are dispatched from (an element using the feed). */
  target?: EventTarget;
}

interface Entry {
  url: string;
  state: FeedState;
  subscribers: Set<Subscriber>;
  /** Aborts whatever this entry has in flight. */
  abort?: AbortController;
  etag?: string;
  lastModified?: string;
  /** Body of the first page as last read, to notice a refresh that changed nothing. */
  firstPageText?: string;
  /** Problems not yet dispatched as events (no subscriber was connected). */
  undelivered: FeedProblem[];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`HTTP ${status}`);
  }
}

class TimeoutError extends Error {}

const RETRYABLE = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function feedError(e: unknown, url: string): FeedError {
  if (e instanceof HttpError) {
    return { code: 'http', status: e.status, message: `The feed at ${url} answered HTTP ${e.status}.` };
  }
  if (e instanceof TimeoutError) return { code: 'timeout', message: `The feed at ${url} took too long to answer.` };
  return { code: 'network', message: `The feed at ${url} could not be reached: ${(e as Error)?.message ?? e}` };
}

function mergePage(into: Feed, page: Feed): Feed {
  return {
    ...into,
    councils: page.councils,
    projects: into.projects.concat(page.projects),
    assistant: into.assistant.concat(page.assistant),
  };
}

function sameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === globalThis.location?.origin;
  } catch {
    return false;
  }
}

export class FeedStore {
  private readonly entries = new Map<string, Entry>();
  private options: FeedStoreOptions = {
    fetch: (...args) => globalThis.fetch(...args),
    timeoutMs: 15000,
    retries: 3,
    retryBaseMs: 400,
    maxRetryDelayMs: 10000,
    maxPages: 500,
  };

  configure(options: Partial<FeedStoreOptions>): void {
    this.options = { ...this.options, ...options };
  }

  /** The current state of a URL (`idle` when nobody asked for it yet). */
  get(url: string): FeedState {
    return this.entries.get(url)?.state ?? { url, status: 'idle', warnings: [], complete: false, loadingMore: false };
  }

  /**
   * Starts using a feed: the first subscriber of a URL starts its request. `target` is the element that dispatches
   * the `dc-feed-warning` events. Returns the function that stops using it; when the last user stops, whatever is
   * still in flight is aborted.
   */
  subscribe(url: string, listener: FeedListener, target?: EventTarget): () => void {
    let entry = this.entries.get(url);
    if (!entry) {
      entry = this.createEntry(url);
      this.entries.set(url, entry);
    }
    const subscriber: Subscriber = target ? { listener, target } : { listener };
    entry.subscribers.add(subscriber);
    if (entry.state.status === 'idle') void this.load(entry);
    else this.deliverWarnings(entry, entry.undelivered.splice(0));
    const current = entry;
    return () => {
      current.subscribers.delete(subscriber);
      // An element moved in the DOM disconnects and reconnects in the same task: wait before giving up on the feed.
      queueMicrotask(() => {
        if (current.subscribers.size > 0 || this.entries.get(url) !== current) return;
        if (current.abort) {
          current.abort.abort(new DOMException('Nobody uses this feed any more', 'AbortError'));
          current.abort = undefined;
          // Half-loaded data is not worth keeping: the next user starts afresh.
          if (current.state.status !== 'ready' || !current.state.complete) this.entries.delete(url);
        }
      });
    };
  }

  /** Uses `json` as the document at `url`, as if it had been fetched (a feed inlined in the page, a story). */
  prime(url: string, json: unknown): void {
    const entry = this.entries.get(url) ?? this.createEntry(url);
    this.entries.set(url, entry);
    entry.abort?.abort();
    entry.abort = undefined;
    this.readFirstPage(entry, json, url);
    this.setState(entry, { ...entry.state, complete: true, loadingMore: false });
  }

  /** After an error: forget it and load again. */
  retry(url: string): void {
    const entry = this.entries.get(url);
    if (!entry || entry.state.status !== 'error') return;
    this.setState(entry, { url, status: 'idle', warnings: [], complete: false, loadingMore: false });
    void this.load(entry);
  }

  /**
   * Asks the server whether the feed changed (a conditional request with the ETag it gave) and reloads it if it
   * did. Content already shown stays while this happens.
   */
  async refresh(url: string): Promise<void> {
    const entry = this.entries.get(url);
    if (!entry || entry.abort) return;
    if (entry.state.status !== 'ready') return this.retry(url);
    await this.load(entry, true);
  }

  private createEntry(url: string): Entry {
    return {
      url,
      state: { url, status: 'idle', warnings: [], complete: false, loadingMore: false },
      subscribers: new Set(),
      undelivered: [],
    };
  }

  private setState(entry: Entry, state: FeedState): void {
    entry.state = state;
    for (const s of [...entry.subscribers]) s.listener(state);
  }

  private async load(entry: Entry, conditional = false): Promise<void> {
    const abort = new AbortController();
    entry.abort = abort;
    const { url } = entry;
    if (conditional) this.setState(entry, { ...entry.state, loadingMore: true });
    else this.setState(entry, { url, status: 'loading', warnings: [], complete: false, loadingMore: false });
    try {
      const first = await this.fetchText(url, abort.signal, conditional ? entry : undefined);
      if (first === 'unchanged') {
        this.setState(entry, { ...entry.state, loadingMore: false });
        return;
      }
      if (conditional && first.text === entry.firstPageText) {
        this.setState(entry, { ...entry.state, loadingMore: false });
        return;
      }
      entry.etag = first.etag;
      entry.lastModified = first.lastModified;
      entry.firstPageText = first.text;
      const parsed = parseFeedText(first.text, first.contentType);
      if (!parsed.ok) throw parsed.error;
      let nextUrl = this.readFirstPage(entry, parsed.json, url);
      const seen = new Set([url]);
      while (nextUrl && entry.state.status === 'ready') {
        if (new URL(nextUrl).origin !== new URL(url).origin) {
          // The page chose this feed's origin; a feed must not send every visitor's browser to another one.
          this.report(entry, [{ path: '$.next_url', message: `not followed: ${nextUrl} is on another origin than the feed`, severity: 'error' }]);
          break;
        }
        if (seen.has(nextUrl) || seen.size >= this.options.maxPages) {
          this.report(entry, [{ path: '$.next_url', message: `stopped following next_url at ${nextUrl}: the pages loop or never end`, severity: 'error' }]);
          break;
        }
        seen.add(nextUrl);
        nextUrl = await this.loadNextPage(entry, nextUrl, abort.signal);
      }
      if (entry.state.status === 'ready') this.setState(entry, { ...entry.state, complete: true, loadingMore: false });
    } catch (e) {
      if (abort.signal.aborted) return;
      const error = (e as FeedError).code ? (e as FeedError) : feedError(e, url);
      console.error(`[digicanvis] ${error.message}`);
      if (conditional && entry.state.feed) {
        this.setState(entry, { ...entry.state, loadingMore: false });
      } else {
        this.setState(entry, { url, status: 'error', error, warnings: [], complete: true, loadingMore: false });
      }
    } finally {
      if (entry.abort === abort) entry.abort = undefined;
    }
  }

  /** Reads the first page into the entry's state; returns the next page's URL. */
  private readFirstPage(entry: Entry, json: unknown, url: string): string | undefined {
    const result = readFeedPage(json, { baseUrl: url });
    if (!result.ok) {
      const error = result.error;
      console.error(`[digicanvis] ${error.message} (${url})`);
      this.setState(entry, { url, status: 'error', error, warnings: [], complete: true, loadingMore: false });
      return undefined;
    }
    this.setState(entry, {
      url,
      status: 'ready',
      feed: result.feed,
      warnings: [],
      complete: !result.nextUrl,
      loadingMore: Boolean(result.nextUrl),
    });
    this.report(entry, result.problems);
    return result.nextUrl;
  }

  /** Reads one further page; a page that fails is reported and ends the chain, what was read still shows. */
  private async loadNextPage(entry: Entry, pageUrl: string, signal: AbortSignal): Promise<string | undefined> {
    const feed = entry.state.feed as Feed;
    try {
      const page = await this.fetchText(pageUrl, signal);
      if (page === 'unchanged') return undefined;
      const parsed = parseFeedText(page.text, page.contentType);
      if (!parsed.ok) throw parsed.error;
      const councils: Map<string, Council> = feed.councils;
      const seenIds = new Set(feed.projects.map((p) => p.id));
      const result = readFeedPage(parsed.json, { baseUrl: pageUrl, startIndex: feed.projects.length, councils, seenIds, language: feed.language });
      if (!result.ok) throw result.error;
      this.setState(entry, { ...entry.state, feed: mergePage(feed, result.feed) });
      this.report(entry, result.problems, pageUrl);
      return result.nextUrl;
    } catch (e) {
      if (signal.aborted) throw e;
      const error = (e as FeedError).code ? (e as FeedError) : feedError(e, pageUrl);
      this.report(entry, [{ path: '$.next_url', message: `the next page could not be loaded: ${error.message}`, severity: 'error' }]);
      return undefined;
    }
  }

  /** Adds problems to the state, logs them and dispatches them as events. */
  private report(entry: Entry, problems: FeedProblem[], pageUrl = entry.url): void {
    if (problems.length === 0) return;
    this.setState(entry, { ...entry.state, warnings: entry.state.warnings.concat(problems) });
    const shown = problems.slice(0, 20);
    for (const p of shown) {
      console.warn(`[digicanvis] ${pageUrl} ${p.path}${p.itemId ? ` (item "${p.itemId}")` : ''}: ${p.message}${p.skipped ? ' — skipped' : ''}`);
    }
    if (problems.length > shown.length) {
      console.warn(`[digicanvis] ${pageUrl}: ${problems.length - shown.length} more problems (see the dc-feed-warning events)`);
    }
    this.deliverWarnings(entry, problems);
  }

  private deliverWarnings(entry: Entry, problems: FeedProblem[]): void {
    if (problems.length === 0) return;
    const target = [...entry.subscribers].find((s) => s.target && (s.target as Node).isConnected !== false)?.target;
    if (!target) {
      entry.undelivered.push(...problems);
      return;
    }
    for (const p of problems) {
      const detail = { feedUrl: entry.url, path: p.path, reason: p.message, severity: p.severity, skipped: Boolean(p.skipped) };
      target.dispatchEvent(new FeedWarningEvent(p.itemId === undefined ? detail : { ...detail, itemId: p.itemId }));
    }
  }

  /** One GET with timeout and retries; `'unchanged'` when a conditional request got 304. */
  private async fetchText(
    url: string,
    signal: AbortSignal,
    conditionalOn?: Entry,
  ): Promise<'unchanged' | { text: string; contentType: string; etag?: string; lastModified?: string }> {
    const { retries, retryBaseMs, maxRetryDelayMs } = this.options;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.fetchOnce(url, signal, conditionalOn);
      } catch (e) {
        if (signal.aborted || e instanceof TimeoutError) throw e;
        const retryable = e instanceof HttpError ? RETRYABLE(e.status) : e instanceof TypeError;
        if (!retryable || attempt >= retries) throw e;
        const backoff = Math.min(maxRetryDelayMs, retryBaseMs * 2 ** attempt) * (0.5 + Math.random() / 2);
        const asked = e instanceof HttpError ? e.retryAfterMs : undefined;
        if (asked !== undefined && asked > maxRetryDelayMs) throw e;
        await wait(asked ?? backoff, signal);
      }
    }
  }

  private async fetchOnce(
    url: string,
    signal: AbortSignal,
    conditionalOn?: Entry,
  ): Promise<'unchanged' | { text: string; contentType: string; etag?: string; lastModified?: string }> {
    const request = new AbortController();
    const onAbort = (): void => request.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort(new TimeoutError('timeout'));
    }, this.options.timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' };
    let cache: RequestCache = 'default';
    if (conditionalOn) {
      // Same origin: ask with the ETag ourselves and see the 304. Cross-origin, such headers would need a CORS
      // preflight that static hosts refuse, so let the browser revalidate its own cached copy instead.
      if (sameOrigin(url) && (conditionalOn.etag || conditionalOn.lastModified)) {
        if (conditionalOn.etag) headers['If-None-Match'] = conditionalOn.etag;
        if (conditionalOn.lastModified) headers['If-Modified-Since'] = conditionalOn.lastModified;
        cache = 'no-store';
      } else cache = 'no-cache';
    }
    try {
      const response = await this.options.fetch(url, { headers, cache, signal: request.signal });
      if (response.status === 304 && conditionalOn) return 'unchanged';
      if (!response.ok) throw new HttpError(response.status, retryAfter(response.headers.get('Retry-After')));
      const text = await response.text();
      const result: { text: string; contentType: string; etag?: string; lastModified?: string } = {
        text,
        contentType: response.headers.get('Content-Type') ?? '',
      };
      const etag = response.headers.get('ETag');
      if (etag) result.etag = etag;
      const lastModified = response.headers.get('Last-Modified');
      if (lastModified) result.lastModified = lastModified;
      return result;
    } catch (e) {
      if (timedOut) throw new TimeoutError('timeout');
      throw e;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }
}

/** The store every element on the page shares. */
export const feedStore = new FeedStore();
