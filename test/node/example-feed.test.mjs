import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildExampleFeed } from '../../tools/example-feed/build.mjs';
import { generateFeed } from '../../tools/example-feed/generate.mjs';
import { readJson, runCli, validateDigiCanvis } from './helpers.mjs';

const feed = readJson('demo/feed.json');
const councils = new Map(feed._digicanvis.councils.map((council) => [council.id, council]));
const councilOf = (item) => councils.get(item._digicanvis.council);
// Catalan councils: municipalities by INE code with a Catalan province prefix, and the
// supra-municipal bodies the generator adds (all in Spain, none with a GeoNames id).
const isCatalan = (council) =>
  /^es-ine:(08|17|25|43)\d{3}$/.test(council.id) || (council.country === 'ES' && council.kind !== 'municipality');

function count(values) {
  const counts = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describe('demo/feed.json', () => {
  it('is exactly what tools/example-feed/build.mjs produces (committed output is up to date and deterministic)', () => {
    assert.deepEqual(buildExampleFeed(), feed);
    assert.deepEqual(buildExampleFeed(), buildExampleFeed());
  });

  it('passes `digicanvis validate` with exit status 0', async () => {
    const { code, stdout } = await runCli('validate', 'demo/feed.json');
    assert.equal(code, 0, stdout);
    assert.match(stdout, new RegExp(`^feed\\.json: valid — ${feed.items.length} projects, ${feed._digicanvis.faq.length} FAQ entries$`, 'm'));
    assert.match(stdout, /^ {2}phases: /m);
  });

  it('is the Catalan "Observatori DigiCanvis" feed and credits GeoNames', () => {
    assert.equal(feed.title, 'Observatori DigiCanvis');
    assert.equal(feed.language, 'ca');
    assert.equal(feed._digicanvis.version, 1);
    assert.match(feed.home_page_url, /^https:\/\//);
    assert.match(feed.description, /GeoNames \(geonames\.org\), CC BY 4\.0/);
  });

  it('has at least 60 projects by Catalan councils and 15 by councils elsewhere in the EU, in several countries', () => {
    const catalan = feed.items.filter((item) => isCatalan(councilOf(item)));
    const elsewhere = feed.items.filter((item) => !isCatalan(councilOf(item)));
    assert.ok(catalan.length >= 60, `${catalan.length} Catalan projects`);
    assert.ok(elsewhere.length >= 15, `${elsewhere.length} projects elsewhere`);
    assert.ok(elsewhere.every((item) => item._digicanvis.council.startsWith('geonames:')));
    assert.ok(new Set(elsewhere.map((item) => councilOf(item).country)).size >= 10);
  });

  it('uses the real names, coordinates and populations of the place data', () => {
    const barcelona = councils.get('es-ine:08019');
    assert.deepEqual(
      { name: barcelona.name, location: barcelona.location, population: barcelona.population },
      { name: 'Barcelona', location: { lat: 41.38879, lon: 2.15899 }, population: 1621537 },
    );
    assert.equal(councils.get('es-ine:08101')?.name, "L'Hospitalet de Llobregat");
  });

  it('includes supra-municipal councils: provinces, a county and a consortium', () => {
    const kinds = count(feed._digicanvis.councils.map((council) => council.kind));
    assert.ok(kinds.province >= 1 && kinds.county >= 1 && kinds.consortium >= 1, JSON.stringify(kinds));
    assert.ok(councils.has('digicanvis:consorci-aoc'));
    assert.equal(councils.get('nuts:ES511').name, 'Diputació de Barcelona');
  });

  it('covers all six areas, the three phases and the three kinds, several times each', () => {
    const areas = count(feed.items.flatMap((item) => item._digicanvis.areas));
    const phases = count(feed.items.map((item) => item._digicanvis.phase));
    const kinds = count(feed.items.map((item) => item._digicanvis.kind));
    for (const area of ['citizen-care', 'services', 'social', 'participation', 'management', 'transformation']) {
      assert.ok(areas[area] >= 5, `area ${area}: ${areas[area]}`);
    }
    for (const phase of ['prototype', 'pilot', 'implemented']) assert.ok(phases[phase] >= 5, `phase ${phase}: ${phases[phase]}`);
    for (const kind of ['service', 'process', 'organization']) assert.ok(kinds[kind] >= 5, `kind ${kind}: ${kinds[kind]}`);
  });

  it('carries the six levels: contacts, savings, analysis, technologies and documentation of every type', () => {
    const extensions = feed.items.map((item) => item._digicanvis);
    assert.ok(extensions.every((extension) => extension.contacts.length > 0 && extension.value && extension.barriers.length > 0));
    assert.ok(extensions.every((extension) => extension.technologies.length && extension.methodologies.length && extension.tools.length));
    const withSavings = extensions.filter((extension) => extension.savings);
    assert.ok(withSavings.length >= 10 && withSavings.length < extensions.length, 'savings on some items, not all');
    assert.deepEqual(new Set(withSavings.map((extension) => extension.savings.period)), new Set(['once', 'year']));
    assert.ok(extensions.some((extension) => extension.visits === true));
    const attachments = feed.items.flatMap((item) => item.attachments);
    assert.ok(attachments.some((attachment) => attachment.mime_type === 'text/html'));
    assert.ok(attachments.some((attachment) => attachment.mime_type === 'application/pdf' && attachment.size_in_bytes > 0));
    assert.ok(attachments.some((attachment) => attachment.mime_type === 'video/mp4' && attachment.duration_in_seconds > 0));
    assert.ok(feed.items.some((item) => item.content_html) && feed.items.some((item) => item.content_text));
  });

  it('gives contacts e-mail addresses on reserved .example domains only', () => {
    const emails = feed.items.flatMap((item) => item._digicanvis.contacts.map((contact) => contact.email));
    assert.ok(emails.length > 0);
    for (const email of emails) assert.match(email, /^[a-z.]+@[a-z0-9.-]+\.example$/);
  });

  it('translates nearly every item into Spanish and English, leaving a few out to show the fallback', () => {
    const languages = feed.items.map((item) => Object.keys(item._digicanvis.i18n));
    const withBoth = languages.filter((langs) => langs.includes('es') && langs.includes('en'));
    assert.ok(withBoth.length >= feed.items.length * 0.85, `${withBoth.length} of ${feed.items.length} in both`);
    assert.ok(languages.some((langs) => !langs.includes('en')), 'an item without English');
    assert.ok(languages.some((langs) => !langs.includes('es')), 'an item without Spanish');
    assert.ok(
      feed.items.some((item) => item._digicanvis.i18n.en && !item._digicanvis.i18n.en.content_text),
      'an item whose English translation is partial',
    );
  });

  it('has at least 30 FAQ entries with translations, alternatives, keywords, links and areas, and a help block', () => {
    const { faq, help } = feed._digicanvis;
    assert.ok(faq.length >= 30);
    assert.equal(new Set(faq.map((entry) => entry.id)).size, faq.length);
    for (const entry of faq) {
      assert.ok(entry.question && entry.answer && entry.alternatives.length && entry.keywords.length && entry.areas.length, entry.id);
      assert.ok(entry.links.every((link) => link.url.startsWith('https://')), entry.id);
      assert.ok(entry.i18n.es?.question && entry.i18n.es?.answer, `${entry.id} in Spanish`);
    }
    assert.ok(faq.filter((entry) => entry.i18n.en).length >= faq.length - 3);
    assert.ok(faq.some((entry) => entry.id.startsWith('observatori-')));
    for (const key of ['phone', 'email', 'url', 'hours', 'address']) assert.ok(help[key], `help.${key}`);
  });
});

describe('generateFeed()', () => {
  it('builds one document with the requested number of projects, the same for the same seed', () => {
    const first = generateFeed({ count: 300, seed: 7 });
    assert.equal(first.items.length, 300);
    assert.equal(new Set(first.items.map((item) => item.id)).size, 300);
    assert.deepEqual(generateFeed({ count: 300, seed: 7 }), first);
    assert.notDeepEqual(generateFeed({ count: 300, seed: 8 }).items[0], first.items[0]);
    assert.ok(validateDigiCanvis(first), JSON.stringify(validateDigiCanvis.errors?.slice(0, 3)));
  });

  it('draws councils from all of the place data, in Catalonia and across the EU', () => {
    const feedOf2000 = generateFeed({ count: 2000, seed: 3 });
    const countries = new Set(feedOf2000._digicanvis.councils.map((council) => council.country));
    assert.ok(countries.size >= 20, `${countries.size} countries`);
    assert.ok(feedOf2000._digicanvis.councils.length > 900);
  });

  it('splits into pages linked by next_url, each naming the councils its items refer to', () => {
    const pages = generateFeed({ count: 250, seed: 5, pageSize: 100, baseUrl: 'http://127.0.0.1:8123/feeds/' });
    assert.equal(pages.length, 3);
    assert.deepEqual(
      pages.map((page) => [page.items.length, page.next_url]),
      [
        [100, 'http://127.0.0.1:8123/feeds/page-2.json'],
        [100, 'http://127.0.0.1:8123/feeds/page-3.json'],
        [50, undefined],
      ],
    );
    assert.ok(pages[0]._digicanvis.faq.length >= 30 && pages[1]._digicanvis.faq === undefined);
    for (const page of pages) {
      const ids = new Set(page._digicanvis.councils.map((council) => council.id));
      assert.ok(page.items.every((item) => ids.has(item._digicanvis.council)));
      assert.ok(validateDigiCanvis(page), JSON.stringify(validateDigiCanvis.errors?.slice(0, 3)));
    }
    assert.deepEqual(pages.flatMap((page) => page.items), generateFeed({ count: 250, seed: 5 }).items);
  });
});
