#!/usr/bin/env node
// The search engine (dist/search/index.js, or dist/search.js) against Fuse.js on generated feeds of 1k, 10k and 100k projects,
// in headless Chromium: index build time and longest task, time per query, and recall@10 on the
// labelled queries of test/bench/search-queries.json. Run with `npm run build && node
// test/bench/search.bench.mjs`: prints the tables, writes test/bench/search-results.md, and exits
// with status 1 when a budget fails.
//
// BENCH_SIZES=1000,10000 runs only those sizes, BENCH_FUSE=off leaves Fuse out (both for quick checks); BENCH_SEARCH_MODULE=/path/to/search.js benchmarks
// another build of the engine (same API) instead of the one in dist/.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { measuredOn, percentile } from './common.mjs';
import { ARCHETYPES } from '../../tools/example-feed/archetypes.mjs';
import { generateFeed } from '../../tools/example-feed/generate.mjs';
import { createRandom } from '../../tools/example-feed/random.mjs';
import { startServer } from '../../tools/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const SEED = 2024;
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
/** Each query (labelled or typed prefix) is timed this many times per engine, each time a sample. */
const REPEATS = 3;
const TOP = 10;
const SLICE_MS = 8;
/**
 * Time given per feed size to each engine's recall pass (every labelled query once) and then to its
 * further timings. Both run in a shuffled order, so a pass cut short still mixes kinds and languages.
 */
const BUDGET_MS = { ours: { recall: 60_000, timing: 60_000 }, fuse: { recall: 200_000, timing: 20_000 } };
/** At 100k, Fuse is left out for the rest of the size once one query takes longer than this. */
const FUSE_MAX_QUERY_MS = 5_000;
/** Fuse is not even built at a size where the previous size's median, scaled by size, says a query would take this long. */
const FUSE_PROJECTED_LIMIT_MS = 5_000;
/** Past this, no new Fuse work starts, so a whole run stays around ten minutes. */
const RUN_DEADLINE_MS = 9 * 60_000;

const BUDGETS = {
  oursP95: { 10000: 16, 100000: 50 },
  longestTask: 50,
  build10k: 200,
  speedUp10k: 10,
};

const KINDS = ['exact', 'prefix', 'typo', 'accents', 'swapped', 'council'];
const LANGS = ['ca', 'es', 'en'];

const BENCH_PAGE = `<!doctype html>
<html lang="ca">
  <head>
    <meta charset="utf-8">
    <title>DigiCanvis search benchmark</title>
  </head>
  <body></body>
</html>
`;

// ---------------------------------------------------------------------------------------------
// Node side: queries, feeds, server.

const queries = JSON.parse(readFileSync(join(here, 'search-queries.json'), 'utf8'));

/** The same shuffled order on every run (the example feed's seeded generator). */
const random = createRandom(SEED);
function shuffle(array) {
  const copy = [...array];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** What a person types on the way to each labelled query: its starts of 3 characters or more. */
function typedPrefixes(list) {
  const labelled = new Set(list.map((query) => query.q));
  const prefixes = new Set();
  for (const { q } of list) {
    for (let end = 3; end < q.length; end++) {
      const typed = q.slice(0, end);
      if (!typed.endsWith(' ') && !labelled.has(typed)) prefixes.add(typed);
    }
  }
  return [...prefixes];
}

const prefixes = typedPrefixes(queries);
/** The labelled queries in a shuffled order: the order of the recall pass, so a cut pass still mixes kinds and languages. */
const labelledOrder = shuffle(queries.map((_, position) => position));
/** Every timing after the first (recall) pass: the labelled queries REPEATS − 1 more times and the prefixes REPEATS times. */
const timingJobs = shuffle([
  ...Array.from({ length: REPEATS - 1 }, () => queries.map((query) => query.q)).flat(),
  ...Array.from({ length: REPEATS }, () => prefixes).flat(),
]);

/** The page, with the headers that make it cross-origin isolated: performance.now() then has 5 µs steps, not 100 µs. */
function servePage(req, res) {
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
  res.end(req.method === 'HEAD' ? undefined : BENCH_PAGE);
}

/** Files of one folder, streamed as they are (the 100k feed is ~330 MB: not worth gzipping in memory as tools/serve.mjs does). */
function serveFolder(folder, prefix, type) {
  return async (req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(prefix.length));
    const file = join(folder, basename(name));
    if (!name || name !== basename(name) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('404\n');
      return;
    }
    const { size } = await stat(file);
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/**
 * The library's build, for this cross-origin-isolated page (fine timers): the search worker's script must say
 * `Cross-Origin-Embedder-Policy` itself, or Chromium will not start a worker from an isolated page.
 */
function serveDist(prefix) {
  const root = join(repoRoot, 'dist');
  return async (req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(prefix.length));
    const file = resolve(root, name);
    if (!file.startsWith(`${root}/`) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('404\n');
      return;
    }
    const { size } = await stat(file);
    res.writeHead(200, {
      'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}

/** Fuse's share of the time left in the run: most of it for recall, a little for timing the typed prefixes. */
function fuseBudgets(remainingMs) {
  const clamp = (value, low, high) => Math.min(high, Math.max(low, value));
  return {
    recallBudgetMs: clamp(remainingMs * 0.6, 5_000, BUDGET_MS.fuse.recall),
    timingBudgetMs: clamp(remainingMs * 0.1, 2_000, BUDGET_MS.fuse.timing),
  };
}

function findModule(candidates) {
  return candidates.find((path) => existsSync(join(repoRoot, path)));
}

// ---------------------------------------------------------------------------------------------
// Browser side: each function runs in the bench page (page.evaluate), with its state on `window.bench`.

/** Loads the modules and the feed, reads it, and works out which projects each labelled query should find. */
async function setUpPage({ feedUrl, feedModule, searchModule, fuseModule, queries }) {
  const [{ readFeedPage }, search, { default: Fuse }] = await Promise.all([import(feedModule), import(searchModule), import(fuseModule)]);
  const t0 = performance.now();
  const response = await fetch(feedUrl);
  const result = readFeedPage(await response.json(), { baseUrl: feedUrl });
  const readMs = performance.now() - t0;
  if (!result.ok) throw new Error(`The feed did not read: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const { projects, councils } = result.feed;
  const relevant = queries.map((query) => {
    const keys = query.archetypes.map((key) => `-${key}-`);
    const set = new Set();
    projects.forEach((project, position) => {
      if (!keys.some((key) => project.id.includes(key))) return;
      if (query.council !== undefined && councils.get(project.council)?.name !== query.council) return;
      set.add(position);
    });
    return set;
  });
  window.bench = { search, Fuse, projects, councils, relevant, queries };
  return {
    projects: projects.length,
    workerFrom: search.WORKER_FROM,
    readMs,
    crossOriginIsolated: self.crossOriginIsolated,
    relevantCounts: relevant.map((set) => set.size),
  };
}

/** Builds our index with indexProjects, measuring the total time and the longest task it caused. */
async function buildOurs({ sliceMs }) {
  const { search, projects, councils } = window.bench;
  const index = new search.SearchIndex();
  // One slice is what runs between two yields: from the first call of a task into the index (any of
  // its methods but search(): add(), or whatever indexProjects calls) to the microtask checkpoint that
  // follows, which runs as soon as indexProjects awaits its yield.
  const slices = [];
  let sliceStart = null;
  const wrapped = [];
  for (let proto = Object.getPrototypeOf(index); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (name === 'constructor' || name === 'search' || typeof descriptor.value !== 'function' || wrapped.includes(name)) continue;
      const method = descriptor.value;
      index[name] = function (...args) {
        if (sliceStart === null) {
          sliceStart = performance.now();
          queueMicrotask(() => {
            slices.push(performance.now() - sliceStart);
            sliceStart = null;
          });
        }
        return method.apply(this, args);
      };
      wrapped.push(name);
    }
  }
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  await new Promise((resolveFrame) => setTimeout(resolveFrame, 50));
  let searchableMs = null;
  const t0 = performance.now();
  // onSearchable: called by engines that make projects searchable before the build ends (others ignore it).
  await search.indexProjects(index, projects, councils, { sliceMs, onSearchable: () => (searchableMs = performance.now() - t0) });
  const t1 = performance.now();
  // Long-task entries arrive after their task: give them time, then keep those of the build.
  await new Promise((resolveFrame) => setTimeout(resolveFrame, 200));
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  for (const name of wrapped) delete index[name];
  const during = longTasks.filter((entry) => entry.startTime + entry.duration > t0 && entry.startTime < t1);
  window.bench.index = index;
  return {
    buildMs: t1 - t0,
    searchableMs,
    size: index.size,
    wrapped,
    slices: slices.length,
    longestSliceMs: slices.length ? Math.max(...slices) : NaN,
    longTasks: during.length,
    longestLongTaskMs: Math.max(0, ...during.map((entry) => entry.duration)),
  };
}

/**
 * Builds our index in its worker (RemoteIndex, as the elements do from 5,000 projects or for a feed in pages): the
 * page only reads each project's texts and posts them, in batches, one per task. Measures when every project is
 * searchable and when the build is complete, the longest the page's event loop was held (a message channel pings
 * itself throughout: the longest gap between two pings is the longest task, garbage collection included), long-task
 * entries, and then the round trip of each labelled query (ask, answer back in the page).
 */
async function buildRemote({ queries: asked }) {
  const { search, projects, councils } = window.bench;
  const sleep = (ms) => new Promise((wake) => setTimeout(wake, ms));
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  await sleep(50);
  let longestGap = 0;
  let last = performance.now();
  let watching = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (watching) channel.port2.postMessage(null);
  };
  const t0 = performance.now();
  last = t0;
  channel.port2.postMessage(null);
  const remote = search.RemoteIndex.start();
  if (!remote) throw new Error('the search worker did not start');
  let searchableMs = null;
  remote.onProgress = () => {
    if (searchableMs === null && remote.size === projects.length) searchableMs = performance.now() - t0;
  };
  remote.add(projects, councils);
  await remote.whenIdle();
  const t1 = performance.now();
  watching = false;
  await sleep(200);
  longTasks.push(...observer.takeRecords());
  observer.disconnect();
  channel.port1.close();
  if (remote.failed || remote.size !== projects.length) throw new Error(`the worker indexed ${remote.size} of ${projects.length} projects`);
  const during = longTasks.filter((entry) => entry.startTime + entry.duration > t0 && entry.startTime < t1);
  const roundTrips = [];
  for (let round = 0; round < 3; round++) {
    for (const query of asked) {
      const start = performance.now();
      await remote.search(query);
      roundTrips.push(performance.now() - start);
    }
  }
  remote.terminate();
  return {
    buildMs: t1 - t0,
    searchableMs,
    longestGapMs: longestGap,
    longTasks: during.length,
    longestLongTaskMs: Math.max(0, ...during.map((entry) => entry.duration)),
    roundTrips,
  };
}

/** Builds Fuse over the same texts as our index; only `new Fuse()` is timed. */
function buildFuse() {
  const { Fuse, projects, councils } = window.bench;
  const present = (list) => list.filter((text) => typeof text === 'string' && text !== '');
  const description = (project) => project.contentText ?? (project.contentHtml ? project.contentHtml.replace(/<[^>]*>/g, ' ') : undefined);
  const records = projects.map((project) => {
    const translations = Object.values(project.i18n ?? {});
    return {
      title: present([project.title, ...translations.map((texts) => texts.title)]),
      summary: present([project.summary, ...translations.map((texts) => texts.summary)]),
      description: present([description(project), ...translations.map((texts) => texts.content_text)]),
      technologies: [...project.technologies, ...project.methodologies, ...project.tools, ...project.tags],
      council: councils.get(project.council)?.name ?? '',
    };
  });
  const t0 = performance.now();
  window.bench.fuse = new Fuse(records, { keys: ['title', 'summary', 'description', 'technologies', 'council'] });
  return { buildMs: performance.now() - t0 };
}

/**
 * The labelled queries once each, in `order` (timed, and their top ten kept for recall) for up to
 * `recallBudgetMs`, then the timing jobs for up to `timingBudgetMs`. Stops outright after a query
 * over `maxQueryMs`.
 */
async function runQueries({ engine, order, jobs, top, recallBudgetMs, timingBudgetMs, maxQueryMs }) {
  const { index, fuse, queries, relevant } = window.bench;
  const run =
    engine === 'ours'
      ? (q) => index.search(q).docs.subarray(0, top)
      : (q) =>
          fuse
            .search(q)
            .slice(0, top)
            .map((hit) => hit.refIndex);
  const samples = [];
  let stopped = null;
  const timed = (q) => {
    const t0 = performance.now();
    const docs = run(q);
    const ms = performance.now() - t0;
    samples.push(ms);
    if (ms > maxQueryMs) stopped = `one query ("${q}") took ${Math.round(ms)} ms`;
    return docs;
  };
  // Warm-up (not measured): the first calls compile the code.
  for (const position of order.slice(0, engine === 'ours' ? 20 : 2)) run(queries[position].q);

  const recall = [];
  const start = performance.now();
  let yielded = start;
  for (const position of order) {
    if (stopped || performance.now() - start > recallBudgetMs) break;
    const docs = timed(queries[position].q);
    const wanted = relevant[position];
    let hits = 0;
    for (const doc of docs) if (wanted.has(doc)) hits++;
    recall.push({ position, ms: samples.at(-1), recall: wanted.size ? hits / Math.min(wanted.size, top) : null, hits, relevant: wanted.size });
    // Let the page breathe now and then (timers, GC) outside the measured calls.
    if (performance.now() - yielded > 1000) {
      await new Promise((resolveTurn) => setTimeout(resolveTurn, 0));
      yielded = performance.now();
    }
  }
  let jobsDone = 0;
  const timingStart = performance.now();
  for (const q of jobs) {
    if (stopped || performance.now() - timingStart > timingBudgetMs) break;
    timed(q);
    jobsDone++;
    if (performance.now() - yielded > 1000) {
      await new Promise((resolveTurn) => setTimeout(resolveTurn, 0));
      yielded = performance.now();
    }
  }
  return { samples, recall, jobsDone, stopped, elapsedMs: performance.now() - start };
}

// ---------------------------------------------------------------------------------------------
// Statistics and report.


function summarize(samples) {
  const sorted = Float64Array.from(samples).sort();
  return { n: sorted.length, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

const mean = (values) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN);

/** Mean recall@10 over the queries of a pass that have relevant projects, optionally only those passing `filter`. */
function meanRecall(recall, filter = () => true) {
  return mean(recall.filter((entry) => entry.recall !== null && filter(queries[entry.position])).map((entry) => entry.recall));
}

/** The longest task of a build: the longest slice measured around the index's methods or long-task entry. */
const longestTask = (build) => Math.max(...[build.longestSliceMs, build.longestLongTaskMs].filter(Number.isFinite));

const label = (count) => (count >= 1000 ? `${count / 1000}k` : String(count));
const ms = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const pct = (value) => (Number.isFinite(value) ? value.toFixed(2) : '–');

/** Runs `work(page)` on the bench page in a browser context of its own, closed afterwards. */
async function inFreshPage(browser, server, work) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${server.url}search-bench/index.html`);
    const result = await work(page);
    if (errors.length) throw errors[0];
    return result;
  } finally {
    await context.close();
  }
}

async function writeFeed(folder, count) {
  const name = `feed-${count}.json`;
  await writeFile(join(folder, name), JSON.stringify(generateFeed({ count, seed: SEED })));
  return name;
}

async function main() {
  const started = Date.now();
  const feedModule = findModule(['dist/feed.js', 'dist/feed/index.js']);
  if (!feedModule) throw new Error('dist/feed/index.js is missing: run `npm run build` first.');
  const searchOverride = process.env.BENCH_SEARCH_MODULE && resolve(process.env.BENCH_SEARCH_MODULE);
  const searchModule = searchOverride ? null : findModule(['dist/search.js', 'dist/search/index.js']);
  if (!searchOverride && !searchModule) throw new Error('dist/search.js is missing: run `npm run build` first.');
  const fuseFile = join(repoRoot, 'node_modules', 'fuse.js', 'dist', 'fuse.mjs');
  if (!existsSync(fuseFile)) throw new Error('node_modules/fuse.js is missing: run `npm install`.');
  const keys = new Set(ARCHETYPES.map((archetype) => archetype.key));
  const unknown = queries.flatMap((query) => query.archetypes).filter((key) => !keys.has(key));
  if (unknown.length) throw new Error(`search-queries.json names unknown archetypes: ${unknown.join(', ')}`);

  const folder = await mkdtemp(join(tmpdir(), 'digicanvis-search-bench-'));
  const mounts = {
    '/search-bench/': servePage,
    '/search-bench-feeds/': serveFolder(folder, '/search-bench-feeds/', 'application/json'),
    '/search-bench-vendor/': dirname(fuseFile),
    '/search-bench-dist/': serveDist('/search-bench-dist/'),
  };
  if (searchOverride) mounts['/search-bench-engine/'] = dirname(searchOverride);
  const server = await startServer({ mounts });
  const modules = {
    // From the same folder as the search module: both import the core chunk, which must load once (it defines the elements).
    feedModule: `${server.url}search-bench-dist/${feedModule.replace(/^dist\//, '')}`,
    searchModule: searchOverride ? `${server.url}search-bench-engine/${basename(searchOverride)}` : `${server.url}search-bench-dist/${searchModule.replace(/^dist\//, '')}`,
    fuseModule: `${server.url}search-bench-vendor/fuse.mjs`,
  };
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows = [];
  const notes = [];
  let workerFrom;
  process.stderr.write(`${queries.length} labelled queries, ${prefixes.length} typed prefixes, ${REPEATS} timings each\n`);
  try {
    for (const count of SIZES) {
      const size = label(count);
      process.stderr.write(`${size}: generating the feed…\n`);
      const feedName = await writeFeed(folder, count);
      const feedUrl = `${server.url}search-bench-feeds/${feedName}`;
      // The worker's build in a page of its own, as the elements make it: no index of the page's own, and none of the
      // page build's garbage, in either measurement.
      process.stderr.write(`${size}: building our index in its worker…\n`);
      const remote = process.env.BENCH_WORKER === 'off' ? null : await inFreshPage(browser, server, async (page) => {
        await page.evaluate(setUpPage, { feedUrl, ...modules, queries });
        return page.evaluate(buildRemote, { queries: queries.map((query) => query.q) });
      });
      if (remote) process.stderr.write(
        `${size}: worker searchable after ${Math.round(remote.searchableMs)} ms, complete after ${Math.round(remote.buildMs)} ms, ` +
          `page held ≤ ${remote.longestGapMs.toFixed(1)} ms\n`,
      );
      const context = await browser.newContext();
      const page = await context.newPage();
      const pageErrors = [];
      page.on('pageerror', (error) => pageErrors.push(error));
      try {
        await page.goto(`${server.url}search-bench/index.html`);
        const setup = await page.evaluate(setUpPage, { feedUrl, ...modules, queries });
        await rm(join(folder, feedName), { force: true });
        const isolationNote = 'The page was not cross-origin isolated: times are in 100 µs steps.';
        if (!setup.crossOriginIsolated && !notes.includes(isolationNote)) notes.push(isolationNote);
        const empty = setup.relevantCounts.flatMap((n, position) => (n === 0 ? [queries[position].q] : []));
        if (empty.length) notes.push(`${size}: ${empty.length} queries have no relevant project and are left out of recall (${empty.join(', ')}).`);
        process.stderr.write(`${size}: ${setup.projects} projects read in ${Math.round(setup.readMs)} ms; building our index…\n`);

        const build = await page.evaluate(buildOurs, { sliceMs: SLICE_MS });
        if (build.size !== setup.projects) throw new Error(`The index holds ${build.size} projects, not ${setup.projects}`);
        process.stderr.write(`${size}: built in ${Math.round(build.buildMs)} ms; timing our queries…\n`);
        const ours = await page.evaluate(runQueries, {
          engine: 'ours',
          order: labelledOrder,
          jobs: timingJobs,
          top: TOP,
          recallBudgetMs: BUDGET_MS.ours.recall,
          timingBudgetMs: BUDGET_MS.ours.timing,
          maxQueryMs: Infinity,
        });
        if (ours.recall.length < queries.length) notes.push(`${size}: our recall pass was cut at ${ours.recall.length} of ${queries.length} queries (time budget).`);
        if (ours.jobsDone < timingJobs.length) notes.push(`${size}: our timing was cut at ${ours.jobsDone} of ${timingJobs.length} extra timings (time budget).`);

        // Fuse: skipped when the previous size says one query would take too long, or when the run is near its end.
        let fuse = null;
        let fuseBuild = null;
        const previous = rows.at(-1);
        const projected = previous?.fuseTimes ? (previous.fuseTimes.median * count) / previous.count : 0;
        if (process.env.BENCH_FUSE === 'off') {
          notes.push(`${size}: Fuse skipped (BENCH_FUSE=off).`);
        } else if (Date.now() - started > RUN_DEADLINE_MS) {
          notes.push(`${size}: Fuse skipped, the run had already taken ${Math.round((Date.now() - started) / 1000)} s.`);
        } else if (projected > FUSE_PROJECTED_LIMIT_MS) {
          notes.push(`${size}: Fuse skipped: its median at ${previous.size} (${Math.round(previous.fuseTimes.median)} ms) scales to ~${Math.round(projected / 1000)} s per query.`);
        } else {
          process.stderr.write(`${size}: building Fuse…\n`);
          fuseBuild = await page.evaluate(buildFuse);
          process.stderr.write(`${size}: Fuse built in ${Math.round(fuseBuild.buildMs)} ms; timing its queries…\n`);
          fuse = await page.evaluate(runQueries, {
            engine: 'fuse',
            order: labelledOrder,
            jobs: timingJobs,
            top: TOP,
            ...fuseBudgets(RUN_DEADLINE_MS - (Date.now() - started)),
            maxQueryMs: count >= 100_000 ? FUSE_MAX_QUERY_MS : Infinity,
          });
          if (fuse.stopped) notes.push(`${size}: Fuse stopped after ${fuse.samples.length} queries: ${fuse.stopped}.`);
          if (fuse.recall.length < queries.length) {
            notes.push(`${size}: Fuse's recall is over the first ${fuse.recall.length} of ${queries.length} labelled queries (shuffled order); ours is compared on the same ones.`);
          }
          if (fuse.jobsDone < timingJobs.length) {
            notes.push(`${size}: Fuse timed ${fuse.samples.length} of ${queries.length + timingJobs.length} query runs, in ${Math.round(fuse.elapsedMs / 1000)} s.`);
          }
        }
        if (pageErrors.length > 0) throw pageErrors[0];

        const oursTimes = summarize(ours.samples);
        const fuseTimes = fuse && fuse.samples.length ? summarize(fuse.samples) : null;
        const fusePositions = new Set(fuse?.recall.map((entry) => entry.position) ?? []);
        // Like for like: the labelled queries both engines answered, one timing each (the recall pass).
        const labelledMedian = (entries) => summarize(entries.map((entry) => entry.ms)).median;
        const speedUp = fuse?.recall.length
          ? labelledMedian(fuse.recall) / labelledMedian(ours.recall.filter((entry) => fusePositions.has(entry.position)))
          : NaN;
        rows.push({
          count,
          size,
          build,
          remote,
          // Where the elements build this size's index: the budgets on the build apply there.
          inWorker: (workerFrom = setup.workerFrom) !== undefined && count >= setup.workerFrom,
          fuseBuild,
          oursTimes,
          fuseTimes,
          speedUp,
          ours,
          fuse,
          recallOurs: meanRecall(ours.recall),
          recallFuse: fuse ? meanRecall(fuse.recall) : NaN,
          /** Ours over just the queries Fuse answered, for a like-for-like comparison. */
          recallOursOnFuseSet: fuse ? mean(ours.recall.filter((entry) => fusePositions.has(entry.position) && entry.recall !== null).map((entry) => entry.recall)) : NaN,
        });
        process.stderr.write(`${size}: done\n`);
      } finally {
        await context.close();
      }
    }

    // ----- Tables.
    const mainTable = [
      '| size | index build in the page (ms) | longest task (ms) | Fuse build (ms) | ours median / p95 (ms) | Fuse median / p95 (ms) | speed-up | recall@10 ours | recall@10 Fuse |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((row) => {
        const longest = longestTask(row.build);
        const fuseCut = row.fuse && row.fuse.recall.length < queries.length ? ` (${row.fuse.recall.length} q; ours ${pct(row.recallOursOnFuseSet)})` : '';
        return (
          `| ${row.size} | ${Math.round(row.build.buildMs)} | ${ms(longest, 1)} | ${row.fuseBuild ? Math.round(row.fuseBuild.buildMs) : '–'} | ` +
          `${ms(row.oursTimes.median, 3)} / ${ms(row.oursTimes.p95, 3)} | ` +
          `${row.fuseTimes ? `${ms(row.fuseTimes.median, 1)} / ${ms(row.fuseTimes.p95, 1)}` : 'skipped'} | ` +
          `${Number.isFinite(row.speedUp) ? `${Math.round(row.speedUp)}×` : '–'} | ${pct(row.recallOurs)} | ${pct(row.recallFuse)}${fuseCut} |`
        );
      }),
    ].join('\n');

    const workerTable = [
      '| size | elements build it | worker: searchable after (ms) | complete (ms) | page held at most (ms) | long tasks ≥ 50 ms | query round trip median / p95 (ms) |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.filter((row) => row.remote).map((row) => {
        const trips = summarize(row.remote.roundTrips);
        return (
          `| ${row.size} | ${row.inWorker ? 'in the worker' : 'in the page'} | ${Math.round(row.remote.searchableMs)} | ${Math.round(row.remote.buildMs)} | ` +
          `${ms(row.remote.longestGapMs, 1)} | ${row.remote.longTasks} | ${ms(trips.median, 2)} / ${ms(trips.p95, 2)} |`
        );
      }),
    ].join('\n');

    const detailTable = [
      '| size | searchable after (ms) | build slices | longest slice (ms) | long tasks ≥ 50 ms (longest) | queries timed: ours / Fuse |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (row) =>
          `| ${row.size} | ${row.build.searchableMs === null ? '–' : Math.round(row.build.searchableMs)} | ${row.build.slices} | ${ms(row.build.longestSliceMs, 1)} | ${row.build.longTasks}${row.build.longTasks ? ` (${ms(row.build.longestLongTaskMs, 0)} ms)` : ''} | ` +
          `${row.oursTimes.n} / ${row.fuseTimes?.n ?? 0} |`,
      ),
    ].join('\n');

    const groups = [
      ...KINDS.map((kind) => ({ name: kind, count: queries.filter((query) => query.kind === kind).length, test: (query) => query.kind === kind })),
      ...LANGS.map((lang) => ({ name: `lang ${lang}`, count: queries.filter((query) => query.lang === lang).length, test: (query) => query.lang === lang })),
    ];
    const kindTable = [
      `| queries | ${rows.map((row) => `${row.size} ours / Fuse`).join(' | ')} |`,
      `| --- | ${rows.map(() => '---:').join(' | ')} |`,
      ...groups.map(
        (group) =>
          `| ${group.name} (${group.count}) | ${rows
            .map((row) => `${pct(meanRecall(row.ours.recall, group.test))} / ${row.fuse ? pct(meanRecall(row.fuse.recall, group.test)) : '–'}`)
            .join(' | ')} |`,
      ),
    ].join('\n');

    // Our misses, for the engine's author: every labelled query below recall@10 = 1 at some size.
    const recallAt = (entries) => new Map(entries?.map((entry) => [entry.position, entry]) ?? []);
    const bySize = rows.map((row) => ({ ours: recallAt(row.ours.recall), fuse: recallAt(row.fuse?.recall) }));
    const missed = queries
      .map((_, position) => position)
      .filter((position) => bySize.some(({ ours }) => (ours.get(position)?.recall ?? 1) < 1))
      .sort((a, b) => KINDS.indexOf(queries[a].kind) - KINDS.indexOf(queries[b].kind) || a - b);
    const cell = (entry) => (entry && entry.recall !== null ? pct(entry.recall) : '–');
    const missTable = missed.length
      ? [
          `| query | lang | kind | ${rows.map((row) => `${row.size} ours / Fuse (relevant)`).join(' | ')} |`,
          `| --- | --- | --- | ${rows.map(() => '---:').join(' | ')} |`,
          ...missed.map((position) => {
            const query = queries[position];
            const cells = bySize.map(({ ours, fuse }) => `${cell(ours.get(position))} / ${cell(fuse.get(position))} (${ours.get(position)?.relevant ?? '–'})`);
            return `| \`${query.q}\` | ${query.lang} | ${query.kind} | ${cells.join(' | ')} |`;
          }),
        ].join('\n')
      : 'None: every labelled query has recall@10 = 1 at every size.';

    // ----- Budgets.
    const failures = [];
    for (const row of rows) {
      const p95Budget = BUDGETS.oursP95[row.count];
      if (p95Budget !== undefined && row.oursTimes.p95 > p95Budget) failures.push(`${row.size}: our p95 per query ${ms(row.oursTimes.p95)} ms > ${p95Budget} ms`);
      // The build the elements make at this size: in the page, or in the worker (then the page's longest task is
      // the longest gap in its event loop while it sent the texts).
      const longest = row.inWorker && row.remote ? Math.max(row.remote.longestGapMs, row.remote.longestLongTaskMs) : longestTask(row.build);
      const where = row.inWorker ? 'in the worker' : 'in the page';
      if (longest > BUDGETS.longestTask) failures.push(`${row.size}: longest task of the page during the index build (${where}) ${ms(longest, 1)} ms > ${BUDGETS.longestTask} ms`);
      // Ready = searchable: every project found by its title, council, technologies and summary (the first pass);
      // descriptions follow in further slices, and the complete build time is in the table.
      const ready = row.inWorker && row.remote ? row.remote.searchableMs : (row.build.searchableMs ?? row.build.buildMs);
      if (row.count === 10000 && ready > BUDGETS.build10k) failures.push(`10k: index searchable after ${Math.round(ready)} ms > ${BUDGETS.build10k} ms`);
      if (row.count === 10000 && row.fuseTimes && row.speedUp < BUDGETS.speedUp10k) failures.push(`10k: speed-up over Fuse ${row.speedUp.toFixed(1)}× < ${BUDGETS.speedUp10k}×`);
      if (row.fuse) {
        const ours = row.fuse.recall.length < queries.length ? row.recallOursOnFuseSet : row.recallOurs;
        if (ours < row.recallFuse) failures.push(`${row.size}: our recall@10 ${pct(ours)} < Fuse's ${pct(row.recallFuse)}`);
      }
    }

    const report = `# Search: our index against Fuse.js

Generated feeds (\`tools/example-feed/generate.mjs\`, seed ${SEED}) of each size, read with \`readFeedPage\`
in one headless Chromium page per size (cross-origin isolated, so \`performance.now()\` has 5 µs steps).

- **Index build**: \`indexProjects(index, projects, councils, { sliceMs: ${SLICE_MS} })\` until it resolves.
  **Longest task**: the longest slice between two yields (measured around the calls \`indexProjects\`
  makes into the index) or \`longtask\` entry during the build, whichever is longer. *Searchable after*:
  when \`indexProjects\` called its \`onSearchable\` option, for an engine that has one.
- **In a worker** (what the elements do from ${workerFrom === undefined ? '?' : workerFrom.toLocaleString('en')} projects, \`WORKER_FROM\`, or for a feed in \`next_url\` pages):
  \`RemoteIndex\` sends each project's headline texts, then the descriptions, in batches of 250 (one task each,
  at most two batches waiting for the worker); the worker indexes them with the same engine. *Page held at most*: the
  longest gap between two pings of a message channel that pinged itself throughout the build (the page's longest
  task, garbage collection included). *Round trip*: each labelled query three times, from \`search()\` to the
  answer back in the page. In a page of its own (the feed read again there), before the page's own index.
- **Fuse**: \`new Fuse(records, { keys: ['title', 'summary', 'description', 'technologies', 'council'] })\`,
  default options otherwise; each record holds the same texts as our index (title, summary and
  description in the item's language and its translations, as arrays; technologies, methodologies,
  tools and tags; the council's name). Only \`new Fuse()\` is timed.
- **Queries**: the ${queries.length} labelled queries of \`test/bench/search-queries.json\` and the
  ${prefixes.length} prefixes typed on the way to them (3 characters or more), each timed ${REPEATS} times
  (engine call only: \`index.search(q)\`, \`fuse.search(q)\`); every call is one sample.
  Speed-up is Fuse's median over ours on the same labelled queries (the first timing of each, taken in
  the recall pass), as the two engines may not time the same mix of queries when Fuse's time runs out.
- **Recall@10**: per labelled query |relevant ∩ top 10| / min(|relevant|, 10), averaged. A project is
  relevant when its id holds \`-<archetype>-\` for one of the query's archetypes (and its council is the
  query's council, when it names one).

${mainTable}

${detailTable}

The same index built in a worker (same engine: same results, so the same recall), and which of the two builds the
elements make at each size (the budgets on the build apply to that one):

${workerTable}

Recall@10 by kind of query and by language (ours / Fuse):

${kindTable}

Labelled queries where our recall@10 is below 1 at some size:

${missTable}
${notes.length ? `\nNotes:\n\n${notes.map((note) => `- ${note}`).join('\n')}\n` : ''}
Budgets: ours p95 ≤ ${BUDGETS.oursP95[10000]} ms at 10k and ≤ ${BUDGETS.oursP95[100000]} ms at 100k; the page's longest task during the build the elements make ≤ ${BUDGETS.longestTask} ms;
searchable ≤ ${BUDGETS.build10k} ms at 10k (first pass; the complete build, descriptions included, is reported above); speed-up ≥ ${BUDGETS.speedUp10k}× at 10k; our recall@10 ≥ Fuse's.

${failures.length ? `**Failed:**\n\n${failures.map((failure) => `- ${failure}`).join('\n')}` : 'All met.'}

${measuredOn(browser)}${searchOverride ? ` (engine: ${basename(searchOverride)})` : ''}.
`;
    process.stdout.write(`\n${mainTable}\n\n${detailTable}\n\n${workerTable}\n\n${kindTable}\n\n${missTable}\n`);
    if (notes.length) process.stdout.write(`\n${notes.map((note) => `- ${note}`).join('\n')}\n`);
    await writeFile(join(here, 'search-results.md'), report);
    process.stdout.write(`\nWritten to ${join('test', 'bench', 'search-results.md')} (${Math.round((Date.now() - started) / 1000)} s)\n`);
    if (failures.length) {
      process.stdout.write(`\nBudgets failed:\n${failures.map((failure) => `  ✘ ${failure}`).join('\n')}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write('\nAll budgets met.\n');
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
