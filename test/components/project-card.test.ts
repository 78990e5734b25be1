import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readFeedPage } from '../../src/feed/index.js';
import type { Feed, Project } from '../../src/feed/types.js';
import '../../src/components/project-card/project-card.js';
import type { DcProjectCard } from '../../src/components/project-card/project-card.js';
import { container } from './mount.js';

declare global {
  interface Window {
    __pwned?: boolean;
  }
}


const fixtureUrl = (name: string) => new URL(`/test/fixtures/${name}`, location.href).href;

async function loadFeed(name: string): Promise<Feed> {
  const url = fixtureUrl(name);
  const result = readFeedPage(await (await fetch(url)).json(), { baseUrl: url });
  if (!result.ok) throw new Error(`fixture ${name} did not read: ${result.error.message}`);
  return result.feed;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shadow = (card: DcProjectCard) => card.shadowRoot!;
const textOf = (card: DcProjectCard, selector: string) => squash(shadow(card).querySelector(selector)?.textContent);
const hrefs = (card: DcProjectCard) => [...shadow(card).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');

/** A card (with `props`) inside a container of the given language, rendered and settled. */
async function renderCard(lang: string, props: Partial<DcProjectCard>, attributes: Record<string, string> = {}) {
  const wrapper = container(lang);
  const card = document.createElement('dc-project-card');
  for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  Object.assign(card, props);
  wrapper.append(card);
  await card.updateComplete;
  return card;
}

const stateMessage = (card: DcProjectCard) => textOf(card, '[role="status"]');

/** Whether the page has requested the error messages of a UI language. */
const errorsRequested = (lang: string) =>
  performance.getEntriesByType('resource').some((entry) => new RegExp(`/i18n/messages/${lang}-errors\\.`).test(entry.name));

/** Where a text node (or characters `start` to `end` of it) is drawn. */
function drawn(node: Node, start?: number, end?: number): DOMRect {
  const range = document.createRange();
  if (start === undefined) range.selectNodeContents(node);
  else {
    range.setStart(node, start);
    range.setEnd(node, end ?? start + 1);
  }
  return range.getBoundingClientRect();
}

/** The first text node under `element` that contains `text`. */
function textNode(element: Element, text: string): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(text)) return node as Text;
  throw new Error(`no text node with "${text}"`);
}

/** Whether the page has requested the module with the cards' details. */
const detailsRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/project-card\/details\//.test(entry.name));

describe('<dc-project-card>', () => {
  let feed: Feed;
  let full: Project;
  let hostile: Project;
  let girona: Project;

  before(async () => {
    feed = await loadFeed('cards-basic.json');
    [full, hostile, girona] = feed.projects as [Project, Project, Project];
  });

  afterEach(() => {
    delete window.__pwned;
  });

  describe('accessibility (axe) of every rendered state', () => {
    it('full layout', async () => {
      const card = await renderCard('en', { project: full, councils: feed.councils });
      await expect(card).to.be.accessible();
    });

    it('compact layout, closed and open', async () => {
      const card = await renderCard('ca', { project: full, councils: feed.councils, layout: 'compact' });
      await expect(card).to.be.accessible();
      shadow(card).querySelector<HTMLButtonElement>('.disclosure')!.click();
      await card.updateComplete;
      await expect(card).to.be.accessible();
    });

    it('hostile content', async () => {
      const card = await renderCard('es', { project: hostile, councils: feed.councils });
      await expect(card).to.be.accessible();
    });

    it('loading, not found and error', async () => {
      const loading = await renderCard('en', {}, { feed: '/faults/slow?ms=2000&file=cards-basic.json', 'project-id': 'x' });
      expect(shadow(loading).querySelector('[aria-busy="true"] .skeleton')).to.not.equal(null);
      await expect(loading).to.be.accessible();

      const missing = await renderCard('en', {}, { feed: fixtureUrl('cards-basic.json'), 'project-id': 'nope' });
      await waitUntil(() => stateMessage(missing).includes('not in the feed'));
      await expect(missing).to.be.accessible();

      const failed = await renderCard('en', {}, { feed: '/test/fixtures/does-not-exist.json', 'project-id': 'x' });
      await waitUntil(() => shadow(failed).querySelector('button'));
      await expect(failed).to.be.accessible();
    });
  });

  // The first tests of this page to show details: they see the details module arrive.
  it('downloads "More details" only when a compact card is opened, and shows them in place', async () => {
    const card = await renderCard('en', { project: full, councils: feed.councils, layout: 'compact' });
    const root = shadow(card);
    expect(detailsRequested()).to.equal(false);

    const button = root.querySelector<HTMLButtonElement>('button.disclosure')!;
    button.focus();
    button.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(root.activeElement).to.equal(button);
    await card.updateComplete;
    expect(detailsRequested()).to.equal(true);
    const details = root.querySelector<HTMLElement>('#details')!;
    expect(details.hidden).to.equal(false);
    expect(details.getAttribute('aria-busy')).to.equal('false');
    expect(textOf(card, '#details .contacts')).to.contain('Marta Puig');
    expect([...details.querySelectorAll('[part~="attachments"] li')]).to.have.length(5);
    // The details' own styles arrived with them, and the card's stayed.
    expect(getComputedStyle(details.querySelector('.contact-list')!).listStyleType).to.equal('none');
    expect(getComputedStyle(root.querySelector('article')!).borderTopStyle).to.equal('solid');
    expect(root.activeElement).to.equal(button);
  });

  it('downloads the error messages only when it must show one, and settles with them', async () => {
    // Mocha runs these tests before those of the describe blocks: no card of this page has shown an error yet.
    await renderCard('es', { project: full, councils: feed.councils });
    expect(errorsRequested('es')).to.equal(false);
    const missing = await renderCard('es', {}, { feed: '/test/fixtures/cards-basic.json', 'project-id': 'no-existe' });
    await waitUntil(() => errorsRequested('es'), 'the error messages were never requested');
    await missing.updateComplete;
    expect(stateMessage(missing)).to.equal(
      'Este proyecto no está en el canal. Puede que se haya retirado o que el enlace no sea correcto.',
    );
  });

  it('has the complete full card once updateComplete settles', async () => {
    const card = await renderCard('es', { project: full, councils: feed.councils });
    const root = shadow(card);
    expect(root.querySelector('.skeleton')).to.equal(null);
    expect(textOf(card, '[part~="meta"]')).to.contain('Socios: Terrassa');
    expect(textOf(card, '.facts')).to.contain('1 de marzo de 2023');
    expect(textOf(card, '.contacts')).to.contain('Marta Puig');
    expect(textOf(card, '.description')).to.contain('El servei creua el padró');
    expect(textOf(card, '.value')).to.contain('Valor para la ciudadanía');
    expect(root.querySelectorAll('[part~="attachments"] li')).to.have.length(5);
  });

  it('shows the six levels of the project tab in the full layout', async () => {
    const card = await renderCard('en', { project: full, councils: feed.councils });
    const root = shadow(card);

    // 1: title, as the article's heading
    const article = root.querySelector('article')!;
    const heading = root.querySelector('h3[part~="title"]')!;
    expect(squash(heading.textContent)).to.equal('Proactive appointments');
    expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);

    // 2: council (linked), partners, contacts, study visit
    const councilLink = root.querySelector<HTMLAnchorElement>('[part~="meta"] a')!;
    expect(squash(councilLink.textContent)).to.equal('Sabadell');
    expect(councilLink.href).to.equal('https://www.sabadell.example/');
    expect(textOf(card, '[part~="meta"]')).to.contain('Partners: Terrassa');
    const contacts = textOf(card, '.contacts');
    expect(contacts).to.contain('Marta Puig');
    expect(contacts).to.contain("Cap de l'Oficina d'Atenció Ciutadana");
    expect(hrefs(card)).to.include('mailto:oac@sabadell.example');
    expect(hrefs(card)).to.include('tel:+34937000000');
    expect(hrefs(card)).to.include('https://www.sabadell.example/equip');
    const visit = root.querySelector<HTMLAnchorElement>('a.visit')!;
    expect(squash(visit.textContent)).to.equal('Request a study visit');
    expect(visit.getAttribute('href')).to.equal(
      `mailto:oac@sabadell.example?subject=${encodeURIComponent('Study visit: Proactive appointments')}`,
    );

    // 3: summary, description paragraphs, value, savings
    expect(textOf(card, '.summary')).to.contain("L'Ajuntament avisa els veïns");
    expect([...root.querySelectorAll('.description .content p')].map((p) => squash(p.textContent))).to.deep.equal([
      'El servei creua el padró amb els venciments dels tràmits.',
      'Cada veí rep un avís i pot triar hora en un sol pas.',
    ]);
    expect(textOf(card, '.value')).to.contain('Fewer queues and fewer expired procedures.');
    expect(textOf(card, '.savings')).to.equal('Savings: €42,000 per year (Hores de finestreta estalviades)');

    // 4: barriers, benefits, technologies, methodologies, tools
    expect([...root.querySelectorAll('.barriers li')].map((li) => squash(li.textContent))).to.deep.equal([
      'Dades del padró desactualitzades',
      'Resistència al canvi',
    ]);
    expect(textOf(card, '.benefits')).to.contain('Avisos a temps');
    const tags = textOf(card, '.tag-groups');
    for (const expected of ['Technologies', 'API REST', 'SMS', 'Methodologies', 'Disseny de serveis', 'Tools', 'Drupal']) {
      expect(tags).to.contain(expected);
    }

    // 5: phase (in words, not only colour), areas, kind, started
    expect(textOf(card, '[part~="phase"]')).to.equal('Phase: Implemented');
    expect(textOf(card, '.badges')).to.contain('Services and formalities');
    expect(textOf(card, '.badges')).to.contain('First line of citizen care');
    expect(textOf(card, '.facts')).to.contain('A service');
    expect(textOf(card, '.facts')).to.contain('March 1, 2023');

    // 6: documentation with type, size or duration
    const documents = [...root.querySelectorAll('[part~="attachments"] li')].map((li) => squash(li.textContent));
    expect(documents).to.deep.equal([
      'Memòria del projecte (PDF document, 2.3 MB)',
      'Presentació en vídeo (Video, 48 MB, 4 min 12 sec)',
      'Notícia al web municipal (Article)',
      'Proveu-lo (Demo)',
      'Slides (850 kB)',
    ]);

    // links
    expect(squash(root.querySelector('a.project-page')?.textContent)).to.equal('Project page');
    expect(root.querySelector<HTMLAnchorElement>('a.project-page')!.href).to.equal('https://www.sabadell.example/cita-previa');
  });

  it('in the compact layout shows the essentials and reveals the rest in place', async () => {
    const card = await renderCard('en', { project: full, councils: feed.councils, layout: 'compact' });
    const root = shadow(card);
    expect(textOf(card, '[part~="title"]')).to.equal('Proactive appointments');
    expect(textOf(card, '[part~="meta"]')).to.equal('Council: Sabadell');
    expect(textOf(card, '.summary')).to.not.equal('');
    expect(textOf(card, '.savings')).to.contain('€42,000 per year');
    expect(textOf(card, '[part~="phase"]')).to.equal('Phase: Implemented');
    expect(root.querySelector('.contacts')).to.equal(null);
    expect(root.querySelector('[part~="attachments"]')).to.equal(null);

    const button = root.querySelector<HTMLButtonElement>('button.disclosure')!;
    expect(squash(button.textContent)).to.equal('More details');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const details = root.querySelector<HTMLElement>('#' + button.getAttribute('aria-controls'))!;
    expect(details.hidden).to.equal(true);

    button.click();
    await card.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.equal(false);
    expect(squash(details.textContent)).to.contain('Marta Puig');
    expect(squash(details.textContent)).to.contain('Partners: Terrassa');
    expect(details.querySelector('[part~="attachments"]')).to.not.equal(null);
  });

  it('is keyboard operable: Tab reaches the disclosure, Enter and Space toggle it', async () => {
    const before = container('en');
    before.append(Object.assign(document.createElement('button'), { id: 'start', textContent: 'start' }));
    const card = document.createElement('dc-project-card');
    Object.assign(card, { project: full, councils: feed.councils, layout: 'compact' });
    before.append(card);
    await card.updateComplete;
    before.querySelector<HTMLButtonElement>('#start')!.focus();

    const focused = () => shadow(card).activeElement;
    await sendKeys({ press: 'Tab' });
    expect(squash(focused()?.textContent)).to.equal('Sabadell');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.classList.contains('disclosure')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(focused()?.getAttribute('aria-expanded')).to.equal('true');
    // The revealed content follows the button, so the next Tab goes into it.
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('href')).to.equal('mailto:oac@sabadell.example');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    await card.updateComplete;
    expect(focused()?.getAttribute('aria-expanded')).to.equal('false');
  });

  describe('languages', () => {
    it('marks text that falls back to the project language with its lang (page in English)', async () => {
      const card = await renderCard('en', { project: full, councils: feed.councils });
      const root = shadow(card);
      // translated to the page language: no marking needed
      expect(root.querySelector('[part~="title"] bdi')!.hasAttribute('lang')).to.equal(false);
      expect(root.querySelector('.value-text')!.hasAttribute('lang')).to.equal(false);
      // not translated: shown in Catalan, marked as such
      expect(root.querySelector('.summary')!.getAttribute('lang')).to.equal('ca');
      expect(root.querySelector('.barriers ul')!.getAttribute('lang')).to.equal('ca');
      expect(root.querySelector('.description .content')!.getAttribute('lang')).to.equal('ca');
      // UI strings stay in the page language, unmarked
      expect(root.querySelector('.disclosure, .subheading')!.hasAttribute('lang')).to.equal(false);
    });

    it('uses the Spanish translation on a Spanish page', async () => {
      const card = await renderCard('es-ES', { project: full, councils: feed.councils });
      expect(textOf(card, '[part~="title"]')).to.equal('Cita previa proactiva');
      expect(shadow(card).querySelector('[part~="title"] bdi')!.getAttribute('lang')).to.equal('es');
      expect(textOf(card, '.barriers')).to.contain('Resistencia al cambio');
      expect(textOf(card, '.savings')).to.match(/^Ahorro: 42\.000 € al año/);
    });

    it('uses a translation keyed with a region on a page in that language (any region), marked with its tag', async () => {
      const project: Project = { ...full, i18n: { 'es-es': { title: 'Cita previa proactiva (España)' } } };
      for (const lang of ['es', 'es-MX']) {
        const card = await renderCard(lang, { project, councils: feed.councils });
        expect(textOf(card, '[part~="title"]'), lang).to.equal('Cita previa proactiva (España)');
        expect(shadow(card).querySelector('[part~="title"] bdi')!.getAttribute('lang'), lang).to.equal('es-es');
      }
      // Not translated otherwise: the summary falls back to Catalan, marked as such.
      const card = await renderCard('es-MX', { project, councils: feed.councils });
      expect(shadow(card).querySelector('.summary')!.getAttribute('lang')).to.equal('ca');
    });

    it('gives an Asturian page the Spanish texts and UI, marked as Spanish', async () => {
      const card = await renderCard('ast', { project: full, councils: feed.councils });
      expect(textOf(card, '[part~="title"]')).to.equal('Cita previa proactiva');
      // The card says its strings are Spanish; the Spanish title inside it needs no lang of its own.
      expect(shadow(card).querySelector('article')!.getAttribute('lang')).to.equal('es');
      expect(shadow(card).querySelector('[part~="title"] bdi')!.hasAttribute('lang')).to.equal(false);
      expect(textOf(card, '.value')).to.contain('Valor para la ciudadanía');
      expect(shadow(card).querySelector('.value-text')!.getAttribute('lang')).to.equal('ca');
    });

    it('says which language its UI strings are in when the page’s is another', async () => {
      const cases = [['ast', 'es'], ['an-ES', 'es'], ['de', 'en'], ['fr', 'en'], ['ca', null], ['es-ES', null], ['en-GB', null], ['eu', null], ['gl-ES', null], ['oc-aranese', null]] as const;
      for (const [lang, ui] of cases) {
        const card = await renderCard(lang, { project: full, councils: feed.councils });
        expect(shadow(card).querySelector('article')!.getAttribute('lang'), lang).to.equal(ui);
      }
      // The box of the loading and error messages too.
      const failed = await renderCard('fr', {}, { feed: '/test/fixtures/does-not-exist.json', 'project-id': 'x' });
      await waitUntil(() => shadow(failed).querySelector('button'));
      expect(shadow(failed).querySelector('.state')!.getAttribute('lang')).to.equal('en');
      expect(stateMessage(failed)).to.equal('The feed address answered with error 404.');
    });

    it('marks feed text in the page’s language when its UI strings are in another', async () => {
      // An Asturian project on an Asturian page: its texts are in the page's language, but the card around them is Spanish.
      const basque: Project = { ...full, language: 'ast', title: 'Cites proactives', summary: 'El conceyu avisa.', i18n: {} };
      const card = await renderCard('ast', { project: basque, councils: feed.councils });
      const root = shadow(card);
      expect(root.querySelector('article')!.getAttribute('lang')).to.equal('es');
      for (const selector of ['[part~="title"] bdi', '.summary', '.note bdi', '.description .content', '.barriers ul', '.tags']) {
        expect(root.querySelector(selector)!.getAttribute('lang'), selector).to.equal('ast');
      }
      // UI strings take the wrapper's language.
      expect(root.querySelector('.subheading')!.hasAttribute('lang')).to.equal(false);
    });

    it('adds no lang marking when the page is in the project language', async () => {
      const card = await renderCard('ca', { project: full, councils: feed.councils });
      expect(textOf(card, '[part~="title"]')).to.equal('Cita prèvia proactiva');
      expect(shadow(card).querySelectorAll('[lang]').length).to.equal(0);
    });

    it('formats savings per year, per month and one-off in Catalan, Spanish and English', async () => {
      const expected: Record<string, [string, string, string]> = {
        en: ['€42,000 per year', '€1,500.50 per month', '€12,000 one-off'],
        ca: ['42.000 € l’any', '1.500,50 € al mes', '12.000 € una sola vegada'],
        es: ['42.000 € al año', '1500,50 € al mes', '12.000 € una sola vez'],
      };
      for (const [lang, amounts] of Object.entries(expected)) {
        const shown = [];
        for (const project of [full, hostile, girona]) {
          const card = await renderCard(lang, { project, councils: feed.councils });
          shown.push(textOf(card, '.amount').replace(/\s/g, ' '));
        }
        expect(shown, lang).to.deep.equal(amounts);
      }
    });
  });

  describe('untrusted content', () => {
    it('shows hostile feed text as text', async () => {
      const card = await renderCard('ca', { project: hostile, councils: feed.councils });
      const root = shadow(card);
      expect(textOf(card, '[part~="title"]')).to.equal('<img src=x onerror=alert(1)>Pressupostos participatius');
      expect(textOf(card, '.summary')).to.contain("<script>alert('summary')</script>");
      expect(root.querySelector('img, script, svg, iframe')).to.equal(null);

      const content = root.querySelector('.description .content')!;
      expect(squash(content.querySelector('p strong')?.textContent)).to.equal('Com funciona');
      expect(squash(content.textContent)).to.contain('Vota aquí o consulta el reglament.');
      const links = [...content.querySelectorAll('a')];
      expect(links.map((a) => [squash(a.textContent), a.getAttribute('href'), a.getAttribute('rel')])).to.deep.equal([
        ['consulta el reglament', 'https://www.reus.example/participa', 'noopener noreferrer nofollow'],
      ]);
      expect(links[0]!.hasAttribute('onclick')).to.equal(false);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__pwned).to.equal(undefined);
    });

    it('resolves relative links of the description against the project page, else the feed, never the host page', async () => {
      const contentHtml = '<p><a href="doc.pdf">Memòria</a></p>';
      const hrefOf = async (project: Project) =>
        shadow(await renderCard('ca', { project, councils: feed.councils })).querySelector('.description .content a')?.getAttribute('href');
      const fromFeed = { ...hostile, contentHtml, contentBase: 'https://feeds.example.org/dc/feed.json' };
      expect(await hrefOf(fromFeed)).to.equal('https://feeds.example.org/dc/doc.pdf');
      expect(await hrefOf({ ...fromFeed, url: 'https://www.reus.example/projectes/participa/' })).to.equal('https://www.reus.example/projectes/participa/doc.pdf');
    });

    it('never links a URL that is not https, http, mailto or tel', async () => {
      const project: Project = {
        ...girona,
        url: 'javascript:window.__pwned=true',
        contacts: [{ name: 'Nom', url: 'javascript:window.__pwned=true', email: 'javascript:alert(1)//@x.example' }],
        visits: true,
        attachments: [{ url: 'data:text/html,<script>window.__pwned=true</script>', mimeType: 'text/html', title: 'Dades' }],
      };
      const council = { ...feed.councils.get('es-ine:17079')!, url: 'javascript:window.__pwned=true' };
      const card = await renderCard('ca', { project, council });
      for (const href of hrefs(card)) expect(href).to.match(/^(https?:|mailto:|tel:)/);
      expect(shadow(card).querySelector('a.project-page')).to.equal(null);
      expect(textOf(card, '[part~="meta"]')).to.contain('Girona');
      expect(textOf(card, '[part~="attachments"]')).to.contain('Dades');
    });
  });

  it('links to itself with a permalink that keeps the page address and query', async () => {
    const card = await renderCard('en', { project: girona, councils: feed.councils });
    const link = shadow(card).querySelector<HTMLAnchorElement>('a.permalink')!;
    expect(squash(link.textContent)).to.equal('Link to this project');
    const target = new URL(link.href);
    expect(target.origin + target.pathname + target.search).to.equal(location.origin + location.pathname + location.search);
    expect(target.hash).to.equal(`#dc-project-${encodeURIComponent('girona/xatbot 1')}`);
  });

  it('focus() moves focus to its heading, and heading-level sets the outline', async () => {
    const card = await renderCard('en', { project: full, councils: feed.councils }, { 'heading-level': '2' });
    const heading = shadow(card).querySelector('h2[part~="title"]') as HTMLElement;
    expect(heading).to.not.equal(null);
    expect([...shadow(card).querySelectorAll('.subheading')].every((h) => h.localName === 'h3')).to.equal(true);
    card.focus();
    expect(shadow(card).activeElement).to.equal(heading);
  });

  it('with heading-level 6, labels its sections in bold rather than with more h6 headings', async () => {
    const card = await renderCard('en', { project: full, councils: feed.councils }, { 'heading-level': '6' });
    const root = shadow(card);
    // The card's title is the only heading: its sections do not rank alongside it.
    expect([...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((h) => h.localName)).to.deep.equal(['h6']);
    const labels = [...root.querySelectorAll('.subheading')];
    expect(labels.map((label) => squash(label.textContent))).to.include.members(['Contacts', 'Description', 'Documentation']);
    for (const label of labels) {
      expect(label.localName).to.equal('p');
      expect(label.firstElementChild?.localName).to.equal('strong');
    }
    await expect(card).to.be.accessible();

    const five = await renderCard('en', { project: full, councils: feed.councils }, { 'heading-level': '5' });
    expect([...shadow(five).querySelectorAll('.subheading')].every((h) => h.localName === 'h6')).to.equal(true);
  });

  describe('right-to-left text and bidi control characters in the feed', () => {
    const RLO = '\u202E';

    it('keeps each piece of feed text from reordering the text around it', async () => {
      const councils = new Map(feed.councils);
      const terrassa = feed.councils.get('es-ine:08279')!;
      councils.set('x:1', { ...terrassa, id: 'x:1', name: `Terrassa${RLO}` });
      councils.set('x:2', { ...terrassa, id: 'x:2', name: 'Reus' });
      const project: Project = {
        ...full,
        partners: ['x:1', 'x:2'],
        contacts: [{ name: `Marta Puig${RLO}`, role: 'Head of office' }],
        savings: { ...full.savings!, note: `Hores${RLO}estalviades` },
      };
      const card = await renderCard('en', { project, councils });
      const root = shadow(card);

      // The contact's role after a name ending in U+202E RIGHT-TO-LEFT OVERRIDE still reads left to right.
      const role = textNode(root.querySelector('.contact-list li')!, 'Head of office');
      expect(drawn(role, 0).left).to.be.below(drawn(role, role.length - 1).left);

      // The note's closing bracket stays after the note.
      const note = root.querySelector('.note')!;
      const closing = [...note.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes(')')).at(-1)!;
      const noteText = textNode(note, 'Hores');
      expect(drawn(closing, closing.textContent!.indexOf(')')).left).to.be.at.least(drawn(noteText).right - 1);

      // Partner names are isolated one by one: the second keeps its order and its place after the first.
      const partners = [...root.querySelectorAll('[part~="meta"] .partners bdi')];
      expect(partners.map((name) => squash(name.textContent))).to.deep.equal([`Terrassa${RLO}`, 'Reus']);
      const reus = textNode(partners[1]!, 'Reus');
      expect(drawn(reus, 0).left).to.be.below(drawn(reus, 3).left);
      expect(drawn(reus).left).to.be.at.least(drawn(textNode(partners[0]!, 'Terrassa')).right - 1);
    });

    it('gives every piece of feed text its own direction, so Arabic reads right to left in a left-to-right card', async () => {
      const arabic = 'مشروع المواعيد الاستباقية';
      const project: Project = {
        ...full,
        language: 'ar',
        title: arabic,
        summary: arabic,
        contentText: arabic,
        contentHtml: undefined,
        value: arabic,
        barriers: [arabic],
        technologies: [arabic],
        contacts: [{ name: arabic, role: arabic }],
        savings: { ...full.savings!, note: arabic },
        attachments: [{ url: 'https://example.org/a.pdf', mimeType: 'application/pdf', title: arabic }],
        partners: ['x:1'],
        i18n: {},
      };
      const councils = new Map(feed.councils);
      councils.set('x:1', { ...feed.councils.get('es-ine:08279')!, id: 'x:1', name: arabic });
      const card = await renderCard('en', { project, council: { ...feed.councils.get('es-ine:08187')!, name: arabic }, councils });
      const root = shadow(card);
      const holders = [
        '[part~="title"] bdi',
        '[part~="meta"] a',
        '.partners bdi',
        '.summary',
        '.note bdi',
        '.contact-name',
        '.contact-list bdi',
        '.description .content',
        '.value-text',
        '.barriers li',
        '.tags li',
        '[part~="attachments"] bdi',
      ];
      for (const selector of holders) {
        const element = root.querySelector(selector);
        expect(element, selector).to.not.equal(null);
        expect(element!.matches(':dir(rtl)'), selector).to.equal(true);
        expect(getComputedStyle(element!).unicodeBidi, selector).to.equal('isolate');
      }
      // The card's own strings stay left to right.
      expect(root.querySelector('article')!.matches(':dir(ltr)')).to.equal(true);
      expect(root.querySelector('.subheading')!.matches(':dir(ltr)')).to.equal(true);
    });
  });

  describe('standalone with feed and project-id', () => {
    it('loads the project from the feed', async () => {
      const card = await renderCard('en', {}, { feed: '/test/fixtures/cards-basic.json', 'project-id': 'girona/xatbot 1' });
      await waitUntil(() => shadow(card).querySelector('article'), 'the card did not render');
      expect(textOf(card, '[part~="title"]')).to.equal('Citizen office virtual assistant');
      expect(textOf(card, '[part~="meta"]')).to.contain('Girona');
      // the council's javascript: URL was refused, so its name is not a link
      expect(shadow(card).querySelector('[part~="meta"] a')).to.equal(null);
    });

    it('links a project that has a discussion to it, for a <dc-forum-thread> on the page to open', async () => {
      const card = await renderCard('en', {}, { feed: '/demo/feed.json', 'project-id': 'capafonts-assistent-virtual' });
      await waitUntil(() => shadow(card).querySelector('article'), 'the card did not render');
      const discuss = shadow(card).querySelector<HTMLAnchorElement>('a[part~="discuss"]')!;
      expect(discuss.textContent!.trim()).to.equal('Discuss it in the forum');
      expect(discuss.getAttribute('href')).to.equal('#dc-thread-capafonts-assistent-virtual');
      const other = await renderCard('en', {}, { feed: '/demo/feed.json', 'project-id': 'reus-metodologies-agils' });
      await waitUntil(() => shadow(other).querySelector('article'), 'the card did not render');
      expect(shadow(other).querySelector('a[part~="discuss"]'), 'no discussion, no link').to.equal(null);
    });

    it('says when the project is not in the feed', async () => {
      const card = await renderCard('ca', {}, { feed: '/test/fixtures/cards-basic.json', 'project-id': 'no-existeix' });
      await waitUntil(() => stateMessage(card).includes('no és al canal'));
      expect(shadow(card).querySelector('article')).to.equal(null);
    });

    it('explains a failed load and offers a Retry button that loads again', async () => {
      const missing = await renderCard('en', {}, { feed: '/test/fixtures/does-not-exist.json', 'project-id': 'x' });
      await waitUntil(() => shadow(missing).querySelector('button'));
      expect(stateMessage(missing)).to.equal('The feed address answered with error 404.');
      expect(squash(shadow(missing).querySelector('button')!.textContent)).to.equal('Try again');

      const key = `card-retry-${Date.now()}`;
      const card = await renderCard(
        'en',
        {},
        { feed: `/faults/flaky?key=${key}&fail=1&status=404&file=cards-basic.json`, 'project-id': 'girona/xatbot 1' },
      );
      await waitUntil(() => shadow(card).querySelector('button'));
      const retry = shadow(card).querySelector<HTMLButtonElement>('button')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(card).querySelector('article'), 'Retry did not load the feed');
      expect(textOf(card, '[part~="title"]')).to.equal('Citizen office virtual assistant');
      // Focus followed the project from the message box to the card's heading, rather than falling to <body>.
      // (Elements compared as booleans: chai's description of a DOM element in a failure can hang the runner.)
      expect(document.activeElement?.localName).to.equal('dc-project-card');
      expect(shadow(card).activeElement === shadow(card).querySelector('[part~="title"]'), 'focus is on the heading').to.equal(true);
      // Once: later updates leave focus where the reader puts it.
      shadow(card).querySelector<HTMLAnchorElement>('a.permalink')!.focus();
      card.requestUpdate();
      await card.updateComplete;
      expect(shadow(card).activeElement?.className).to.equal('permalink');
    });

    it('leaves focus alone when the project arrives while focus is elsewhere', async () => {
      const before = container('en');
      const outside = before.appendChild(Object.assign(document.createElement('button'), { textContent: 'outside' }));
      const card = document.createElement('dc-project-card');
      card.setAttribute('feed', `/faults/slow?ms=300&file=cards-basic.json&focus=${Date.now()}`);
      card.setAttribute('project-id', 'girona/xatbot 1');
      before.append(card);
      outside.focus();
      await waitUntil(() => shadow(card).querySelector('article'), 'the card did not render');
      expect(document.activeElement === outside, 'focus stayed on the button outside').to.equal(true);
    });

  });
});
