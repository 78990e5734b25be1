import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/area-filter/area-filter.js';
import '../../src/components/observatory/observatory.js';
import '../../src/components/project-list/project-list.js';
import type { DcAreaFilter } from '../../src/components/area-filter/area-filter.js';
import type { DcProjectCard } from '../../src/components/project-card/project-card.js';
import type { DcProjectList } from '../../src/components/project-list/project-list.js';
import type { Selection } from '../../src/discovery/types.js';
import { feedStore } from '../../src/feed/store.js';
import { container } from './mount.js';

/*
 * <dc-area-filter> with real lists, over a primed feed of seven projects (four places, one area with no project,
 * one title carrying markup), in the test page's real address bar and history.
 */

const council = (id: string, name: string, country = 'ES') => ({ id, name, kind: 'municipality', country, location: { lat: 41, lon: 2 } });

const XSS_TITLE = '<img src=x onerror=window.__dcXss=1>Zona de baixes emissions';

const RAW = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Area filter test feed',
  language: 'ca',
  items: [
    ['p1', 'Cita prèvia en línia', ['citizen-care'], 'implemented', 'service', 'es-ine:17079', { amount: 1000, currency: 'EUR', period: 'year' }],
    ['p2', 'Pressupostos participatius', ['participation', 'social'], 'pilot', 'process', 'es-ine:25120', { amount: 100, currency: 'EUR', period: 'month' }],
    ['p3', 'Teleassistència digital', ['social'], 'prototype', 'service', 'geonames:2735943'],
    ['p4', 'Banc del temps', ['social'], 'implemented', 'organization', 'es-ine:08019'],
    ['p5', 'Arxiu electrònic', ['management'], 'pilot', 'service', 'es-ine:08019'],
    ['p6', 'Atenció digital a la ciutadania', ['citizen-care', 'services'], 'implemented', 'process', 'es-ine:17079'],
    ['p7', XSS_TITLE, ['services'], 'prototype', 'service', 'es-ine:08019'],
  ].map(([id, title, areas, phase, kind, councilId, savings]) => ({
    id,
    title,
    ...(id === 'p2' ? { summary: 'Els veïns decideixen amb una plataforma digital.' } : {}),
    _digicanvis: { council: councilId, areas, phase, kind, ...(savings ? { savings } : {}) },
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

const FEED = new URL('/virtual/area-filter-test-feed.json', location.href).href;
const ALL = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
/** The projects "digital" finds: two titles and a summary. */
const DIGITAL = ['p2', 'p3', 'p6'];
const EMPTY: Selection = { q: '', areas: [], phases: [], kinds: [], regions: [] };

const ORIGINAL_URL = location.href;
/** The test page's address with these parameters added (the runner's own parameters kept). */
const urlWith = (params: Record<string, string>) => {
  const url = new URL(ORIGINAL_URL);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
};

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shadow = (element: Element) => element.shadowRoot!;
const q = (filter: DcAreaFilter) => shadow(filter).querySelector<HTMLInputElement>('#q')!;
const box = (filter: DcAreaFilter, id: string) => shadow(filter).querySelector<HTMLInputElement>(`#${id}`)!;
const statusOf = (filter: DcAreaFilter) => squash(shadow(filter).querySelector('[part~="status"]')?.textContent);
const chips = (filter: DcAreaFilter) => [...shadow(filter).querySelectorAll<HTMLButtonElement>('[part~="chip"]')];
const cards = (list: DcProjectList) => [...shadow(list).querySelectorAll<DcProjectCard>('dc-project-card')];
const cardIds = (list: DcProjectList) => cards(list).map((card) => card.project?.id);
const listStatus = (list: DcProjectList) => squash(shadow(list).querySelector('[part~="status"]')?.textContent);
const active = (filter: DcAreaFilter) => shadow(filter).activeElement;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Element[]): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
};

/** Waits until the filter shows its search field over a fully indexed feed, with its strings. */
async function ready(filter: DcAreaFilter) {
  await waitUntil(() => filter.shadowRoot?.querySelector('#q') && filter.view?.state.status === 'ready', 'the filter never rendered', {
    timeout: 5000,
  });
  await filter.view!.whenIndexed();
  await filter.updateComplete;
}

/** Waits until the list shows these projects (in any order), its cards rendered. */
async function shows(list: DcProjectList, ids: string[], message = 'the list') {
  const sorted = [...ids].sort();
  await waitUntil(() => JSON.stringify(cardIds(list).sort()) === JSON.stringify(sorted), `${message} never showed ${ids.join(',')}`, {
    timeout: 3000,
  }).catch((error: Error) => {
    throw new Error(`${error.message} (it shows ${cardIds(list).join(',')})`);
  });
  await list.updateComplete;
  await Promise.all(cards(list).map((card) => card.updateComplete));
}

/** A filter and a list with the same feed, side by side (outside any observatory). */
async function filterAndList(attributes: Record<string, string> = {}, lang = 'en') {
  const root = container(lang);
  const filter = el('dc-area-filter', { feed: FEED, ...attributes });
  const list = el('dc-project-list', { feed: FEED });
  root.append(el('button', {}), filter, list);
  root.querySelector('button')!.textContent = 'Before';
  await ready(filter);
  await shows(list, filter.view!.projects.map((project) => project.id));
  return { root, filter, list };
}

/** Types as a paste would: the whole value at once, then one `input` event. */
async function setQuery(filter: DcAreaFilter, value: string) {
  const input = q(filter);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await filter.updateComplete;
}

async function click(filter: DcAreaFilter, id: string) {
  box(filter, id).click();
  await filter.updateComplete;
}

/** Counts the filter's writes to the address. */
function spyHistory() {
  const calls = { push: 0, replace: 0 };
  const push = history.pushState;
  const replace = history.replaceState;
  history.pushState = function (...args: Parameters<History['pushState']>) {
    calls.push++;
    return push.apply(this, args);
  };
  history.replaceState = function (...args: Parameters<History['replaceState']>) {
    calls.replace++;
    return replace.apply(this, args);
  };
  return { calls, restore: () => Object.assign(history, { pushState: push, replaceState: replace }) };
}

/** The `change` events a filter fires. */
function changes(filter: DcAreaFilter) {
  const events: Selection[] = [];
  filter.addEventListener('change', (event) => events.push((event as CustomEvent<Selection>).detail));
  return events;
}

const nextPopState = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<dc-area-filter>', () => {
  before(() => feedStore.prime(FEED, RAW));

  afterEach(() => {
    history.replaceState(null, '', ORIGINAL_URL);
    delete (window as { __dcXss?: unknown }).__dcXss;
  });

  describe('facets', () => {
    it('renders the facets with live counts, and marks the options with no project', async () => {
      const { filter } = await filterAndList();
      const legends = [...shadow(filter).querySelectorAll('fieldset[part~="facet"] legend')].map((legend) => squash(legend.textContent));
      expect(legends).to.deep.equal(['Area', 'Phase', 'What changed', 'Place']);
      const count = (id: string) => squash(shadow(filter).querySelector(`label[for="${id}"] .count`)?.textContent);
      expect(count('areas-social')).to.equal('(3)');
      expect(count('areas-citizen-care')).to.equal('(2)');
      expect(count('phases-implemented')).to.equal('(3)');
      expect(count('kinds-service')).to.equal('(4)');
      expect(count('regions-ES-B')).to.equal('(3)');
      expect(squash(shadow(filter).querySelector('label[for="regions-ES-GI"] .name')?.textContent)).to.equal('Girona');
      expect(squash(shadow(filter).querySelector('label[for="regions-PT"] .name')?.textContent)).to.equal('Portugal');

      // No project is in "transformation": its option says so, to sight and to screen readers.
      const zero = box(filter, 'areas-transformation').closest('li')!;
      expect(zero.classList.contains('empty')).to.equal(true);
      expect(squash(zero.querySelector('.visually-hidden')?.textContent)).to.equal(', no matches');
      expect(box(filter, 'areas-social').closest('li')!.classList.contains('empty')).to.equal(false);
      expect(box(filter, 'areas-social').closest('li')!.querySelector('.visually-hidden')).to.equal(null);

      // Ticking an area narrows the other facets, not the areas.
      await click(filter, 'areas-social');
      expect(count('areas-citizen-care')).to.equal('(2)');
      expect(count('phases-implemented')).to.equal('(1)');
      expect(count('regions-ES-GI')).to.equal('(0, no matches)');
      expect(box(filter, 'regions-ES-GI').closest('li')!.classList.contains('empty')).to.equal(true);
      expect(count('kinds-organization')).to.equal('(1)');
    });

    it('names countries in the page’s language, or where the browser has no names in it (eu, gl, oc) in the one standing in for it', async () => {
      const abroad = new URL('/virtual/area-filter-abroad-feed.json', location.href).href;
      feedStore.prime(abroad, {
        ...RAW,
        items: RAW.items.slice(0, 2).map((item, index) => ({ ...item, _digicanvis: { ...item._digicanvis, council: `geonames:${index}` } })),
        _digicanvis: { version: 1, councils: [council('geonames:0', 'Berlin', 'DE'), council('geonames:1', 'Lyon', 'FR')] },
      });
      const places = async (lang: string) => {
        const filter = el('dc-area-filter', { feed: abroad, 'no-url': '' });
        container(lang).append(filter);
        await ready(filter);
        const facet = box(filter, 'regions-DE').closest('fieldset')!;
        return [facet.querySelector('legend'), ...facet.querySelectorAll('.name')].map((node) => squash(node?.textContent));
      };
      // Chromium has no country names in Basque, Galician or Occitan: Spanish names stand in for the first two, Catalan
      // ones for Aranese, as they do for numbers and dates.
      expect(await places('eu')).to.deep.equal(['Lekua', 'Alemania', 'Francia']);
      expect(await places('gl')).to.deep.equal(['Lugar', 'Alemania', 'Francia']);
      expect(await places('oc')).to.deep.equal(['Lòc', 'Alemanya', 'França']);
      expect(await places('en')).to.deep.equal(['Place', 'Germany', 'France']);
    });

    it('shows the summary of the matching projects', async () => {
      const { filter } = await filterAndList();
      const summary = shadow(filter).querySelector('[part~="summary"]')!;
      expect(summary).to.not.equal(null);
      expect(summary.querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('2');
      // 1,000 a year and 100 a month: 2,200 a year.
      expect(squash(summary.querySelector('.savings-total')?.textContent)).to.contain('2,200');
      await click(filter, 'areas-management');
      expect(squash(summary.querySelector('.savings-note')?.textContent)).to.equal('None of them reports savings.');
    });
  });

  describe('driving lists', () => {
    it('filters a list with the same feed, and leaves a list of another feed alone (outside any observatory)', async () => {
      const { root, filter, list } = await filterAndList();
      const other = el('dc-project-list', { feed: '/test/fixtures/cards-basic.json' });
      root.append(other);
      await waitUntil(() => cards(other).length === 3, 'the other list never showed its feed', { timeout: 5000 });
      await setQuery(filter, 'digital');
      await shows(list, DIGITAL);
      // Relevance: the titles first, the summary last.
      expect(cardIds(list).at(-1)).to.equal('p2');
      await click(filter, 'areas-social');
      await shows(list, ['p2', 'p3']);
      expect(cards(other)).to.have.length(3);
      // Driven by the filter, the list's status is no longer a live region (the filter's is).
      expect(shadow(list).querySelector('[part~="status"]')!.hasAttribute('role')).to.equal(false);
    });

    it('filters a list inside the same <dc-observatory>, not one outside it', async () => {
      const root = container('en');
      const filter = el('dc-area-filter');
      const main = el('main');
      const outside = el('dc-project-list', { feed: FEED });
      root.append(el('dc-observatory', { feed: FEED }, el('header', {}, filter), main), outside);
      await ready(filter);
      // The list comes once the observatory has its feed (the next test: lists that come with it).
      const inside = el('dc-project-list');
      main.append(inside);
      await shows(inside, ALL, 'the list inside');
      await shows(outside, ALL, 'the list outside');
      await setQuery(filter, 'digital');
      await shows(inside, DIGITAL, 'the list inside');
      await sleep(100);
      expect(cardIds(outside)).to.deep.equal(ALL);
    });

    // A list without `feed` inside an observatory inserted with it (the usual markup), once the UI strings are loaded
    // (a second observatory, a list rendered later by a framework): it takes the observatory's feed after it has
    // connected, and must still ask for the filter's view then.
    it('filters a list inside the same <dc-observatory> when both come in one piece of markup', async () => {
      // Strings loaded already, as on a page that shows a second observatory.
      const warm = await filterAndList();
      warm.root.remove();
      const root = container('en');
      const filter = el('dc-area-filter');
      const inside = el('dc-project-list');
      root.append(el('dc-observatory', { feed: FEED }, el('header', {}, filter), el('main', {}, inside)));
      await ready(filter);
      await shows(inside, ALL, 'the list inside');
      await setQuery(filter, 'digital');
      await shows(inside, DIGITAL, 'the list inside');
    });

    it('filters a list inside a <dc-observatory> whose feed a framework set as a property, not an attribute (React 19)', async () => {
      const root = container('en');
      const observatory = document.createElement('dc-observatory');
      observatory.feed = FEED;
      const filter = el('dc-area-filter');
      const inside = el('dc-project-list');
      observatory.append(filter, inside);
      root.append(observatory);
      expect(observatory.hasAttribute('feed')).to.equal(false);
      await ready(filter);
      await shows(inside, ALL, 'the list inside');
      await setQuery(filter, 'digital');
      await shows(inside, DIGITAL, 'the list inside');
    });

    it('filters the one list named by `for`, and no other', async () => {
      const root = container('en');
      const filter = el('dc-area-filter', { for: 'target-list' });
      const target = el('dc-project-list', { id: 'target-list', feed: FEED });
      const bystander = el('dc-project-list', { feed: FEED });
      root.append(filter, bystander, target);
      await ready(filter);
      await shows(target, ALL);
      await setQuery(filter, 'digital');
      await shows(target, DIGITAL);
      await sleep(100);
      expect(cardIds(bystander)).to.deep.equal(ALL);
    });

    // BUG (src/components/area-filter/area-filter.ts): the filter looks up the element named by `for` only when it
    // connects and when `for` changes. A list added to the page after the filter (the filter in a header, the results
    // rendered later by the page's framework) is never driven, and the filter itself shows nothing (it has no feed,
    // so no view). Fix: look the target up again when a list asks (the `dc-view-request` handler already sees every
    // list), e.g. let `serves()` match by id even before the view exists and connect the view then.
    it('finds the list named by `for` when the list comes after the filter', async () => {
      const root = container('en');
      const filter = el('dc-area-filter', { for: 'late-list' });
      root.append(filter);
      await filter.updateComplete;
      await sleep(50);
      const target = el('dc-project-list', { id: 'late-list', feed: FEED });
      root.append(target);
      await ready(filter);
      await setQuery(filter, 'digital');
      await shows(target, DIGITAL);
    });

    it('keeps two observatories with the same feed and different prefixes apart', async () => {
      const root = container('en');
      const filterA = el('dc-area-filter', { 'url-prefix': 'a-' });
      const filterB = el('dc-area-filter', { 'url-prefix': 'b-' });
      const observatoryA = el('dc-observatory', { feed: FEED }, filterA);
      const observatoryB = el('dc-observatory', { feed: FEED }, filterB);
      root.append(observatoryA, observatoryB);
      await ready(filterA);
      await ready(filterB);
      // Lists added once the observatories have their feed (see the skipped BUG test above).
      const listA = el('dc-project-list');
      const listB = el('dc-project-list');
      observatoryA.append(listA);
      observatoryB.append(listB);
      await shows(listA, ALL);
      await shows(listB, ALL);

      await setQuery(filterA, 'digital');
      await shows(listA, DIGITAL);
      await click(filterB, 'areas-management');
      await shows(listB, ['p5']);
      await sleep(100);
      expect(cardIds(listA).sort()).to.deep.equal(DIGITAL);
      expect(filterA.value.areas).to.deep.equal([]);
      expect(filterB.value.q).to.equal('');

      const params = new URL(location.href).searchParams;
      expect(params.get('a-q')).to.equal('digital');
      expect(params.get('b-area')).to.equal('management');
      expect(params.has('a-area') || params.has('b-q') || params.has('dc-q') || params.has('dc-area')).to.equal(false);
    });
  });

  describe('highlights and hostile text', () => {
    it('marks the matching words in the cards’ titles, summaries and council names', async () => {
      const { filter, list } = await filterAndList();
      await setQuery(filter, 'digitl');
      await shows(list, DIGITAL);
      const marks = (card: DcProjectCard, part: string) =>
        [...shadow(card).querySelectorAll(`[part~="${part}"] mark[part~="mark"]`)].map((mark) => mark.textContent);
      const byId = (id: string) => cards(list).find((card) => card.project?.id === id)!;
      expect(marks(byId('p3'), 'title')).to.deep.equal(['digital']);
      expect(marks(byId('p6'), 'title')).to.deep.equal(['digital']);
      expect([...shadow(byId('p2')).querySelectorAll('.summary mark')].map((mark) => mark.textContent)).to.deep.equal(['digital']);

      await setQuery(filter, 'girona');
      await shows(list, ['p1', 'p6']);
      expect(marks(byId('p1'), 'meta')).to.deep.equal(['Girona']);
      expect(marks(byId('p1'), 'title')).to.deep.equal([]);

      await setQuery(filter, '');
      await shows(list, ALL);
      expect(shadow(list).querySelectorAll('dc-project-card').length).to.equal(7);
      expect(cards(list).some((card) => shadow(card).querySelector('mark'))).to.equal(false);
    });

    it('renders a query with markup as text: no element is created', async () => {
      const { filter, list } = await filterAndList();
      const query = '<img src=x onerror=window.__dcXss=1>';
      await setQuery(filter, query);
      // The project whose title carries that text is found; its title shows the text, marked, never an image.
      await shows(list, ['p7']);
      await filter.updateComplete;
      await sleep(50);
      expect(squash(chips(filter)[0]?.textContent)).to.contain(`“${query}”`);
      const title = shadow(cards(list)[0]!).querySelector('[part~="title"]')!;
      expect(squash(title.textContent)).to.equal(XSS_TITLE);
      expect(title.querySelectorAll('mark').length).to.be.greaterThan(0);
      // Marked by more than a colour (WCAG 1.4.1): a bar under the match.
      expect(getComputedStyle(title.querySelector('mark')!).boxShadow).to.match(/inset/);
      const images = [filter, list, ...cards(list)].flatMap((element) => [...shadow(element).querySelectorAll('img')]);
      expect(images).to.have.length(0);
      expect((window as { __dcXss?: unknown }).__dcXss).to.equal(undefined);
      expect(q(filter).value).to.equal(query);
    });

    it('takes a 10,000-character query and emoji without errors, and the list follows', async () => {
      const { filter, list } = await filterAndList();
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        await setQuery(filter, 'x'.repeat(10_000));
        await waitUntil(() => cards(list).length === 0 && listStatus(list) === 'No project matches this search.', 'the list never emptied', {
          timeout: 3000,
        });
        expect(filter.value.q.length).to.be.at.most(256);
        await waitUntil(() => statusOf(filter) === 'No project matches. Try other words or fewer filters.', 'no status', { timeout: 3000 });

        await setQuery(filter, '🤖 digital 🎉');
        await shows(list, DIGITAL);
        await setQuery(filter, '🤖🤖🤖');
        await shows(list, ALL);
        await setQuery(filter, 'مساعد');
        await waitUntil(() => cards(list).length === 0, 'right-to-left nonsense matched something', { timeout: 3000 });
        await setQuery(filter, '.*+?^${}()|[]\\');
        await shows(list, ALL);
        await sleep(100);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors).to.deep.equal([]);
    });
  });

  describe('the address', () => {
    it('restores the view from `?dc-q=…&dc-area=…` on connect', async () => {
      history.replaceState(null, '', urlWith({ 'dc-q': 'digital', 'dc-area': 'social' }));
      const { filter, list } = await filterAndList();
      expect(q(filter).value).to.equal('digital');
      expect(box(filter, 'areas-social').checked).to.equal(true);
      expect(filter.value).to.deep.equal({ ...EMPTY, q: 'digital', areas: ['social'] });
      await shows(list, ['p2', 'p3']);
      expect(chips(filter)).to.have.length(2);
    });

    it('pushes a history entry for each choice, and one for a burst of typing', async () => {
      const { filter } = await filterAndList();
      const spy = spyHistory();
      try {
        await click(filter, 'areas-social');
        expect(spy.calls.push).to.equal(1);
        expect(new URL(location.href).searchParams.get('dc-area')).to.equal('social');
        for (const value of ['d', 'di', 'dig', 'digi']) await setQuery(filter, value);
        expect(spy.calls.push, 'the first keystroke adds an entry').to.equal(2);
        expect(spy.calls.replace, 'the next ones replace it').to.equal(3);
        expect(new URL(location.href).searchParams.get('dc-q')).to.equal('digi');
        await click(filter, 'phases-pilot');
        expect(spy.calls.push).to.equal(3);
        // The runner's own parameters stay.
        for (const [name, value] of new URL(ORIGINAL_URL).searchParams) expect(new URL(location.href).searchParams.get(name)).to.equal(value);
      } finally {
        spy.restore();
      }
    });

    it('goes back to the previous selection with Back, and fires `change`', async () => {
      const { filter, list } = await filterAndList();
      const events = changes(filter);
      await click(filter, 'areas-social');
      await click(filter, 'phases-pilot');
      await shows(list, ['p2']);
      expect(events).to.have.length(2);

      const popped = nextPopState();
      history.back();
      await popped;
      await filter.updateComplete;
      expect(events).to.have.length(3);
      expect(events[2]).to.deep.equal({ ...EMPTY, areas: ['social'] });
      expect(box(filter, 'phases-pilot').checked).to.equal(false);
      expect(box(filter, 'areas-social').checked).to.equal(true);
      await shows(list, ['p2', 'p3', 'p4']);

      const forward = nextPopState();
      history.forward();
      await forward;
      await filter.updateComplete;
      expect(events.at(-1)).to.deep.equal({ ...EMPTY, areas: ['social'], phases: ['pilot'] });
      await shows(list, ['p2']);
    });

    it('uses its `url-prefix`', async () => {
      history.replaceState(null, '', urlWith({ 'obs-q': 'temps', 'dc-q': 'digital' }));
      const { filter, list } = await filterAndList({ 'url-prefix': 'obs-' });
      expect(filter.value.q).to.equal('temps');
      await shows(list, ['p4']);
      await setQuery(filter, '');
      await click(filter, 'kinds-process');
      const params = new URL(location.href).searchParams;
      expect(params.get('obs-kind')).to.equal('process');
      expect(params.has('obs-q')).to.equal(false);
      expect(params.get('dc-q'), 'another prefix is left alone').to.equal('digital');
      expect(params.has('dc-kind')).to.equal(false);
    });

    it('leaves the address alone with `no-url`', async () => {
      history.replaceState(null, '', urlWith({ 'dc-q': 'digital' }));
      const before = location.href;
      const spy = spyHistory();
      try {
        const { filter, list } = await filterAndList({ 'no-url': '' });
        expect(filter.value.q, 'not read from the address').to.equal('');
        await click(filter, 'areas-social');
        await setQuery(filter, 'banc');
        await shows(list, ['p4']);
        expect(location.href).to.equal(before);
        expect(spy.calls).to.deep.equal({ push: 0, replace: 0 });
        // Nor does it follow Back and Forward.
        const events = changes(filter);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await filter.updateComplete;
        expect(events).to.have.length(0);
        expect(filter.value.q).to.equal('banc');
      } finally {
        spy.restore();
      }
    });
  });

  describe('value and change', () => {
    it('is driven by `.value` without firing `change`', async () => {
      const { filter, list } = await filterAndList();
      const events = changes(filter);
      filter.value = { q: 'digital', areas: ['social'], phases: ['nope' as never] };
      await filter.updateComplete;
      expect(filter.value).to.deep.equal({ ...EMPTY, q: 'digital', areas: ['social'] });
      expect(q(filter).value).to.equal('digital');
      expect(box(filter, 'areas-social').checked).to.equal(true);
      await shows(list, ['p2', 'p3']);
      filter.value = {};
      await filter.updateComplete;
      await shows(list, ALL);
      await sleep(50);
      expect(events).to.have.length(0);
      // The value is a copy: changing it changes nothing.
      const copy = filter.value;
      copy.areas.push('social');
      expect(filter.value.areas).to.deep.equal([]);
    });

    it('takes a `.value` set before it is connected', async () => {
      const root = container('en');
      const filter = el('dc-area-filter', { feed: FEED });
      filter.value = { areas: ['management'] };
      expect(filter.value.areas).to.deep.equal(['management']);
      const list = el('dc-project-list', { feed: FEED });
      root.append(filter, list);
      await ready(filter);
      await shows(list, ['p5']);
    });

    it('fires `change` with the selection when the reader changes it', async () => {
      const { filter } = await filterAndList();
      const events = changes(filter);
      await click(filter, 'areas-social');
      expect(events).to.deep.equal([{ ...EMPTY, areas: ['social'] }]);
      await setQuery(filter, 'banc');
      expect(events.at(-1)).to.deep.equal({ ...EMPTY, q: 'banc', areas: ['social'] });
      await click(filter, 'areas-social');
      expect(events.at(-1)).to.deep.equal({ ...EMPTY, q: 'banc' });
      expect(events).to.have.length(3);
    });
  });

  describe('status', () => {
    it('announces the count once the reader pauses, not at each keystroke', async () => {
      const { filter } = await filterAndList();
      await waitUntil(() => statusOf(filter) === '7 projects', 'no initial count', { timeout: 3000 });
      const status = shadow(filter).querySelector('[part~="status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      const texts: string[] = [];
      const observer = new MutationObserver(() => {
        const text = squash(status.textContent);
        if (text !== texts.at(-1)) texts.push(text);
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      q(filter).focus();
      await sendKeys({ type: 'digital' });
      expect(q(filter).value).to.equal('digital');
      await sleep(1500);
      observer.disconnect();
      expect(texts).to.deep.equal(['3 projects match']);
    });

    it('speaks the page’s language, and says when nothing matches', async () => {
      const { filter } = await filterAndList({}, 'ca');
      expect(squash(shadow(filter).querySelector('label[for="q"]')?.textContent)).to.equal('Cerca projectes');
      await setQuery(filter, 'digital');
      await waitUntil(() => statusOf(filter) === '3 projectes coincideixen', 'no count', { timeout: 3000 });
      await setQuery(filter, 'qzxwvy');
      await waitUntil(() => statusOf(filter) === 'Cap projecte no coincideix. Proveu altres paraules o menys filtres.', 'no status', {
        timeout: 3000,
      });
      await setQuery(filter, '');
      await waitUntil(() => statusOf(filter) === '7 projectes', 'no total', { timeout: 3000 });
    });

    // BUG (src/components/area-filter/area-filter.ts): the status line stays empty when the filter's UI strings arrive
    // after the view's last change (a feed already in the store or primed inline, indexed at once: the first filter of
    // a page in a language not loaded yet). #statusText() returns '' while the strings are missing, and nothing
    // schedules the announcement again when they arrive, so the count ("7 proyectos") only appears after the reader
    // changes something. Fix: schedule the announcement when the locale becomes ready (e.g. in willUpdate/updated when
    // `announced` is empty and the strings are there), not only on view changes.
    it('shows the count once its strings arrive, with nothing typed', async () => {
      const { filter } = await filterAndList({}, 'es');
      await waitUntil(() => statusOf(filter) === '7 proyectos', 'the status stayed empty', { timeout: 3000 });
    });
  });

  describe('keyboard', () => {
    it('works from the keyboard alone: search, facets, chips and Clear all', async () => {
      const { root, filter, list } = await filterAndList();
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(active(filter)).to.equal(q(filter));
      await sendKeys({ type: 'digital' });
      await filter.updateComplete;
      await shows(list, DIGITAL);

      // Past the query's chip and Clear all, to the first checkbox.
      await sendKeys({ press: 'Tab' });
      expect(active(filter)?.getAttribute('part')).to.equal('chip');
      await sendKeys({ press: 'Tab' });
      expect(active(filter)?.getAttribute('part')).to.equal('clear');
      await sendKeys({ press: 'Tab' });
      expect(active(filter)?.id).to.equal('areas-citizen-care');
      await sendKeys({ press: 'Space' });
      await filter.updateComplete;
      expect(box(filter, 'areas-citizen-care').checked).to.equal(true);
      await shows(list, ['p6']);
      await sendKeys({ press: 'Tab' });
      expect(active(filter)?.id).to.equal('areas-services');
      await sendKeys({ press: 'Space' });
      await filter.updateComplete;
      expect(chips(filter)).to.have.length(3);

      // Enter on the second chip removes it; focus goes to the chip now in its place.
      chips(filter)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await filter.updateComplete;
      await waitUntil(() => chips(filter).length === 2);
      expect(filter.value.areas).to.deep.equal(['services']);
      await waitUntil(() => active(filter) === chips(filter)[1], 'focus did not stay in the chips');
      // The last chip: focus goes to the one before.
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(filter).length === 1);
      await waitUntil(() => active(filter) === chips(filter)[0], 'focus did not go to the previous chip');
      // The last one left: focus goes back to the search field.
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => chips(filter).length === 0);
      await waitUntil(() => active(filter) === q(filter), 'focus did not go back to the search');
      expect(filter.value).to.deep.equal(EMPTY);

      // Clear all returns focus to the search field.
      await sendKeys({ type: 'banc' });
      await click(filter, 'phases-implemented');
      shadow(filter).querySelector<HTMLButtonElement>('[part~="clear"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await filter.updateComplete;
      expect(filter.value).to.deep.equal(EMPTY);
      expect(active(filter)).to.equal(q(filter));
      await shows(list, ALL);
    });
  });

  describe('narrow', () => {
    /*
     * Folding the facets changes the filter's height inside its own ResizeObserver callback, and Chromium then reports
     * "ResizeObserver loop completed with undelivered notifications" as an uncaught error on the window (see the skipped
     * BUG test below). These tests look at the rest of the narrow behaviour, so they set that one error aside.
     */
    const RESIZE_LOOP = /ResizeObserver loop/;
    const resizeLoopErrors: string[] = [];
    let mochaOnError: OnErrorEventHandler = null;
    before(() => {
      // Mocha listens through `window.onerror`, which Chromium calls before any listener: wrap it.
      mochaOnError = window.onerror;
      window.onerror = function (message, ...rest) {
        if (RESIZE_LOOP.test(String(message))) {
          resizeLoopErrors.push(String(message));
          return true;
        }
        return mochaOnError?.call(this, message, ...rest);
      };
    });
    after(() => (window.onerror = mochaOnError));

    /*
     * The filter folds when a ResizeObserver tells it it is narrow, and ResizeObserver only reports in a rendered frame.
     * When the runner runs several test files at once this page may be a background tab, which gets no frames: then the
     * fold is set as the observer would set it, and what is tested is how the folded filter renders and behaves.
     */
    const hidden = () => document.visibilityState === 'hidden';

    async function narrowFilter(lang = 'en') {
      const root = container(lang);
      root.style.inlineSize = '320px';
      const filter = el('dc-area-filter', { feed: FEED });
      root.append(filter);
      await ready(filter);
      const toggle = () => shadow(filter).querySelector('[part~="toggle"]');
      const folded = await waitUntil(toggle, 'the facets never folded', { timeout: hidden() ? 300 : 3000 }).then(
        () => true,
        (error: Error) => {
          if (!hidden()) throw error;
          return false;
        },
      );
      if (!folded) {
        (filter as unknown as { narrow: boolean }).narrow = true;
        await filter.updateComplete;
        expect(toggle(), 'folded').to.not.equal(null);
      }
      await filter.updateComplete;
      return { root, filter };
    }

    const noOverflow = (root: HTMLElement, filter: DcAreaFilter) => {
      const base = shadow(filter).querySelector<HTMLElement>('[part~="base"]')!;
      expect(root.scrollWidth, 'the page box').to.be.at.most(root.clientWidth);
      expect(base.scrollWidth, 'the filter').to.be.at.most(base.clientWidth);
      for (const element of shadow(filter).querySelectorAll<HTMLElement>('[part]')) {
        const box = element.getBoundingClientRect();
        if (!box.width) continue;
        expect(box.right, `${element.getAttribute('part')} ends inside`).to.be.at.most(root.getBoundingClientRect().right + 0.5);
      }
    };

    it('folds the facets behind a Filters button in a 320 px column, without horizontal scrolling', async () => {
      const { root, filter } = await narrowFilter();
      const toggle = shadow(filter).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      const facets = shadow(filter).querySelector<HTMLElement>('[part~="facets"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(facets.id);
      expect(facets.hidden).to.equal(true);
      expect(getComputedStyle(facets).display).to.equal('none');
      noOverflow(root, filter);

      toggle.click();
      await filter.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(facets.hidden).to.equal(false);
      expect(facets.getBoundingClientRect().height).to.be.greaterThan(0);
      noOverflow(root, filter);

      // With a long query and every area chosen: chips wrap, nothing sticks out.
      await setQuery(filter, 'assistent virtual per a la ciutadania amb intel·ligència artificial generativa');
      filter.value = { ...filter.value, areas: ['citizen-care', 'services', 'social', 'participation', 'management', 'transformation'] };
      await filter.updateComplete;
      expect(squash(toggle.textContent)).to.equal('Filters (6 active)');
      noOverflow(root, filter);

      toggle.click();
      await filter.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(facets.hidden).to.equal(true);
    });

    it('unfolds when the column grows', async function () {
      // Needs the ResizeObserver, which a background tab never runs (see above).
      if (hidden()) this.skip();
      const { root, filter } = await narrowFilter();
      root.style.inlineSize = '900px';
      await waitUntil(() => !shadow(filter).querySelector('[part~="toggle"]'), 'the facets stayed folded', { timeout: 3000 });
      expect(shadow(filter).querySelector<HTMLElement>('[part~="facets"]')!.hidden).to.equal(false);
    });

    it('is accessible (axe), folded and unfolded', async () => {
      const { filter } = await narrowFilter('ca');
      await expect(filter).to.be.accessible();
      shadow(filter).querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await filter.updateComplete;
      await expect(filter).to.be.accessible();
    });

    // BUG (src/components/area-filter/area-filter.ts): when the filter folds or unfolds its facets (narrower or wider
    // than 600 px), the window gets an uncaught "ResizeObserver loop completed with undelivered notifications" error.
    // The ResizeObserver callback sets `narrow`; Lit re-renders in a microtask, still inside the observer's delivery,
    // and the new layout changes the size of the very element observed. Error monitors (Sentry, test runners) report
    // it on every page with a narrow filter. Fix: apply the new `narrow` after the observer's delivery (e.g. in a
    // requestAnimationFrame), or observe an element whose size does not depend on the fold.
    it('folds and unfolds without an uncaught ResizeObserver error', async () => {
      const before = resizeLoopErrors.length;
      const { root, filter } = await narrowFilter();
      root.style.inlineSize = '900px';
      await waitUntil(() => !shadow(filter).querySelector('[part~="toggle"]'), 'the facets stayed folded', { timeout: 3000 });
      await sleep(100);
      expect(resizeLoopErrors.length - before).to.equal(0);
    });
  });

  describe('accessibility (axe)', () => {
    it('initial, with a selection, and with no results', async () => {
      const { filter, list } = await filterAndList();
      await waitUntil(() => statusOf(filter) !== '', 'no status', { timeout: 3000 });
      await expect(filter).to.be.accessible();

      await setQuery(filter, 'digital');
      await click(filter, 'areas-social');
      await shows(list, ['p2', 'p3']);
      await expect(filter).to.be.accessible();
      await expect(list).to.be.accessible();

      await setQuery(filter, 'qzxwvy');
      await waitUntil(() => cards(list).length === 0, 'the list never emptied', { timeout: 3000 });
      await waitUntil(() => statusOf(filter).startsWith('No project'), 'no status', { timeout: 3000 });
      await expect(filter).to.be.accessible();
      await expect(list).to.be.accessible();
    });
  });

  describe('review fixes', () => {
    it("writes a list's own changes (its sort, its Clear button) into the address and fires change", async () => {
      const { filter, list } = await filterAndList();
      const events = changes(filter);
      const select = shadow(list).querySelector<HTMLSelectElement>('#sort')!;
      select.value = 'title';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await list.updateComplete;
      expect(new URL(location.href).searchParams.get('dc-sort')).to.equal('title');
      expect(events.at(-1)?.sort).to.equal('title');

      await setQuery(filter, 'qzxwvy');
      await waitUntil(() => shadow(list).querySelector('[part~="message"] button'), 'no Clear button', { timeout: 3000 });
      shadow(list).querySelector<HTMLButtonElement>('[part~="message"] button')!.click();
      await list.updateComplete;
      expect(new URL(location.href).searchParams.get('dc-q')).to.equal(null);
      expect(events.at(-1)?.q).to.equal('');
      // The button went away with the empty result: focus is on the list's status line, not lost.
      expect(shadow(list).activeElement?.getAttribute('part')).to.equal('status');
    });

    it('replaces the whole selection when value is set (the order too)', async () => {
      const { filter } = await filterAndList();
      filter.value = { q: 'digital', areas: [], phases: [], kinds: [], regions: [], sort: 'title' };
      filter.value = { q: 'digital', areas: ['social'], phases: [], kinds: [], regions: [] };
      expect(filter.value.sort).to.equal(undefined);
      expect(filter.value.areas).to.deep.equal(['social']);
    });

    it('keeps its view (and index) when moved in the page', async () => {
      const { root, filter } = await filterAndList();
      const view = filter.view;
      root.prepend(filter);
      await sleep(0);
      expect(filter.view).to.equal(view);
      expect(filter.view!.state.status).to.equal('ready');
    });

    // Fixture files (real councils) rather than primed feeds: the filter reads them as a page's would, over the network.
    it('follows its <dc-observatory> to a new feed: the facets, the counts and the list are the new feed’s, said once', async () => {
      const many = new URL('/test/fixtures/cards-many.json', location.href).href;
      // Slow to come: the facets go while it loads.
      const basic = new URL(`/faults/slow?ms=500&file=cards-basic.json&observatory=${Date.now()}`, location.href).href;
      const root = container('en');
      const filter = el('dc-area-filter', { 'no-url': '' });
      const list = el('dc-project-list');
      const observatory = el('dc-observatory', { feed: many }, filter, list);
      root.append(observatory);
      await ready(filter);
      await waitUntil(() => cards(list).length > 0 && statusOf(filter) !== '', 'the first feed never showed', { timeout: 5000 });
      const phaseCounts = () =>
        [...shadow(filter).querySelectorAll('#options-phases .count')].reduce((sum, count) => sum + Number(count.textContent!.replace(/\D/g, '')), 0);
      expect(phaseCounts()).to.be.above(3);
      // The reader is on a facet: it goes while the new feed loads.
      const checkbox = shadow(filter).querySelector<HTMLInputElement>('#facets input')!;
      checkbox.focus();
      expect(active(filter)?.id, 'focus before the change').to.equal(checkbox.id);
      const said: string[] = [];
      const region = shadow(filter).querySelector('[part~="status"]')!;
      const watch = new MutationObserver(() => said.push(squash(region.textContent)));
      watch.observe(region, { childList: true, characterData: true, subtree: true });

      observatory.setAttribute('feed', basic);
      await waitUntil(() => filter.view?.url === basic, 'the filter kept the old feed', { timeout: 3000 });
      await waitUntil(() => !shadow(filter).querySelector('#facets'), 'the facets of the old feed stayed', { timeout: 3000 });
      // Focus moved to the search field, not to the page's body.
      expect(active(filter)?.id, 'focus while the new feed loads').to.equal('q');
      await ready(filter);
      const expected = ((await (await fetch(basic)).json()) as { items: { id: string }[] }).items.map((item) => item.id);
      await shows(list, filter.view!.projects.map((project) => project.id));
      expect(cardIds(list).every((id) => expected.includes(id!))).to.equal(true);
      await waitUntil(() => statusOf(filter) === `${cards(list).length} projects`, `the filter says ${statusOf(filter)}`, { timeout: 3000 });
      expect(phaseCounts()).to.equal(cards(list).length);
      await sleep(800);
      watch.disconnect();
      expect(said.filter((text) => text === `${cards(list).length} projects`)).to.have.length(1);
      expect(active(filter)?.id, 'focus once the new feed is here').to.equal('q');
    });

    it('hands focus to the list when its observatory’s new feed fails: the list says why, with Retry', async () => {
      const many = new URL('/test/fixtures/cards-many.json', location.href).href;
      const missing = new URL(`/faults/status/404?failing=${Date.now()}`, location.href).href;
      const filter = el('dc-area-filter', { 'no-url': '' });
      const list = el('dc-project-list');
      const observatory = el('dc-observatory', { feed: many }, filter, list);
      container('en').append(observatory);
      await ready(filter);
      shadow(filter).querySelector<HTMLInputElement>('#facets input')!.focus();
      observatory.setAttribute('feed', missing);
      await waitUntil(() => filter.view?.state.status === 'error', 'the new feed did not fail', { timeout: 8000 });
      await waitUntil(() => shadow(list).querySelector('[part~="message"] button'), 'the list never said why', { timeout: 5000 });
      await filter.updateComplete;
      await list.updateComplete;
      expect(document.activeElement === list, 'not dropped to <body>').to.equal(true);
      expect(shadow(list).activeElement?.matches('[part~="status"]'), 'on the list’s status line, which says why').to.equal(true);
    });

    it('follows the list named in for= to a new feed while its first feed still loads', async () => {
      const basic = new URL('/test/fixtures/cards-basic.json', location.href).href;
      const root = container('en');
      const filter = el('dc-area-filter', { for: 'slow-list', 'no-url': '' });
      const list = el('dc-project-list', { id: 'slow-list', feed: `/faults/slow?ms=800&file=cards-many.json&for=${Date.now()}` });
      root.append(filter, list);
      await sleep(200);
      list.setAttribute('feed', basic);
      await waitUntil(() => filter.view?.url === basic, 'the filter kept the first feed', { timeout: 3000 });
      await ready(filter);
      await shows(list, filter.view!.projects.map((project) => project.id));
      // Past the time the first feed arrives: nothing of it shows.
      await sleep(1000);
      expect(filter.view!.url).to.equal(basic);
      expect(cardIds(list)).to.have.length(filter.view!.projects.length);
      expect(statusOf(filter)).to.equal(`${filter.view!.projects.length} projects`);
    });

    it('follows the feed of the list named in for= when the list changes feed', async () => {
      const other = new URL('/virtual/area-filter-other-feed.json', location.href).href;
      feedStore.prime(other, { ...RAW, items: RAW.items.slice(0, 2) });
      const root = container('en');
      const filter = el('dc-area-filter', { for: 'target-list' });
      const list = el('dc-project-list', { id: 'target-list', feed: FEED });
      root.append(filter, list);
      await ready(filter);
      expect(filter.view!.url).to.equal(FEED);
      list.setAttribute('feed', other);
      await waitUntil(() => filter.view?.url === other, 'the filter kept the old feed', { timeout: 3000 });
      await shows(list, RAW.items.slice(0, 2).map((item) => String(item.id)));
    });
  });
});
