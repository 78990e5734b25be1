// custom-elements.json, as `npm run build` writes it (custom-elements-manifest.config.mjs): the manifest the README's
// API tables, Storybook's controls and editors read. A probe found events without a name (the schema requires one),
// module paths pointing at src/**/*.ts (not in the package), defaults shown as constant names (`DEFAULT_PAGE_SIZE`),
// and global tokens the elements read missing from their CSS custom properties.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readJson, repoFile } from './helpers.mjs';

assert.ok(existsSync(repoFile('custom-elements.json')), 'custom-elements.json is missing: run `npm run build` first');
const manifest = readJson('custom-elements.json');
const pkg = readJson('package.json');
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: mod.path })));

describe('custom-elements.json', () => {
  it('describes the seven elements', () => {
    assert.deepEqual(elements.map((d) => d.tagName).sort(), ['dc-area-filter', 'dc-assistant', 'dc-forum-thread', 'dc-observatory', 'dc-project-card', 'dc-project-list', 'dc-proximity-map']);
  });

  it('names every event, once per element, each with its type', () => {
    for (const element of elements) {
      for (const event of element.events ?? []) {
        assert.ok(event.name, `<${element.tagName}> has an event without a name: ${JSON.stringify(event)}`);
        assert.ok(event.type?.text, `<${element.tagName}>'s ${event.name} has no type`);
      }
      const names = (element.events ?? []).map((event) => event.name);
      assert.deepEqual(names, [...new Set(names)], `<${element.tagName}> lists an event twice`);
    }
    const events = Object.fromEntries(elements.map((d) => [d.tagName, Object.fromEntries((d.events ?? []).map((e) => [e.name, e.type.text]))]));
    assert.equal(events['dc-proximity-map']['dc-home-change'], 'HomeChangeEvent');
    assert.equal(events['dc-forum-thread']['dc-forum-post'], 'ForumPostEvent');
    assert.equal(events['dc-assistant']['dc-assistant-feedback'], 'AssistantFeedbackEvent');
    assert.equal(events['dc-area-filter'].change, 'CustomEvent<Selection>');
    assert.equal(events['dc-project-list']['dc-feed-warning'], 'FeedWarningEvent');
  });

  it('gives module paths of files the package ships: each element module is the file its package entry resolves to', () => {
    const shipped = new Map(Object.entries(pkg.exports).map(([entry, target]) => [target.default?.replace(/^\.\//, ''), entry]));
    for (const mod of manifest.modules) {
      assert.ok(!/^src\/|\.ts$/.test(mod.path), `${mod.path} is a source file, not in the package`);
      assert.ok(existsSync(repoFile(mod.path)), `${mod.path} does not exist after the build`);
      assert.ok(pkg.files.some((folder) => mod.path.startsWith(`${folder}/`)), `${mod.path} is outside package.json "files"`);
      assert.ok(shipped.has(mod.path), `${mod.path} is no entry of package.json "exports"`);
      for (const entry of mod.exports ?? []) assert.equal(entry.declaration.module, mod.path, `${entry.name} of ${mod.path}`);
    }
    for (const element of elements) {
      const entry = shipped.get(element.path);
      assert.equal(entry, `./${element.tagName.replace(/^dc-/, '')}.js`, `<${element.tagName}> is in ${element.path}`);
    }
  });

  it('gives defaults as values, not as the names of constants', () => {
    for (const element of elements) {
      for (const item of [...(element.attributes ?? []), ...(element.members ?? [])]) {
        if (item.default === undefined) continue;
        assert.doesNotMatch(item.default, /^[A-Z][A-Z0-9_]*$/, `<${element.tagName}> ${item.name}: default ${item.default}`);
      }
    }
    const attribute = (tag, name) => elements.find((d) => d.tagName === tag).attributes.find((a) => a.name === name).default;
    assert.equal(attribute('dc-project-list', 'page-size'), '24');
    assert.equal(attribute('dc-assistant', 'threshold'), '0.48');
    assert.equal(attribute('dc-proximity-map', 'radius-km'), '25');
  });
});

/** The `--dc-*` tokens the CSS of one element reads: its folder's styles (and inline styles), and the shared styles. */
function tokensRead(folder) {
  const files = (dir) => readdirSync(repoFile(dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const own = files(`src/components/${folder}`).map((file) => [file, readFileSync(repoFile(file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')]);
  const code = own.filter(([file]) => !file.endsWith('.styles.ts')).map(([, text]) => text).join('\n');
  const definitions = new Map();
  const define = (text) =>
    text.replace(/(--_dc-[a-z0-9-]+)\s*:\s*([^;{}]*);/g, (_, name, value) => {
      definitions.set(name, [...(definitions.get(name) ?? []), value]);
      return '';
    });
  const refs = (text) => [...text.matchAll(/var\(\s*(--_?dc-[a-z0-9-]+)/g)].map((m) => m[1]);
  const used = own.flatMap(([, text]) => refs(define(text)));
  if (/\bsharedStyles\b/.test(code)) {
    // The shared sheet's rules apply in every element that adopts it, but a rule for a class applies only where the
    // element's templates use that class (`.skeleton`, `.stack`).
    const shared = readFileSync(repoFile('src/styles/shared.styles.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selector, body] of shared.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
      const classes = selector.split(',').map((part) => /^\s*\.([\w-]+)/.exec(part)?.[1]);
      if (classes.every(Boolean) && !classes.some((name) => new RegExp(`\\b${name}\\b`).test(code))) continue;
      used.push(...refs(define(body)));
    }
  }
  const read = new Set();
  const seen = new Set();
  while (used.length) {
    const name = used.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    if (name.startsWith('--dc-')) read.add(name);
    for (const value of definitions.get(name) ?? []) used.push(...refs(value));
  }
  return read;
}

describe("each element's CSS custom properties (@cssprop)", () => {
  for (const element of elements) {
    it(`<${element.tagName}> documents every --dc-* token its styles read`, () => {
      const read = tokensRead(element.tagName.replace(/^dc-/, ''));
      const documented = new Set((element.cssProperties ?? []).map((p) => p.name));
      const missing = [...read].filter((name) => !documented.has(name)).sort();
      assert.deepEqual(missing, [], `<${element.tagName}> reads ${missing.join(', ')} without a @cssprop`);
    });
  }

  it('finds what the elements read (the reading still works)', () => {
    assert.ok(tokensRead('project-list').has('--dc-list-gap'));
    assert.ok(tokensRead('project-list').has('--dc-radius'));
    assert.ok(tokensRead('forum-thread').has('--dc-color-subtle'), 'the forum shows skeletons');
    assert.ok(!tokensRead('assistant').has('--dc-space'), 'the assistant uses neither .stack nor a --dc-space of its own');
    assert.equal(tokensRead('observatory').size, 0);
  });
});
