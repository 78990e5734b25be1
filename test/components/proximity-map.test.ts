import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/area-filter/area-filter.js';
import '../../src/components/proximity-map/proximity-map.js';
import type { DcProjectCard } from '../../src/components/project-card/project-card.js';
import type { DcProximityMap } from '../../src/components/proximity-map/proximity-map.js';
import type { HomeChangeEvent } from '../../src/components/proximity-map/proximity-map.js';
import { feedStore } from '../../src/feed/store.js';
import { container } from './mount.js';

/*
 * <dc-proximity-map> on the demo feed (86 projects of 73 real councils: GeoNames, CC BY 4.0) and on a small feed
 * written here, in real Chromium, with its real Geolocation API (position and permission set through DevTools).
 */

const DEMO = '/demo/feed.json';

interface DemoCouncil {
  id: string;
  name: string;
  population?: number;
  location: { lat: number; lon: number };
}
interface DemoItem {
  id: string;
  title: string;
  _digicanvis: { council: string; areas: string[]; i18n?: Record<string, { title?: string }> };
}
const demo = (await (await fetch(DEMO)).json()) as { items: DemoItem[]; _digicanvis: { councils: DemoCouncil[] } };
const councilById = new Map(demo._digicanvis.councils.map((council) => [council.id, council]));
/** A project's title as an English page shows it: its English translation, else its own. */
const titleOf = (item: DemoItem) => item._digicanvis.i18n?.['en']?.title ?? item.title;

/** Haversine distance written out again here, so the element's distances are checked against another implementation. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** The demo projects within `radius` km of a council, nearest first, as the element should list them. */
function expectedNearby(homeId: string, radius: number): string[] {
  const home = councilById.get(homeId)!.location;
  return demo.items
      .map((item) => ({ title: titleOf(item), d: km(home, councilById.get(item._digicanvis.council)!.location) }))
    .filter((item) => item.d <= radius)
    .sort((a, b) => a.d - b.d)
    .map((item) => item.title);
}

async function mount(attributes: Record<string, string>, lang = 'en'): Promise<DcProximityMap> {
  const div = container(lang);
  const map = document.createElement('dc-proximity-map');
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  div.append(map);
  await waitUntil(() => map.shadowRoot?.querySelector('[part~="controls"], .status.error'), 'the map never rendered', { timeout: 5000 });
  await map.updateComplete;
  return map;
}

const shadow = (map: DcProximityMap) => map.shadowRoot!;
const rows = (map: DcProximityMap) => [...shadow(map).querySelectorAll('[part~="nearby"] .row-title')].map((button) => button.textContent!.trim());
const status = (map: DcProximityMap) => shadow(map).querySelector('[part~="status"]')!.textContent!.trim();
const live = (map: DcProximityMap) => shadow(map).querySelector('.announcement')!.textContent!.trim();
const input = (map: DcProximityMap) => shadow(map).querySelector<HTMLInputElement>('[part~="chooser-input"]')!;
const radius = (map: DcProximityMap) => shadow(map).querySelector<HTMLSelectElement>('[part~="radius"]')!;

async function chooseRadius(map: DcProximityMap, value: string) {
  radius(map).value = value;
  radius(map).dispatchEvent(new Event('change', { bubbles: true }));
  await map.updateComplete;
}

describe('<dc-proximity-map>', () => {
  describe('accessibility (axe)', () => {
    it('with no home, with a home, and with a card open', async () => {
      const map = await mount({ feed: DEMO });
      await expect(map).to.be.accessible();
      map.setAttribute('home', 'es-ine:08019');
      await waitUntil(() => rows(map).length > 0, 'no nearby projects', { timeout: 3000 });
      await expect(map).to.be.accessible();
      shadow(map).querySelector<HTMLButtonElement>('.row-title')!.click();
      await waitUntil(() => shadow(map).querySelector('dc-project-card'), 'no card', { timeout: 3000 });
      await map.updateComplete;
      await expect(map).to.be.accessible();
    });
  });

  describe('Km0: the projects near the home', () => {
    it('lists, nearest first, every project within the radius of `home`, with its distance', async () => {
      const map = await mount({ feed: DEMO, home: 'es-ine:08019', 'radius-km': '25' });
      await waitUntil(() => rows(map).length > 0, 'no nearby projects', { timeout: 3000 });
      const expected = expectedNearby('es-ine:08019', 25);
      expect(expected.length).to.be.greaterThan(5);
      expect(rows(map)).to.deep.equal(expected.slice(0, 20));
      expect(status(map)).to.equal(`${expected.length} projects within 25 km of Barcelona`);
      // Distances as people read them, growing down the list.
      const distances = [...shadow(map).querySelectorAll('[part~="nearby"] .row-meta')].map((meta) => meta.textContent!);
      const numbers = distances.map((text) => (text.includes(' here') ? 0 : Number(/([\d.]+) km away/.exec(text)?.[1])));
      expect(numbers.every((n) => Number.isFinite(n))).to.equal(true, distances.join(' | '));
      expect([...numbers].sort((a, b) => a - b)).to.deep.equal(numbers);
    });

    it('shows more past twenty, and a wider radius finds more', async () => {
      const map = await mount({ feed: DEMO, home: 'es-ine:08019', 'radius-km': '100' });
      const expected = expectedNearby('es-ine:08019', 100);
      expect(expected.length).to.be.greaterThan(20);
      await waitUntil(() => rows(map).length === 20, 'not twenty rows', { timeout: 3000 });
      const more = shadow(map).querySelector<HTMLButtonElement>('.more')!;
      expect(more.textContent!.trim()).to.equal(`Show ${Math.min(20, expected.length - 20)} more`);
      more.click();
      await map.updateComplete;
      expect(rows(map)).to.deep.equal(expected.slice(0, 40));

      await chooseRadius(map, '10');
      expect(rows(map)).to.deep.equal(expectedNearby('es-ine:08019', 10).slice(0, 20));
      expect(map.radiusKm).to.equal(10);
    });

    it('takes a home given as coordinates, and says so when nothing is near', async () => {
      // Mid-Atlantic: nothing within 100 km.
      const map = await mount({ feed: DEMO, home: '40.0,-30.0', 'radius-km': '100' });
      await waitUntil(() => status(map).startsWith('No project'), `status: ${status(map)}`, { timeout: 3000 });
      expect(status(map)).to.equal('No project within 100 km of the chosen point. Try a wider radius, or look at similar councils below.');
      expect(shadow(map).querySelector('.similar')!.textContent).to.include('Choose your council to see those that resemble it.');
    });

    it('names a point the page gives after the council it is in, and shows more of a list from its end', async () => {
      // Girona's old town, a few hundred metres from the council's point.
      const map = await mount({ feed: DEMO, home: '41.9866,2.8247', 'radius-km': '100' });
      await waitUntil(() => rows(map).length === 20, 'not twenty rows', { timeout: 3000 });
      expect(status(map)).to.match(/^\d+ projects within 100 km of Girona$/);
      const more = shadow(map).querySelector<HTMLButtonElement>('.more')!;
      more.focus();
      more.click();
      // Focus goes to the first of the new rows, not to the page's body.
      await waitUntil(() => shadow(map).activeElement?.classList.contains('row-title'), 'focus did not move to the new rows', { timeout: 3000 });
      expect(shadow(map).activeElement).to.equal(shadow(map).querySelectorAll('[part~="nearby"] .row-title')[20]);
    });

    it('opens a project card in place and moves focus to it; Show on the map moves focus to the marker', async () => {
      const map = await mount({ feed: DEMO, home: 'es-ine:17079', 'radius-km': '50' });
      await waitUntil(() => rows(map).length > 0, 'no nearby projects', { timeout: 3000 });
      const title = shadow(map).querySelector<HTMLButtonElement>('.row-title')!;
      title.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(map).querySelector('dc-project-card'), 'no card', { timeout: 3000 });
      const card = shadow(map).querySelector<DcProjectCard>('dc-project-card')!;
      await card.updateComplete;
      expect(title.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => shadow(map).activeElement === card, 'focus did not move to the card', { timeout: 3000 });
      expect(card.shadowRoot!.textContent).to.include(rows(map)[0]);

      const show = shadow(map).querySelector<HTMLButtonElement>('.row-meta .link')!;
      show.click();
      await waitUntil(() => shadow(map).activeElement?.matches('[part~="marker"], [part~="cluster"]'), 'focus did not go to a marker', { timeout: 3000 });
      // Its marker, or the cluster of councils at the same spot (a county council and its capital) that holds it.
      const council = shadow(map).querySelector('.row-meta span')!.textContent!;
      const marker = shadow(map).activeElement!;
      const name = marker.getAttribute('aria-label') ?? marker.textContent!;
      if (marker.matches('[part~="marker"]')) expect(name).to.include(council);
      else expect(name).to.match(/^\d+ councils, \d+ projects$/);
    });
  });

  describe('the visitor chooses the home', () => {
    it('by typing the name of their council, accents left out', async () => {
      const map = await mount({ feed: DEMO, 'radius-km': '25' });
      expect(status(map)).to.equal('Choose your council, or use your location, to see the projects around it.');
      input(map).focus();
      await sendKeys({ type: 'sant cugat del valles' });
      await sendKeys({ press: 'ArrowDown' });
      const changed = oneEvent(map, 'dc-home-change') as Promise<HomeChangeEvent>;
      await sendKeys({ press: 'Enter' });
      const { detail } = await changed;
      expect(detail).to.deep.equal({ councilId: 'es-ine:08205', lat: councilById.get('es-ine:08205')!.location.lat, lon: councilById.get('es-ine:08205')!.location.lon, source: 'council' });
      await map.updateComplete;
      expect(rows(map)).to.deep.equal(expectedNearby('es-ine:08205', 25).slice(0, 20));
      // Announced once, after the change has settled.
      await waitUntil(() => live(map) !== '', 'nothing announced', { timeout: 3000 });
      expect(live(map)).to.equal(status(map));
    });

    it('with the browser’s location, asked for only when the button is pressed', async () => {
      const map = await mount({ feed: DEMO, 'radius-km': '25' });
      // Girona's town hall, about 300 m from the council's point.
      await executeServerCommand('set-geolocation', { lat: 41.9831, lon: 2.8249 });
      const changed = oneEvent(map, 'dc-home-change') as Promise<HomeChangeEvent>;
      shadow(map).querySelector<HTMLButtonElement>('[part~="locate"]')!.click();
      const { detail } = await changed;
      expect(detail.source).to.equal('location');
      expect(detail.councilId).to.equal('es-ine:17079');
      await map.updateComplete;
      expect(status(map)).to.match(/^\d+ projects? within 25 km of your location \(near Girona\)$/);
      expect(rows(map)[0]).to.equal(expectedNearby('es-ine:17079', 25)[0]);
      // Near a council: its similar councils are shown too.
      expect(shadow(map).querySelectorAll('[part~="similar"] > li').length).to.be.greaterThan(0);
    });

    it('says so when the visitor refuses their location', async () => {
      const map = await mount({ feed: DEMO });
      await executeServerCommand('set-geolocation');
      shadow(map).querySelector<HTMLButtonElement>('[part~="locate"]')!.click();
      await waitUntil(() => shadow(map).querySelector('.locate-note'), 'no message', { timeout: 5000 });
      expect(shadow(map).querySelector('.locate-note')!.textContent!.trim()).to.equal('Your browser did not give your location. Type your council instead.');
      expect(live(map)).to.equal('Your browser did not give your location. Type your council instead.');
    });
  });

  describe('similar councils elsewhere', () => {
    it('ranks councils beyond the radius with the reasons, and follows the weights', async () => {
      const map = await mount({ feed: DEMO, home: 'es-ine:17079', 'radius-km': '25' });
      await waitUntil(() => shadow(map).querySelector('[part~="similar"] > li'), 'no similar council', { timeout: 3000 });
      const names = () => [...shadow(map).querySelectorAll('[part~="similar"] > li h4')].map((h) => h.textContent!.trim());
      const girona = councilById.get('es-ine:17079')!.location;
      for (const name of names()) {
        const council = demo._digicanvis.councils.find((c) => c.name === name)!;
        expect(km(girona, council.location)).to.be.greaterThan(25, name);
      }
      const reasons = [...shadow(map).querySelectorAll('[part~="reason"]')].map((reason) => reason.textContent!.trim());
      expect(reasons.some((text) => /^similar size: [\d,]+ inhabitants$/.test(text))).to.equal(true, reasons.join(' | '));
      expect(reasons).to.include('also a municipality');

      // Population alone: the first council is the one nearest in size to Girona (log scale), beyond 25 km.
      map.setAttribute('weights', 'population:1, kind:0, areas:0');
      await map.updateComplete;
      const population = councilById.get('es-ine:17079')!.population!;
      const withProjects = new Set(demo.items.map((item) => item._digicanvis.council));
      const closest = demo._digicanvis.councils
        .filter((c) => c.id !== 'es-ine:17079' && withProjects.has(c.id) && (c.population ?? 0) > 0 && km(girona, c.location) > 25)
        .sort((a, b) => Math.abs(Math.log10(a.population! / population)) - Math.abs(Math.log10(b.population! / population)))[0]!;
      expect(names()[0]).to.equal(closest.name);
    });
  });

  describe('with <dc-area-filter>', () => {
    it('shows only the projects the filter leaves', async () => {
      const div = container('en');
      const filter = document.createElement('dc-area-filter');
      filter.setAttribute('feed', DEMO);
      filter.noUrl = true;
      const map = document.createElement('dc-proximity-map');
      map.feed = DEMO;
      map.home = 'es-ine:08019';
      map.radiusKm = 100;
      div.append(filter, map);
      await waitUntil(() => map.shadowRoot && rows(map).length > 0, 'no rows', { timeout: 5000 });
      const before = expectedNearby('es-ine:08019', 100).length;
      filter.value = { q: '', areas: ['participation'], phases: [], kinds: [], regions: [] };
      await waitUntil(() => status(map) !== '' && Number(status(map).split(' ')[0]) < before, `status: ${status(map)}`, { timeout: 3000 });
      const participation = new Set(
        demo.items.filter((item) => item._digicanvis.areas.includes('participation')).map(titleOf),
      );
      for (const title of rows(map)) expect(participation.has(title)).to.equal(true, title);
    });
  });

  // The page changes the map's feed: a feed of three councils of the demo far north of the first one's (Catalonia).
  describe('a new feed', () => {
    const NORTH = '/test/fixtures/map-north.json';
    const markers = (map: DcProximityMap) => [...shadow(map).querySelectorAll<HTMLElement>('[part~="marker"], [part~="cluster"]')];
    /** The markers' names and their centres in the map box's pixels. */
    const placed = (map: DcProximityMap) => {
      const box = shadow(map).querySelector('.viewport')?.getBoundingClientRect();
      if (!box) return [];
      return markers(map).map((marker) => {
        const { left, top, width, height } = marker.getBoundingClientRect();
        return { label: marker.getAttribute('aria-label')!, x: left + width / 2 - box.left, y: top + height / 2 - box.top, inside: left >= box.left && top >= box.top && left + width <= box.right && top + height <= box.bottom };
      });
    };
    const northern = ['Narva: 1 project', 'Seinäjoki: 1 project', 'Östersund: 1 project'];
    const shows = (map: DcProximityMap, labels: string[]) =>
      waitUntil(() => JSON.stringify(placed(map).filter((marker) => marker.inside).map((marker) => marker.label).sort()) === JSON.stringify(labels), `the map never showed ${labels.join(', ')}`, { timeout: 5000 });

    it('shows the new feed’s councils as a map made for it does', async () => {
      const fresh = await mount({ feed: NORTH });
      await shows(fresh, northern);
      const map = await mount({ feed: '/test/fixtures/cards-basic.json' });
      await waitUntil(() => markers(map).length > 0, 'no markers', { timeout: 5000 });
      map.setAttribute('feed', NORTH);
      await shows(map, northern);
      await map.updateComplete;
      // The same view: every council in it, none far off screen.
      const ours = placed(map);
      placed(fresh).forEach((marker, index) => {
        expect(ours[index]!.label).to.equal(marker.label);
        expect(ours[index]!.x).to.be.closeTo(marker.x, 1);
        expect(ours[index]!.y).to.be.closeTo(marker.y, 1);
      });
      expect(shadow(map).querySelector('[part~="map"]')!.getAttribute('aria-label')).to.equal('Map of the projects');
    });

    it('drops the council chosen in the old feed, offers the new one’s, and keeps focus in the element while it loads', async () => {
      const map = await mount({ feed: '/test/fixtures/cards-basic.json' });
      input(map).focus();
      await sendKeys({ type: 'sabadell' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => rows(map).length > 0, 'Sabadell has no projects near', { timeout: 3000 });
      expect(input(map).value).to.equal('Sabadell');

      map.setAttribute('feed', `/faults/slow?ms=600&file=map-north.json&focus=${Date.now()}`);
      await waitUntil(() => shadow(map).querySelector('[aria-busy="true"]'), 'no loading line', { timeout: 3000 });
      // Focus was in the chooser as the loading line replaced it: it is on the line (a screen reader says it), not on <body>.
      expect(document.activeElement).to.equal(map);
      expect(shadow(map).activeElement).to.equal(shadow(map).querySelector('[part~="status"]'));
      await shows(map, northern);
      // Then back in the chooser. Sabadell is none of this feed's: the choice went with the old feed.
      expect(shadow(map).activeElement).to.equal(input(map));
      expect(input(map).value).to.equal('');
      expect(status(map)).to.equal('Choose your council, or use your location, to see the projects around it.');
      expect(rows(map)).to.deep.equal([]);
      await sendKeys({ type: 'narv' });
      await waitUntil(() => shadow(map).querySelector('[part~="chooser-option"]'), 'Narva not offered', { timeout: 3000 });
      expect([...shadow(map).querySelectorAll('[part~="chooser-option"] .name')].map((name) => name.textContent)).to.deep.equal(['Narva']);
      input(map).select();
      await sendKeys({ type: 'sabad' });
      await map.updateComplete;
      expect(shadow(map).querySelector('[part~="chooser-option"]')).to.equal(null);
    });

    it('keeps focus on the map when its new feed is loaded already: on the same council’s marker, else on the first marker', async () => {
      const fresh = await mount({ feed: NORTH });
      await shows(fresh, northern);
      const map = await mount({ feed: DEMO });
      const marker = (label: string) => markers(map).find((button) => button.getAttribute('aria-label')!.startsWith(label));
      await waitUntil(() => marker('Narva:'), 'no marker of Narva', { timeout: 5000 });
      const focusStays = async (expected: string) => {
        // No loading line in between: the feed is in the store already.
        expect(shadow(map).querySelector('[aria-busy="true"]') === null).to.equal(true);
        await shows(map, northern);
        await map.updateComplete;
        expect(document.activeElement === map, `focus is on ${document.activeElement?.tagName}, not in the map`).to.equal(true);
        expect(shadow(map).activeElement?.getAttribute('aria-label'), shadow(map).activeElement?.outerHTML.slice(0, 200)).to.equal(expected);
      };

      // Narva is in both feeds: focus stays on its marker.
      marker('Narva:')!.focus();
      map.setAttribute('feed', NORTH);
      await map.updateComplete;
      await focusStays('Narva: 1 project');

      // Back to the demo, on a marker of Catalonia, which the northern feed does not have: focus goes to its first marker.
      map.setAttribute('feed', DEMO);
      await waitUntil(() => markers(map).length > 3, 'the demo’s markers never came back', { timeout: 5000 });
      const southern = markers(map).find((button) => !northern.some((label) => button.getAttribute('aria-label')!.startsWith(label.split(':')[0]!)))!;
      southern.focus();
      expect(shadow(map).activeElement === southern).to.equal(true);
      map.setAttribute('feed', NORTH);
      await map.updateComplete;
      await focusStays(markers(map)[0]!.getAttribute('aria-label')!);
      expect((shadow(map).activeElement as HTMLElement).tabIndex, 'the focused marker is the tab stop').to.equal(0);
    });
  });

  describe('a feed that fails', () => {
    it('says why and offers Retry, even with no list on the page', async () => {
      const map = await mount({ feed: '/no-such-feed.json' });
      await waitUntil(() => status(map).includes('404'), `status: ${shadow(map).textContent}`, { timeout: 5000 });
      expect(status(map)).to.equal('The feed address answered with error 404.');
      expect(shadow(map).querySelector('button')!.textContent!.trim()).to.equal('Try again');
      await expect(map).to.be.accessible();
    });
  });

  describe('untrusted text', () => {
    it('shows council names and titles with markup as text', async () => {
      const url = new URL('/virtual/proximity-xss.json', location.href).href;
      feedStore.prime(url, {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'XSS',
        items: [
          {
            id: 'x1',
            title: '<img src=x onerror=window.__dcMapXss=1>Title',
            content_text: 'Text.',
            _digicanvis: { council: 'geonames:1', areas: ['social'], phase: 'pilot', kind: 'service' },
          },
        ],
        _digicanvis: { version: 1, councils: [{ id: 'geonames:1', name: '<b onmouseover=alert(1)>Vila</b>', kind: 'municipality', country: 'ES', location: { lat: 41.5, lon: 2 } }] },
      });
      const map = await mount({ feed: url, home: 'geonames:1' });
      await waitUntil(() => rows(map).length === 1, 'no row', { timeout: 3000 });
      expect(rows(map)[0]).to.equal('<img src=x onerror=window.__dcMapXss=1>Title');
      expect(shadow(map).querySelector('img, b')).to.equal(null);
      expect((window as { __dcMapXss?: number }).__dcMapXss).to.equal(undefined);
    });
  });

  it('closes a marker popup when focus leaves the map, and keeps the location button focusable while it waits', async () => {
    const map = await mount({ feed: DEMO, home: 'es-ine:17079', 'radius-km': '25' });
    const marker = () => shadow(map).querySelector<HTMLButtonElement>('[part~="marker"], [part~="cluster"]');
    await waitUntil(() => marker(), 'no marker', { timeout: 5000 });
    marker()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(map).querySelector('[part~="popup"]'), 'no popup', { timeout: 3000 });
    radius(map).focus();
    await map.updateComplete;
    await waitUntil(() => !shadow(map).querySelector('[part~="popup"]'), 'the popup stayed open', { timeout: 3000 });

    // A location that never comes: the button says it is looking, and focus stays on it.
    await executeServerCommand('set-geolocation');
    const locate = shadow(map).querySelector<HTMLButtonElement>('[part~="locate"]')!;
    locate.focus();
    locate.click();
    await map.updateComplete;
    expect(shadow(map).activeElement).to.equal(locate);
  });

  it('lets Escape hide a marker’s tooltip shown by hover while focus is in the chooser, and only that', async () => {
    const map = await mount({ feed: DEMO, home: 'es-ine:08019' });
    await waitUntil(() => rows(map).length > 0, 'no nearby projects', { timeout: 3000 });
    const tooltip = shadow(map).querySelector<HTMLElement>('.tooltip')!;
    try {
      input(map).focus();
      expect(input(map).value).to.equal('Barcelona');
      const marker = shadow(map).querySelector<HTMLButtonElement>('[part~="marker"]')!;
      const { left, top, width, height } = marker.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
      await waitUntil(() => !tooltip.hidden, 'no tooltip on hover', { timeout: 3000 });
      await sendKeys({ press: 'Escape' });
      await map.updateComplete;
      expect(tooltip.hidden, 'Escape hides the tooltip').to.equal(true);
      expect(shadow(map).activeElement === input(map), 'focus stays in the chooser').to.equal(true);
      expect(input(map).value, 'the chosen council stays').to.equal('Barcelona');
      expect(rows(map).length).to.be.greaterThan(0);
    } finally {
      await resetMouse();
    }
  });

  it('keeps keyboard focus order: chooser, location, radius, then the map and the list', async () => {
    const map = await mount({ feed: DEMO, home: 'es-ine:08019' });
    input(map).focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(map).activeElement?.getAttribute('part')).to.equal('locate');
    await sendKeys({ press: 'Tab' });
    expect(shadow(map).activeElement).to.equal(radius(map));
  });
});
