import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/area-filter/area-filter.js';
import '../../src/components/assistant/assistant.js';
import '../../src/components/forum-thread/forum-thread.js';
import '../../src/components/project-card/project-card.js';
import '../../src/components/project-list/project-list.js';
import type { DcAreaFilter } from '../../src/components/area-filter/area-filter.js';
import type { DcAssistant } from '../../src/components/assistant/assistant.js';
import type { DcForumThread } from '../../src/components/forum-thread/forum-thread.js';
import type { DcProjectCard } from '../../src/components/project-card/project-card.js';
import type { DcProjectList } from '../../src/components/project-list/project-list.js';
import { container } from './mount.js';

/*
 * Theming as a page does it: the example council theme (demo/themes/council.css, tokens and ::part() only) and the
 * dark scheme, which an element takes only from the page's `color-scheme`. What is checked is what the visitor sees:
 * computed styles inside the shadow roots, and axe on every element in each look.
 */

const CARDS = '/test/fixtures/cards-basic.json';
const DEMO = '/demo/feed.json';

const LIGHT_TEXT = 'rgb(31, 35, 40)'; // #1f2328
const DARK_TEXT = 'rgb(230, 237, 243)'; // #e6edf3
const DARK_SURFACE = 'rgb(22, 27, 34)'; // #161b22

/** A wrapper of the given language, with an inline style (a colour scheme), removed after the test. */
function wrapper(style = '', lang = 'en'): HTMLDivElement {
  const div = container(lang);
  div.setAttribute('style', style);
  return div;
}

function create<T extends HTMLElement>(parent: HTMLElement, tag: string, attributes: Record<string, string>): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  return element;
}

async function card(parent: HTMLElement, layout = 'compact'): Promise<DcProjectCard> {
  const element = create<DcProjectCard>(parent, 'dc-project-card', { feed: CARDS, 'project-id': 'sabadell-cita-previa', layout });
  await waitUntil(() => element.shadowRoot?.querySelector('[part~="title"]'), 'the card never showed its project', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

/** A filter and the list it drives, with a search typed, so that the cards show matched words (marks). */
async function filteredList(parent: HTMLElement): Promise<{ filter: DcAreaFilter; list: DcProjectList }> {
  const filter = create<DcAreaFilter>(parent, 'dc-area-filter', { feed: CARDS, 'no-url': '' });
  const list = create<DcProjectList>(parent, 'dc-project-list', { feed: CARDS });
  await waitUntil(() => list.shadowRoot?.querySelector('dc-project-card'), 'the list never showed cards', { timeout: 5000 });
  await waitUntil(() => filter.shadowRoot?.querySelector('#q') && filter.view?.state.status === 'ready', 'the filter never rendered', { timeout: 5000 });
  await filter.view!.whenIndexed();
  const query = filter.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
  query.value = 'appointments';
  query.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await waitUntil(
    () => list.shadowRoot!.querySelector('dc-project-card')?.shadowRoot?.querySelector('mark'),
    'no matched word was marked',
    { timeout: 5000 },
  );
  return { filter, list };
}

async function assistantWithAnswers(parent: HTMLElement): Promise<DcAssistant> {
  const assistant = create<DcAssistant>(parent, 'dc-assistant', { feed: DEMO, inline: '' });
  await waitUntil(() => assistant.shadowRoot?.querySelector('.launcher'), 'the assistant never rendered', { timeout: 5000 });
  assistant.ask('com pago l’IBI');
  await waitUntil(() => assistant.shadowRoot!.querySelectorAll('[role="log"] .msg').length >= 3, 'no answer', { timeout: 5000 });
  await assistant.updateComplete;
  return assistant;
}

/** A discussion of the test forum, and its form showing errors (the error colour). */
async function forumWithErrors(parent: HTMLElement): Promise<DcForumThread> {
  const forum = create<DcForumThread>(parent, 'dc-forum-thread', { api: '/forum/', feed: DEMO, thread: 'capafonts-assistent-virtual' });
  await waitUntil(() => forum.shadowRoot?.querySelector('article.post'), 'the forum never showed posts', { timeout: 8000 });
  forum.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
  await waitUntil(() => forum.shadowRoot!.querySelector('[aria-invalid="true"]'), 'no errors shown');
  return forum;
}

const style = (element: Element) => getComputedStyle(element);
const titleOf = (element: DcProjectCard) => element.shadowRoot!.querySelector('[part~="title"]')!;

let themeLink: HTMLLinkElement | undefined;

async function loadCouncilTheme(): Promise<void> {
  themeLink = document.createElement('link');
  themeLink.rel = 'stylesheet';
  themeLink.href = '/demo/themes/council.css';
  const loaded = new Promise((resolve, reject) => {
    themeLink!.onload = resolve;
    themeLink!.onerror = reject;
  });
  document.head.append(themeLink);
  await loaded;
}

afterEach(async () => {
  themeLink?.remove();
  themeLink = undefined;
  await emulateMedia({ colorScheme: 'light' });
});

describe('theming', () => {
  describe('the dark scheme', () => {
    it('stays light on a dark-mode system when the page never asked for dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      const element = await card(wrapper());
      expect(style(titleOf(element)).color).to.equal(LIGHT_TEXT);
      expect(style(element).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it("follows the system when the page says `color-scheme: light dark`, and paints its own surface", async () => {
      const followsSystem = wrapper('color-scheme: light dark');
      const element = await card(followsSystem);
      expect(style(titleOf(element)).color).to.equal(LIGHT_TEXT);
      await emulateMedia({ colorScheme: 'dark' });
      expect(style(titleOf(element)).color).to.equal(DARK_TEXT);
      expect(style(element).backgroundColor).to.equal(DARK_SURFACE);
      expect(style(element.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor).to.equal(DARK_SURFACE);
    });

    it('is dark where the page forces `color-scheme: dark`, on a light system, and the page can force light back', async () => {
      const dark = await card(wrapper('color-scheme: dark'));
      expect(style(titleOf(dark)).color).to.equal(DARK_TEXT);
      // Focus ring: the dark accent (#6cb6ff), 8:1 on the dark surface.
      const button = dark.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!;
      button.focus();
      await sendKeys({ press: 'Shift' });
      expect(style(button).outlineColor).to.equal('rgb(108, 182, 255)');

      await emulateMedia({ colorScheme: 'dark' });
      const forcedLight = await card(wrapper('color-scheme: light'));
      expect(style(titleOf(forcedLight)).color).to.equal(LIGHT_TEXT);
    });

    it('is accessible (axe): a card opened, a filtered list with marks, the assistant with answers, a forum with errors', async () => {
      const dark = wrapper('color-scheme: dark');
      const opened = await card(dark, 'full');
      await expect(opened).to.be.accessible();
      const { filter, list } = await filteredList(dark);
      await expect(filter).to.be.accessible();
      await expect(list).to.be.accessible();
      await expect(await assistantWithAnswers(dark)).to.be.accessible();
      await expect(await forumWithErrors(dark)).to.be.accessible();
    });
  });

  describe('the example council theme (tokens and ::part() only)', () => {
    it("changes the cards' titles, the buttons' corners and the focus ring inside the shadow roots", async () => {
      const before = await card(wrapper());
      const disclosure = (element: DcProjectCard) => element.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!;
      expect(style(titleOf(before)).color).to.equal(LIGHT_TEXT);
      expect(style(disclosure(before)).borderTopLeftRadius).to.equal('4px');

      await loadCouncilTheme();
      const themed = await card(wrapper());
      const title = style(titleOf(themed));
      expect(title.color).to.equal('rgb(92, 14, 37)'); // --dc-card-title-color
      expect(title.fontFamily).to.contain('Georgia'); // ::part(title)
      expect(style(themed.shadowRoot!.querySelector('[part~="base"]')!).borderTopWidth).to.equal('6px'); // ::part(base)
      expect(style(disclosure(themed)).borderTopLeftRadius).to.equal('0px'); // --dc-radius
      disclosure(themed).focus();
      await sendKeys({ press: 'Shift' });
      expect(style(disclosure(themed)).outlineColor).to.equal('rgb(26, 95, 180)'); // --dc-focus-ring
      expect(style(disclosure(themed)).outlineWidth).to.equal('3px');

      // Through a list, the card's parts are the list's card-* parts.
      const { list } = await filteredList(wrapper());
      const listed = list.shadowRoot!.querySelector<DcProjectCard>('dc-project-card')!;
      expect(style(titleOf(listed)).fontFamily).to.contain('Georgia');
      expect(style(listed.shadowRoot!.querySelector('mark')!).backgroundColor).to.equal('rgb(255, 226, 122)');
      const sort = list.shadowRoot!.querySelector('select')!;
      expect(style(sort).borderTopLeftRadius).to.equal('0px');
    });

    it('is accessible (axe): a card opened, a filtered list with marks, the assistant with answers, a forum with errors', async () => {
      await loadCouncilTheme();
      const page = wrapper();
      await expect(await card(page, 'full')).to.be.accessible();
      const { filter, list } = await filteredList(page);
      await expect(filter).to.be.accessible();
      await expect(list).to.be.accessible();
      await expect(await assistantWithAnswers(page)).to.be.accessible();
      await expect(await forumWithErrors(page)).to.be.accessible();
    });
  });
});
