#!/usr/bin/env node
// Places set to painted frame for the map of <dc-proximity-map>: 1,000 real places (Catalan municipalities and EU
// towns, GeoNames CC BY 4.0) carrying 10,000 projects, in headless Chromium. The map view is bundled with esbuild
// into a temporary folder (outside the repository) with a small host element, and served from one origin with the
// geometry it loads. Each run is a fresh page: the geometry for the view is loaded first, then the places are set
// and the clock runs until the next frame is painted. Not part of `npm test`; run with
// `node test/bench/map.bench.mjs`. Writes test/bench/map-results.md.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { measuredOn, percentile, reportOverBudget } from './common.mjs';
import { startServer } from '../../tools/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PLACES = 1000;
const PROJECTS = 10000;
const BUDGET_MS = 100;

const SCENARIOS = [
  // Countries only: municipalities are drawn in views narrower than 4° of longitude.
  { label: 'Europe, every place in view', home: undefined, shapes: 1 },
  { label: 'Catalonia, 120 km circle around Igualada', home: { point: { lat: 41.57759, lon: 1.61762 }, name: 'Igualada' }, radiusKm: 120, shapes: 1 },
  { label: 'Barcelona, 50 km circle', home: { point: { lat: 41.38879, lon: 2.15899 }, name: 'Barcelona', councilId: 'es-ine:08019' }, radiusKm: 50, shapes: 2 },
];

const HARNESS = `
import { LitElement, html } from 'lit';
import { MapView } from './src/components/proximity-map/map-view.js';
import { mapViewStyles } from './src/components/proximity-map/map-view.styles.js';
import { sharedStyles } from './src/styles/shared.styles.js';

const texts = {
  map: 'Map of the projects', help: 'Arrow keys: next marker. + and -: zoom. Enter: open.',
  zoomIn: 'Zoom in', zoomOut: 'Zoom out', fitAll: 'Show all', close: 'Close', wheelHint: 'Hold Ctrl to zoom the map',
  cluster: (places, projects) => places + ' councils, ' + projects + ' projects',
  home: (name) => 'Home: ' + name,
};

class BenchMap extends LitElement {
  static styles = [sharedStyles, mapViewStyles];
  map = new MapView(this, { texts: () => texts, popup: (place) => html\`<p>\${place.name}</p>\` });
  render() {
    return this.map.render();
  }
}
customElements.define('bench-map', BenchMap);
`;

const BENCH_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>DigiCanvis map benchmark</title>
    <script type="module" src="./harness.js"></script>
    <style>bench-map { inline-size: 960px; --dc-map-height: 540px; }</style>
  </head>
  <body>
    <main id="stage"></main>
  </body>
</html>
`;

/** Rows of a CSV file with a header, split on commas outside quotes. */
function readCsv(file) {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    return Object.fromEntries(names.map((name, index) => [name, cells[index]]));
  });
}

/**
 * 1,000 places: the 300 largest Catalan municipalities and the 700 largest EU towns, each with at least one
 * project and the rest of the 10,000 shared by the logarithm of their population (as a feed's would be, more or less).
 */
function benchPlaces() {
  const catalonia = readCsv(join(repoRoot, 'demo/data/municipalities-catalonia.csv'))
    .slice(0, 300)
    .map((row) => ({ id: `es-ine:${row.ine_code}`, name: row.name, lat: Number(row.latitude), lon: Number(row.longitude), population: Number(row.population) }));
  const towns = readCsv(join(repoRoot, 'demo/data/towns-eu.csv'))
    .slice(0, PLACES - catalonia.length)
    .map((row) => ({ id: `geonames:${row.geonames_id}`, name: row.name, lat: Number(row.latitude), lon: Number(row.longitude), population: Number(row.population) }));
  const rows = [...catalonia, ...towns];
  const weights = rows.map((row) => Math.log10(Math.max(10, row.population)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => 1 + Math.floor(((PROJECTS - rows.length) * weight) / total));
  for (let index = 0, missing = PROJECTS - counts.reduce((sum, count) => sum + count, 0); missing > 0; index++, missing--) counts[index]++;
  return rows.map((row, index) => ({
    id: row.id,
    name: row.name,
    point: { lat: row.lat, lon: row.lon },
    count: counts[index],
    label: `${row.name}: ${counts[index]} projects`,
  }));
}

/** Runs in the page: loads the geometry of the view, then times places → painted frame. */
async function measure({ places, home, radiusKm, shapes: wanted }) {
  const nextPaint = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        // The frame is painted once the task that ran the animation frame callbacks ends: the next task.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(undefined);
      }),
    );
  const host = document.createElement('bench-map');
  document.getElementById('stage').append(host);
  host.map.home = home;
  host.map.radiusKm = radiusKm;
  host.map.fit();
  while (!(await host.updateComplete));
  const shapes = () => host.shadowRoot.querySelectorAll('path.countries, path.municipalities').length;
  const started = performance.now();
  // Every part of the view is in once the count of paths has reached what the view needs and stays the same a while.
  for (let count = shapes(), since = performance.now(); count < wanted || performance.now() - since < 500; ) {
    if (performance.now() - started > 30000) throw new Error(`the geometry did not load: zoom ${host.map.zoom}, ${shapes()} paths`);
    await new Promise((wake) => setTimeout(wake, 20));
    if (shapes() !== count) [count, since] = [shapes(), performance.now()];
  }
  await nextPaint();
  await new Promise((wake) => setTimeout(wake, 50));

  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
  const t0 = performance.now();
  host.map.places = places;
  host.requestUpdate();
  await host.updateComplete;
  const updated = performance.now() - t0;
  await nextPaint();
  const painted = performance.now() - t0;
  // Long tasks are reported after they end: a moment for the observer.
  await new Promise((wake) => setTimeout(wake, 100));
  const buttons = host.shadowRoot.querySelectorAll('button[data-key]');
  return {
    updated,
    painted,
    longestTask: Math.max(0, ...longTasks),
    markers: buttons.length,
    clusters: host.shadowRoot.querySelectorAll('button[part="cluster"]').length,
    paths: shapes(),
  };
}

async function main() {
  const places = benchPlaces();
  const folder = await mkdtemp(join(tmpdir(), 'digicanvis-map-'));
  const started = Date.now();
  await build({
    stdin: { contents: HARNESS, resolveDir: repoRoot, sourcefile: 'map-bench-harness.ts', loader: 'ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    tsconfig: join(repoRoot, 'tsconfig.json'),
    entryNames: 'harness',
    outdir: folder,
    logLevel: 'warning',
  });
  await writeFile(join(folder, 'index.html'), BENCH_PAGE);
  const server = await startServer({ mounts: { '/bench/': folder } });
  const browser = await chromium.launch(chromiumLaunchOptions);
  const rows = [];
  const failures = [];
  try {
    for (const scenario of SCENARIOS.filter((entry) => !process.env.BENCH_ONLY || entry.label.startsWith(process.env.BENCH_ONLY))) {
      const samples = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error));
        await page.goto(`${server.url}bench/index.html`);
        samples.push(await page.evaluate(measure, { places, home: scenario.home, radiusKm: scenario.radiusKm, shapes: scenario.shapes }));
        await context.close();
        if (errors.length) throw errors[0];
      }
      const painted = samples.map((sample) => sample.painted).sort((a, b) => a - b);
      const updated = samples.map((sample) => sample.updated).sort((a, b) => a - b);
      const row = {
        ...scenario,
        median: percentile(painted, 0.5),
        p95: percentile(painted, 0.95),
        updateMedian: percentile(updated, 0.5),
        longestTask: Math.max(...samples.map((sample) => sample.longestTask)),
        markers: samples[0].markers,
        clusters: samples[0].clusters,
        paths: samples[0].paths,
      };
      rows.push(row);
      if (row.p95 > BUDGET_MS) failures.push(`${scenario.label}: p95 ${row.p95.toFixed(1)} ms > ${BUDGET_MS} ms`);
      process.stderr.write(`  ${scenario.label}: median ${row.median.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms\n`);
    }
    const ms = (value) => value.toFixed(1);
    const table = [
      '| view | markers drawn (clusters) | shape paths | update, median (ms) | places set → frame painted, median / p95 (ms) | longest task (ms) | budget |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (row) =>
          `| ${row.label} | ${row.markers} (${row.clusters}) | ${row.paths} | ${ms(row.updateMedian)} | ${ms(row.median)} / ${ms(row.p95)} | ${row.longestTask ? ms(row.longestTask) : '< 50'} | ${BUDGET_MS} ms |`,
      ),
    ].join('\n');
    const report = `# Map: places to painted frame

The map view of \`<dc-proximity-map>\` (\`src/components/proximity-map/map-view.ts\`) in a host element of its own,
960 × 540 px, bundled with esbuild and served with the geometry it loads from one origin. ${PLACES.toLocaleString('en')}
real places (the 300 largest Catalan municipalities and the ${(PLACES - 300).toLocaleString('en')} largest EU towns
of \`demo/data\`, GeoNames, CC BY 4.0) carry ${PROJECTS.toLocaleString('en')} projects. In a fresh page per run, the
geometry of the view is loaded and painted first; then the places are set and the clock runs until the next frame is
painted (an animation frame, then a task after it). ${RUNS} runs per view. "Longest task" is the longest task over
50 ms seen while the places were drawn, over all runs.

${table}

${measuredOn(browser)}.
`;
    process.stdout.write(`\n${table}\n`);
    await writeFile(join(here, 'map-results.md'), report);
    process.stderr.write(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    reportOverBudget(failures);
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
