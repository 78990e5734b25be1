import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { FeedStore, feedStore, type FeedState } from '../../src/feed/index.js';
import type { FeedWarningEvent } from '../../src/events.js';
import '../../src/components/observatory/observatory.js';

let n = 0;
const unique = (): string => `${Date.now()}-${++n}`;
const abs = (path: string): string => new URL(path, location.href).href;

async function stats(key: string): Promise<{ requests: number; notModified: number; aborted: number; conditional: number }> {
  return (await fetch(`/faults/stats?key=${key}`)).json();
}

/** Subscribes like an element would and records every state. */
function watch(store: FeedStore, url: string, target?: EventTarget): { states: FeedState[]; last: () => FeedState; stop: () => void } {
  const states: FeedState[] = [];
  const stop = store.subscribe(url, (s) => states.push(s), target);
  return { states, last: () => store.get(url), stop };
}

const fast = (): FeedStore => {
  const store = new FeedStore();
  store.configure({ retryBaseMs: 20, timeoutMs: 2000 });
  return store;
};

describe('FeedStore', () => {
  it('makes one request per URL however many users it has', async () => {
    const key = unique();
    const url = abs(`/faults/etag?key=${key}&file=feed-small.json`);
    const store = fast();
    const users = [watch(store, url), watch(store, url), watch(store, url)];
    await waitUntil(() => store.get(url).status === 'ready');
    expect((await stats(key)).requests).to.equal(1);
    expect(users.every((u) => u.states.at(-1)?.feed === store.get(url).feed)).to.equal(true);
    users.forEach((u) => u.stop());
  });

  it('retries 503 with back-off, then shows the feed', async () => {
    const key = unique();
    const url = abs(`/faults/flaky?key=${key}&fail=2&status=503&file=feed-small.json`);
    const store = fast();
    const w = watch(store, url);
    await waitUntil(() => store.get(url).status !== 'loading', 'settles', { timeout: 5000 });
    expect(store.get(url).status).to.equal('ready');
    expect((await stats(key)).requests).to.equal(3);
    w.stop();
  });

  it('honours Retry-After on 429', async () => {
    const key = unique();
    const url = abs(`/faults/flaky?key=${key}&fail=1&status=429&retry-after=1&file=feed-small.json`);
    const store = fast();
    const started = performance.now();
    const w = watch(store, url);
    await waitUntil(() => store.get(url).status === 'ready', 'ready', { timeout: 5000 });
    expect(performance.now() - started).to.be.at.least(950);
    w.stop();
  });

  it('gives up on a Retry-After longer than it is willing to wait', async () => {
    const key = unique();
    const url = abs(`/faults/flaky?key=${key}&fail=1&status=503&retry-after=3600&file=feed-small.json`);
    const store = fast();
    const w = watch(store, url);
    await waitUntil(() => store.get(url).status === 'error');
    expect(store.get(url).error).to.include({ code: 'http', status: 503 });
    expect((await stats(key)).requests).to.equal(1);
    w.stop();
  });

  it('does not retry a 404 and reports it', async () => {
    const store = fast();
    const url = abs(`/test/fixtures/missing-${unique()}.json`);
    const w = watch(store, url);
    await waitUntil(() => store.get(url).status === 'error');
    expect(store.get(url).error).to.include({ code: 'http', status: 404 });
    w.stop();
  });

  it('times out a server that never answers, and Retry loads again', async () => {
    const key = unique();
    const store = fast();
    store.configure({ timeoutMs: 300 });
    const url = abs(`/faults/hang?key=${key}`);
    const w = watch(store, url);
    await waitUntil(() => store.get(url).status === 'error');
    expect(store.get(url).error?.code).to.equal('timeout');
    store.retry(url);
    expect(store.get(url).status).to.equal('loading');
    await waitUntil(() => store.get(url).status === 'error');
    expect((await stats(key)).requests).to.equal(2);
    w.stop();
  });

  it('names an HTML page, broken JSON and a higher version', async () => {
    const store = fast();
    const cases: [string, string][] = [
      ['/faults/html', 'html'],
      ['/test/fixtures/broken.json', 'not-json'],
      ['/test/fixtures/feed-v2.json', 'version-unsupported'],
    ];
    for (const [path, code] of cases) {
      const url = abs(path);
      const w = watch(store, url);
      await waitUntil(() => store.get(url).status === 'error', path);
      expect(store.get(url).error?.code, path).to.equal(code);
      w.stop();
    }
  });

  it('aborts the request when every user has left', async () => {
    const key = unique();
    const store = fast();
    store.configure({ timeoutMs: 10000 });
    const url = abs(`/faults/hang?key=${key}`);
    const a = watch(store, url);
    const b = watch(store, url);
    await waitUntil(async () => (await stats(key)).requests === 1);
    a.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect((await stats(key)).aborted, 'one user still there').to.equal(0);
    b.stop();
    await waitUntil(async () => (await stats(key)).aborted === 1, 'server saw the abort');
    expect(store.get(url).status, 'forgotten, so the next user starts afresh').to.equal('idle');
  });

  it('shows the first page while further pages load, and merges them', async () => {
    const store = fast();
    const url = abs('/test/fixtures/paged-slow-1.json');
    const w = watch(store, url);
    await waitUntil(() => store.get(url).status === 'ready');
    const first = store.get(url);
    expect(first.feed?.projects.map((p) => p.id)).to.deep.equal(['paged-1', 'paged-2']);
    expect(first.complete).to.equal(false);
    expect(first.loadingMore).to.equal(true);
    await waitUntil(() => store.get(url).complete, 'all pages', { timeout: 5000 });
    expect(store.get(url).feed?.projects.map((p) => p.id)).to.deep.equal(['paged-1', 'paged-2', 'paged-5']);
    expect(store.get(url).feed?.projects.map((p) => p.index)).to.deep.equal([0, 1, 2]);
    w.stop();
  });

  it('follows next_url across pages with councils from the first and no duplicate ids', async () => {
    const store = fast();
    const url = abs('/test/fixtures/paged-1.json');
    const w = watch(store, url);
    await waitUntil(() => store.get(url).complete);
    const state = store.get(url);
    expect(state.feed?.projects.map((p) => p.id)).to.deep.equal(['paged-1', 'paged-2', 'paged-3', 'paged-4', 'paged-5']);
    expect(state.warnings.some((p) => p.itemId === 'paged-1' && p.skipped)).to.equal(true);
    w.stop();
  });

  it('stops a next_url loop and keeps a failed page from hiding the others', async () => {
    const store = fast();
    for (const name of ['paged-loop-1.json', 'paged-broken-1.json']) {
      const url = abs(`/test/fixtures/${name}`);
      const w = watch(store, url);
      await waitUntil(() => store.get(url).complete, name);
      const state = store.get(url);
      expect(state.status).to.equal('ready');
      expect(state.feed?.projects).to.have.length(1);
      expect(state.warnings.some((p) => p.path === '$.next_url')).to.equal(true);
      w.stop();
    }
  });

  it('follows next_url to another origin (the pages on a CDN), from a primed first page too', async () => {
    const store = fast();
    // The first page, primed: its own URL is never asked for (it does not exist, and would fail the feed).
    const url = abs(`/test/fixtures/primed-${unique()}.json`);
    const cdn = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/faults/cdn/`;
    const first = await (await fetch('/test/fixtures/paged-1.json')).json();
    store.prime(url, { ...first, next_url: `${cdn}paged-2.json` });
    const w = watch(store, url);
    await waitUntil(() => store.get(url).complete);
    const state = store.get(url);
    expect(state.status).to.equal('ready');
    expect(state.feed?.projects.map((p) => p.id)).to.deep.equal(['paged-1', 'paged-2', 'paged-3', 'paged-4', 'paged-5']);
    expect(state.warnings.filter((p) => p.path === '$.next_url')).to.deep.equal([]);
    w.stop();
  });

  it('refreshes with the ETag and keeps the data on 304', async () => {
    const key = unique();
    const store = fast();
    const url = abs(`/faults/etag?key=${key}&file=feed-small.json`);
    const w = watch(store, url);
    await waitUntil(() => store.get(url).complete);
    const before = store.get(url).feed;
    await store.refresh(url);
    const s = await stats(key);
    expect(s.conditional).to.equal(1);
    expect(s.notModified).to.equal(1);
    expect(store.get(url).feed).to.equal(before);
    w.stop();
  });

  it('dispatches one dc-feed-warning per problem that bubbles to the document', async () => {
    const url = abs(`/test/fixtures/feed-small.json?${unique()}`);
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen: FeedWarningEvent[] = [];
    const listener = (e: FeedWarningEvent): void => void seen.push(e);
    document.addEventListener('dc-feed-warning', listener);
    const store = fast();
    const w = watch(store, url, el);
    await waitUntil(() => store.get(url).status === 'ready');
    document.removeEventListener('dc-feed-warning', listener);
    const skipped = seen.filter((e) => e.detail.skipped);
    expect(skipped.map((e) => e.detail.itemId)).to.include.members(['bad-phase', 'dangling-council']);
    const bad = skipped.find((e) => e.detail.itemId === 'bad-phase')!;
    expect(bad.detail).to.include({ path: '$.items[2]._digicanvis.phase', feedUrl: url, severity: 'error' });
    expect(bad.composed && bad.bubbles).to.equal(true);
    expect(seen).to.have.length(store.get(url).warnings.length);
    w.stop();
  });

  it('names, in each dc-feed-warning, the page (next_url) its path is in', async () => {
    const url = abs(`/test/fixtures/paged-1.json?pages=${unique()}`);
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const seen: FeedWarningEvent['detail'][] = [];
    const listener = (e: FeedWarningEvent): void => void seen.push(e.detail);
    el.addEventListener('dc-feed-warning', listener);
    const store = fast();
    const w = watch(store, url, el);
    await waitUntil(() => store.get(url).complete);
    // paged-2.json repeats the first page's paged-1.
    const repeat = seen.find((detail) => detail.itemId === 'paged-1' && detail.skipped)!;
    expect(repeat).to.include({ feedUrl: url, pageUrl: abs('/test/fixtures/paged-2.json'), path: '$.items[2].id' });
    expect(seen.filter((detail) => detail.pageUrl === url).every((detail) => !detail.path.startsWith('$.items'))).to.equal(true);
    w.stop();
  });

  it('asks again for a feed that failed when a user comes later (the fault may be gone: a page of a single-page app)', async () => {
    const key = unique();
    const url = abs(`/faults/flaky?key=${key}&fail=1&status=404&file=feed-small.json`);
    const store = fast();
    const first = watch(store, url);
    await waitUntil(() => store.get(url).status === 'error');
    first.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const later = watch(store, url);
    await waitUntil(() => store.get(url).status === 'ready', 'the later user got the old error');
    expect((await stats(key)).requests).to.equal(2);
    later.stop();
  });

  it('takes a URL relative to the page in prime, get, retry and refresh, as the elements resolve their feed', async () => {
    const store = fast();
    const relative = `virtual/primed-${unique()}.json`;
    const first = await (await fetch('/test/fixtures/paged-1.json')).json();
    store.prime(relative, { ...first, next_url: undefined, items: first.items.map((item: object) => ({ ...item, url: 'projects/x.html' })) });
    expect(store.get(relative)).to.equal(store.get(abs(relative)));
    const w = watch(store, abs(relative));
    expect(store.get(abs(relative)).status, 'an element with feed="…" sees the primed document').to.equal('ready');
    // Its relative links resolve against its URL, as a fetched document's do.
    expect(store.get(relative).feed?.projects[0]?.url).to.equal(abs('virtual/projects/x.html'));
    expect(store.get(relative).warnings).to.deep.equal([]);
    w.stop();
  });

  describe('a refresh cut short, a page that failed', () => {
    const json = (body: unknown, headers: Record<string, string> = {}): Response =>
      new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/feed+json', ...headers } });
    const item = (id: string): object => ({ id, title: `T ${id}`, _digicanvis: { council: 'es-ine:08019', areas: ['management'], kind: 'process', phase: 'pilot' } });
    const doc = (title: string, ids: string[], next?: string): object => ({
      version: 'https://jsonfeed.org/version/1.1',
      title,
      language: 'ca',
      items: ids.map(item),
      ...(next ? { next_url: next } : {}),
      _digicanvis: { version: 1, councils: [{ id: 'es-ine:08019', name: 'Barcelona', kind: 'municipality', country: 'ES', location: { lat: 41.38, lon: 2.17 } }] },
    });
    const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

    it('forgets the new edition of a refresh its last user left: the next refresh reads it, and nothing stays "loading more"', async () => {
      const url = abs(`/virtual/edition-${unique()}.json`);
      const page2 = abs(`/virtual/edition-${unique()}-p2.json`);
      let published = 1;
      const store = new FeedStore();
      // The page's own fetch (a documented option): a server with ETags, and a slow second page in edition 2.
      store.configure({
        retries: 0,
        fetch: async (input, init) => {
          if (String(input) === url) {
            if ((init?.headers as Record<string, string> | undefined)?.['If-None-Match'] === `"e${published}"`) return new Response(null, { status: 304 });
            return json(doc(`Edition ${published}`, [`a${published}`], published > 1 ? page2 : undefined), { ETag: `"e${published}"` });
          }
          await new Promise((resolve, reject) => {
            const timer = setTimeout(resolve, 500);
            init?.signal?.addEventListener('abort', () => reject((clearTimeout(timer), init.signal!.reason)));
          });
          return json(doc('p2', ['b2']));
        },
      });
      const first = watch(store, url);
      await waitUntil(() => store.get(url).complete);
      published = 2;
      void store.refresh(url);
      await waitUntil(() => store.get(url).loadingMore);
      await sleep(150);
      // A single-page app's route: the list leaves while edition 2's second page is on its way, and comes back.
      first.stop();
      await sleep(50);
      const later = watch(store, url);
      expect(store.get(url)).to.deep.include({ status: 'ready', complete: true, loadingMore: false });
      expect(store.get(url).feed?.title).to.equal('Edition 1');
      await store.refresh(url);
      await waitUntil(() => store.get(url).feed?.title === 'Edition 2' && store.get(url).complete, 'edition 2 never came: the refresh got 304');
      expect(store.get(url).feed?.projects.map((p) => p.id)).to.deep.equal(['a2', 'b2']);
      later.stop();
    });

    it('reads every page again at the next refresh after one failed, and the warning names the page whose next_url it was', async () => {
      const url = abs(`/virtual/cut-${unique()}.json`);
      const page2 = abs(`/virtual/cut-${unique()}-p2.json`);
      const page3 = abs(`/virtual/cut-${unique()}-p3.json`);
      let down = true;
      const store = new FeedStore();
      store.configure({
        retries: 0,
        fetch: async (input) => {
          const asked = String(input);
          if (asked === url) return json(doc('cut', ['a'], page2), { ETag: '"same"' });
          if (asked === page2) return json(doc('cut', ['b'], page3));
          if (down) throw new TypeError('Failed to fetch');
          return json(doc('cut', ['c']));
        },
      });
      const el = await fixture<HTMLDivElement>(html`<div></div>`);
      const seen: FeedWarningEvent['detail'][] = [];
      el.addEventListener('dc-feed-warning', (e) => void seen.push(e.detail));
      const w = watch(store, url, el);
      await waitUntil(() => store.get(url).complete);
      expect(store.get(url).feed?.projects.map((p) => p.id)).to.deep.equal(['a', 'b']);
      expect(seen.find((detail) => detail.path === '$.next_url')?.pageUrl, 'the next_url that failed is in page 2').to.equal(page2);
      // The first page has not changed, and still the refresh reads on: the pages after it had not all come.
      down = false;
      await store.refresh(url);
      expect(store.get(url).feed?.projects.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
      expect(store.get(url).warnings.filter((p) => p.path === '$.next_url')).to.deep.equal([]);
      w.stop();
    });

    it('gives a user who subscribes with a relative URL the document primed under it, with no request', async () => {
      const store = new FeedStore();
      let fetched = 0;
      store.configure({ retries: 0, fetch: async () => (fetched++, json(doc('fetched', ['x']))) });
      const relative = `virtual/relative-${unique()}.json`;
      store.prime(relative, doc('primed', ['p']));
      const states: FeedState[] = [];
      const stop = store.subscribe(relative, (state) => states.push(state));
      await sleep(100);
      stop();
      expect(fetched).to.equal(0);
      expect(store.get(relative).feed?.title).to.equal('primed');
      // (A user that comes to a feed already read is told of nothing new: it reads the state.)
      expect(states.every((state) => state.feed?.title === 'primed')).to.equal(true);
    });
  });

  it('refreshes a paged feed aside: what is shown stays whole until the new pages are all in', async () => {
    const url = abs(`/virtual/refreshed-${unique()}.json`);
    const first = await (await fetch('/test/fixtures/paged-slow-1.json')).json();
    let edition = 0;
    const store = fast();
    // The page's own fetch (a documented option): the first page changes at each request, its next page comes from the server, slowly.
    store.configure({
      fetch: (input, init) =>
        String(input) === url
          ? Promise.resolve(new Response(JSON.stringify({ ...first, title: `Edition ${++edition}` }), { headers: { 'Content-Type': 'application/feed+json' } }))
          : fetch(input, init),
    });
    const w = watch(store, url);
    await waitUntil(() => store.get(url).complete, 'first edition', { timeout: 5000 });
    const shown = store.get(url).feed!;
    expect(shown.projects).to.have.length(3);
    const states = w.states.length;
    const refreshed = store.refresh(url);
    await waitUntil(() => w.states.length > states);
    // While the new edition's pages load: the old edition, whole, and a note that more is coming.
    expect(store.get(url).feed).to.equal(shown);
    expect(store.get(url).loadingMore).to.equal(true);
    await refreshed;
    expect(store.get(url)).to.deep.include({ status: 'ready', complete: true, loadingMore: false });
    expect(store.get(url).feed?.title).to.equal('Edition 2');
    expect(store.get(url).feed?.projects).to.have.length(3);
    expect(w.states.slice(states).every((state) => state.feed?.projects.length === 3), 'never fewer projects').to.equal(true);
    w.stop();
  });

  it('tells the console every reason an item was skipped, however many (the first twenty one a line, the rest together)', async () => {
    const store = fast();
    const url = abs(`/test/fixtures/primed-${unique()}.json`);
    const logged: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      const items = Array.from({ length: 30 }, (_, i) => ({ id: `no-extension-${i + 1}`, title: 'T', content_text: 'x' }));
      store.prime(url, { version: 'https://jsonfeed.org/version/1.1', title: 't', language: 'ca', items, _digicanvis: { version: 1, councils: [] } });
    } finally {
      console.warn = warn;
    }
    const all = logged.join('\n');
    for (let i = 1; i <= 30; i++) expect(all, `item ${i}`).to.contain(`(item "no-extension-${i}")`);
    expect(logged.length).to.equal(21);
  });

  it('uses a primed document without any request', async () => {
    const store = fast();
    const url = abs(`/faults/hang?key=${unique()}`);
    store.prime(url, await (await fetch('/test/fixtures/paged-1.json')).json());
    const w = watch(store, url);
    expect(store.get(url).status).to.equal('ready');
    expect(store.get(url).feed?.projects.map((p) => p.id)).to.deep.equal(['paged-1', 'paged-2']);
    w.stop();
  });
});

describe('<dc-observatory>', () => {
  it('loads its feed once, before any element inside asks', async () => {
    const key = unique();
    const path = `/faults/etag?key=${key}&file=paged-3.json`;
    const el = await fixture(html`<dc-observatory feed=${path}><p>content</p></dc-observatory>`);
    await waitUntil(() => feedStore.get(abs(path)).status === 'ready');
    expect((await stats(key)).requests).to.equal(1);
    expect(getComputedStyle(el).display).to.equal('contents');
    el.remove();
  });

  it('passes warnings of its feed up to the document', async () => {
    const path = `/test/fixtures/feed-small.json?observatory=${unique()}`;
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const heard = oneEvent(document, 'dc-feed-warning');
    const obs = document.createElement('dc-observatory');
    obs.setAttribute('feed', path);
    wrapper.append(obs);
    const event = (await heard) as FeedWarningEvent;
    expect(event.detail.feedUrl).to.equal(abs(path));
    wrapper.remove();
  });
});
