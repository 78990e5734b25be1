// test/bench/search-queries.json, the labelled queries that test/bench/search.bench.mjs measures
// recall on: well formed, covering every kind and language, and each one answerable on the 1k
// feed (seed 2024) that the benchmark generates first (larger feeds start with the same projects).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARCHETYPES } from '../../tools/example-feed/archetypes.mjs';
import { generateFeed } from '../../tools/example-feed/generate.mjs';
import { catalanMunicipalities, europeanTowns, supraCouncils } from '../../tools/example-feed/places.mjs';
import { readJson } from './helpers.mjs';

const queries = readJson('test/bench/search-queries.json');
const KINDS = ['exact', 'prefix', 'typo', 'accents', 'swapped', 'council'];
const LANGS = ['ca', 'es', 'en'];
const archetypes = new Map(ARCHETYPES.map((archetype) => [archetype.key, archetype]));
const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/·/g, '').toLowerCase();
const words = (text) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const show = (query) => `"${query.q}" (${query.lang}, ${query.kind})`;

describe('test/bench/search-queries.json', () => {
  it('has at least 100 queries, each with the fields the benchmark reads', () => {
    assert.ok(Array.isArray(queries));
    assert.ok(queries.length >= 100, `only ${queries.length} queries`);
    for (const query of queries) {
      assert.deepEqual(Object.keys(query).filter((key) => !['q', 'lang', 'kind', 'archetypes', 'council'].includes(key)), [], show(query));
      assert.equal(typeof query.q, 'string', show(query));
      assert.equal(query.q, query.q.trim(), `${show(query)} has spaces around it`);
      const count = query.q.split(/\s+/).length;
      assert.ok(count >= 1 && count <= 4, `${show(query)} has ${count} words: people type 1 to 4`);
      assert.ok(LANGS.includes(query.lang), `${show(query)}: unknown language`);
      assert.ok(KINDS.includes(query.kind), `${show(query)}: unknown kind`);
      assert.ok(Array.isArray(query.archetypes) && query.archetypes.length > 0, `${show(query)} needs archetypes`);
      if ('council' in query) assert.ok(typeof query.council === 'string' && query.council !== '', `${show(query)}: bad council`);
      if (query.kind === 'council') assert.ok(query.council, `${show(query)} is of kind council but names none`);
    }
  });

  it('has no query twice in the same language', () => {
    const seen = new Set();
    for (const query of queries) {
      const key = `${query.lang}:${query.q.toLowerCase()}`;
      assert.ok(!seen.has(key), `${show(query)} is there twice`);
      seen.add(key);
    }
  });

  it('covers every kind and every language, each language with at least a quarter of the queries', () => {
    for (const kind of KINDS) assert.ok(queries.some((query) => query.kind === kind), `no query of kind ${kind}`);
    for (const lang of LANGS) {
      const count = queries.filter((query) => query.lang === lang).length;
      assert.ok(count >= queries.length / 4, `only ${count} queries in ${lang}`);
    }
  });

  it('names only archetypes of tools/example-feed/archetypes.mjs', () => {
    for (const query of queries) {
      for (const key of query.archetypes) assert.ok(archetypes.has(key), `${show(query)}: no archetype "${key}"`);
    }
  });

  it('cuts prefix queries inside a word of their archetypes (3 to 6 letters of it)', () => {
    for (const query of queries.filter((q) => q.kind === 'prefix')) {
      const last = words(query.q).at(-1);
      assert.ok(last.length >= 3 && last.length <= 6, `${show(query)}: "${last}" is not 3 to 6 letters`);
      const texts = query.archetypes.flatMap((key) => {
        const { texts: byLang, technologies, methodologies, tools, tags } = archetypes.get(key);
        return [...Object.values(byLang).flatMap((t) => [t.title, t.summary, t.content_text ?? '']), ...technologies, ...methodologies, ...tools, ...tags];
      });
      const vocabulary = new Set(texts.flatMap(words));
      assert.ok(
        [...vocabulary].some((word) => word.length > last.length && word.startsWith(last)),
        `${show(query)}: "${last}" starts no longer word of its archetypes`,
      );
    }
  });

  it('names each council query’s place so that no other council of the generator is named the same way', () => {
    // "Bordeaux" would also find Artigues-près-Bordeaux, which the 100k feed has: such a label is a coin toss.
    const catalan = catalanMunicipalities();
    const names = [...new Set([...catalan, ...supraCouncils(catalan), ...europeanTowns()].map((place) => place.council.name))];
    for (const query of queries.filter((q) => q.council)) {
      assert.ok(names.includes(query.council), `${show(query)}: no council is named "${query.council}"`);
      const own = new Set(words(query.council));
      const place = words(query.q).filter((word) => own.has(word));
      assert.ok(place.length > 0, `${show(query)} does not name ${query.council}`);
      const others = names.filter((name) => name !== query.council && place.every((word) => words(name).includes(word)));
      assert.deepEqual(others, [], `${show(query)}: ${place.join(' ')} also names other councils`);
    }
  });

  describe('on the generated 1k feed (seed 2024)', () => {
    const feed = generateFeed({ count: 1000, seed: 2024 });
    const councils = new Map(feed._digicanvis.councils.map((council) => [council.id, council]));
    const relevant = (query) =>
      feed.items.filter(
        (item) =>
          query.archetypes.some((key) => item.id.includes(`-${key}-`)) &&
          (query.council === undefined || councils.get(item._digicanvis.council).name === query.council),
      );

    it('gives every query at least one relevant project', () => {
      const empty = queries.filter((query) => relevant(query).length === 0).map(show);
      assert.deepEqual(empty, []);
    });

    it('gives every council query a relevant project with texts in the query’s language', () => {
      // Otherwise only the council's name could match, and no engine could be blamed for missing it.
      for (const query of queries.filter((q) => q.council)) {
        const readable = relevant(query).filter((item) => query.lang === feed.language || item._digicanvis.i18n?.[query.lang]);
        assert.ok(readable.length > 0, `${show(query)}: its projects in ${query.council} have no ${query.lang} texts`);
      }
    });
  });
});
