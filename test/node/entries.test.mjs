// The package's per-element entries (issue 7): `import 'digicanvis-widgets/project-list.js'` must load only what
// that element needs. Read from the build: each entry's static imports, followed to the end, must not reach another
// element's code or another element's heavy chunks; and each entry must define its element. Run after `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Built ES modules: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; `import(` is lazy and does not match.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The files an entry loads before it runs: itself and its static imports, followed to the end. */
function closure(entry) {
  const seen = new Set();
  const pending = [join(root, entry)];
  while (pending.length) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    assert.ok(existsSync(file), `${relative(root, file)} is missing: run \`npm run build\` first`);
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) pending.push(join(dirname(file), match[1]));
  }
  return [...seen].map((file) => relative(root, file));
}

/** Per element entry: its tag, and the chunks only it (or the few elements named) may bring. */
const ELEMENTS = {
  'project-list': { tag: 'dc-project-list' },
  'project-card': { tag: 'dc-project-card' },
  observatory: { tag: 'dc-observatory' },
  'area-filter': { tag: 'dc-area-filter' },
  'proximity-map': { tag: 'dc-proximity-map' },
  'forum-thread': { tag: 'dc-forum-thread' },
  assistant: { tag: 'dc-assistant' },
};
/** Heavy chunks, and the elements allowed to load them at once. */
const OWNERS = {
  'dist/chunks/map-libraries.js': ['proximity-map'],
  'dist/chunks/floating-ui.js': ['proximity-map', 'assistant'],
  'dist/chunks/search.js': ['area-filter', 'proximity-map', 'assistant'],
  'dist/chunks/distance.js': ['proximity-map', 'assistant'],
};

for (const [name, { tag }] of Object.entries(ELEMENTS)) {
  test(`${name}.js loads ${tag} and nothing another element needs alone`, () => {
    const exported = exports[`./${name}.js`];
    assert.ok(exported, `package.json exports ./${name}.js`);
    assert.ok(existsSync(join(root, exported.types)), `its types: ${exported.types}`);
    const files = closure(exported.default);
    const otherElements = files.filter((file) => file.startsWith('dist/elements/') && file !== exported.default.slice(2));
    assert.deepEqual(otherElements, [], 'no other element’s own code');
    for (const [chunk, owners] of Object.entries(OWNERS)) {
      if (!owners.includes(name)) assert.ok(!files.includes(chunk), `${chunk} is not loaded by ${name}.js`);
    }
    // Strings of other languages and lazy parts (details, error messages) are never loaded up front.
    assert.deepEqual(files.filter((file) => /chunks\/(ca|es|en|eu|gl|oc)(-\w+)?\.js$/.test(file)), [], 'no UI strings up front');
    // The list and the card live in the core chunk every page shares; their entries re-export them from there.
    const code = files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
    assert.match(code, new RegExp(`customElements\\.define\\(["'\`]${tag}["'\`]`), `defines <${tag}>`);
  });
}

test('the one-script bundle loads no element’s code up front', () => {
  const files = closure(exports['.'].default);
  assert.deepEqual(files.filter((file) => file.startsWith('dist/elements/')), []);
  for (const chunk of Object.keys(OWNERS)) assert.ok(!files.includes(chunk), `${chunk} waits for its element`);
});

test('the map’s, the forum’s and the assistant’s code stay out of a list-only page', () => {
  const list = closure(exports['./project-list.js'].default);
  const heavy = list.filter((file) => /map|forum|assistant|floating|geometry|language/.test(file));
  assert.deepEqual(heavy, []);
});

test('the fields older tools and CDNs read (main, module, types, unpkg, jsdelivr) name files the build makes', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const field of ['main', 'module', 'types', 'unpkg', 'jsdelivr']) {
    assert.ok(pkg[field], `package.json has "${field}"`);
    assert.ok(existsSync(join(root, pkg[field])), `"${field}": ${pkg[field]} exists`);
  }
  // A CDN's bare address (unpkg.com/digicanvis-widgets) serves the one-script bundle, as `import 'digicanvis-widgets'` does.
  assert.equal(pkg.unpkg, exports['.'].default);
});
