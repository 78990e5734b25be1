import { expect, waitUntil } from '@open-wc/testing';
import { DcObservatory } from '../../src/components/observatory/observatory.js';
import '../../src/components/project-list/project-list.js';
import '../../src/components/project-card/project-card.js';

const mounted: Element[] = [];
afterEach(() => mounted.splice(0).forEach((element) => element.remove()));

/** Mounts elements by hand: fixture() waits for a frame that background tabs of the runner never get. */
function mount(build: (root: HTMLElement) => void): HTMLElement {
  const root = document.createElement('div');
  root.lang = 'en';
  build(root);
  document.body.append(root);
  mounted.push(root);
  return root;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Element[]): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
};

const cardTitles = (list: Element): string[] =>
  [...list.shadowRoot!.querySelectorAll('dc-project-card')].map((card) => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '');

describe('<dc-observatory> with elements inside', () => {
  it('gives its feed to a list and a card that have none, laid out anywhere inside', async () => {
    const list = el('dc-project-list');
    const card = el('dc-project-card', { 'project-id': 'paged-2' });
    mount((root) => root.append(el('dc-observatory', { feed: '/test/fixtures/paged-1.json' }, el('section', {}, list), el('aside', {}, card))));
    await waitUntil(() => cardTitles(list).length === 5, 'the list shows every page of the observatory feed');
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.includes('Projecte paginat 2'), 'the card finds its project');
  });

  it('gives its feed to elements whose code came first (the one-script bundle loads each element when it can)', async () => {
    // The same observatory under a tag defined only once the list inside it is on the page and has asked for a feed.
    const list = el('dc-project-list');
    const later = document.createElement('dc-observatory-later');
    later.setAttribute('feed', '/test/fixtures/paged-1.json');
    later.append(list);
    mount((root) => root.append(later));
    await list.updateComplete;
    expect(list.shadowRoot?.querySelectorAll('dc-project-card').length).to.equal(0);
    customElements.define('dc-observatory-later', class extends DcObservatory {});
    await waitUntil(() => cardTitles(list).length === 5, 'the list shows the feed of the observatory defined after it');
  });

  it('lets an element keep a feed of its own', async () => {
    const own = el('dc-project-list', { feed: '/test/fixtures/paged-3.json' });
    const shared = el('dc-project-list');
    mount((root) => root.append(el('dc-observatory', { feed: '/test/fixtures/paged-1.json' }, own, shared)));
    await waitUntil(() => cardTitles(shared).length === 5);
    await waitUntil(() => own.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() !== '');
    expect(cardTitles(own)).to.deep.equal([]);
  });

  it('follows a change of its feed', async () => {
    const list = el('dc-project-list');
    const observatory = el('dc-observatory', { feed: '/test/fixtures/paged-3.json' }, list);
    mount((root) => root.append(observatory));
    await waitUntil(() => list.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() !== '');
    observatory.setAttribute('feed', '/test/fixtures/paged-1.json');
    await waitUntil(() => cardTitles(list).length === 5, 'the list moved to the new feed');
  });
});
