/**
 * What the feed store needs beyond the first load of a one-page feed: following `next_url` from page to page, and the
 * conditional request of a refresh. Downloaded the first time a feed has a second page or is refreshed, so that a page
 * showing a one-page feed does not carry it.
 */
import { ACCEPT, pageFailed, parse, readInSlices, report, set, type Body, type Entry } from './store.js';
import { yieldToMain } from './tasks.js';
import type { Feed } from './types.js';

type FetchPage = (url: string, signal: AbortSignal) => Promise<Body | undefined>;

/**
 * Follows `next_url` from page to page (JSON Feed pagination; the reader has resolved each against its page and kept
 * only http and https), wherever the publisher put them (a CDN, another host), until the last page, a loop, or
 * `maxPages`. A page the browser cannot fetch (no CORS, plain http under https) is reported, and ends the chain.
 */
export async function follow(entry: Entry, next: string | undefined, signal: AbortSignal, fetchPage: FetchPage, maxPages: number): Promise<void> {
  const seen = new Set([entry.url]);
  // The page whose next_url is being followed: what a problem with it names.
  let from = entry.url;
  while (next && entry.state.status === 'ready') {
    if (seen.has(next) || seen.size >= maxPages) {
      report(entry, [{ path: '$.next_url', message: `stopped following next_url at ${next}: the pages loop or never end`, severity: 'error' }], from);
      break;
    }
    seen.add(next);
    const page = next;
    next = await loadPage(entry, page, from, signal, fetchPage);
    from = page;
  }
}

/** Reads one further page; a page that fails is reported and ends the chain, what was read still shows. */
async function loadPage(entry: Entry, pageUrl: string, from: string, signal: AbortSignal, fetchPage: FetchPage): Promise<string | undefined> {
  try {
    const json = parse((await fetchPage(pageUrl, signal)) as Body);
    await yieldToMain();
    signal.throwIfAborted();
    const feed = entry.state.feed as Feed;
    const result = await readInSlices(
      json,
      {
        baseUrl: pageUrl,
        // After the last item read (skipped items count too on their page): positions stay unique and in order.
        startIndex: (feed.projects.at(-1)?.index ?? -1) + 1,
        councils: feed.councils,
        seenIds: entry.ids,
        language: feed.language,
      },
      signal,
    );
    if (!result.ok) throw result.error;
    const page = result.feed;
    set(entry, {
      feed: { ...feed, councils: page.councils, projects: feed.projects.concat(page.projects), assistant: feed.assistant.concat(page.assistant) },
    });
    report(entry, result.problems, pageUrl);
    return result.nextUrl;
  } catch (e) {
    if (signal.aborted) throw e;
    pageFailed(entry, pageUrl, e, from);
    return undefined;
  }
}

/**
 * The request of a refresh, given what the server said of the feed last time. Same origin: ask with the ETag (or
 * Last-Modified) ourselves and see the 304. Cross-origin, such headers would need a CORS preflight that static hosts
 * refuse, so let the browser revalidate its own cached copy instead.
 */
export function conditional(url: string, validators: Headers | undefined): RequestInit {
  const etag = validators?.get('ETag');
  const modified = validators?.get('Last-Modified');
  if (new URL(url).origin !== globalThis.location?.origin || !(etag || modified)) return { cache: 'no-cache' };
  const headers: Record<string, string> = { Accept: ACCEPT };
  if (etag) headers['If-None-Match'] = etag;
  if (modified) headers['If-Modified-Since'] = modified;
  return { headers, cache: 'no-store' };
}
