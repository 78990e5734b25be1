import { expect } from '@open-wc/testing';
import { feedStore } from '../../src/feed/store.js';
import type { Feed, Project } from '../../src/feed/types.js';
import { DiscoveryView } from '../../src/discovery/view.js';
import { RemoteIndex, SearchIndex, type SearchResult } from '../../src/search/index.js';

/*
 * The search index in a worker: the same answers as the page's own index (on the demo feed, real places), while
 * pages of projects still arrive; a view over a feed in pages uses it; and when the worker cannot run, the page
 * indexes itself and nobody notices but the console.
 */

let n = 0;
async function demoFeed(): Promise<Feed> {
  const url = `https://feeds.example/worker-${++n}.json`;
  feedStore.prime(url, await (await fetch('/demo/feed.json')).json());
  const feed = feedStore.get(url).feed;
  if (!feed) throw new Error('the demo feed did not read');
  return feed;
}

/** Queries of every kind: the labelled benchmark set, plus what a reader types on the way to them. */
async function queries(): Promise<string[]> {
  const labelled = (await (await fetch('/test/bench/search-queries.json')).json()) as { q: string }[];
  const typed = labelled.slice(0, 30).flatMap(({ q }) => [q.slice(0, 1), q.slice(0, 4)]);
  return [...labelled.map(({ q }) => q), ...typed, 'participacio', 'telleasistencia', 'x'.repeat(10_000), '.*(', '🙂 dades'];
}

const plain = (result: SearchResult) => ({ docs: [...result.docs], scores: [...result.scores], terms: [...result.terms].sort(), words: result.words });

const remotes: RemoteIndex[] = [];
function start(): RemoteIndex {
  const remote = RemoteIndex.start();
  if (!remote) throw new Error('no worker');
  remotes.push(remote);
  return remote;
}
afterEach(() => remotes.splice(0).forEach((remote) => remote.terminate()));

describe('RemoteIndex: the index in a worker', () => {
  it('answers every query exactly as the page’s index does', async () => {
    const feed = await demoFeed();
    const local = new SearchIndex();
    local.add(feed.projects, feed.councils);
    const remote = start();
    let reports = 0;
    remote.onProgress = () => reports++;
    remote.add(feed.projects, feed.councils);
    await remote.whenIdle();
    expect(remote.size).to.equal(feed.projects.length);
    expect(remote.described).to.equal(feed.projects.length);
    expect(reports).to.be.greaterThan(0);
    let matched = 0;
    for (const query of await queries()) {
      const [mine, theirs] = [local.search(query), await remote.search(query)];
      expect(plain(theirs), query).to.deep.equal(plain(mine));
      if (mine.docs.length) matched++;
    }
    // Not a comparison of two empty answers.
    expect(matched).to.be.greaterThan(100);
  });

  it('takes projects as pages arrive and answers in between, over what it has so far', async () => {
    const feed = await demoFeed();
    const remote = start();
    const half = feed.projects.slice(0, 40);
    remote.add(half, feed.councils);
    await remote.whenIdle();
    const local = new SearchIndex();
    local.add(half, feed.councils);
    expect(plain(await remote.search('digital'))).to.deep.equal(plain(local.search('digital')));
    // The next page: the same array grown, as the feed store hands it over.
    remote.add(feed.projects, feed.councils);
    const early = remote.search('dades obertes');
    await remote.whenIdle();
    local.add(feed.projects, feed.councils);
    expect((await early).docs.length).to.be.at.most(local.search('dades obertes').docs.length);
    expect(plain(await remote.search('dades obertes'))).to.deep.equal(plain(local.search('dades obertes')));
  });

  it('reports a worker that cannot load, and pending searches reject rather than hang', async () => {
    const remote = new RemoteIndex(new Worker('/no-such-worker.js', { type: 'module' }));
    remotes.push(remote);
    const failed = new Promise<Error>((resolve) => (remote.onFail = resolve));
    const pending = remote.search('dades').then(
      () => 'answered',
      (error: Error) => error.message,
    );
    expect((await failed).message).to.match(/search worker/);
    expect(await pending).to.match(/search worker/);
    expect(remote.failed).to.equal(true);
    await remote.whenIdle();
  });
});

describe('DiscoveryView over a feed in pages: the worker', () => {
  const releases: (() => void)[] = [];
  const RealWorker = globalThis.Worker;
  afterEach(() => {
    releases.splice(0).forEach((release) => release());
    globalThis.Worker = RealWorker;
  });

  const ids = (projects: readonly Project[]) => projects.map((project) => project.id);

  /** A view of the paged fixture (its second page comes 1.5 s later), and one more once it is complete. */
  async function views(): Promise<[DiscoveryView, DiscoveryView]> {
    const url = new URL(`/test/fixtures/cards-paged-1.json?view=${++n}`, location.href).href;
    const view = new DiscoveryView(url);
    releases.push(view.connect());
    while (view.state.status !== 'ready') await new Promise((resolve) => setTimeout(resolve, 20));
    return [view, view];
  }

  async function complete(view: DiscoveryView): Promise<void> {
    while (!view.state.complete) await new Promise((resolve) => setTimeout(resolve, 50));
    await view.whenIndexed();
  }

  /** The page's own index over the same projects: what the view's answers must equal. */
  function expected(view: DiscoveryView, q: string): string[] {
    const feed = view.state.feed as Feed;
    const index = new SearchIndex();
    index.add(feed.projects, feed.councils);
    return [...index.search(q).docs].map((doc) => (feed.projects[doc] as Project).id);
  }

  it('searches in a worker, keeps the earlier results while it answers, and then shows its answer', async () => {
    const [view] = await views();
    expect(view.state.complete).to.equal(false);
    expect(view.indexedIn).to.equal('worker');
    await view.whenIndexed();
    let changes = 0;
    releases.push(view.subscribe(() => changes++));
    expect(view.projects.length).to.equal(30);
    view.select({ q: 'teleassistencia' });
    // Asked, not answered yet: the list keeps what it showed.
    expect(view.searching).to.equal(true);
    expect(view.projects.length).to.equal(30);
    await view.whenSearched();
    expect(view.searching).to.equal(false);
    expect(ids(view.projects)).to.deep.equal(expected(view, 'teleassistencia'));
    expect(view.projects.length).to.be.within(1, 29);
    expect(view.highlight('Teleassistència de Girona')).to.deep.equal([[0, 15]]);
    // The second page: searched in the worker too, and the answer follows.
    await complete(view);
    await view.whenSearched();
    expect(ids(view.projects)).to.deep.equal(expected(view, 'teleassistencia'));
    expect(view.projects.some((project) => project.index >= 30)).to.equal(true);
    expect(changes).to.be.greaterThan(1);
  });

  it('counts facets with the worker’s answers exactly as a view that searches in the page', async () => {
    const [view] = await views();
    await complete(view);
    const mirror = new DiscoveryView(view.url);
    releases.push(mirror.connect());
    await mirror.whenIndexed();
    expect(mirror.indexedIn).to.equal('page');
    for (const selection of [{ q: 'dades' }, { q: 'xatbot', phases: ['pilot' as const] }, { q: 'padro digital sabadell' }, { q: 'registre', areas: ['management' as const] }]) {
      view.select(selection);
      mirror.select(selection);
      await view.whenSearched();
      expect(ids(view.projects), selection.q).to.deep.equal(ids(mirror.projects));
      expect(view.results.counts, selection.q).to.deep.equal(mirror.results.counts);
    }
  });

  it('indexes in the page when the page forbids workers (a script of another origin, a strict policy)', async () => {
    globalThis.Worker = class {
      constructor() {
        throw new DOMException('Script at another origin', 'SecurityError');
      }
    } as unknown as typeof Worker;
    const [view] = await views();
    expect(view.indexedIn).to.equal('page');
    view.select({ q: 'dades obertes' });
    expect(view.searching).to.equal(false);
    await complete(view);
    view.select({ q: 'dades obertes reus' });
    expect(ids(view.projects)).to.deep.equal(expected(view, 'dades obertes reus'));
  });

  it('falls back to the page when the worker fails to load, and says so once in the console', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    globalThis.Worker = class extends RealWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super('/no-such-worker.js', options);
      }
    };
    try {
      const [view] = await views();
      view.select({ q: 'quadre comandament' });
      await view.whenSearched();
      expect(view.indexedIn).to.equal('page');
      // Compared once the page's index has every page and description (a busy machine may still be building it).
      await complete(view);
      view.select({ q: 'quadre comandament reus' });
      view.select({ q: 'quadre comandament' });
      await view.whenSearched();
      expect(ids(view.projects)).to.deep.equal(expected(view, 'quadre comandament'));
      expect(warnings.filter((message) => /search in the page:/.test(message))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});
