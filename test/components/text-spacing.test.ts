import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/area-filter/area-filter.js';
import '../../src/components/assistant/assistant.js';
import '../../src/components/forum-thread/forum-thread.js';
import '../../src/components/project-card/project-card.js';
import '../../src/components/project-list/project-list.js';
import '../../src/components/proximity-map/proximity-map.js';
import type { DcAreaFilter } from '../../src/components/area-filter/area-filter.js';
import type { DcAssistant } from '../../src/components/assistant/assistant.js';
import type { DcProjectCard } from '../../src/components/project-card/project-card.js';
import type { DcProjectList } from '../../src/components/project-list/project-list.js';
import type { DcProximityMap } from '../../src/components/proximity-map/proximity-map.js';
import { applySpacing, fontSizes, lostText, notResized, removeSpacing, settle, shadowRoots } from './lost-text.js';
import { container } from './mount.js';

/*
 * WCAG 1.4.12 Text spacing and 1.4.4 Resize text, measured in Chromium on every element in the states a visitor
 * meets (a card opened, a filter with chips, a map with its chooser open and its list, a discussion with its reply
 * form, the assistant with an answer and the help block), at 1024 px and at 320 px wide:
 * - 1.4.12: line height 1.5, 2 em after paragraphs, letter spacing 0.12 em, word spacing 0.16 em, in the document
 *   and in every shadow root (where a visitor's style sheet cannot reach: the test puts it there);
 * - 1.4.4: the root's font size at 200% (what a browser's text-only zoom does), and a page's container at 200% (what a
 *   council's own A+ text-size buttons do); every text must then be twice as large.
 * In each, lost-text.ts looks for text cut off, spilling out of its control or element, or over other text.
 */

const CARDS = '/test/fixtures/cards-basic.json';
const DEMO = '/demo/feed.json';
const WIDTHS = [1024, 320];

type Scenario = (parent: HTMLElement) => Promise<Element>;

function create<T extends HTMLElement>(parent: HTMLElement, tag: string, attributes: Record<string, string>): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  return element;
}

/** A list of the demo feed, its first card opened at "More details". */
const listWithCardOpen: Scenario = async (parent) => {
  const list = create<DcProjectList>(parent, 'dc-project-list', { feed: DEMO });
  await waitUntil(() => list.shadowRoot?.querySelector('dc-project-card')?.shadowRoot?.querySelector('button.disclosure'), 'the list never showed cards', { timeout: 5000 });
  const card = list.shadowRoot!.querySelector<DcProjectCard>('dc-project-card')!;
  card.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!.click();
  await waitUntil(() => card.shadowRoot!.querySelector('#details dl, #details h3, #details h4'), 'the details never showed', { timeout: 5000 });
  return list;
};

/** A card in the full layout: its facts, partners and sections. */
const fullCard: Scenario = async (parent) => {
  const card = create<DcProjectCard>(parent, 'dc-project-card', { feed: CARDS, 'project-id': 'sabadell-cita-previa', layout: 'full' });
  await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'the card never showed its project', { timeout: 5000 });
  return card;
};

/** A filter with a search typed and a facet ticked (two chips and Clear all), and the list it drives. */
const filterWithChips: Scenario = async (parent) => {
  const filter = create<DcAreaFilter>(parent, 'dc-area-filter', { feed: DEMO, 'no-url': '' });
  create<DcProjectList>(parent, 'dc-project-list', { feed: DEMO });
  await waitUntil(() => filter.shadowRoot?.querySelector('#q') && filter.view?.state.status === 'ready', 'the filter never rendered', { timeout: 5000 });
  await filter.view!.whenIndexed();
  const query = filter.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
  query.value = 'administració electrònica';
  query.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  filter.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
  await waitUntil(() => filter.shadowRoot!.querySelectorAll('[part~="chip"]').length >= 2, 'no chips', { timeout: 5000 });
  return parent;
};

/** A map with a home: its list of projects near it, a card opened from it, and the chooser open with suggestions. */
const mapWithChooser: Scenario = async (parent) => {
  const map = create<DcProximityMap>(parent, 'dc-proximity-map', { feed: DEMO, home: 'es-ine:17079', 'radius-km': '50' });
  await waitUntil(() => map.shadowRoot?.querySelector('.row-title'), 'no nearby projects', { timeout: 5000 });
  map.shadowRoot!.querySelector<HTMLButtonElement>('.row-title')!.click();
  await waitUntil(() => map.shadowRoot!.querySelector('dc-project-card')?.shadowRoot?.querySelector('[part~="title"]'), 'no card', { timeout: 5000 });
  // Focus goes to the card it opened: the chooser is focused after that.
  await waitUntil(() => map.shadowRoot!.activeElement?.localName === 'dc-project-card', 'focus never went to the card', { timeout: 5000 });
  const chooser = map.shadowRoot!.querySelector<HTMLInputElement>('[part~="chooser-input"]')!;
  chooser.focus();
  chooser.select(); // It shows the home's name: typing replaces it.
  await sendKeys({ type: 'sa' });
  await waitUntil(() => map.shadowRoot!.querySelectorAll('[role="option"]').length > 1, 'the chooser offered nothing', { timeout: 5000 });
  return map;
};

/** A discussion of the test forum: its posts, a reply started, and the form showing its errors. */
const forumReplying: Scenario = async (parent) => {
  const forum = create<HTMLElement>(parent, 'dc-forum-thread', { api: '/forum/', feed: DEMO, thread: 'capafonts-assistent-virtual' });
  await waitUntil(() => forum.shadowRoot?.querySelector('article.post'), 'the forum never showed posts', { timeout: 8000 });
  const reply = [...forum.shadowRoot!.querySelectorAll<HTMLButtonElement>('article.post button.link')].find((button) => button.hasAttribute('aria-label'));
  reply?.click();
  await waitUntil(() => forum.shadowRoot!.querySelector('.replying'), 'no reply started', { timeout: 3000 });
  forum.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
  await waitUntil(() => forum.shadowRoot!.querySelector('[aria-invalid="true"]'), 'no errors shown', { timeout: 3000 });
  return forum;
};

/** The assistant's panel open (its quick replies), with an answer from the FAQ and the help block of a hand-over. */
const assistantAnswering: Scenario = async (parent) => {
  const assistant = create<DcAssistant>(parent, 'dc-assistant', { feed: DEMO });
  await waitUntil(() => assistant.shadowRoot?.querySelector('.launcher'), 'the assistant never rendered', { timeout: 5000 });
  assistant.shadowRoot!.querySelector<HTMLButtonElement>('.launcher')!.click();
  await waitUntil(() => assistant.shadowRoot!.querySelector('#input'), 'the panel never opened', { timeout: 5000 });
  const count = () => assistant.shadowRoot!.querySelectorAll('[role="log"] .msg').length;
  const before = count();
  assistant.ask('on pago la contribucio');
  await waitUntil(() => count() >= before + 2, 'no answer', { timeout: 5000 });
  assistant.ask('vull parlar amb una persona');
  await waitUntil(() => count() >= before + 4 && assistant.shadowRoot!.querySelector('a[href^="tel:"]'), 'no help block', { timeout: 5000 });
  return assistant;
};

/** A page wrapper, the element in the state `scenario` leaves it, and its text as measured at each width. */
async function mount(scenario: Scenario): Promise<{ page: HTMLDivElement; element: Element }> {
  await setViewport({ width: WIDTHS[0]!, height: 800 });
  const page = container('ca');
  const element = await scenario(page);
  await settle();
  return { page, element };
}

async function atEachWidth(check: (width: number) => Promise<void>): Promise<void> {
  for (const width of WIDTHS) {
    await setViewport({ width, height: 800 });
    await settle();
    await check(width);
  }
}

async function withSpacing(scenario: Scenario): Promise<void> {
  const { element } = await mount(scenario);
  try {
    await atEachWidth(async (width) => {
      expect(fontSizes([element]).size, 'texts measured').to.be.above(5);
      expect(lostText([element]), `as laid out at ${width} px, before`).to.deep.equal([]);
      applySpacing();
      await settle();
      // The spacing reached the innermost shadow roots (a card's inside a list or a map), not only the page.
      for (const root of shadowRoots(element)) {
        const text = root.querySelector('p, span, li, button');
        if (text) expect(getComputedStyle(text).letterSpacing, `spacing in ${root.host.localName}`).to.equal(`${parseFloat(getComputedStyle(text).fontSize) * 0.12}px`);
      }
      expect(lostText([element]), `at ${width} px`).to.deep.equal([]);
      removeSpacing();
      await settle();
    });
  } finally {
    removeSpacing();
  }
}

/** `enlarge` sets the text to 200% somewhere; `reset` undoes it. */
async function withTextAt200(scenario: Scenario, enlarge: (page: HTMLElement) => void, reset: (page: HTMLElement) => void): Promise<void> {
  const { page, element } = await mount(scenario);
  try {
    await atEachWidth(async (width) => {
      expect(lostText([element]), `as laid out at ${width} px, before`).to.deep.equal([]);
      const before = fontSizes([element]);
      enlarge(page);
      await settle();
      expect(notResized(before, 2), `text that did not grow at ${width} px`).to.deep.equal([]);
      expect(lostText([element]), `at ${width} px`).to.deep.equal([]);
      reset(page);
      await settle();
    });
  } finally {
    reset(page);
  }
}

const rootAt200 = (scenario: Scenario) =>
  withTextAt200(scenario, () => (document.documentElement.style.fontSize = '200%'), () => (document.documentElement.style.fontSize = ''));
const containerAt200 = (scenario: Scenario) =>
  withTextAt200(scenario, (page) => (page.style.fontSize = '200%'), (page) => (page.style.fontSize = ''));

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
after(() => setViewport({ width: 800, height: 600 }));

describe('text spacing (WCAG 1.4.12) and text resized to 200% (1.4.4)', function () {
  // Each test lays its element out four times over (two widths, before and after).
  this.timeout(30000);

  describe('the detector of lost text', () => {
    it('finds text cut off by a fixed height, text over text, a label spilling out of its button, and a select too narrow', async () => {
      const page = container('en');
      const host = document.createElement('div');
      page.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const add = (parent: ParentNode, tag: string, style: string, text: string) => {
        const element = document.createElement(tag);
        element.setAttribute('style', style);
        element.append(text);
        parent.append(element);
        return element;
      };
      add(root, 'p', 'inline-size: 10em; block-size: 1em; overflow: hidden; margin: 0', 'A first line, and a second line that a box one line high cuts off, at any width');
      add(add(root, 'p', 'position: relative; margin: 0', 'Text under'), 'span', 'position: absolute; inset: 0', 'Text over');
      add(root, 'button', 'inline-size: 3em; block-size: 2em; white-space: nowrap', 'A long label for a small button');
      add(add(root, 'select', 'inline-size: 3em', ''), 'option', '', 'A long option for a small select');
      add(add(root, 'p', '', 'Text that fits '), 'button', '', 'Fine');
      await settle();
      const losses = lostText([host]).join('\n');
      expect(losses).to.contain('is cut off by p');
      expect(losses).to.contain('overlap');
      expect(losses).to.contain('spills out of its control button');
      expect(losses).to.contain('cuts its option');
      expect(losses).to.not.contain('Fine');
    });

    it('puts the 1.4.12 spacing in every shadow root, nested ones too, and takes it away again', async () => {
      const { element } = await mount(listWithCardOpen);
      applySpacing();
      const card = element.shadowRoot!.querySelector('dc-project-card')!;
      const summary = card.shadowRoot!.querySelector('p')!;
      const size = parseFloat(getComputedStyle(summary).fontSize);
      expect(getComputedStyle(summary).letterSpacing).to.equal(`${size * 0.12}px`);
      expect(getComputedStyle(summary).wordSpacing).to.equal(`${size * 0.16}px`);
      expect(getComputedStyle(summary).lineHeight).to.equal(`${size * 1.5}px`);
      expect(getComputedStyle(summary).marginBlockEnd).to.equal(`${size * 2}px`);
      removeSpacing();
      expect(getComputedStyle(summary).letterSpacing).to.equal('normal');
    });
  });

  describe('<dc-project-list> with a card opened at More details', () => {
    it('list: no text lost with the 1.4.12 spacing in every shadow root, at 1024 and 320 px', () => withSpacing(listWithCardOpen));
    it('list: no text lost, all of it twice as large, with the root font size at 200%, at 1024 and 320 px', () => rootAt200(listWithCardOpen));
    it('list: no text lost, all of it twice as large, in a page container at font-size 200%, at 1024 and 320 px', () => containerAt200(listWithCardOpen));
  });

  describe('<dc-project-card> in the full layout', () => {
    it('card: no text lost with the 1.4.12 spacing in every shadow root, at 1024 and 320 px', () => withSpacing(fullCard));
    it('card: no text lost, all of it twice as large, with the root font size at 200%, at 1024 and 320 px', () => rootAt200(fullCard));
    it('card: no text lost, all of it twice as large, in a page container at font-size 200%, at 1024 and 320 px', () => containerAt200(fullCard));
  });

  describe('<dc-area-filter> with a search and a facet chosen (chips), and its list', () => {
    it('filter: no text lost with the 1.4.12 spacing in every shadow root, at 1024 and 320 px', () => withSpacing(filterWithChips));
    it('filter: no text lost, all of it twice as large, with the root font size at 200%, at 1024 and 320 px', () => rootAt200(filterWithChips));
    it('filter: no text lost, all of it twice as large, in a page container at font-size 200%, at 1024 and 320 px', () => containerAt200(filterWithChips));
  });

  describe('<dc-proximity-map> with a home, its list, a card open and the chooser offering councils', () => {
    it('map: no text lost with the 1.4.12 spacing in every shadow root, at 1024 and 320 px', () => withSpacing(mapWithChooser));
    it('map: no text lost, all of it twice as large, with the root font size at 200%, at 1024 and 320 px', () => rootAt200(mapWithChooser));
    it('map: no text lost, all of it twice as large, in a page container at font-size 200%, at 1024 and 320 px', () => containerAt200(mapWithChooser));
  });

  describe('<dc-forum-thread> with its posts, a reply started and the form showing errors', () => {
    it('forum: no text lost with the 1.4.12 spacing in every shadow root, at 1024 and 320 px', () => withSpacing(forumReplying));
    it('forum: no text lost, all of it twice as large, with the root font size at 200%, at 1024 and 320 px', () => rootAt200(forumReplying));
    it('forum: no text lost, all of it twice as large, in a page container at font-size 200%, at 1024 and 320 px', () => containerAt200(forumReplying));
  });

  describe('<dc-assistant> open, with its quick replies, an answer and the help block', () => {
    it('assistant: no text lost with the 1.4.12 spacing in every shadow root, at 1024 and 320 px', () => withSpacing(assistantAnswering));
    it('assistant: no text lost, all of it twice as large, with the root font size at 200%, at 1024 and 320 px', () => rootAt200(assistantAnswering));
    it('assistant: no text lost, all of it twice as large, in a page container at font-size 200%, at 1024 and 320 px', () => containerAt200(assistantAnswering));
  });
});
