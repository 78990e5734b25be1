#!/usr/bin/env node
// Feed load to first card painted, for large generated feeds, in headless Chromium.
// Run with `npm run bench` (it builds first): prints a table and writes test/bench/results.md.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { measuredOn, percentile } from './common.mjs';
import { generateFeed } from '../../tools/example-feed/generate.mjs';
import { startServer } from '../../tools/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SEED = 2024;
const FIRST_CARD_TIMEOUT_MS = 60_000;

const BENCH_PAGE = `<!doctype html>
<html lang="ca">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>DigiCanvis benchmark</title>
    <script type="module" src="/dist/digicanvis.js"></script>
  </head>
  <body>
    <main id="stage"></main>
  </body>
</html>
`;

/** The scenarios: a feed as one document, and the largest one split in `next_url` pages. */
const SCENARIOS = [
  { label: '1k projects, one document', count: 1000 },
  { label: '10k projects, one document', count: 10000 },
  { label: '10k projects, pages of 1k', count: 10000, pageSize: 1000 },
];

const kilobytes = (bytes) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} KB`;

/** Writes the scenario's feed under `folder` and returns its URL and its first document's sizes. */
async function writeScenario(scenario, folder, baseUrl) {
  const name = `feed-${scenario.count}${scenario.pageSize ? `-paged-${scenario.pageSize}` : ''}`;
  if (!scenario.pageSize) {
    const text = JSON.stringify(generateFeed({ count: scenario.count, seed: SEED }));
    await writeFile(join(folder, `${name}.json`), text);
    return { url: `${baseUrl}${name}.json`, raw: Buffer.byteLength(text), gzip: gzipSync(text).length };
  }
  // generateFeed links page n to `${baseUrl}page-n.json`, so each paged feed gets its own folder.
  await mkdir(join(folder, name));
  const pages = generateFeed({ count: scenario.count, seed: SEED, pageSize: scenario.pageSize, baseUrl: `${baseUrl}${name}/` });
  const texts = pages.map((page) => JSON.stringify(page));
  await Promise.all(texts.map((text, index) => writeFile(join(folder, name, `page-${index + 1}.json`), text)));
  return { url: `${baseUrl}${name}/page-1.json`, raw: Buffer.byteLength(texts[0]), gzip: gzipSync(texts[0]).length, pages: texts.length };
}

/**
 * Runs in the bench page. The element's code is loaded beforehand (by a throw-away element), so
 * t0 → t1 is the feed alone: request, parse, validation, first render and paint.
 */
async function measureFirstCard({ feedUrl, timeoutMs }) {
  const warmUp = document.createElement('dc-project-list');
  document.body.append(warmUp);
  await customElements.whenDefined('dc-project-list');
  warmUp.remove();

  const nextFrame = () => new Promise((resolveFrame) => requestAnimationFrame(() => resolveFrame()));
  const firstArticle = (list) =>
    [...(list.shadowRoot?.querySelectorAll('dc-project-card') ?? [])].some((card) => card.shadowRoot?.querySelector('article')) ||
    list.shadowRoot?.querySelector('article');

  const list = document.createElement('dc-project-list');
  list.setAttribute('feed', feedUrl);
  const t0 = performance.now();
  document.getElementById('stage').append(list);
  while (!firstArticle(list)) {
    if (performance.now() - t0 > timeoutMs) {
      const status = list.shadowRoot?.querySelector('[role="status"], [role="alert"]')?.textContent?.trim();
      throw new Error(`No card after ${timeoutMs} ms (the list says: ${status || 'nothing'})`);
    }
    await nextFrame();
  }
  // The frame that holds the first card is painted once the frame after it starts.
  await nextFrame();
  await nextFrame();
  return performance.now() - t0;
}

async function main() {
  if (!existsSync(join(repoRoot, 'dist', 'digicanvis.js'))) {
    throw new Error('dist/digicanvis.js is missing: run `npm run build` first (`npm run bench` does).');
  }
  const folder = await mkdtemp(join(tmpdir(), 'digicanvis-bench-'));
  await writeFile(join(folder, 'index.html'), BENCH_PAGE);
  const server = await startServer({ mounts: { '/bench/': folder } });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows = [];
  try {
    for (const scenario of SCENARIOS) {
      const feed = await writeScenario(scenario, folder, `${server.url}bench/`);
      const times = [];
      for (let run = 0; run < RUNS; run += 1) {
        // A new context each run: an empty HTTP cache and memory, like a first visit.
        const context = await browser.newContext();
        const page = await context.newPage();
        const pageErrors = [];
        page.on('pageerror', (error) => pageErrors.push(error));
        await page.goto(`${server.url}bench/index.html`);
        times.push(await page.evaluate(measureFirstCard, { feedUrl: feed.url, timeoutMs: FIRST_CARD_TIMEOUT_MS }));
        await context.close();
        if (pageErrors.length > 0) throw pageErrors[0];
      }
      times.sort((a, b) => a - b);
      rows.push({ ...scenario, feed, median: percentile(times, 0.5), p95: percentile(times, 0.95) });
      process.stderr.write(`  ${scenario.label}: done\n`);
    }
    const table = [
      '| feed | first document (raw / gzip) | median (ms) | p95 (ms) |',
      '| --- | ---: | ---: | ---: |',
      ...rows.map(
        (row) =>
          `| ${row.label} | ${kilobytes(row.feed.raw)} / ${kilobytes(row.feed.gzip)} | ${Math.round(row.median)} | ${Math.round(row.p95)} |`,
      ),
    ].join('\n');
    const report = `# Feed load to first card painted

From just before \`<dc-project-list>\` is added to the page (its code already loaded) until the
frame showing the first card has been painted (two \`requestAnimationFrame\`s after the first
\`<article>\` appears). ${RUNS} runs per feed, each in a fresh headless Chromium context (empty
cache), feeds served gzipped from localhost by \`tools/serve.mjs\`. Feeds made by
\`tools/example-feed/generate.mjs\` from real places (GeoNames, CC BY 4.0).

${table}

${measuredOn(browser)}.
`;
    process.stdout.write(`\n${table}\n`);
    await writeFile(join(here, 'results.md'), report);
    process.stdout.write(`\nWritten to ${join('test', 'bench', 'results.md')}\n`);
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
