import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/area-filter/area-filter.js';
import '../../src/components/assistant/assistant.js';
import '../../src/components/forum-thread/forum-thread.js';
import '../../src/components/observatory/observatory.js';
import '../../src/components/project-card/project-card.js';
import '../../src/components/project-list/project-list.js';
import type { DcAreaFilter } from '../../src/components/area-filter/area-filter.js';
import type { DcAssistant } from '../../src/components/assistant/assistant.js';
import type { DcForumThread } from '../../src/components/forum-thread/forum-thread.js';
import type { DcProjectCard } from '../../src/components/project-card/project-card.js';
import type { DcProjectList } from '../../src/components/project-list/project-list.js';
import { container } from './mount.js';

/*
 * Forced colours (Windows High Contrast, emulated by Chromium) and reduced motion, on every element but the map (its
 * own files test both). What is checked is what Chromium computes in that mode, inside the shadow roots.
 */

const CARDS = '/test/fixtures/cards-basic.json';
const DEMO = '/demo/feed.json';

/**
 * Forced colours, through the runner's own command (web-test-runner.config.mjs): `emulateMedia({ forcedColors })` of
 * @web/test-runner-commands drops forcedColors with this launcher, and the page stays in its usual colours.
 */
const forcedColors = (value: 'active' | 'none') => executeServerCommand('media-features', { 'forced-colors': value });

const shadow = (element: Element) => element.shadowRoot!;
const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);

/** What a system colour computes to in the current mode. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = style(probe).color;
  probe.remove();
  return value;
}

function create<T extends HTMLElement>(parent: HTMLElement, tag: string, attributes: Record<string, string>): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  return element;
}

async function list(attributes: Record<string, string>, lang = 'en'): Promise<DcProjectList> {
  const element = create<DcProjectList>(container(lang), 'dc-project-list', attributes);
  await waitUntil(() => shadow(element).querySelector('dc-project-card, [part~="message"] button'), 'the list never rendered', { timeout: 5000 });
  await Promise.all([...shadow(element).querySelectorAll<DcProjectCard>('dc-project-card')].map((card) => card.updateComplete));
  return element;
}

async function forum(lang = 'ca'): Promise<DcForumThread> {
  const element = create<DcForumThread>(container(lang), 'dc-forum-thread', { api: '/forum/', feed: DEMO, thread: 'capafonts-assistent-virtual' });
  await waitUntil(() => shadow(element).querySelector('article.post'), 'the forum never showed posts', { timeout: 8000 });
  await element.updateComplete;
  return element;
}

async function assistant(lang = 'ca'): Promise<DcAssistant> {
  const element = create<DcAssistant>(container(lang), 'dc-assistant', { feed: DEMO });
  await waitUntil(() => shadow(element).querySelector('.launcher'), 'the assistant never rendered', { timeout: 5000 });
  return element;
}

const messages = (element: DcAssistant) => [...shadow(element).querySelectorAll<HTMLElement>('[role="log"] .msg')];

async function openAssistant(element: DcAssistant): Promise<void> {
  shadow(element).querySelector<HTMLButtonElement>('.launcher')!.click();
  await waitUntil(() => shadow(element).querySelector('#input') && messages(element).length, 'the panel never opened', { timeout: 5000 });
  await element.updateComplete;
}

async function ask(element: DcAssistant, question: string): Promise<HTMLElement> {
  const before = messages(element).length;
  const input = shadow(element).querySelector<HTMLInputElement>('#input')!;
  input.focus();
  await sendKeys({ type: question });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => messages(element).length >= before + 2, `no answer to ${question}`, { timeout: 5000 });
  await element.updateComplete;
  return messages(element).at(-1)!;
}

/** Focuses a control from the keyboard's side (`:focus-visible` follows a key press) and returns its outline. */
async function ringOf(control: HTMLElement): Promise<{ style: string; width: number; color: string }> {
  control.focus();
  await sendKeys({ press: 'Shift' });
  const computed = style(control);
  return { style: computed.outlineStyle, width: parseFloat(computed.outlineWidth), color: computed.outlineColor };
}

/** The focus ring, in forced colours: a 2 px line at least, in the system's Highlight colour, on the Canvas around. */
async function expectForcedRing(control: HTMLElement, name: string): Promise<void> {
  const ring = await ringOf(control);
  expect(ring.style, `${name}: outline style`).to.not.equal('none');
  expect(ring.width, `${name}: outline width`).to.be.at.least(2);
  expect(ring.color, `${name}: outline colour`).to.equal(systemColor('Highlight'));
  expect(ring.color, `${name}: outline colour against Canvas`).to.not.equal(systemColor('Canvas'));
}

/** The system colours that stand out from the Canvas (and from ButtonFace, which may be the same). */
function strongColors(): string[] {
  const background = [systemColor('Canvas'), systemColor('ButtonFace')];
  return ['CanvasText', 'ButtonText', 'ButtonBorder', 'FieldText', 'LinkText', 'Highlight', 'GrayText', 'Mark'].map(systemColor).filter((color) => !background.includes(color));
}

/**
 * The control's edge is drawn in a system colour that stands out from the Canvas around it: its border, or its fill.
 * A light grey of the page's palette kept by `forced-color-adjust: none` does not count.
 */
function expectBoundary(control: Element, name: string): void {
  const computed = style(control);
  const strong = strongColors();
  const border = computed.borderTopStyle !== 'none' && parseFloat(computed.borderTopWidth) >= 1 && strong.includes(computed.borderTopColor);
  const fill = strong.includes(computed.backgroundColor);
  expect(border || fill, `${name}: border ${computed.borderTopStyle} ${computed.borderTopWidth} ${computed.borderTopColor}, fill ${computed.backgroundColor}`).to.equal(true);
}

/** Every element of a shadow root and of the shadow roots inside it. */
function everyElement(root: ShadowRoot | Document): Element[] {
  const all = [...root.querySelectorAll('*')];
  return all.concat(all.flatMap((element) => (element.shadowRoot ? everyElement(element.shadowRoot) : [])));
}

/** What moves inside an element: running animations and transitions, and parts whose styles ask for motion. */
function motionIn(host: Element): string[] {
  const moving: string[] = [];
  const roots = [host.shadowRoot!, ...everyElement(host.shadowRoot!).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
  for (const root of roots) for (const animation of root.getAnimations()) moving.push(`running: ${(animation as CSSAnimation).animationName ?? animation.constructor.name}`);
  for (const element of [host, ...everyElement(host.shadowRoot!)]) {
    for (const pseudo of [undefined, '::before', '::after']) {
      const computed = style(element, pseudo);
      const seconds = (value: string) => value.split(',').some((part) => parseFloat(part) > 0);
      if (computed.animationName !== 'none' && seconds(computed.animationDuration)) moving.push(`${element.localName}.${element.className}${pseudo ?? ''}: animation ${computed.animationName}`);
      if (seconds(computed.transitionDuration)) moving.push(`${element.localName}.${element.className}${pseudo ?? ''}: transition ${computed.transitionProperty}`);
    }
  }
  return moving;
}

// The filter writes its choices in the address (and a permalink its hash): each test starts from the page's own.
const ORIGINAL_URL = location.href;

afterEach(async () => {
  history.replaceState(null, '', ORIGINAL_URL);
  await forcedColors('none');
  await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  sessionStorage.clear();
});

// Chromium draws forced colours with a light palette, or a dark one where the system prefers dark.
for (const scheme of ['light', 'dark'] as const) {
  describe(`forced colours, ${scheme} palette (outside the map)`, () => {
    beforeEach(async () => {
      await forcedColors('active');
      await emulateMedia({ colorScheme: scheme });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).to.equal(true);
    });

    it('keeps the list and its cards framed, their controls bordered and the focus ring in Highlight', async () => {
      const element = await list({ feed: CARDS, 'page-size': '2' });
      const root = shadow(element);
      const card = root.querySelector<DcProjectCard>('dc-project-card')!;
      const sort = root.querySelector<HTMLSelectElement>('select')!;
      const more = shadow(card).querySelector<HTMLButtonElement>('button.disclosure')!;
      const next = root.querySelector<HTMLButtonElement>('.pagination .next')!;
      const previous = root.querySelector<HTMLButtonElement>('.pagination .previous')!;
      expectBoundary(shadow(card).querySelector('[part~="base"]')!, 'card');
      for (const [control, name] of [[sort, 'sort'], [more, 'More details'], [next, 'Next page'], [previous, 'Previous page (disabled)']] as const) expectBoundary(control, name);
      expect(style(previous).color, 'a disabled button is GrayText').to.equal(systemColor('GrayText'));
      await expectForcedRing(sort, 'sort');
      await expectForcedRing(more, 'More details');
      await expectForcedRing(shadow(card).querySelector<HTMLAnchorElement>('a.permalink')!, 'permalink');
      await expectForcedRing(next, 'Next page');
      // The disclosure's arrow is text (content), drawn in the button's own colour.
      expect(style(more, '::before').color).to.equal(style(more).color);
    });

    it('frames the list’s error and its Retry button', async () => {
      const element = await list({ feed: '/test/fixtures/does-not-exist.json' });
      const root = shadow(element);
      const status = root.querySelector('[part~="status"]')!;
      expectBoundary(status, 'the error');
      const retry = root.querySelector<HTMLButtonElement>('[part~="message"] button')!;
      expectBoundary(retry, 'Retry');
      await expectForcedRing(retry, 'Retry');
    });

    it('keeps a card’s phase told by its border style, and a search match by more than a colour', async () => {
      const page = container('en');
      const filter = create<DcAreaFilter>(page, 'dc-area-filter', { feed: CARDS });
      const element = create<DcProjectList>(page, 'dc-project-list', { feed: CARDS });
      await waitUntil(() => shadow(filter).querySelector('#q') && shadow(element).querySelector('dc-project-card'), 'no filter or list', { timeout: 5000 });
      const cards = () => [...shadow(element).querySelectorAll<DcProjectCard>('dc-project-card')];
      await Promise.all(cards().map((card) => card.updateComplete));
      const phases = cards().flatMap((card) => [...shadow(card).querySelectorAll('.phase')]).map((phase) => style(phase).borderTopStyle);
      expect(phases.length).to.be.above(0);
      expect(phases.every((border) => ['dashed', 'double', 'solid'].includes(border))).to.equal(true);
      // A search for a word of the titles marks it in the cards.
      const title = shadow(cards()[0]!).querySelector('[part~="title"]')!.textContent!.trim().split(/\s+/).find((word) => word.length > 4)!;
      const q = shadow(filter).querySelector<HTMLInputElement>('#q')!;
      q.focus();
      await sendKeys({ type: title });
      await waitUntil(() => cards().some((card) => shadow(card).querySelector('mark')), 'nothing marked', { timeout: 5000 });
      const mark = cards().map((card) => shadow(card).querySelector('mark')).find(Boolean)!;
      const computed = style(mark);
      expect(computed.backgroundColor).to.equal(systemColor('Mark'));
      expect(computed.textDecorationLine, 'a bar under a match (box-shadow is not drawn in forced colours)').to.contain('underline');
    });

    it('keeps the filter’s field, boxes and chips bordered, and its focus ring in Highlight', async () => {
      const page = container('en');
      const filter = create<DcAreaFilter>(page, 'dc-area-filter', { feed: CARDS });
      create(page, 'dc-project-list', { feed: CARDS });
      await waitUntil(() => shadow(filter).querySelector('.option input'), 'no facets', { timeout: 5000 });
      const root = shadow(filter);
      const q = root.querySelector<HTMLInputElement>('#q')!;
      expectBoundary(q, 'search field');
      await expectForcedRing(q, 'search field');
      const box = root.querySelector<HTMLInputElement>('.option input')!;
      await expectForcedRing(box, 'checkbox');
      box.click();
      await waitUntil(() => root.querySelector('[part~="chip"]'), 'no chip for the checked box');
      const chip = root.querySelector<HTMLButtonElement>('[part~="chip"]')!;
      expectBoundary(chip, 'chip');
      expect(style(chip).borderTopColor).to.equal(systemColor('ButtonText'));
      await expectForcedRing(chip, 'chip');
      for (const button of root.querySelectorAll<HTMLButtonElement>('button.toggle, button.clear, button.more')) {
        expectBoundary(button, button.className);
        await expectForcedRing(button, button.className);
      }
      // The summary's bars (SVG) are drawn in the text colour.
      const bar = root.querySelector('.bar');
      expect(bar, 'a bar of the summary').to.not.equal(null);
      expect(style(bar!).fill).to.equal(systemColor('CanvasText'));
    });

    it('frames the forum’s posts, fields and buttons, shows its link buttons as links, and its focus ring in Highlight', async () => {
      const element = await forum();
      const root = shadow(element);
      const post = root.querySelector('article.post')!;
      expectBoundary(post, 'post');
      const reply = root.querySelector<HTMLButtonElement>('article.post .actions button.link')!;
      expect(style(reply).color, 'a button that looks like a link has the link colour').to.equal(systemColor('LinkText'));
      expect(style(reply).textDecorationLine).to.contain('underline');
      await expectForcedRing(reply, 'Reply');
      for (const field of root.querySelectorAll<HTMLElement>('input:not(#website), textarea')) {
        expectBoundary(field, field.id);
        await expectForcedRing(field, field.id);
      }
      const send = root.querySelector<HTMLButtonElement>('button.send')!;
      expectBoundary(send, 'Send');
      await expectForcedRing(send, 'Send');
      // A post receives focus from script (a reply's "in reply to"): it shows it.
      await expectForcedRing(post as HTMLElement, 'post');
      // Errors: the fields marked, the messages in the text colour, the outcome line framed at its start.
      send.click();
      await waitUntil(() => root.querySelector('[aria-invalid="true"]'), 'no errors shown');
      const invalid = root.querySelector('[aria-invalid="true"]')!;
      expect(style(invalid).borderTopWidth).to.equal('2px');
      expect(style(invalid).borderTopColor).to.equal(systemColor('Mark'));
      for (const error of root.querySelectorAll('.error')) expect(style(error).color).to.equal(systemColor('CanvasText'));
      // The outcome line under the form keeps the bar at its start.
      const outcome = style(root.querySelector('#outcome')!);
      expect(outcome.display).to.not.equal('none');
      expect(outcome.borderLeftStyle).to.equal('solid');
      expect(outcome.borderLeftWidth).to.equal('4px');
      expect(strongColors()).to.include(outcome.borderLeftColor);
    });

    it('frames the assistant’s launcher, panel, chips, messages and buttons, and its focus ring in Highlight', async () => {
      const element = await assistant();
      const root = shadow(element);
      const launcher = root.querySelector<HTMLButtonElement>('.launcher')!;
      expectBoundary(launcher, 'launcher');
      await expectForcedRing(launcher, 'launcher');
      // The icon is drawn in the launcher's text colour, not in its fill.
      const icon = launcher.querySelector('svg')!;
      expect(style(icon).fill).to.equal(style(launcher).color);
      expect(style(icon).fill).to.not.equal(style(launcher).backgroundColor);
      await openAssistant(element);
      expectBoundary(root.querySelector('.panel')!, 'panel');
      const chip = root.querySelector<HTMLButtonElement>('.chips .chip')!;
      expectBoundary(chip, 'chip');
      await expectForcedRing(chip, 'chip');
      const close = root.querySelector<HTMLButtonElement>('.close')!;
      expectBoundary(close, 'close');
      await expectForcedRing(close, 'close');
      const answer = await ask(element, 'on pago la contribucio');
      expectBoundary(answer, 'answer');
      expectBoundary(messages(element).at(-2)!, 'question');
      await expectForcedRing(answer, 'answer (a message takes focus with the arrow keys)');
      const clear = root.querySelector<HTMLButtonElement>('.clear')!;
      expectBoundary(clear, 'clear');
      await expectForcedRing(clear, 'clear');
      const send = root.querySelector<HTMLButtonElement>('.send')!;
      expectBoundary(send, 'send');
      await expectForcedRing(send, 'send');
      const [yes, no] = [...answer.querySelectorAll<HTMLButtonElement>('.feedback button')];
      expectBoundary(yes!, 'yes');
      yes!.click();
      await element.updateComplete;
      expectBoundary(yes!, 'yes, pressed');
      await expectForcedRing(yes!, 'yes, pressed');
      await expectForcedRing(no!, 'no');
      // The pressed answer is told by more than its colours: a mark before its word.
      expect(style(yes!, '::before').content, 'pressed').to.not.equal('none');
      expect(style(no!, '::before').content, 'not pressed').to.equal('none');
      // The help block after two misses: its links are links.
      await ask(element, 'quin temps farà demà a la platja');
      const handover = await ask(element, 'qui guanyarà la lliga de futbol');
      const link = handover.querySelector<HTMLAnchorElement>('.help a')!;
      expect(style(link).color).to.equal(systemColor('LinkText'));
      await expectForcedRing(link, 'help link');
    });

    it('draws nothing of its own in an observatory: the list inside it keeps its frames', async () => {
      const page = container('en');
      const observatory = create(page, 'dc-observatory', { feed: CARDS });
      const element = create<DcProjectList>(observatory, 'dc-project-list', {});
      await waitUntil(() => shadow(element).querySelector('dc-project-card'), 'no cards', { timeout: 5000 });
      expect(style(observatory).display).to.equal('contents');
      const card = shadow(element).querySelector<DcProjectCard>('dc-project-card')!;
      await card.updateComplete;
      expectBoundary(shadow(card).querySelector('[part~="base"]')!, 'card');
    });
  });
}

describe('state told by more than a colour', () => {
  it('marks the answer the visitor gave to “was this helpful?” with a sign, not by its fill alone', async () => {
    const element = await assistant();
    await openAssistant(element);
    const answer = await ask(element, 'on pago la contribucio');
    const [yes, no] = [...answer.querySelectorAll<HTMLButtonElement>('.feedback button')];
    expect(style(yes!, '::before').content).to.equal('none');
    yes!.click();
    await element.updateComplete;
    expect(yes!.getAttribute('aria-pressed')).to.equal('true');
    expect(style(yes!, '::before').content).to.contain('✓');
    expect(style(no!, '::before').content).to.equal('none');
  });
});

describe('reduced motion (outside the map)', () => {
  it('stops the loading shimmer of a list and of a lone card, which runs otherwise', async () => {
    const skeletons = async () => {
      const page = container('en');
      const slowList = create<DcProjectList>(page, 'dc-project-list', { feed: `/faults/slow?ms=3000&file=cards-many.json&k=${Math.random()}` });
      const slowCard = create<DcProjectCard>(page, 'dc-project-card', { feed: `/faults/slow?ms=3000&file=cards-basic.json&k=${Math.random()}`, 'project-id': 'x' });
      await waitUntil(() => shadow(slowList).querySelector('.skeleton') && slowCard.shadowRoot?.querySelector('.skeleton'), 'no placeholders', { timeout: 5000 });
      return [slowList, slowCard];
    };
    const moving = (await skeletons()).flatMap(motionIn);
    expect(moving.length, 'without a preference, the shimmer runs (the test sees motion)').to.be.above(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect((await skeletons()).flatMap(motionIn)).to.deep.equal([]);
  });

  it('moves nothing as the assistant opens and answers, as a card opens its details, or in a forum', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await assistant();
    expect(motionIn(element)).to.deep.equal([]);
    await openAssistant(element);
    expect(motionIn(element)).to.deep.equal([]);
    await ask(element, 'on pago la contribucio');
    expect(motionIn(element)).to.deep.equal([]);
    const items = await list({ feed: CARDS });
    const card = shadow(items).querySelector<DcProjectCard>('dc-project-card')!;
    shadow(card).querySelector<HTMLButtonElement>('button.disclosure')!.click();
    await waitUntil(() => shadow(card).querySelector('.details:not([hidden]) [part~="section"], .details:not([hidden]) dl'), 'no details', { timeout: 5000 });
    expect(motionIn(items)).to.deep.equal([]);
    const thread = await forum();
    expect(motionIn(thread)).to.deep.equal([]);
  });

  it('scrolls at once where the reader prefers reduced motion, even on a page that scrolls smoothly', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    // Where each scroll the elements ask for has put its target, measured as the call returns: a smooth scroll has not
    // moved yet. Calls with behavior 'smooth' are noted too.
    const landed: string[] = [];
    const smooth: string[] = [];
    const scrollIntoView = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      if (typeof options === 'object' && options.behavior === 'smooth') smooth.push(`${this.localName}.scrollIntoView`);
      scrollIntoView.call(this, options);
      const rect = this.getBoundingClientRect();
      const away = typeof options === 'object' && options.block === 'center' ? rect.top + rect.height / 2 - innerHeight / 2 : rect.top;
      landed.push(Math.abs(away) < 2 ? 'there' : `${this.localName} ${Math.round(away)} px away`);
    };
    const scrolls = [Element.prototype, window].map((owner) => {
      const target = owner as unknown as Record<'scrollTo' | 'scrollBy', (...args: unknown[]) => void>;
      const originals = { scrollTo: target.scrollTo, scrollBy: target.scrollBy };
      for (const name of ['scrollTo', 'scrollBy'] as const) {
        target[name] = function (this: unknown, ...args: unknown[]) {
          if ((args[0] as ScrollToOptions | undefined)?.behavior === 'smooth') smooth.push(name);
          return originals[name].apply(this, args);
        };
      }
      return () => Object.assign(target, originals);
    });
    document.documentElement.style.scrollBehavior = 'smooth';
    try {
      const page = container('ca');
      const spacer = () => Object.assign(document.createElement('div'), { style: 'block-size: 3000px' });
      page.append(spacer());
      // A permalink followed: the list turns to the page that holds the project and scrolls its card to the top.
      const items = create<DcProjectList>(page, 'dc-project-list', { feed: '/test/fixtures/cards-many.json' });
      const thread = create<DcForumThread>(page, 'dc-forum-thread', { api: '/forum/', feed: DEMO, thread: 'capafonts-assistent-virtual' });
      page.append(spacer());
      await waitUntil(() => shadow(items).querySelector('dc-project-card') && shadow(thread).querySelector('.answers button.link'), 'no list or forum', { timeout: 8000 });
      location.hash = '#dc-project-p030';
      await waitUntil(() => landed.length > 0, 'the permalink scrolled nowhere');
      // A reply's "in reply to": the post it answers is scrolled to the middle.
      const before = landed.length;
      shadow(thread).querySelector<HTMLButtonElement>('.answers button.link')!.click();
      await waitUntil(() => landed.length > before, '“in reply to” scrolled nowhere');
      // A card's "Discuss" link: a list of discussions opens that one and scrolls itself to the top.
      const discussions = create<DcForumThread>(page, 'dc-forum-thread', { api: '/forum/', feed: DEMO });
      page.append(spacer());
      await waitUntil(() => shadow(discussions).querySelector('.threads'), 'no list of discussions', { timeout: 8000 });
      const opened = landed.length;
      location.hash = '#dc-thread-capafonts-assistent-virtual';
      await waitUntil(() => landed.length > opened, 'the discussion scrolled nowhere');
      expect(landed.filter((where) => where !== 'there')).to.deep.equal([]);

      // The assistant's log, which scrolls to each new message: a page's smooth scrolling does not reach it.
      const element = await assistant();
      await openAssistant(element);
      const part = document.createElement('style');
      part.textContent = 'dc-assistant::part(log) { scroll-behavior: smooth; }';
      document.head.append(part);
      try {
        expect(style(shadow(element).querySelector('.log')!).scrollBehavior).to.equal('auto');
        await ask(element, 'on pago la contribucio');
      } finally {
        part.remove();
      }
      expect(smooth).to.deep.equal([]);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      document.documentElement.style.scrollBehavior = '';
      Element.prototype.scrollIntoView = scrollIntoView;
      scrolls.forEach((restore) => restore());
    }
  });
});

describe('the forum’s name field (WCAG 1.3.5)', () => {
  it('asks for the visitor’s name with the autocomplete purpose name, and for nothing of theirs in the other fields', async () => {
    const element = await forum('en');
    const root = shadow(element);
    const name = root.querySelector<HTMLInputElement>('input#name')!;
    expect(root.querySelector(`label[for="name"]`)!.textContent!.trim()).to.equal('Your name');
    expect(name.getAttribute('autocomplete')).to.equal('name');
    expect(name.autocomplete).to.equal('name');
    expect(root.querySelector('textarea#text')!.getAttribute('autocomplete')).to.equal(null);
    expect(root.querySelector('input#website')!.getAttribute('autocomplete'), 'the robots’ trap is never filled in').to.equal('off');
  });
});
