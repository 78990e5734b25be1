#!/usr/bin/env node
/**
 * The package's entries in Node (the `node` condition of package.json's exports), for a server that renders a page
 * (Next.js, Nuxt, Astro) and imports them on its way: the browser's build bundles Lit's browser code, which extends
 * HTMLElement as it loads and throws where there is none. Run by `npm run build` after Vite.
 *
 * Each `node` file is made here: with a DOM (jsdom or happy-dom in a test runner) it is the browser's module, so that
 * the elements and the feed store are the ones the page uses; without one it is a server module of dist/node/server/:
 * the elements' stand-ins, which define nothing (src/ssr/), the feed reader and store and the search, which need no
 * DOM, built here with esbuild. The build fails if a server module lacks a name the browser's entry exports.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The server module of each browser entry (by its `default` file). */
const serverModule = (browser) =>
  browser === './dist/digicanvis.js' ? 'loader' : browser.startsWith('./dist/elements/') ? 'elements' : { './dist/feed/index.js': 'feed', './dist/search/index.js': 'search' }[browser];

/** The names an ES module exports, read by esbuild without running it. */
async function exportedNames(entryPoints, options = {}) {
  const { metafile } = await build({ entryPoints, bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'error', outdir: join(root, 'dist/node'), ...options });
  return Object.fromEntries(Object.entries(metafile.outputs).map(([file, output]) => [relative(join(root, 'dist/node'), file), output]));
}

const server = await exportedNames(
  { 'server/elements': 'src/ssr/elements.ts', 'server/loader': 'src/ssr/loader.ts', 'server/feed': 'src/feed/index.ts', 'server/search': 'src/search/index.ts' },
  { absWorkingDir: root, write: true, splitting: true, platform: 'node', target: 'node20', chunkNames: 'server/chunks/[name]-[hash]' },
);
// Lit has no business on a server that renders no element: were it here, its Node build would install a DOM shim.
const lit = Object.values(server).flatMap((output) => Object.keys(output.inputs)).filter((input) => /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs)\//.test(input));
if (lit.length) throw new Error(`dist/node/server/ must not bundle Lit: ${[...new Set(lit)].join(', ')}`);

for (const [entry, conditions] of Object.entries(exports)) {
  if (typeof conditions !== 'object' || !conditions.default.startsWith('./dist/') || conditions.default.startsWith('./dist/node/')) continue;
  const module = serverModule(conditions.default);
  if (!conditions.node || !module) throw new Error(`package.json exports ${entry} for browsers: it needs a "node" file (tools/node-entries.mjs)`);
  const file = join(root, conditions.node);
  const [browser] = Object.values(await exportedNames([join(root, conditions.default)], { external: ['./*', '../*'] }));
  const names = browser.exports;
  const missing = names.filter((name) => !server[`server/${module}.js`].exports.includes(name));
  if (missing.length) throw new Error(`dist/node/server/${module}.js lacks ${missing.join(', ')}, which ${entry} exports in browsers`);
  const from = (target) => JSON.stringify(`./${relative(dirname(file), join(root, target)).replaceAll('\\', '/')}`.replace(/^\.\/\.\.\//, '../'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `// ${entry} in Node (made by tools/node-entries.mjs): the browser's module where there is a DOM, else one that needs none.\n` +
      `const dom = typeof document == 'object' && typeof HTMLElement == 'function';\n` +
      `export const { ${names.join(', ')} } = dom ? await import(${from(conditions.default)}) : await import(${from(`dist/node/server/${module}.js`)});\n`,
  );
}
