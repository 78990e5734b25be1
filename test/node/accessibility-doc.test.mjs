// docs/accessibility.md is what councils cite in the accessibility statement the EU directive asks of them: a claim
// there that no test backs any more is a false claim in a public document. This test keeps the page honest about
// its evidence: every test it cites still exists under that name, every file it names exists, every element of
// custom-elements.json has its section, every section accounts for all 50 WCAG 2.1 A and AA criteria (its own rows
// and the shared ones), and the page names the version of the package it describes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readJson, repoFile } from './helpers.mjs';

const DOC = 'docs/accessibility.md';
const doc = readFileSync(repoFile(DOC), 'utf8');

/** WCAG 2.1 level A and AA success criteria, with their level: EN 301 549 clause 9 is the same list, prefixed 9. */
const CRITERIA = {
  '1.1.1': 'A', '1.2.1': 'A', '1.2.2': 'A', '1.2.3': 'A', '1.2.4': 'AA', '1.2.5': 'AA',
  '1.3.1': 'A', '1.3.2': 'A', '1.3.3': 'A', '1.3.4': 'AA', '1.3.5': 'AA',
  '1.4.1': 'A', '1.4.2': 'A', '1.4.3': 'AA', '1.4.4': 'AA', '1.4.5': 'AA', '1.4.10': 'AA', '1.4.11': 'AA', '1.4.12': 'AA', '1.4.13': 'AA',
  '2.1.1': 'A', '2.1.2': 'A', '2.1.4': 'A', '2.2.1': 'A', '2.2.2': 'A', '2.3.1': 'A',
  '2.4.1': 'A', '2.4.2': 'A', '2.4.3': 'A', '2.4.4': 'A', '2.4.5': 'AA', '2.4.6': 'AA', '2.4.7': 'AA',
  '2.5.1': 'A', '2.5.2': 'A', '2.5.3': 'A', '2.5.4': 'A',
  '3.1.1': 'A', '3.1.2': 'AA', '3.2.1': 'A', '3.2.2': 'A', '3.2.3': 'AA', '3.2.4': 'AA',
  '3.3.1': 'A', '3.3.2': 'A', '3.3.3': 'AA', '3.3.4': 'AA', '4.1.1': 'A', '4.1.2': 'A', '4.1.3': 'AA',
};

const STATUSES = new Set(['Meets', 'Meets (by design)', 'Partially', 'Not verified', 'Not applicable']);
/** The sentence that exempts a section from listing every criterion: an element that draws nothing. */
const DRAWS_NOTHING = '**Not applicable** to every criterion';

/** The page's `## ` sections: title and text. */
const sections = doc
  .split(/^## /m)
  .slice(1)
  .map((text) => ({ title: text.slice(0, text.indexOf('\n')).trim(), text }));

/** The criterion rows of a section: `| 9.1.1.1 / 1.1.1 Name (A) | Status | … |`. */
function rows(text) {
  return [...text.matchAll(/^\| (9\.(\d\.\d\.\d+)) \/ (\d\.\d\.\d+) [^|]*\((A|AA)\) \| ([^|]+) \|/gm)].map(([line, clause, fromClause, wcag, level, status]) => ({
    line: line.slice(0, 60),
    clause,
    fromClause,
    wcag,
    level,
    status: status.trim(),
  }));
}

const shared = sections.find((section) => section.title.startsWith('Shared'));
const elementSections = new Map(sections.flatMap((section) => {
  const tag = /^`<(dc-[a-z-]+)>`$/.exec(section.title)?.[1];
  return tag ? [[tag, section]] : [];
}));

/** Every citation of a test: `file` › "name". */
const citations = [...doc.matchAll(/`([^`\s]+)` › "([^"]+)"/g)].map(([, file, name]) => ({ file, name }));

describe('docs/accessibility.md', () => {
  it('finds its parts (the parsers still work)', () => {
    assert.ok(shared, 'a "Shared" section');
    assert.ok(rows(shared.text).length >= 20, 'the shared table has rows');
    assert.ok(elementSections.size >= 6, `only ${elementSections.size} element sections`);
    assert.ok(citations.length >= 100, `only ${citations.length} citations of tests`);
  });

  it('cites only test files and test names that exist', () => {
    const missing = [];
    const texts = new Map();
    for (const { file, name } of citations) {
      if (!texts.has(file)) texts.set(file, existsSync(repoFile(file)) ? readFileSync(repoFile(file), 'utf8') : undefined);
      const text = texts.get(file);
      if (text === undefined) missing.push(`${file}: no such file`);
      else if (!text.includes(name)) missing.push(`${file}: no test named "${name}"`);
    }
    assert.deepEqual(missing, [], 'fix the citation in docs/accessibility.md, or the claim it backs');
  });

  it('names only files of the repository that exist', () => {
    const paths = [...doc.matchAll(/`((?:src|test|stories|demo|docs|tools|schema)\/[^`\s]*)`/g)].map((m) => m[1]);
    assert.ok(paths.length > 0);
    assert.deepEqual(paths.filter((path) => !existsSync(repoFile(path))), []);
  });

  it('has a section for every element of custom-elements.json, and none for an element that is not there', () => {
    assert.ok(existsSync(repoFile('custom-elements.json')), 'custom-elements.json is missing: run `npm run build` first');
    const manifest = readJson('custom-elements.json');
    const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean));
    assert.ok(tags.length >= 7, `only ${tags.length} elements in custom-elements.json`);
    assert.deepEqual(tags.filter((tag) => !elementSections.has(tag)).sort(), [], 'elements with no section');
    assert.deepEqual([...elementSections.keys()].filter((tag) => !tags.includes(tag)).sort(), [], 'sections of elements that do not exist');
  });

  it('numbers each row as EN 301 549 clause 9 and WCAG 2.1 do, with its level and one of the statuses', () => {
    const wrong = [];
    for (const section of sections) {
      for (const row of rows(section.text)) {
        if (row.fromClause !== row.wcag) wrong.push(`${section.title}: ${row.clause} is not ${row.wcag}`);
        if (CRITERIA[row.wcag] !== row.level) wrong.push(`${section.title}: ${row.wcag} is not a level ${row.level} criterion of WCAG 2.1`);
        if (!STATUSES.has(row.status)) wrong.push(`${section.title}: ${row.wcag} has the status "${row.status}"`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('accounts for all 50 criteria for every element that draws something, once per table', () => {
    const common = new Set(rows(shared.text).map((row) => row.wcag));
    const problems = [];
    for (const section of [shared, ...elementSections.values()]) {
      const own = rows(section.text).map((row) => row.wcag);
      const twice = own.filter((wcag, index) => own.indexOf(wcag) !== index);
      if (twice.length) problems.push(`${section.title}: ${twice.join(', ')} more than once`);
    }
    for (const [tag, section] of elementSections) {
      if (section.text.includes(DRAWS_NOTHING)) continue;
      const covered = new Set([...common, ...rows(section.text).map((row) => row.wcag)]);
      const missing = Object.keys(CRITERIA).filter((wcag) => !covered.has(wcag));
      if (missing.length) problems.push(`${tag}: no row for ${missing.join(', ')}`);
    }
    assert.equal(Object.keys(CRITERIA).length, 50);
    assert.deepEqual(problems, []);
  });

  it('says which version of the package it describes', () => {
    const { version } = readJson('package.json');
    assert.match(doc, new RegExp(`\\*\\*Describes:\\*\\* \`digicanvis-widgets\` \\*\\*${version.replaceAll('.', '\\.')}\\*\\*`), `re-check the kit for version ${version}, then say so in its first line`);
  });

  it('is linked from the README', () => {
    assert.ok(readFileSync(repoFile('README.md'), 'utf8').includes('(docs/accessibility.md)'), 'README.md has no link to docs/accessibility.md');
  });
});
