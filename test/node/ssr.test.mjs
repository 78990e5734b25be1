// The package on a server that renders pages (Next.js, Nuxt, Astro import it there): a tester found every element
// entry, feed.js and search.js throwing `ReferenceError: HTMLElement is not defined` in Node, the browser's build
// bundling Lit's browser code. Here each export of package.json is imported by name, in a Node process of its own with
// no DOM, from an app whose node_modules links to this repository: none may throw or define anything, the names are the
// browser entry's, and the feed reader and store work. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { repoFile } from './helpers.mjs';

const pkg = JSON.parse(readFileSync(repoFile('package.json'), 'utf8'));
let app;

before(() => {
  app = mkdtempSync(join(tmpdir(), 'digicanvis-ssr-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(repoFile('.'), join(app, 'node_modules', pkg.name), 'dir');
  writeFileSync(join(app, 'package.json'), '{ "type": "module" }\n');
});
after(() => rmSync(app, { recursive: true, force: true }));

/** Runs `code` as a module of the app in a Node of its own; resolves with what it printed as JSON. */
function run(code) {
  writeFileSync(join(app, 'probe.mjs'), code);
  return JSON.parse(execFileSync(process.execPath, ['probe.mjs'], { cwd: app, encoding: 'utf8', timeout: 30_000 }));
}

/** The names the browser's file of an entry exports, read without running it. */
async function browserNames(file) {
  const { metafile } = await build({ entryPoints: [repoFile(file)], bundle: true, external: ['./*', '../*'], format: 'esm', write: false, metafile: true, logLevel: 'error', outdir: app });
  return Object.values(metafile.outputs).find((output) => output.entryPoint).exports.sort();
}

const scripts = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object');

for (const [entry, target] of scripts) {
  const specifier = `${pkg.name}${entry.slice(1)}`;
  test(`${specifier} imports in Node without a DOM and defines nothing`, async () => {
    const result = run(`
      const module = await import(${JSON.stringify(specifier)});
      console.log(JSON.stringify({
        resolved: import.meta.resolve(${JSON.stringify(specifier)}),
        names: Object.keys(module).sort(),
        globals: ['HTMLElement', 'customElements', 'document', 'window'].filter((name) => name in globalThis),
      }));
    `);
    // Node takes the \`node\` file where there is one (the browser's file otherwise: validate.js is DOM-free).
    assert.equal(result.resolved, new URL(target.node ?? target.default, new URL(`file://${repoFile('./')}`)).href);
    assert.deepEqual(result.globals, [], 'no DOM shim installed, no element defined');
    if (target.default.endsWith('.js') && target.default.startsWith('./dist/')) assert.deepEqual(result.names, await browserNames(target.default), 'the browser entry’s names');
  });
}

test('on a server, an element is a stand-in that defines nothing, and its events are the real ones', () => {
  const result = run(`
    import { DcProximityMap, HomeChangeEvent } from 'digicanvis-widgets/proximity-map.js';
    import { ForumPostEvent, TOKEN_EVENT } from 'digicanvis-widgets/forum-thread.js';
    import { DcProjectList } from 'digicanvis-widgets/project-list.js';
    import { discover, elementLoaders } from 'digicanvis-widgets';
    let thrown;
    try { new DcProjectList(); } catch (error) { thrown = error.message; }
    const home = new HomeChangeEvent({ lat: 41.4, lon: 2.2, source: 'council', councilId: '08019' });
    const post = new ForumPostEvent({ threadId: 't', postId: 'p', status: 'published' });
    discover();
    const loaded = await elementLoaders['dc-proximity-map']();
    console.log(JSON.stringify({
      thrown, home: [home.type, home.bubbles, home.composed, home.detail.lat, HomeChangeEvent.eventName],
      post: [post.type, post.detail.status], TOKEN_EVENT, tags: Object.keys(elementLoaders).sort(), map: loaded.DcProximityMap === DcProximityMap,
    }));
  `);
  assert.match(result.thrown, /runs in a browser/);
  assert.deepEqual(result.home, ['dc-home-change', true, true, 41.4, 'dc-home-change']);
  assert.deepEqual(result.post, ['dc-forum-post', 'published']);
  assert.equal(result.TOKEN_EVENT, 'dc-forum-token');
  assert.deepEqual(result.tags, ['dc-area-filter', 'dc-assistant', 'dc-forum-thread', 'dc-observatory', 'dc-project-card', 'dc-project-list', 'dc-proximity-map']);
  assert.ok(result.map);
});

test('on a server, the feed reader and the feed store read a feed, and the search finds in it', () => {
  const feed = repoFile('demo/feed.json');
  const result = run(`
    import { readFileSync } from 'node:fs';
    import { feedStore, readFeedPage, parseFeedText } from 'digicanvis-widgets/feed.js';
    import { SearchIndex, indexProjects } from 'digicanvis-widgets/search.js';
    const text = readFileSync(${JSON.stringify(feed)}, 'utf8');
    const parsed = parseFeedText(text, 'application/feed+json');
    const page = readFeedPage(parsed.json, { url: 'https://observatori.example/feed.json' });
    // The store as an app's server code would use it: its own fetch, an absolute URL.
    feedStore.configure({ fetch: async () => new Response(text, { headers: { 'content-type': 'application/feed+json' } }) });
    const state = await new Promise((resolve) => {
      const stop = feedStore.subscribe('https://observatori.example/feed.json', (state) => {
        if (state.status === 'ready' || state.status === 'error') { stop(); resolve(state); }
      });
    });
    const index = new SearchIndex();
    await indexProjects(index, state.feed.projects, new Map());
    const found = [...index.search(state.feed.projects[0].title).docs];
    console.log(JSON.stringify({ ok: page.ok, projects: page.feed.projects.length, status: state.status, stored: state.feed.projects.length, found: found.includes(0) }));
  `);
  assert.equal(result.ok, true);
  assert.ok(result.projects > 10, `${result.projects} projects read`);
  assert.equal(result.status, 'ready');
  assert.equal(result.stored, result.projects);
  assert.ok(result.found, 'the first project found by its title');
});
