import { expect } from '@open-wc/testing';
import { feedStore } from '../../src/feed/store.js';
import { AREAS, PHASES, PROJECT_KINDS, type AreaId, type Council, type Phase, type Project, type ProjectKind } from '../../src/feed/types.js';
import { regionCountry, regionName, regionOf } from '../../src/discovery/regions.js';
import type { Selection } from '../../src/discovery/types.js';
import { readSelection, withSelection } from '../../src/discovery/url-state.js';
import { DiscoveryView, EMPTY_SELECTION, normalizeSelection, sameSelection } from '../../src/discovery/view.js';

/*
 * The discovery view (facets, counts, sorting, summary) over a small primed feed, the selection in the
 * address, and the regions councils are counted in.
 */

const council = (id: string, name: string, country = 'ES'): Council => ({ id, name, kind: 'municipality', country, location: { lat: 41, lon: 2 } });

interface Spec {
  id: string;
  title: string;
  areas: AreaId[];
  phase: Phase;
  kind: ProjectKind;
  council: string;
  date?: string;
  savings?: { amount: number; period: 'once' | 'year' | 'month'; currency?: string };
  summary?: string;
  en?: string;
}

const SPECS: Spec[] = [
  { id: 'p1', title: 'Cita prèvia en línia', areas: ['citizen-care'], phase: 'implemented', kind: 'service', council: 'es-ine:17079', date: '2024-01-10', savings: { amount: 1000, period: 'year' }, en: 'Appointments online' },
  { id: 'p2', title: 'Pressupostos participatius', areas: ['participation', 'social'], phase: 'pilot', kind: 'process', council: 'es-ine:25120', date: '2025-03-01', savings: { amount: 100, period: 'month' }, summary: 'Els veïns decideixen amb una plataforma digital.' },
  { id: 'p3', title: 'Teleassistència digital', areas: ['social'], phase: 'prototype', kind: 'service', council: 'geonames:2735943', date: '2023-05-05', savings: { amount: 500, period: 'once' } },
  { id: 'p4', title: 'Banc del temps', areas: ['social'], phase: 'implemented', kind: 'organization', council: 'es-ine:08019', date: '2024-09-09' },
  { id: 'p5', title: 'Arxiu electrònic', areas: ['management'], phase: 'pilot', kind: 'service', council: 'es-ine:08019', savings: { amount: 2000, period: 'year' } },
  { id: 'p6', title: 'Atenció digital a la ciutadania', areas: ['citizen-care', 'services'], phase: 'implemented', kind: 'process', council: 'es-ine:17079', date: '2022-12-01', savings: { amount: 30, period: 'once', currency: 'USD' } },
  { id: 'p7', title: 'Zona de baixes emissions', areas: ['services'], phase: 'prototype', kind: 'service', council: 'es-ine:08019', date: '2025-01-15' },
];

const RAW = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Discovery test feed',
  language: 'ca',
  items: SPECS.map((spec) => ({
    id: spec.id,
    title: spec.title,
    ...(spec.summary ? { summary: spec.summary } : {}),
    ...(spec.date ? { date_published: `${spec.date}T10:00:00Z` } : {}),
    _digicanvis: {
      council: spec.council,
      areas: spec.areas,
      kind: spec.kind,
      phase: spec.phase,
      ...(spec.savings ? { savings: { currency: 'EUR', ...spec.savings } } : {}),
      ...(spec.en ? { i18n: { en: { title: spec.en } } } : {}),
    },
  })),
  _digicanvis: {
    version: 1,
    councils: [
      council('es-ine:17079', 'Girona'),
      council('es-ine:25120', 'Lleida'),
      council('es-ine:08019', 'Barcelona'),
      council('geonames:2735943', 'Porto', 'PT'),
    ],
  },
};

let n = 0;
const releases: (() => void)[] = [];

/** A view over the primed test feed, connected and fully indexed. */
async function makeView(): Promise<DiscoveryView> {
  const url = `https://feeds.example/discovery-${Date.now()}-${++n}.json`;
  feedStore.prime(url, RAW);
  const view = new DiscoveryView(url);
  releases.push(view.connect());
  await view.whenIndexed();
  return view;
}

afterEach(() => releases.splice(0).forEach((release) => release()));

const ids = (projects: readonly Project[]) => projects.map((project) => project.id);

/** The region of each test project, as regionOf should give it. */
const REGION: Record<string, string> = { 'es-ine:17079': 'ES-GI', 'es-ine:25120': 'ES-L', 'es-ine:08019': 'ES-B', 'geonames:2735943': 'PT' };

/** Counts worked out the slow way: for each facet, the projects that pass every other facet (and the ids allowed by the query). */
function expectedCounts(selection: Selection, allowed: Set<string> = new Set(SPECS.map((spec) => spec.id))) {
  const pass = (spec: Spec, skip: string) =>
    allowed.has(spec.id) &&
    (skip === 'areas' || !selection.areas.length || spec.areas.some((area) => selection.areas.includes(area))) &&
    (skip === 'phases' || !selection.phases.length || selection.phases.includes(spec.phase)) &&
    (skip === 'kinds' || !selection.kinds.length || selection.kinds.includes(spec.kind)) &&
    (skip === 'regions' || !selection.regions.length || selection.regions.includes(REGION[spec.council] as string));
  const count = <K extends string>(keys: readonly K[], skip: string, has: (spec: Spec, key: K) => boolean) =>
    new Map(keys.map((key) => [key, SPECS.filter((spec) => pass(spec, skip) && has(spec, key)).length]));
  return {
    areas: count(AREAS, 'areas', (spec, area) => spec.areas.includes(area)),
    phases: count(PHASES, 'phases', (spec, phase) => spec.phase === phase),
    kinds: count(PROJECT_KINDS, 'kinds', (spec, kind) => spec.kind === kind),
    regions: count(['ES-GI', 'ES-L', 'PT', 'ES-B'], 'regions', (spec, region) => REGION[spec.council] === region),
    shown: SPECS.filter((spec) => pass(spec, '')).map((spec) => spec.id),
  };
}

function expectCounts(view: DiscoveryView, allowed?: Set<string>) {
  const expected = expectedCounts(view.selection, allowed);
  const { counts } = view.results;
  expect(Object.fromEntries(counts.areas), 'areas').to.deep.equal(Object.fromEntries(expected.areas));
  expect(Object.fromEntries(counts.phases), 'phases').to.deep.equal(Object.fromEntries(expected.phases));
  expect(Object.fromEntries(counts.kinds), 'kinds').to.deep.equal(Object.fromEntries(expected.kinds));
  expect(Object.fromEntries(counts.regions), 'regions').to.deep.equal(Object.fromEntries(expected.regions));
  expect(ids(view.projects).sort()).to.deep.equal([...expected.shown].sort());
}

describe('DiscoveryView: facets and counts', () => {
  it('starts with every project and the counts of the whole feed, zero options included', async () => {
    const view = await makeView();
    expect(view.state.status).to.equal('ready');
    expect(ids(view.projects)).to.deep.equal(SPECS.map((spec) => spec.id));
    expect(view.filtering).to.equal(false);
    const { counts } = view.results;
    expect(Object.fromEntries(counts.areas)).to.deep.equal({
      'citizen-care': 2,
      services: 2,
      social: 3,
      participation: 1,
      management: 1,
      transformation: 0,
    });
    expect(counts.areas.has('transformation'), 'a zero option is still there').to.equal(true);
    expect(Object.fromEntries(counts.phases)).to.deep.equal({ prototype: 2, pilot: 2, implemented: 3 });
    expect(Object.fromEntries(counts.kinds)).to.deep.equal({ service: 4, process: 2, organization: 1 });
    expect(Object.fromEntries(counts.regions)).to.deep.equal({ 'ES-GI': 2, 'ES-L': 1, PT: 1, 'ES-B': 3 });
    // Regions, most projects first.
    expect(view.results.regions).to.deep.equal(['ES-B', 'ES-GI', 'ES-L', 'PT']);
    expect(view.results.indexed).to.equal(SPECS.length);
    expect(view.results.loaded).to.equal(SPECS.length);
  });

  it('keeps the other options of a facet counted as if it were empty, and narrows the other facets', async () => {
    const view = await makeView();
    expect(view.select({ areas: ['social'] })).to.equal(true);
    const { counts } = view.results;
    // The area facet ignores its own selection: choosing "social" leaves the other areas' counts as before.
    expect(counts.areas.get('citizen-care')).to.equal(2);
    expect(counts.areas.get('social')).to.equal(3);
    expect(counts.areas.get('management')).to.equal(1);
    // The other facets count social projects only: p2 (pilot, process, ES-L), p3 (prototype, service, PT), p4 (implemented, organization, ES-B).
    expect(Object.fromEntries(counts.phases)).to.deep.equal({ prototype: 1, pilot: 1, implemented: 1 });
    expect(Object.fromEntries(counts.kinds)).to.deep.equal({ service: 1, process: 1, organization: 1 });
    expect(Object.fromEntries(counts.regions)).to.deep.equal({ 'ES-GI': 0, 'ES-L': 1, PT: 1, 'ES-B': 1 });
    expect(ids(view.projects)).to.deep.equal(['p2', 'p3', 'p4']);
    expect(view.filtering).to.equal(true);
    expectCounts(view);
  });

  it('combines options with OR inside a facet and AND across facets', async () => {
    const view = await makeView();
    view.select({ areas: ['social', 'management'] });
    expect(ids(view.projects)).to.deep.equal(['p2', 'p3', 'p4', 'p5']);
    view.select({ phases: ['implemented', 'pilot'] });
    expect(ids(view.projects)).to.deep.equal(['p2', 'p4', 'p5']);
    view.select({ regions: ['ES-B'] });
    expect(ids(view.projects)).to.deep.equal(['p4', 'p5']);
    view.select({ kinds: ['organization'] });
    expect(ids(view.projects)).to.deep.equal(['p4']);
    expectCounts(view);
    view.select({ kinds: ['process'] });
    expect(ids(view.projects)).to.deep.equal([]);
    // Nothing shown, but every count still there (zeros included).
    expect(view.results.counts.kinds.get('organization')).to.equal(1);
    expect(view.results.counts.kinds.get('process')).to.equal(0);
    expectCounts(view);
  });

  it('matches the slow count for many selections', async () => {
    const view = await makeView();
    const selections: Partial<Selection>[] = [
      { areas: ['services'] },
      { areas: ['citizen-care'], phases: ['implemented'] },
      { phases: ['prototype'], regions: ['ES-B', 'PT'] },
      { kinds: ['service'], regions: ['ES-GI'] },
      { areas: ['transformation'] },
      { areas: ['social', 'services'], phases: ['pilot', 'prototype'], kinds: ['service', 'process'], regions: ['ES-L', 'PT', 'ES-B'] },
    ];
    for (const selection of selections) {
      view.select({ ...EMPTY_SELECTION, ...selection });
      expectCounts(view);
    }
  });

  it('counts only the projects the query finds', async () => {
    const view = await makeView();
    view.select({ q: 'digital' });
    // "digital" is in the titles of p3 and p6 and the summary of p2.
    expect(ids(view.projects).sort()).to.deep.equal(['p2', 'p3', 'p6']);
    expectCounts(view, new Set(['p2', 'p3', 'p6']));
    view.select({ areas: ['social'] });
    expect(ids(view.projects).sort()).to.deep.equal(['p2', 'p3']);
    expectCounts(view, new Set(['p2', 'p3', 'p6']));
  });

  it('drops unknown values, keeps facet order, and reports no change for the same selection', async () => {
    const view = await makeView();
    const version = view.version;
    expect(view.select({ areas: ['social', 'nope' as AreaId, 'citizen-care', 'social'] })).to.equal(true);
    expect(view.selection.areas).to.deep.equal(['citizen-care', 'social']);
    expect(view.version).to.equal(version + 1);
    expect(view.select({ areas: ['social', 'citizen-care'] }), 'same set, other order').to.equal(false);
    expect(view.version).to.equal(version + 1);
    view.select({ regions: ['es-b', 'ES-B', 'ES-B', '<b>', 'PT'] });
    expect(view.selection.regions).to.deep.equal(['ES-B', 'PT']);
    view.clear();
    expect(sameSelection(view.selection, EMPTY_SELECTION)).to.equal(true);
    expect(view.filtering).to.equal(false);
  });

  it('tells its subscribers about each change', async () => {
    const view = await makeView();
    let calls = 0;
    const stop = view.subscribe(() => calls++);
    view.select({ q: 'banc' });
    view.select({ q: 'banc' });
    view.select({ phases: ['pilot'] });
    stop();
    view.select({ phases: [] });
    expect(calls).to.equal(2);
  });
});

describe('DiscoveryView: indexing', () => {
  it('searches what is indexed while it indexes, then everything, without counting that as a change of selection', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({
      id: `bulk-${i}`,
      title: i % 2 ? `Projecte senar ${i}` : `Projecte parell ${i}`,
      _digicanvis: { council: 'es-ine:08019', areas: ['services'], kind: 'service', phase: 'pilot' },
    }));
    const url = `https://feeds.example/discovery-bulk-${Date.now()}.json`;
    feedStore.prime(url, { ...RAW, items });
    const view = new DiscoveryView(url);
    view.select({ q: 'senar' });
    const version = view.version;
    let notified = 0;
    view.subscribe(() => notified++);
    releases.push(view.connect());
    expect(view.indexing, 'indexes in slices, not all at once').to.equal(true);
    expect(view.results.loaded).to.equal(3000);
    expect(view.results.indexed).to.be.below(3000);
    expect(view.projects.length).to.be.below(1500);
    await view.whenIndexed();
    expect(view.indexing).to.equal(false);
    expect(view.results.indexed).to.equal(3000);
    expect(view.projects.length).to.equal(1500);
    expect(view.projects.every((project) => project.title.startsWith('Projecte senar'))).to.equal(true);
    expect(notified, 'subscribers hear when the search covers more').to.be.greaterThan(0);
    expect(view.version, 'more of the feed is not a new selection').to.equal(version);
    // The counts follow the query over the whole feed.
    expect(view.results.counts.areas.get('services')).to.equal(1500);
  });
});

describe('DiscoveryView: sorting', () => {
  it('offers relevance only with a query', async () => {
    const view = await makeView();
    expect(view.sort).to.equal('feed');
    expect(view.sorts).to.deep.equal(['feed', 'newest', 'title', 'savings']);
    view.select({ sort: 'relevance' });
    expect(view.sort, 'relevance without a query is feed order').to.equal('feed');
    expect(ids(view.projects)).to.deep.equal(SPECS.map((spec) => spec.id));
    view.select({ q: 'digital' });
    expect(view.sort).to.equal('relevance');
    expect(view.sorts).to.deep.equal(['relevance', 'feed', 'newest', 'title', 'savings']);
    view.select({ q: '   ' });
    expect(view.sort).to.equal('feed');
    expect(view.sorts).to.not.include('relevance');
  });

  it('orders by relevance with a query: title matches before summary matches', async () => {
    const view = await makeView();
    view.select({ q: 'digital' });
    const shown = ids(view.projects);
    expect(shown.slice(0, 2)).to.have.members(['p3', 'p6']);
    expect(shown[2]).to.equal('p2');
    expect(shown).to.deep.equal([...view.results.search.docs].map((doc) => SPECS[doc]!.id));
  });

  it('orders by feed, newest, title and savings, with and without a query', async () => {
    const view = await makeView();
    view.setLanguage('ca', 'ca');
    view.setSort('newest');
    // Undated p5 last.
    expect(ids(view.projects)).to.deep.equal(['p2', 'p7', 'p4', 'p1', 'p3', 'p6', 'p5']);
    view.setSort('savings');
    // Per year: p5 2000, p2 100×12 = 1200, p1 1000, p3 500 once, p6 30 once; then feed order.
    expect(ids(view.projects)).to.deep.equal(['p5', 'p2', 'p1', 'p3', 'p6', 'p4', 'p7']);
    view.setSort('title');
    expect(ids(view.projects)).to.deep.equal(['p5', 'p6', 'p4', 'p1', 'p2', 'p3', 'p7']);
    view.setSort('feed');
    expect(ids(view.projects)).to.deep.equal(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);

    // With a query, each order applies to the projects found.
    view.select({ q: 'digital', sort: 'newest' });
    expect(ids(view.projects)).to.deep.equal(['p2', 'p3', 'p6']);
    view.setSort('feed');
    expect(ids(view.projects)).to.deep.equal(['p2', 'p3', 'p6']);
    view.setSort('title');
    expect(ids(view.projects)).to.deep.equal(['p6', 'p2', 'p3']);
    view.setSort('savings');
    expect(ids(view.projects)).to.deep.equal(['p2', 'p3', 'p6']);
  });

  it('sorts titles in the language the reader sees them in', async () => {
    const view = await makeView();
    view.setSort('title');
    view.setLanguage('en', 'en');
    // p1 reads "Appointments online" in English: first, where "Cita prèvia…" sorts fourth in Catalan.
    expect(ids(view.projects)).to.deep.equal(['p1', 'p5', 'p6', 'p4', 'p2', 'p3', 'p7']);
    view.setLanguage('ca', 'ca');
    expect(ids(view.projects).indexOf('p1')).to.equal(3);
  });
});

describe('DiscoveryView: summary and highlight', () => {
  it('adds up the matching projects by area and phase, with savings per year (monthly × 12) and one-off', async () => {
    const view = await makeView();
    const { summary } = view.results;
    expect(summary.total).to.equal(7);
    expect(Object.fromEntries(summary.byArea)).to.deep.equal({ 'citizen-care': 2, services: 2, social: 3, participation: 1, management: 1, transformation: 0 });
    expect(Object.fromEntries(summary.byPhase)).to.deep.equal({ prototype: 2, pilot: 2, implemented: 3 });
    expect(Object.fromEntries(summary.savingsPerYear)).to.deep.equal({ EUR: 1000 + 1200 + 2000 });
    expect(Object.fromEntries(summary.savingsOnce)).to.deep.equal({ EUR: 500, USD: 30 });
    expect(summary.withSavings).to.equal(5);

    view.select({ areas: ['social'] });
    const social = view.results.summary;
    expect(social.total).to.equal(3);
    expect(Object.fromEntries(social.byPhase)).to.deep.equal({ prototype: 1, pilot: 1, implemented: 1 });
    expect(Object.fromEntries(social.savingsPerYear)).to.deep.equal({ EUR: 1200 });
    expect(Object.fromEntries(social.savingsOnce)).to.deep.equal({ EUR: 500 });
    expect(social.withSavings).to.equal(2);

    view.select({ areas: ['transformation'] });
    const none = view.results.summary;
    expect(none.total).to.equal(0);
    expect(none.savingsPerYear.size + none.savingsOnce.size + none.withSavings).to.equal(0);
  });

  it('highlights the words the query matched, only with a query', async () => {
    const view = await makeView();
    expect(view.highlight('Teleassistència digital')).to.deep.equal([]);
    view.select({ q: 'digitl' });
    const text = 'Atenció digital a la ciutadania';
    expect(view.highlight(text).map(([start, end]) => text.slice(start, end))).to.deep.equal(['digital']);
  });
});

describe('url-state', () => {
  const full: Selection = {
    q: 'xatbot àgil & co',
    areas: ['citizen-care', 'social'],
    phases: ['pilot'],
    kinds: ['service', 'process'],
    regions: ['ES-B', 'PT'],
    sort: 'newest',
  };

  it('writes and reads back a selection under a prefix', () => {
    const href = withSelection('https://site.example/obs/?page=2', full, 'dc-');
    const url = new URL(href);
    expect(url.searchParams.get('dc-q')).to.equal('xatbot àgil & co');
    expect(url.searchParams.get('dc-area')).to.equal('citizen-care,social');
    expect(url.searchParams.get('dc-phase')).to.equal('pilot');
    expect(url.searchParams.get('dc-kind')).to.equal('service,process');
    expect(url.searchParams.get('dc-region')).to.equal('ES-B,PT');
    expect(url.searchParams.get('dc-sort')).to.equal('newest');
    expect(readSelection(url.search, 'dc-')).to.deep.equal(normalizeSelection(full));
  });

  it('leaves other parameters, the path and the fragment alone', () => {
    const href = withSelection('https://site.example/obs/?page=2&q=site-search&obs-q=other#dc-project-p1', full, 'dc-');
    const url = new URL(href);
    expect(url.pathname).to.equal('/obs/');
    expect(url.hash).to.equal('#dc-project-p1');
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.searchParams.get('q')).to.equal('site-search');
    expect(url.searchParams.get('obs-q')).to.equal('other');
  });

  it('keeps two prefixes apart', () => {
    const first = withSelection('https://site.example/', full, 'dc-');
    const second = withSelection(first, { ...EMPTY_SELECTION, q: 'banc', areas: ['management'] }, 'obs2-');
    const search = new URL(second).search;
    expect(readSelection(search, 'dc-')).to.deep.equal(normalizeSelection(full));
    expect(readSelection(search, 'obs2-')).to.deep.equal({ ...EMPTY_SELECTION, q: 'banc', areas: ['management'] });
    // Clearing one leaves the other.
    const cleared = withSelection(second, EMPTY_SELECTION, 'dc-');
    expect(new URL(cleared).searchParams.has('dc-q')).to.equal(false);
    expect(new URL(cleared).searchParams.has('dc-area')).to.equal(false);
    expect(readSelection(new URL(cleared).search, 'obs2-').q).to.equal('banc');
  });

  it('removes empty values and trims the query', () => {
    const href = withSelection('https://site.example/?dc-q=old&dc-area=social&dc-sort=title&keep=1', { ...EMPTY_SELECTION, q: '  banc  ' }, 'dc-');
    expect(new URL(href).search).to.equal('?dc-q=banc&keep=1');
    expect(withSelection('https://site.example/?keep=1', EMPTY_SELECTION, 'dc-')).to.equal('https://site.example/?keep=1');
  });

  it('drops junk values', () => {
    const selection = readSelection(
      '?dc-area=citizen-care,bogus,,social,social&dc-phase=finished&dc-kind=SERVICE&dc-region=ES-B,es-b,%3Cscript%3E,XYZW,PT&dc-sort=random&dc-q=%3Cimg%20src%3Dx%3E',
      'dc-',
    );
    expect(selection).to.deep.equal({
      q: '<img src=x>',
      areas: ['citizen-care', 'social'],
      phases: [],
      kinds: [],
      regions: ['ES-B', 'PT'],
    });
    expect(readSelection('', 'dc-')).to.deep.equal(EMPTY_SELECTION);
    expect(readSelection('?dc-q=' + 'x'.repeat(5000), 'dc-').q.length).to.equal(256);
    // Parameters under another prefix are not read.
    expect(readSelection('?q=a&area=social&obs-area=social', 'dc-')).to.deep.equal(EMPTY_SELECTION);
  });
});

describe('regions', () => {
  it('gives a Spanish council with an INE code its province', () => {
    const cases: [string, string][] = [
      ['es-ine:08019', 'ES-B'],
      ['es-ine:17079', 'ES-GI'],
      ['es-ine:25120', 'ES-L'],
      ['es-ine:43148', 'ES-T'],
      ['es-ine:28079', 'ES-M'],
      ['es-ine:46250', 'ES-V'],
      ['es-ine:01059', 'ES-VI'],
      ['es-ine:07040', 'ES-PM'],
      ['es-ine:20069', 'ES-SS'],
      ['es-ine:35016', 'ES-GC'],
      ['es-ine:38038', 'ES-TF'],
      ['es-ine:48020', 'ES-BI'],
      ['es-ine:52001', 'ES-ML'],
      ['ES-INE:08019', 'ES-B'],
    ];
    for (const [id, region] of cases) expect(regionOf(council(id, 'x')), id).to.equal(region);
  });

  it('gives other councils their country', () => {
    expect(regionOf(council('geonames:2735943', 'Porto', 'PT'))).to.equal('PT');
    expect(regionOf(council('insee:75056', 'Paris', 'FR'))).to.equal('FR');
    // Not a province code, or not five digits: the country.
    expect(regionOf(council('es-ine:99999', 'x'))).to.equal('ES');
    expect(regionOf(council('es-ine:00123', 'x'))).to.equal('ES');
    expect(regionOf(council('es-ine:0801', 'x'))).to.equal('ES');
    expect(regionOf(council('es-ine:080190', 'x'))).to.equal('ES');
    expect(regionOf(council('geonames:3128760', 'Barcelona'))).to.equal('ES');
    expect(regionOf(undefined)).to.equal('');
  });

  it('names provinces officially and countries in the reader’s language', () => {
    expect(regionName('ES-B', 'en')).to.equal('Barcelona');
    expect(regionName('ES-A', 'ca')).to.equal('Alacant/Alicante');
    expect(regionName('ES-PM', 'es')).to.equal('Illes Balears');
    expect(regionName('PT', 'en')).to.equal('Portugal');
    expect(regionName('FR', 'ca')).to.equal('França');
    expect(regionName('DE', 'es')).to.equal('Alemania');
    expect(() => regionName('not a code', 'en')).to.not.throw();
    expect(regionCountry('ES-GI')).to.equal('ES');
    expect(regionCountry('PT')).to.equal('PT');
  });
});

describe('DiscoveryView: review fixes', () => {
  it('sorts by title, newest and savings over the projects read, when the feed skipped an item', async () => {
    const raw = structuredClone(RAW) as typeof RAW;
    // The second item has no phase: the reader skips it, and positions no longer match item numbers.
    delete (raw.items[1]!._digicanvis as { phase?: string }).phase;
    const url = `https://feeds.example/skipped-${Date.now()}.json`;
    feedStore.prime(url, raw);
    const view = new DiscoveryView(url);
    releases.push(view.connect());
    const kept = SPECS.filter((spec) => spec.id !== 'p2');
    const collatorCa = new Intl.Collator('en');
    for (const [sort, expected] of [
      // Titles as the reader sees them: English ones where the project has them.
      ['title', [...kept].sort((a, b) => collatorCa.compare(a.en ?? a.title, b.en ?? b.title)).map((spec) => spec.id)],
      ['newest', [...kept].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map((spec) => spec.id)],
    ] as const) {
      view.select({ sort });
      expect(view.projects.map((project) => project.id), sort).to.deep.equal(expected);
    }
    view.select({ sort: 'savings' });
    expect(view.projects.map((project) => project.id)).to.have.members(kept.map((spec) => spec.id));
    expect(view.projects.map((project) => project.id).slice(0, 2)).to.deep.equal(['p5', 'p1']);
  });

  it('drops what is not a list from a selection given by script, without throwing', () => {
    const odd = { q: 'x', regions: 'ES-B', areas: 'social' } as unknown as Selection;
    expect(() => normalizeSelection(odd)).to.not.throw();
    expect(normalizeSelection(odd)).to.deep.include({ regions: [], areas: [] });
  });
});
