/*
 * What the list and the card say when a download they need fails on the way (the connection dropped): the card's
 * "More details", the error messages of a feed. A file of its own: its browser context has downloaded none of them
 * yet, as a visitor's page has not.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/project-list/project-list.js';
import type { DcProjectList } from '../../src/components/project-list/project-list.js';
import type { DcProjectCard } from '../../src/components/project-card/project-card.js';
import { feedStore } from '../../src/feed/index.js';
import { container } from './mount.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (list: DcProjectList) => list.shadowRoot!;
const cards = (list: DcProjectList) => [...root(list).querySelectorAll<DcProjectCard>('dc-project-card')];
const statusOf = (list: DcProjectList) => squash(root(list).querySelector('[part~="status"]')?.textContent);
const retryOf = (list: DcProjectList) => root(list).querySelector<HTMLButtonElement>('[part~="message"] button');

function mountList(lang: string, feed: string): DcProjectList {
  const list = document.createElement('dc-project-list');
  list.setAttribute('feed', feed);
  container(lang).append(list);
  return list;
}

describe('a download that fails on the way', () => {
  afterEach(() => executeServerCommand('block-urls', { urls: [] }));

  it('a compact card says when its details cannot download, and Retry loads them', async () => {
    const list = mountList('en', `/test/fixtures/cards-basic.json?details=${Date.now()}`);
    await waitUntil(() => cards(list).length > 0, 'no cards');
    await executeServerCommand('block-urls', { urls: ['*details*'] });
    const card = cards(list)[0]!;
    const disclosure = card.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!;
    disclosure.focus();
    await sendKeys({ press: 'Enter' });
    const details = card.shadowRoot!.querySelector<HTMLElement>('#details')!;
    await waitUntil(() => details.querySelector('button'), 'the failure was never said', { timeout: 5000 });
    expect(squash(details.querySelector('p')?.textContent)).to.equal('The details could not be loaded.');
    expect(details.getAttribute('aria-busy')).to.equal('false');
    expect(details.hidden).to.equal(false);

    await executeServerCommand('block-urls', { urls: [] });
    const retry = details.querySelector('button')!;
    expect(squash(retry.textContent)).to.equal('Try again');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.querySelector('dl, section'), 'the details never came', { timeout: 5000 });
    expect(details.textContent).to.not.include('could not be loaded');
    // The button went with the message: focus is on the card's heading, not on <body>.
    expect(card.shadowRoot!.activeElement?.matches('[part~="title"]')).to.equal(true);
  });

  it('a failed feed whose error messages cannot be downloaded either still says so, with Retry', async () => {
    feedStore.configure({ retryBaseMs: 20, retries: 0 });
    try {
      // Galician: no error message of that language has been downloaded in this file.
      await executeServerCommand('block-urls', { urls: ['*-errors*'] });
      const list = mountList('gl', `/faults/status/404?strings=${Date.now()}`);
      await waitUntil(() => retryOf(list), 'no Retry: the list stayed "loading"', { timeout: 5000 });
      expect(statusOf(list)).to.equal('Non se puido acceder á canle. Comprobe a conexión e ténteo de novo.');
      expect(root(list).querySelector('[part~="base"]')?.getAttribute('aria-busy')).to.equal('false');

      // Back online, Retry: the server's own answer, in words of its own, and not the guess about the connection again first.
      await executeServerCommand('block-urls', { urls: [] });
      const said: string[] = [];
      const status = root(list).querySelector('[part~="status"]')!;
      const observer = new MutationObserver(() => said.push(squash(status.textContent)));
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      retryOf(list)!.click();
      await waitUntil(() => statusOf(list) === 'O enderezo da canle respondeu co erro 404.', `said "${statusOf(list)}"`, { timeout: 5000 });
      observer.disconnect();
      expect(said.filter((text) => text.startsWith('Non se puido'))).to.deep.equal([]);
    } finally {
      feedStore.configure({ retryBaseMs: 400, retries: 3 });
    }
  });

  it('a card whose project is not in the feed, its words lost on the way, says what it can, and Retry says why', async () => {
    // Basque: no error message of that language has been downloaded in this file.
    await executeServerCommand('block-urls', { urls: ['*-errors*'] });
    const card = document.createElement('dc-project-card');
    card.setAttribute('feed', `/test/fixtures/cards-basic.json?gone=${Date.now()}`);
    card.setAttribute('project-id', 'no-such-project');
    container('eu').append(card);
    const state = () => card.shadowRoot!.querySelector('.state');
    await waitUntil(() => state()?.querySelector('button'), 'no Retry: the card stayed "loading"', { timeout: 5000 });
    expect(squash(state()!.querySelector('p')?.textContent)).to.equal('Ezin izan da jariora iritsi. Egiaztatu konexioa eta saiatu berriro.');
    expect(state()!.getAttribute('aria-busy')).to.equal('false');
    await executeServerCommand('block-urls', { urls: [] });
    state()!.querySelector('button')!.click();
    await waitUntil(() => !state()?.querySelector('button'), 'the real reason never came', { timeout: 5000 });
    expect(squash(state()!.querySelector('p')?.textContent)).to.not.include('konexioa');
    expect(card.shadowRoot!.activeElement === state(), 'focus stays on the message box').to.equal(true);
  });
});
