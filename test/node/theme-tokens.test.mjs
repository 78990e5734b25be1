import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoFile } from './helpers.mjs';
import { defaultPalettes, readRepoFile } from './theme-source.mjs';

/** Every TypeScript file under src/, as [path, text]. */
function sources(dir = 'src') {
  return readdirSync(repoFile(dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [[path, readRepoFile(path)]] : [];
  });
}

const files = sources();
/** The public properties the styles read: `var(--dc-…` (the private copies are `--_dc-…`). */
const read = new Set(files.flatMap(([, text]) => [...text.matchAll(/var\(\s*(--dc-[a-z0-9-]+)/g)].map((m) => m[1])));
/** The properties the elements' JSDoc documents (the README's API tables come from them). */
const documented = new Map(files.flatMap(([path, text]) => [...text.matchAll(/@cssprop\s+(--dc-[a-z0-9-]+)/g)].map((m) => [m[1], path])));
const theming = readRepoFile('docs/theming.md');
const tableRows = [...theming.matchAll(/^\| `(--dc-[a-z0-9-]+)` \| ([^|]*) \|/gm)];
const table = new Map(tableRows.map((m) => [m[1], m[2]]));

describe('docs/theming.md, the table of design tokens', () => {
  it('finds tokens in both places (the parsers still work)', () => {
    assert.ok(read.size >= 30, `only ${read.size} tokens read in src/`);
    assert.ok(table.size >= 30, `only ${table.size} rows in the table`);
  });

  it('lists every --dc-* property an element reads', () => {
    const missing = [...read].filter((name) => !table.has(name)).sort();
    assert.deepEqual(missing, [], `read in src/ but missing from docs/theming.md: ${missing.join(', ')}`);
  });

  it('names no property that no element reads any more', () => {
    const stale = [...table.keys()].filter((name) => !read.has(name)).sort();
    assert.deepEqual(stale, [], `in docs/theming.md but read nowhere in src/: ${stale.join(', ')}`);
  });

  it('lists each token once', () => {
    assert.equal(tableRows.length, table.size);
  });

  it("gives each colour token's light and dark defaults as the shared styles have them", () => {
    const { light, dark } = defaultPalettes();
    assert.ok(light.size >= 8);
    for (const [name, colour] of light) {
      const cell = table.get(name) ?? '';
      assert.ok(cell.includes(`\`${colour}\``) && cell.includes(`dark \`${dark.get(name)}\``), `${name}: "${cell}" should say ${colour} and dark ${dark.get(name)}`);
    }
  });
});

describe("the elements' JSDoc (@cssprop)", () => {
  it('documents only properties the styles read', () => {
    const unread = [...documented].filter(([name]) => !read.has(name)).map(([name, path]) => `${name} (${path})`);
    assert.deepEqual(unread, []);
  });
});

describe('README', () => {
  it('links its Theming section to the table', () => {
    const readme = readRepoFile('README.md');
    const section = readme.slice(readme.indexOf('\n## Theming'), readme.indexOf('\n## Elements'));
    assert.match(section, /\(docs\/theming\.md#tokens\)/);
  });
});
