import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { MapView, type MapPlace, type MapTexts } from '../../src/components/proximity-map/map-view.js';
import { mapViewStyles } from '../../src/components/proximity-map/map-view.styles.js';
import { sharedStyles } from '../../src/styles/shared.styles.js';
import { container } from './mount.js';

/*
 * The map of <dc-proximity-map> in a small host element of its own, with the geometry that ships with the package
 * (served by the test runner from the same origin). Marker positions are read off the screen, as a reader sees them.
 */

const TEXTS: MapTexts = {
  map: 'Map of the projects near Barcelona',
  help: 'Arrow keys: next marker. + and −: zoom. Enter: open.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  cluster: (places, projects) => `${places} councils, ${projects} projects`,
  home: (name) => `Home: ${name}`,
  close: 'Close',
  wheelHint: 'Hold Ctrl to zoom the map',
};

class MapHost extends LitElement {
  static override styles = [sharedStyles, mapViewStyles];
  readonly map = new MapView(this, {
    texts: () => TEXTS,
    popup: (place) => html`<ul>
      <li><button type="button" class="project">A project in ${place.name}</button></li>
    </ul>`,
  });

  override render() {
    return this.map.render();
  }
}
customElements.define('test-map-host', MapHost);

const place = (id: string, name: string, lat: number, lon: number, count = 1): MapPlace => ({
  id,
  name,
  point: { lat, lon },
  count,
  label: `${name}: ${count} ${count === 1 ? 'project' : 'projects'}`,
});

const BARCELONA = place('es-ine:08019', 'Barcelona', 41.38879, 2.15899, 3);
const GIRONA = place('es-ine:17079', 'Girona', 41.98311, 2.82493, 2);
const LLEIDA = place('es-ine:25120', 'Lleida', 41.61674, 0.62218);
const TARRAGONA = place('es-ine:43148', 'Tarragona', 41.11667, 1.25);
const BERLIN = place('geonames:2950159', 'Berlin', 52.52437, 13.41053);
const CATALONIA = [BARCELONA, GIRONA, LLEIDA, TARRAGONA];
/** Two places near the middle of the view, which stay in it when it zooms in twice over, and two far apart. */
const A = place('a', 'A', 41.5, 2.0);
const B = place('b', 'B', 41.5, 2.3);
const SPREAD = [A, B, place('c', 'C', 41.0, 1.0), place('d', 'D', 42.0, 3.0)];
const gapAB = (host: MapHost) => gap(markerOf(host, A.label)!, markerOf(host, B.label)!);

/** Updates until the host asks for no more (the first one measures the map and fits it). */
async function settle(host: MapHost): Promise<void> {
  while (!(await host.updateComplete));
}

async function mount(places: MapPlace[], options: { home?: MapHost['map']['home']; radiusKm?: number; width?: number } = {}): Promise<MapHost> {
  const host = document.createElement('test-map-host') as MapHost;
  host.style.inlineSize = `${options.width ?? 600}px`;
  host.style.setProperty('--dc-map-height', '400px');
  container('en').append(host);
  host.map.places = places;
  host.map.home = options.home;
  host.map.radiusKm = options.radiusKm;
  host.map.fit();
  await settle(host);
  return host;
}

const root = (host: MapHost) => host.shadowRoot!;
/** Elements are checked as booleans: an assertion that fails on an element with 400 KB of path data would print it all. */
const exists = (element: Element | null | undefined) => element !== null && element !== undefined;
const markers = (host: MapHost) => [...root(host).querySelectorAll<HTMLButtonElement>('button[data-key]')];
const markerOf = (host: MapHost, label: string) => markers(host).find((button) => button.getAttribute('aria-label') === label);
const centre = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
};
const gap = (a: Element, b: Element) => Math.hypot(centre(a).x - centre(b).x, centre(a).y - centre(b).y);
const popup = (host: MapHost) => root(host).querySelector<HTMLElement>('[role="dialog"]');
const active = (host: MapHost) => root(host).activeElement;
const viewport = (host: MapHost) => root(host).querySelector<HTMLElement>('.viewport')!;

afterEach(async () => {
  await resetMouse();
  await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('map view of <dc-proximity-map>', () => {
  describe('accessibility (axe)', () => {
    it('closed, and with a popup open', async () => {
      const host = await mount(CATALONIA, { home: { point: BARCELONA.point, name: 'Barcelona', councilId: BARCELONA.id }, radiusKm: 100 });
      await expect(host).to.be.accessible();
      host.map.openPlace(GIRONA.id);
      await settle(host);
      expect(exists(popup(host))).to.equal(true);
      await expect(host).to.be.accessible();
    });
  });

  describe('markers', () => {
    it('marks each place with a button named by its label, showing its count, and home apart', async () => {
      const host = await mount(CATALONIA, { home: { point: BARCELONA.point, name: 'Barcelona' } });
      expect(markers(host).map((button) => button.getAttribute('aria-label')).sort()).to.deep.equal(CATALONIA.map((p) => p.label).sort());
      expect(markerOf(host, BARCELONA.label)!.textContent!.trim()).to.equal('3');
      const size = markerOf(host, LLEIDA.label)!.getBoundingClientRect();
      expect(size.width).to.be.at.least(24);
      expect(size.height).to.be.at.least(24);
      const home = root(host).querySelector('[part~="home-marker"]')!;
      expect(home.getAttribute('role')).to.equal('img');
      expect(home.getAttribute('aria-label')).to.equal('Home: Barcelona');
      // One tab stop for all the markers.
      expect(markers(host).filter((button) => button.tabIndex === 0)).to.have.length(1);
    });

    it('binds names as text', async () => {
      const hostile = place('x', '<img src=x onerror="window.__mapXss=1">', 41.5, 2, 1);
      const host = await mount([hostile]);
      host.map.openPlace('x');
      await settle(host);
      expect(exists(popup(host)!.querySelector('img'))).to.equal(false);
      expect(popup(host)!.textContent).to.contain('<img src=x');
    });

    it('clusters places at nearly the same spot, and a click on the cluster zooms in until they split', async () => {
      const near = place('es-ine:08101', "L'Hospitalet de Llobregat", 41.35967, 2.10028, 4);
      const host = await mount([BARCELONA, near, BERLIN]);
      const cluster = markerOf(host, '2 councils, 7 projects')!;
      expect(exists(cluster), 'a cluster of Barcelona and its neighbour').to.equal(true);
      expect(cluster.getAttribute('part')).to.equal('cluster');
      expect(cluster.textContent!.trim()).to.equal('7');
      expect(cluster.hasAttribute('aria-expanded'), 'a cluster zooms: it opens nothing').to.equal(false);
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => markerOf(host, BARCELONA.label) && markerOf(host, near.label), 'the cluster splits', { timeout: 3000 });
      expect(gap(markerOf(host, BARCELONA.label)!, markerOf(host, near.label)!)).to.be.at.least(24);
      expect(active(host)?.getAttribute('aria-label'), 'focus stays on the first place of the cluster').to.equal(BARCELONA.label);
    });

    it('lists the places of a cluster the deepest zoom cannot split', async () => {
      const twin = place('twin', 'Twin town', BARCELONA.point.lat, BARCELONA.point.lon, 1);
      const host = await mount([BARCELONA, twin]);
      markerOf(host, '2 councils, 4 projects')!.click();
      await settle(host);
      const dialog = popup(host)!;
      expect(dialog.textContent).to.contain('Barcelona').and.to.contain('Twin town');
      expect(dialog.querySelectorAll('button.project')).to.have.length(2);
    });
  });

  describe('keyboard', () => {
    // A plus sign of places, and one more up and to the right of the east one.
    const MIDDLE = place('m', 'Middle', 41.5, 2.0);
    const EAST = place('e', 'East', 41.5, 2.6);
    const WEST = place('w', 'West', 41.5, 1.4);
    const NORTH = place('n', 'North', 41.95, 2.0);
    const SOUTH = place('s', 'South', 41.05, 2.0);
    const NORTHEAST = place('ne', 'North-east', 41.8, 2.9);
    const CROSS = [MIDDLE, EAST, WEST, NORTH, SOUTH, NORTHEAST];

    it('moves focus to the nearest marker in the direction of an arrow key, and Home and End to the first and last place', async () => {
      const host = await mount(CROSS);
      await host.map.focusPlace('m');
      expect(active(host)?.getAttribute('aria-label')).to.equal(MIDDLE.label);
      const step = async (key: string, expected: MapPlace) => {
        await sendKeys({ press: key });
        await settle(host);
        expect(active(host)?.getAttribute('aria-label'), key).to.equal(expected.label);
        expect((active(host) as HTMLElement).tabIndex, 'the focused marker is the tab stop').to.equal(0);
      };
      await step('ArrowRight', EAST);
      await step('ArrowUp', NORTHEAST);
      await step('ArrowLeft', NORTH);
      await step('ArrowDown', MIDDLE);
      await step('ArrowDown', SOUTH);
      await step('ArrowLeft', WEST);
      await step('Home', MIDDLE);
      await step('End', NORTHEAST);
      expect(markers(host).filter((button) => button.tabIndex === 0)).to.have.length(1);
    });

    it('zooms with + and -, keeping focus on the marker', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const host = await mount(CROSS);
      await host.map.focusPlace('m');
      const before = gap(markerOf(host, MIDDLE.label)!, markerOf(host, EAST.label)!);
      await sendKeys({ press: '+' });
      await settle(host);
      const zoomed = gap(markerOf(host, MIDDLE.label)!, markerOf(host, EAST.label)!);
      expect(zoomed / before).to.be.closeTo(2, 0.05);
      expect(active(host)?.getAttribute('aria-label')).to.equal(MIDDLE.label);
      await sendKeys({ press: '-' });
      await settle(host);
      expect(gap(markerOf(host, MIDDLE.label)!, markerOf(host, EAST.label)!)).to.be.closeTo(before, 1);
    });

    it('opens the popup with Enter, moves focus into it, and Escape closes it and returns focus to the marker', async () => {
      const host = await mount(CATALONIA);
      await host.map.focusPlace(GIRONA.id);
      await sendKeys({ press: 'Enter' });
      await settle(host);
      const dialog = popup(host)!;
      expect(dialog.getAttribute('aria-labelledby')).to.equal('dc-map-popup-title');
      expect(root(host).getElementById('dc-map-popup-title')!.textContent).to.equal('Girona');
      expect(dialog.contains(active(host))).to.equal(true);
      expect(markerOf(host, GIRONA.label)!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(active(host)?.getAttribute('aria-label')).to.equal('Close');
      await sendKeys({ press: 'Tab' });
      expect(active(host)?.textContent).to.contain('A project in Girona');
      await sendKeys({ press: 'Escape' });
      await settle(host);
      expect(exists(popup(host))).to.equal(false);
      expect(active(host)?.getAttribute('aria-label')).to.equal(GIRONA.label);
    });

    it('the close button closes the popup and returns focus to the marker', async () => {
      const host = await mount(CATALONIA);
      host.map.openPlace(LLEIDA.id);
      await settle(host);
      root(host).querySelector<HTMLButtonElement>('[role="dialog"] .close')!.click();
      await settle(host);
      expect(exists(popup(host))).to.equal(false);
      expect(active(host)?.getAttribute('aria-label')).to.equal(LLEIDA.label);
    });

    it('has buttons to zoom in, out and show all, after the markers in tab order', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const host = await mount(SPREAD);
      await host.map.focusPlace(A.id);
      await sendKeys({ press: 'Tab' });
      expect(active(host)?.getAttribute('aria-label')).to.equal('Zoom in');
      const before = gapAB(host);
      await sendKeys({ press: 'Enter' });
      await settle(host);
      expect(gapAB(host) / before).to.be.closeTo(2, 0.05);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(host);
      expect(gapAB(host) / before, 'zoomed out').to.be.closeTo(1, 0.05);
      await sendKeys({ press: '+' });
      await settle(host);
      root(host).querySelector<HTMLButtonElement>('[aria-label="Show all"]')!.click();
      await settle(host);
      expect(gapAB(host)).to.be.closeTo(before, 1);
    });
  });

  describe('pointer', () => {
    it('pans by dragging: a marker moves by the drag', async () => {
      const host = await mount(CATALONIA);
      const before = centre(markerOf(host, LLEIDA.label)!);
      const box = viewport(host).getBoundingClientRect();
      const start = [Math.round(box.left + 20), Math.round(box.bottom - 20)] as [number, number];
      await sendMouse({ type: 'move', position: start });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [start[0] + 100, start[1] - 40] });
      await sendMouse({ type: 'up' });
      await settle(host);
      const after = centre(markerOf(host, LLEIDA.label)!);
      expect(after.x - before.x).to.be.closeTo(100, 1);
      expect(after.y - before.y).to.be.closeTo(-40, 1);
      expect(exists(popup(host)), 'a drag is not a click').to.equal(false);
    });

    it('leaves the plain wheel to the page, with a hint; Ctrl and the wheel zoom at the pointer', async () => {
      const host = await mount(SPREAD);
      const before = gapAB(host);
      const at = centre(markerOf(host, A.label)!);
      const plain = new WheelEvent('wheel', { deltaY: -100, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true, composed: true });
      viewport(host).dispatchEvent(plain);
      await settle(host);
      expect(plain.defaultPrevented, 'the page scrolls').to.equal(false);
      expect(root(host).querySelector('.hint')!.hasAttribute('hidden')).to.equal(false);
      expect(root(host).querySelector('.hint')!.textContent).to.equal(TEXTS.wheelHint);
      const zoom = new WheelEvent('wheel', { deltaY: -300, ctrlKey: true, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true, composed: true });
      viewport(host).dispatchEvent(zoom);
      await waitUntil(() => gapAB(host) > before * 1.5, 'zoomed in');
      expect(zoom.defaultPrevented).to.equal(true);
      const still = centre(markerOf(host, A.label)!);
      expect(still.x).to.be.closeTo(at.x, 1);
      expect(still.y).to.be.closeTo(at.y, 1);
    });

    it('zooms and pans with two fingers, and leaves one finger to scroll the page', async () => {
      const host = await mount(SPREAD);
      const before = gapAB(host);
      const box = viewport(host).getBoundingClientRect();
      const [cx, cy] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      const touch = (type: string, points: { x: number; y: number }[]) => executeServerCommand('touch', { type, points });
      // One finger: the page's to scroll, the map does not move.
      await touch('touchStart', [{ x: cx, y: cy }]);
      await touch('touchMove', [{ x: cx + 60, y: cy }]);
      await touch('touchEnd', []);
      await settle(host);
      expect(gapAB(host), 'one finger leaves the map as it was').to.be.closeTo(before, 0.5);
      // Two fingers 40 px apart move to 120 px apart, their midpoint 30 px to the right: three times the scale.
      const aBefore = centre(markerOf(host, A.label)!);
      await touch('touchStart', [
        { x: cx - 20, y: cy },
        { x: cx + 20, y: cy },
      ]);
      for (let step = 1; step <= 4; step++) {
        const half = 20 + 10 * step;
        await touch('touchMove', [
          { x: cx + 7.5 * step - half, y: cy },
          { x: cx + 7.5 * step + half, y: cy },
        ]);
      }
      await touch('touchEnd', []);
      await settle(host);
      const scale = gapAB(host) / before;
      expect(scale, 'pinched to three times the scale').to.be.closeTo(3, 0.1);
      // What lay under the fingers stays under them: the map scaled about their first midpoint, and moved with them.
      const aAfter = centre(markerOf(host, A.label)!);
      expect(aAfter.x).to.be.closeTo(cx + 30 + (aBefore.x - cx) * scale, 1);
      expect(aAfter.y).to.be.closeTo(cy + (aBefore.y - cy) * scale, 1);
      expect(exists(popup(host)), 'a pinch is not a tap').to.equal(false);
    });

    it('zooms in on a double click', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const host = await mount(SPREAD);
      const before = gapAB(host);
      const at = centre(markerOf(host, A.label)!);
      viewport(host).dispatchEvent(new MouseEvent('dblclick', { clientX: at.x, clientY: at.y + 30, bubbles: true, composed: true }));
      await settle(host);
      expect(gapAB(host) / before).to.be.closeTo(2, 0.05);
    });
  });

  // WCAG 1.4.13: the tooltip that names a marker on hover or focus can be dismissed, hovered and stays put.
  describe('tooltip', () => {
    const tooltip = (host: MapHost) => root(host).querySelector<HTMLElement>('.tooltip')!;
    /** The tooltip's text while it shows, else ''. */
    const shown = (host: MapHost) => (tooltip(host).hidden || !tooltip(host).getBoundingClientRect().height ? '' : tooltip(host).textContent!.trim());
    const point = ({ x, y }: { x: number; y: number }) => [Math.round(x), Math.round(y)] as [number, number];
    /** The real pointer onto the middle of an element. */
    const hover = async (host: MapHost, element: Element) => {
      await sendMouse({ type: 'move', position: point(centre(element)) });
      await settle(host);
    };
    /** Once the tooltip has been placed beside its marker (Floating UI places it a moment after it shows). */
    const placed = (host: MapHost, marker: Element) =>
      waitUntil(() => {
        const [box, anchor] = [tooltip(host).getBoundingClientRect(), marker.getBoundingClientRect()];
        return box.height > 0 && (box.bottom <= anchor.top || box.top >= anchor.bottom);
      }, 'the tooltip is never placed beside its marker');
    /** An element outside the map that the page may focus. */
    const outsideButton = (host: MapHost) => {
      const button = document.createElement('button');
      button.textContent = 'Elsewhere on the page';
      host.after(button);
      return button;
    };

    it('hides on Escape, shown by hover or by focus, without moving focus or closing anything else', async () => {
      const host = await mount(CATALONIA);
      // Escape keys that reach the page undone: a page's own Escape (closing a dialog the map is in) would act on them.
      let reachedPage = 0;
      const onKey = (event: KeyboardEvent) => (reachedPage += Number(event.key === 'Escape' && !event.defaultPrevented));
      document.addEventListener('keydown', onKey);
      try {
        // Hover while focus is elsewhere on the page.
        const elsewhere = outsideButton(host);
        elsewhere.focus();
        await hover(host, markerOf(host, LLEIDA.label)!);
        expect(shown(host)).to.equal('Lleida');
        await sendKeys({ press: 'Escape' });
        await settle(host);
        expect(shown(host), 'Escape hides the hover tooltip').to.equal('');
        expect(document.activeElement === elsewhere, 'focus stays where it was').to.equal(true);
        expect(reachedPage, 'the Escape was the tooltip’s').to.equal(0);

        // Shown by focus.
        await resetMouse();
        await host.map.focusPlace(GIRONA.id);
        await settle(host);
        expect(shown(host)).to.equal('Girona');
        await sendKeys({ press: 'Escape' });
        await settle(host);
        expect(shown(host), 'Escape hides the focus tooltip').to.equal('');
        expect(active(host)?.getAttribute('aria-label'), 'focus stays on the marker').to.equal(GIRONA.label);
        expect(reachedPage, 'the Escape was the tooltip’s').to.equal(0);

        // Hover while a popup is open and holds focus: Escape hides the tooltip and leaves the popup open.
        await sendKeys({ press: 'Enter' });
        await settle(host);
        expect(exists(popup(host))).to.equal(true);
        const inPopup = active(host)?.className;
        // Another marker still in view once focus brought Girona's into it.
        const other = markers(host).find((marker) => marker.getAttribute('aria-label') !== GIRONA.label)!;
        await hover(host, other);
        expect(other.getAttribute('aria-label')).to.contain(shown(host)).and.not.contain('Girona');
        await sendKeys({ press: 'Escape' });
        await settle(host);
        expect(shown(host), 'Escape hides the tooltip').to.equal('');
        expect(exists(popup(host)), 'and leaves the popup open').to.equal(true);
        expect(popup(host)!.contains(active(host)) && active(host)?.className === inPopup, 'focus stays in the popup').to.equal(true);
        // The next Escape is the popup's.
        await sendKeys({ press: 'Escape' });
        await settle(host);
        expect(exists(popup(host))).to.equal(false);
        expect(active(host)?.getAttribute('aria-label')).to.equal(GIRONA.label);
      } finally {
        document.removeEventListener('keydown', onKey);
      }
    });

    it('is gone when the page moves the map elsewhere (hover and focus stay behind), and leaves the page its next Escape', async () => {
      const host = await mount(CATALONIA);
      await hover(host, markerOf(host, LLEIDA.label)!);
      expect(shown(host)).to.equal('Lleida');
      // The page moves the map (a tab, an accordion, a layout that re-parents it) far from the pointer, which stays.
      const page = host.parentElement!;
      const spacer = Object.assign(document.createElement('div'), { style: 'block-size: 3000px' });
      page.append(spacer, host);
      await settle(host);
      expect(tooltip(host).hidden, 'no tooltip for a hover that is not there').to.equal(true);
      const field = document.createElement('input');
      page.prepend(field);
      field.focus();
      let reachedPage = 0;
      const onKey = (event: KeyboardEvent) => (reachedPage += Number(event.key === 'Escape' && !event.defaultPrevented));
      document.addEventListener('keydown', onKey);
      try {
        await sendKeys({ press: 'Escape' });
      } finally {
        document.removeEventListener('keydown', onKey);
      }
      expect(reachedPage, 'the Escape was the page’s').to.equal(1);
    });

    it('stays shown while the pointer moves from the marker onto the tooltip, and goes when it leaves both', async () => {
      const host = await mount(CATALONIA);
      const marker = markerOf(host, LLEIDA.label)!;
      await hover(host, marker);
      await placed(host, marker);
      const [from, to] = [point(centre(marker)), point(centre(tooltip(host)))];
      const steps = Math.max(Math.abs(to[0] - from[0]), Math.abs(to[1] - from[1]));
      expect(steps, 'the tooltip is beside the marker, not on it').to.be.greaterThan(10);
      // One pixel at a time, across the gap between them.
      for (let step = 1; step <= steps; step++) {
        await sendMouse({ type: 'move', position: point({ x: from[0] + ((to[0] - from[0]) * step) / steps, y: from[1] + ((to[1] - from[1]) * step) / steps }) });
        await settle(host);
        expect(shown(host), `the pointer ${step} px on its way`).to.equal('Lleida');
      }
      const box = viewport(host).getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.bottom - 5)] });
      await settle(host);
      expect(shown(host), 'gone once the pointer leaves both').to.equal('');
    });

    it('stays until pointer or focus leaves, not for a time, and the focused marker’s comes back after a hover elsewhere', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const host = await mount(CATALONIA);
      await hover(host, markerOf(host, LLEIDA.label)!);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await settle(host);
      expect(shown(host), 'still shown while hovered').to.equal('Lleida');
      await resetMouse();
      await settle(host);
      expect(shown(host)).to.equal('');

      await host.map.focusPlace(GIRONA.id);
      await settle(host);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await settle(host);
      expect(shown(host), 'still shown while focused').to.equal('Girona');
      // The pointer passes over the focused marker and another one, then leaves: focus is still on its marker.
      await hover(host, markerOf(host, GIRONA.label)!);
      // Another marker still in view once focus brought Girona's into it.
      const other = markers(host).find((marker) => marker.getAttribute('aria-label') !== GIRONA.label)!;
      await hover(host, other);
      expect(other.getAttribute('aria-label')).to.contain(shown(host)).and.not.contain('Girona');
      await resetMouse();
      await settle(host);
      expect(shown(host), 'the focused marker’s tooltip again').to.equal('Girona');
      // A zoom from the keyboard moves the marker, and focus stays on it: so does its tooltip.
      await sendKeys({ press: '+' });
      await settle(host);
      expect(active(host)?.getAttribute('aria-label')).to.equal(GIRONA.label);
      expect(shown(host), 'still shown after a zoom').to.equal('Girona');
      await placed(host, markerOf(host, GIRONA.label)!);
      await sendKeys({ press: 'Tab' });
      await settle(host);
      expect(active(host)?.getAttribute('aria-label')).to.equal('Zoom in');
      expect(shown(host), 'gone with focus').to.equal('');
    });

    it('is part of the marker’s accessible name, and does not cover the focused marker', async () => {
      const near = place('es-ine:08101', "L'Hospitalet de Llobregat", 41.35967, 2.10028, 4);
      const host = await mount([...CATALONIA, near]);
      expect(tooltip(host).getAttribute('aria-hidden')).to.equal('true');
      for (const marker of markers(host)) {
        marker.focus();
        await settle(host);
        await placed(host, marker);
        const text = shown(host);
        expect(text.length, marker.getAttribute('aria-label')!).to.be.greaterThan(0);
        expect(marker.getAttribute('aria-label'), 'the accessible name holds the tooltip’s text').to.contain(text);
        // The marker with its focus ring (outline and offset) is left uncovered.
        const style = getComputedStyle(marker);
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        expect(ring, 'the focus ring shows').to.be.greaterThan(0);
        const [box, anchor] = [tooltip(host).getBoundingClientRect(), marker.getBoundingClientRect()];
        const overlaps = box.left < anchor.right + ring && box.right > anchor.left - ring && box.top < anchor.bottom + ring && box.bottom > anchor.top - ring;
        expect(overlaps, `${text} covers its marker or its focus ring`).to.equal(false);
      }
      expect(markers(host).some((marker) => marker.getAttribute('part') === 'cluster'), 'a cluster was among them').to.equal(true);
    });
  });

  describe('motion', () => {
    it('animates a zoom, but not when the reader prefers reduced motion', async () => {
      const host = await mount(SPREAD);
      const before = gapAB(host);
      root(host).querySelector<HTMLButtonElement>('[aria-label="Zoom in"]')!.click();
      await settle(host);
      expect(gapAB(host) / before, 'still on its way').to.be.below(1.9);
      await waitUntil(() => gapAB(host) / before > 1.98, 'arrives', { timeout: 2000 });

      await emulateMedia({ reducedMotion: 'reduce' });
      const reduced = await mount(SPREAD);
      const start = gapAB(reduced);
      root(reduced).querySelector<HTMLButtonElement>('[aria-label="Zoom in"]')!.click();
      await settle(reduced);
      expect(gapAB(reduced) / start, 'there at once').to.be.closeTo(2, 0.05);
      expect(getComputedStyle(markerOf(reduced, A.label)!).transitionDuration).to.equal('0s');
    });
  });

  describe('geometry', () => {
    it('loads the parts in view: countries when far, the municipalities and the home one when zoomed in, and the radius', async () => {
      const host = await mount([BARCELONA, BERLIN]);
      await waitUntil(() => root(host).querySelector('path.countries'), 'the countries are drawn', { timeout: 5000 });
      expect(exists(root(host).querySelector('path.municipalities'))).to.equal(false);
      expect(root(host).querySelector('svg.shapes')!.getAttribute('aria-hidden')).to.equal('true');

      host.map.home = { point: BARCELONA.point, name: 'Barcelona', councilId: BARCELONA.id };
      host.map.radiusKm = 25;
      host.map.fit();
      await settle(host);
      expect(root(host).querySelector('path.radius')!.getAttribute('d')).to.match(/^M/);
      await waitUntil(() => root(host).querySelector('path.municipalities[data-part="es-08"]'), 'Barcelona province is drawn', { timeout: 5000 });
      await waitUntil(() => root(host).querySelector('path.home-area'), 'the home municipality is highlighted');
      expect(root(host).querySelector('path.municipalities[data-part="es-29"]') !== null, 'Málaga province is out of view').to.equal(false);
      expect(root(host).querySelector('[part~="credit"]')!.textContent).to.contain('CC BY 4.0');
    });

    it('draws tiles only when a tile URL is set, and credits them', async () => {
      const host = await mount(CATALONIA);
      expect(exists(root(host).querySelector('.tiles'))).to.equal(false);
      host.map.tileUrl = `${location.origin}/no-tiles/{z}/{x}/{y}.png`;
      host.map.tileCredit = '© Test tiles';
      host.requestUpdate();
      await settle(host);
      const sources = [...root(host).querySelectorAll('.tiles img')].map((img) => img.getAttribute('src')!);
      expect(sources.length).to.be.greaterThan(0);
      expect(sources.every((src) => /\/no-tiles\/\d+\/\d+\/\d+\.png$/.test(src))).to.equal(true);
      expect(root(host).querySelector('[part~="credit"]')!.textContent).to.contain('© Test tiles');
    });

    it('asks nothing of another origin', async () => {
      await mount(CATALONIA, { home: { point: BARCELONA.point, name: 'Barcelona', councilId: BARCELONA.id }, radiusKm: 50 });
      const foreign = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).origin !== location.origin);
      expect(foreign).to.deep.equal([]);
    });
  });

  describe('forced colours', () => {
    it('keeps markers, home and the radius visible with system colours', async () => {
      // The runner's own command: emulateMedia drops forcedColors with this launcher (web-test-runner.config.mjs).
      await executeServerCommand('media-features', { 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      try {
        const host = await mount(CATALONIA, { home: { point: BARCELONA.point, name: 'Barcelona' }, radiusKm: 50 });
        const marker = getComputedStyle(markerOf(host, GIRONA.label)!);
        expect(marker.backgroundColor).to.not.equal(marker.color);
        expect(marker.borderTopStyle).to.equal('solid');
        const home = getComputedStyle(root(host).querySelector('[part~="home-marker"]')!);
        expect(home.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        const radius = getComputedStyle(root(host).querySelector('path.radius')!);
        expect(radius.stroke).to.not.equal('none');
      } finally {
        await executeServerCommand('media-features', { 'forced-colors': 'none' });
      }
    });
  });

  describe('small screens', () => {
    it('fits in 320 px', async () => {
      const host = await mount(CATALONIA, { width: 320 });
      expect(viewport(host).getBoundingClientRect().width).to.be.at.most(320);
      expect(host.scrollWidth).to.be.at.most(320);
      const zoom = root(host).querySelector('[part~="zoom"]')!.getBoundingClientRect();
      expect(zoom.right).to.be.at.most(host.getBoundingClientRect().right);
    });
  });
});
