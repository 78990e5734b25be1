import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/project-list/project-list.js';
import type { DcProjectList } from '../../src/components/project-list/project-list.js';
import type { DcProjectCard } from '../../src/components/project-card/project-card.js';
import { container } from './mount.js';

interface RawItem {
  id: string;
  title: string;
  date_published?: string;
  _digicanvis: { savings?: { amount: number; period: 'once' | 'year' | 'month' } };
}


const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (list: DcProjectList) => list.shadowRoot!;
const cards = (list: DcProjectList) => [...root(list).querySelectorAll<DcProjectCard>('dc-project-card')];
const titles = (list: DcProjectList) => cards(list).map((card) => squash(card.shadowRoot!.querySelector('[part~="title"]')?.textContent));
const statusOf = (list: DcProjectList) => squash(root(list).querySelector('[part~="status"]')?.textContent);
const pageOf = (list: DcProjectList) => squash(root(list).querySelector('.page-of')?.textContent);
const button = (list: DcProjectList, selector: string) => root(list).querySelector<HTMLButtonElement>(selector)!;

async function renderList(lang: string, attributes: Record<string, string>) {
  const wrapper = container(lang);
  const list = document.createElement('dc-project-list');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  wrapper.append(list);
  await list.updateComplete;
  return list;
}

async function readyList(lang: string, attributes: Record<string, string>) {
  const list = await renderList(lang, attributes);
  await waitUntil(() => cards(list).length > 0, 'no cards appeared');
  await Promise.all(cards(list).map((card) => card.updateComplete));
  return list;
}

async function select(list: DcProjectList, order: string) {
  const menu = root(list).querySelector<HTMLSelectElement>('select')!;
  menu.value = order;
  menu.dispatchEvent(new Event('change'));
  await list.updateComplete;
  await Promise.all(cards(list).map((card) => card.updateComplete));
}

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

/** Whether the page has requested the error messages of a UI language. */
const errorsRequested = (lang: string) =>
  performance.getEntriesByType('resource').some((entry) => new RegExp(`/i18n/messages/${lang}-errors\\.`).test(entry.name));

/**
 * Mounts a list and records every text its status line (a live region) takes, from the first render on: each change
 * is something a screen reader announces.
 */
function listWithAnnouncements(lang: string, attributes: Record<string, string>) {
  const wrapper = container(lang);
  const list = document.createElement('dc-project-list');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  wrapper.append(list);
  const announcements: string[] = [];
  const record = () => {
    const text = statusOf(list);
    if (text && text !== announcements.at(-1)) announcements.push(text);
  };
  const observer = new MutationObserver(record);
  observer.observe(root(list), { childList: true, characterData: true, subtree: true });
  return { list, announcements, stop: () => observer.disconnect() };
}

describe('<dc-project-list>', () => {
  let many: RawItem[];

  before(async () => {
    many = (await (await fetch('/test/fixtures/cards-many.json')).json()).items;
  });

  afterEach(clearHash);

  describe('accessibility (axe) of every rendered state', () => {
    it('loading', async () => {
      const list = await renderList('en', { feed: '/faults/slow?ms=2000&file=cards-many.json' });
      expect(root(list).querySelector('[aria-busy="true"]')).to.not.equal(null);
      expect(statusOf(list)).to.equal('Loading projects…');
      await expect(list).to.be.accessible();
    });

    it('a page of cards, in each UI language', async () => {
      for (const lang of ['ca', 'es', 'en']) {
        const list = await readyList(lang, { feed: '/test/fixtures/cards-many.json' });
        await expect(list).to.be.accessible();
      }
    });

    it('the cards of the real-world test feed', async () => {
      const list = await readyList('en', { feed: '/test/fixtures/cards-basic.json' });
      await expect(list).to.be.accessible();
    });

    it('error, empty, unsupported version, skipped items and loading more', async () => {
      for (const feed of ['/test/fixtures/does-not-exist.json', '/test/fixtures/cards-empty.json', '/test/fixtures/cards-v2.json']) {
        const list = await renderList('ca', { feed });
        await waitUntil(() => root(list).querySelector('[part~="message"]'), `no message for ${feed}`);
        await expect(list).to.be.accessible();
      }
      const skipped = await readyList('es', { feed: '/test/fixtures/cards-skipped.json' });
      await expect(skipped).to.be.accessible();
      const paged = await readyList('en', { feed: '/test/fixtures/cards-paged-1.json' });
      expect(root(paged).querySelector('.more')).to.not.equal(null);
      await expect(paged).to.be.accessible();
    });
  });

  it('downloads the error messages only when it must show one, and settles with them', async () => {
    const list = await readyList('en', { feed: '/test/fixtures/cards-basic.json' });
    expect(statusOf(list)).to.equal('3 projects');
    expect(errorsRequested('en')).to.equal(false);

    const { list: failed, announcements, stop } = listWithAnnouncements('en', { feed: '/test/fixtures/does-not-exist.json' });
    await waitUntil(() => errorsRequested('en'), 'the error messages were never requested');
    await failed.updateComplete;
    stop();
    expect(statusOf(failed)).to.equal('The feed address answered with error 404.');
    expect(squash(root(failed).querySelector('[part~="message"] button')?.textContent)).to.equal('Try again');
    // While the message came, the list went on saying it was loading: never a message key, never an empty line.
    expect(announcements).to.deep.equal(['Loading projects…', 'The feed address answered with error 404.']);
  });

  it('renders compact cards in a list, in feed order, with the count in a status line', async () => {
    const list = await readyList('en', { feed: '/test/fixtures/cards-basic.json' });
    const items = root(list).querySelectorAll('ul[part~="list"] > li > dc-project-card[layout="compact"]');
    expect(items.length).to.equal(3);
    expect(root(list).querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
    expect(statusOf(list)).to.equal('3 projects');
    expect(titles(list)).to.deep.equal([
      'Proactive appointments',
      '<img src=x onerror=alert(1)>Pressupostos participatius',
      'Citizen office virtual assistant',
    ]);
    expect(root(list).querySelector('[part~="pagination"]')).to.equal(null);
  });

  it('leaves the status text alone when the count does not change', async () => {
    const list = await readyList('en', { feed: '/test/fixtures/cards-many.json' });
    const status = root(list).querySelector('[part~="status"]')!;
    expect(statusOf(list)).to.equal('Showing 1–24 of 75 projects');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    await select(list, 'title');
    list.requestUpdate();
    await list.updateComplete;
    observer.disconnect();
    expect(changes).to.have.length(0);
  });

  describe('sorting', () => {
    it('sorts by newest, by title and by yearly savings, and reflects the order in `sort`', async () => {
      const list = await readyList('ca', { feed: '/test/fixtures/cards-many.json' });
      const label = root(list).querySelector('label[for="sort"]')!;
      expect(squash(label.textContent)).to.equal('Ordena per');
      expect(titles(list)[0]).to.equal(many[0]!.title);

      await select(list, 'newest');
      expect(list.getAttribute('sort')).to.equal('newest');
      const newest = [...many].sort((a, b) => Date.parse(b.date_published!) - Date.parse(a.date_published!));
      expect(titles(list)).to.deep.equal(newest.slice(0, 24).map((item) => item.title));

      await select(list, 'title');
      const shown = titles(list);
      for (let i = 1; i < shown.length; i++) {
        expect(shown[i - 1]!.localeCompare(shown[i]!, 'ca'), `${shown[i - 1]} before ${shown[i]}`).to.be.at.most(0);
      }

      await select(list, 'savings');
      const yearly = (item: RawItem) => {
        const savings = item._digicanvis.savings;
        return savings ? savings.amount * (savings.period === 'month' ? 12 : 1) : -1;
      };
      const best = [...many].sort((a, b) => yearly(b) - yearly(a));
      expect(titles(list)[0]).to.equal(best[0]!.title);
      // projects without savings come last
      list.setAttribute('page-size', '60');
      await list.updateComplete;
      button(list, 'button.next').click();
      await list.updateComplete;
      await Promise.all(cards(list).map((card) => card.updateComplete));
      const last = cards(list).at(-1)!;
      expect(last.shadowRoot!.querySelector('.savings')).to.equal(null);
    });

    it('starts from the `sort` attribute', async () => {
      const list = await readyList('en', { feed: '/test/fixtures/cards-basic.json', sort: 'savings' });
      // 42,000/year, 1,500.50/month = 18,006/year, 12,000 once
      expect(titles(list)).to.deep.equal([
        'Proactive appointments',
        '<img src=x onerror=alert(1)>Pressupostos participatius',
        'Citizen office virtual assistant',
      ]);
      expect(root(list).querySelector('select')!.value).to.equal('savings');
    });
  });

  describe('paging', () => {
    it('never puts more than 60 cards in the page', async () => {
      const list = await readyList('en', { feed: '/test/fixtures/cards-many.json', 'page-size': '500' });
      expect(cards(list)).to.have.length(60);
      expect(pageOf(list)).to.equal('Page 1 of 2');
      button(list, 'button.next').click();
      await list.updateComplete;
      expect(cards(list)).to.have.length(15);
      expect(statusOf(list)).to.equal('Showing 61–75 of 75 projects');
    });

    it('pages with Previous and Next, and moves focus to the results', async () => {
      const list = await readyList('es', { feed: '/test/fixtures/cards-many.json' });
      const nav = root(list).querySelector('nav[part~="pagination"]')!;
      expect(nav.getAttribute('aria-label')).to.equal('Páginas de resultados');
      expect(pageOf(list)).to.equal('Página 1 de 4');
      expect(button(list, 'button.previous').disabled).to.equal(true);

      button(list, 'button.next').focus();
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(pageOf(list)).to.equal('Página 2 de 4');
      expect(statusOf(list)).to.equal('Se muestran 25–48 de 75 proyectos');
      expect(titles(list)[0]).to.equal(many[24]!.title);
      // Focus lands on the new results: the heading of the page's first card, inside the list named after the page.
      await waitUntil(() => root(list).activeElement?.localName === 'dc-project-card', 'focus did not reach the new results');
      const focusedCard = root(list).activeElement as DcProjectCard;
      expect(focusedCard.project?.id).to.equal(many[24]!.id);
      const heading = focusedCard.shadowRoot!.querySelector('[part~="title"]');
      expect(focusedCard.shadowRoot!.activeElement === heading, 'focus is on the card’s heading').to.equal(true);
      expect(focusedCard.closest('ul')!.getAttribute('aria-label')).to.equal('Página 2 de 4: proyectos 25–48');

      button(list, 'button.previous').focus();
      await sendKeys({ press: 'Space' });
      await list.updateComplete;
      expect(pageOf(list)).to.equal('Página 1 de 4');
    });

    it('is usable from the keyboard alone: sort menu, then pager', async () => {
      const wrapper = container('en');
      wrapper.append(Object.assign(document.createElement('button'), { id: 'start', textContent: 'start' }));
      const list = document.createElement('dc-project-list');
      list.setAttribute('feed', '/test/fixtures/cards-many.json');
      wrapper.append(list);
      await waitUntil(() => cards(list).length > 0);
      wrapper.querySelector<HTMLButtonElement>('#start')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(list).activeElement?.localName).to.equal('select');
      await sendKeys({ press: 'ArrowDown' });
      await list.updateComplete;
      expect(list.getAttribute('sort')).to.equal('newest');
      expect(statusOf(list)).to.equal('Showing 1–24 of 75 projects');
    });

    it('shows the first pages while further next_url pages load, and says so', async () => {
      // A URL of its own: the feed store keeps this feed complete if an earlier test saw its second page in (under load).
      const list = await readyList('en', { feed: `/test/fixtures/cards-paged-1.json?paging=${Date.now()}` });
      expect(squash(root(list).querySelector('.more')?.textContent)).to.equal('More projects are still loading.');
      expect(statusOf(list)).to.equal('Projects 1–24, more loading…');
      expect(pageOf(list)).to.equal('Page 1 of 2+');
      await waitUntil(() => !root(list).querySelector('.more'), 'the second page never arrived', { timeout: 5000 });
      expect(statusOf(list)).to.equal('Showing 1–24 of 40 projects');
      expect(pageOf(list)).to.equal('Page 1 of 2');
    });

    it('says when a further page could not be loaded: the projects shown may not be all', async () => {
      const list = await readyList('en', { feed: `/test/fixtures/paged-broken-1.json?cut=${Date.now()}` });
      await waitUntil(() => root(list).querySelector('.note'), 'nothing said of the page that failed', { timeout: 5000 });
      expect(cards(list)).to.have.length(1);
      expect(squash(root(list).querySelector('.note')?.textContent)).to.equal(
        'Not every page of the feed could be loaded: some projects may be missing (see the browser console).',
      );
    });

    it('sorted by newest, shows cards once every page is in, so that none changes under the reader', async () => {
      const list = await renderList('en', { feed: `/test/fixtures/cards-paged-1.json?newest=${Date.now()}`, sort: 'newest' });
      await waitUntil(() => root(list).querySelector('.more'), 'the first page never arrived');
      // The first page alone does not say which projects are the newest: the second has newer ones.
      expect(cards(list)).to.have.length(0);
      expect(statusOf(list)).to.equal('Loading projects…');
      const select = root(list).querySelector<HTMLSelectElement>('#sort')!;
      expect(select.disabled, 'the order can still be changed').to.equal(false);
      await waitUntil(() => cards(list).length > 0, 'the second page never arrived', { timeout: 5000 });
      const dates = cards(list).map((card) => card.project!.datePublished!);
      expect(dates).to.deep.equal([...dates].sort().reverse());
      expect(statusOf(list)).to.equal('Showing 1–24 of 40 projects');
    });

    it('announces the count once the last next_url page is in, not at every page', async () => {
      // Three next_url pages of 2, 3 and 1 items (one of them a repeat), two projects to a list page: the first list
      // page is full at once.
      const quick = listWithAnnouncements('en', { feed: '/test/fixtures/paged-1.json', 'page-size': '2' });
      await waitUntil(() => statusOf(quick.list) === 'Showing 1–2 of 5 projects', 'the last page never arrived');
      quick.stop();
      // The pages come quickly, so the list may see several at once: whatever it sees, it says at most this.
      expect(quick.announcements[0]).to.equal('Loading projects…');
      expect(quick.announcements.slice(1, -1).every((text) => text === 'Projects 1–2, more loading…')).to.equal(true);
      expect(quick.announcements.at(-1)).to.equal('Showing 1–2 of 5 projects');
      expect(quick.announcements.length).to.be.at.most(3);

      // Two pages of 30 and 10 projects, the second 1.5 s later: the status says nothing new while it loads.
      // (A URL of its own: the feed store keeps a feed that earlier tests loaded, complete.)
      const slow = listWithAnnouncements('ca', { feed: `/test/fixtures/cards-paged-1.json?announcements=${Date.now()}` });
      await waitUntil(() => !root(slow.list).querySelector('.more') && cards(slow.list).length, 'the second page never arrived', {
        timeout: 5000,
      });
      slow.stop();
      expect(slow.announcements).to.deep.equal([
        'S’estan carregant els projectes…',
        'Projectes 1–24; se n’estan carregant més…',
        'Projectes 1–24. Total: 40',
      ]);

      // Fewer projects than a list page: the status keeps saying it is loading until it can give the total.
      const short = listWithAnnouncements('en', { feed: '/test/fixtures/paged-slow-1.json' });
      await waitUntil(() => statusOf(short.list) === '3 projects', 'the second page never arrived', { timeout: 5000 });
      short.stop();
      expect(cards(short.list)).to.have.length(3);
      expect(short.announcements).to.deep.equal(['Loading projects…', '3 projects']);
    });
  });

  describe('permalinks', () => {
    it('opens the page holding the project in the address, scrolls to it and focuses its heading', async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}#dc-project-p050`);
      const list = await readyList('en', { feed: '/test/fixtures/cards-many.json' });
      await waitUntil(() => root(list).activeElement?.localName === 'dc-project-card', 'focus did not reach the card');
      const card = root(list).activeElement as DcProjectCard;
      expect(card.project?.id).to.equal('p050');
      expect(pageOf(list)).to.equal('Page 3 of 4');
      expect(card.shadowRoot!.activeElement).to.equal(card.shadowRoot!.querySelector('[part~="title"]'));
      const box = card.getBoundingClientRect();
      expect(box.top).to.be.within(-1, window.innerHeight);
    });

    it('follows a permalink clicked later (hashchange)', async () => {
      const list = await readyList('en', { feed: '/test/fixtures/cards-many.json' });
      const permalink = cards(list)[0]!.shadowRoot!.querySelector<HTMLAnchorElement>('a.permalink')!;
      expect(new URL(permalink.href).hash).to.equal('#dc-project-p001');
      location.hash = '#dc-project-p030';
      await waitUntil(() => (root(list).activeElement as DcProjectCard | null)?.project?.id === 'p030');
      expect(pageOf(list)).to.equal('Page 2 of 4');
    });

    it('finds the project whatever the sort order', async () => {
      const list = await readyList('en', { feed: '/test/fixtures/cards-many.json', sort: 'savings' });
      location.hash = `#dc-project-${encodeURIComponent('p004')}`;
      await waitUntil(() => (root(list).activeElement as DcProjectCard | null)?.project?.id === 'p004');
    });
  });

  describe('states', () => {
    it('shows a loading skeleton that reserves the space of a page of cards', async () => {
      const list = await renderList('en', { feed: '/faults/slow?ms=2000&file=cards-many.json', 'page-size': '6' });
      const placeholders = root(list).querySelectorAll('.placeholder');
      expect(placeholders).to.have.length(6);
      expect(root(list).querySelector('[part~="list"]')!.getAttribute('aria-hidden')).to.equal('true');
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      for (const placeholder of placeholders) expect(placeholder.getBoundingClientRect().height).to.be.at.least(18 * rem);
    });

    it('explains an HTTP error and retries on demand', async () => {
      const list = await renderList('en', { feed: '/test/fixtures/does-not-exist.json' });
      await waitUntil(() => root(list).querySelector('[part~="message"] button'));
      expect(statusOf(list)).to.equal('The feed address answered with error 404.');

      const key = `list-retry-${Date.now()}`;
      const flaky = await renderList('ca', { feed: `/faults/flaky?key=${key}&fail=1&status=404&file=cards-basic.json` });
      await waitUntil(() => root(flaky).querySelector('[part~="message"] button'));
      expect(statusOf(flaky)).to.equal('L’adreça del canal ha respost amb l’error 404.');
      const retry = root(flaky).querySelector<HTMLButtonElement>('[part~="message"] button')!;
      expect(squash(retry.textContent)).to.equal('Torna-ho a provar');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => cards(flaky).length === 3, 'Retry did not load the feed');
      expect(statusOf(flaky)).to.equal('3 projectes');
      expect(root(flaky).activeElement).to.equal(root(flaky).querySelector('[part~="status"]'));
    });

    it('says the feed is of a newer version', async () => {
      const list = await renderList('en', { feed: '/test/fixtures/cards-v2.json' });
      await waitUntil(() => root(list).querySelector('[part~="message"]'));
      expect(statusOf(list)).to.equal('This feed is version 2 and this widget reads version 1. Update the widget to show it.');
    });

    it('says when a valid feed has no projects', async () => {
      const list = await renderList('es', { feed: '/test/fixtures/cards-empty.json' });
      await waitUntil(() => root(list).querySelector('[part~="message"]'));
      expect(squash(root(list).querySelector('[part~="message"]')!.textContent)).to.equal(
        'Este canal todavía no tiene ningún proyecto.',
      );
      expect(cards(list)).to.have.length(0);
    });

    it('notes how many projects were left out', async () => {
      const list = await readyList('en', { feed: '/test/fixtures/cards-skipped.json' });
      expect(cards(list)).to.have.length(1);
      expect(squash(root(list).querySelector('.note')?.textContent)).to.equal(
        '2 projects could not be shown (see the browser console).',
      );
      // a field dropped from a project that is still shown is not a project left out
      const basic = await readyList('en', { feed: '/test/fixtures/cards-basic.json' });
      expect(root(basic).querySelector('.note')).to.equal(null);
    });
  });

  describe('languages', () => {
    const pageLanguage = document.documentElement.lang;
    afterEach(() => {
      document.documentElement.lang = pageLanguage;
    });

    it('says which language its UI strings are in when the page’s is another, and its cards still read the page’s', async () => {
      for (const [lang, ui] of [['ast', 'es'], ['an', 'es'], ['de', 'en'], ['fr', 'en'], ['ca', null], ['en-GB', null], ['eu', null], ['gl', null]] as const) {
        const list = await readyList(lang, { feed: '/test/fixtures/cards-basic.json' });
        expect(root(list).querySelector('[part~="base"]')!.getAttribute('lang'), lang).to.equal(ui);
        // Each card reads the page's language, not the list's wrapper: it marks its own UI strings in turn.
        const card = cards(list)[0]!;
        expect(card.shadowRoot!.querySelector('article')!.getAttribute('lang'), lang).to.equal(ui);
      }
      const basque = await readyList('ast', { feed: '/test/fixtures/cards-basic.json' });
      // The Spanish translations, in the card's Spanish wrapper, need no lang of their own; the untranslated note is Catalan.
      const card = cards(basque)[0]!.shadowRoot!;
      expect(titles(basque)[0]).to.equal('Cita previa proactiva');
      expect(card.querySelector('[part~="title"] bdi')!.hasAttribute('lang')).to.equal(false);
      expect(card.querySelector('.summary')!.hasAttribute('lang')).to.equal(false);
      expect(card.querySelector('.note bdi')!.getAttribute('lang')).to.equal('ca');
    });

    it('re-renders in the new language when the page switches <html lang> at runtime', async () => {
      document.documentElement.lang = 'en';
      // An empty lang means "unknown": the list takes the page's language.
      const list = await readyList('', { feed: '/test/fixtures/cards-basic.json' });
      expect(statusOf(list)).to.equal('3 projects');
      expect(titles(list)[0]).to.equal('Proactive appointments');

      document.documentElement.lang = 'es';
      await waitUntil(() => statusOf(list) === '3 proyectos', 'the list did not switch to Spanish');
      await Promise.all(cards(list).map((card) => card.updateComplete));
      expect(squash(root(list).querySelector('label[for="sort"]')?.textContent)).to.equal('Ordenar por');
      expect(titles(list)[0]).to.equal('Cita previa proactiva');
      const phase = cards(list)[0]!.shadowRoot!.querySelector('[part~="phase"]');
      expect(squash(phase?.textContent)).to.equal('Fase: Implantado');

      document.documentElement.lang = 'ca-ES';
      await waitUntil(() => statusOf(list) === '3 projectes', 'the list did not switch to Catalan');
      await Promise.all(cards(list).map((card) => card.updateComplete));
      expect(titles(list)[0]).to.equal('Cita prèvia proactiva');
    });
  });

  it('reflows to a single column at 320 CSS pixels without sideways scrolling', async () => {
    const list = await readyList('ca', { feed: '/test/fixtures/cards-basic.json' });
    list.parentElement!.style.inlineSize = '320px';
    await list.updateComplete;
    const lefts = new Set(cards(list).map((card) => Math.round(card.getBoundingClientRect().left)));
    expect(lefts.size).to.equal(1);
    for (const element of [list, ...cards(list)]) {
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
    }
    for (const card of cards(list)) {
      for (const child of card.shadowRoot!.querySelectorAll('*')) {
        expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 60)).to.be.at.most(list.getBoundingClientRect().right + 1);
      }
    }
  });

  it('lets the page style the cards through the exported parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'dc-project-list::part(card-title) { color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const list = await readyList('en', { feed: '/test/fixtures/cards-basic.json' });
      const title = cards(list)[0]!.shadowRoot!.querySelector('[part~="title"]')!;
      expect(getComputedStyle(title).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });
});
