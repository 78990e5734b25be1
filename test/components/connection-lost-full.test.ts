/*
 * A full card whose details fail to download on the way: a file of its own, as its browser context must not have
 * downloaded the details' code yet (connection-lost.test.ts opens a compact card's details).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/components/project-card/project-card.js';
import { container } from './mount.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('a full card, its details lost on the way', () => {
  afterEach(() => executeServerCommand('block-urls', { urls: [] }));

  it('a full card whose details cannot download says so, and its Retry keeps focus in the card', async () => {
    await executeServerCommand('block-urls', { urls: ['*details*'] });
    const card = document.createElement('dc-project-card');
    card.setAttribute('feed', `/test/fixtures/cards-basic.json?full=${Date.now()}`);
    card.setAttribute('project-id', 'girona/xatbot 1');
    container('en').append(card);
    const shadow = () => card.shadowRoot!;
    await waitUntil(() => shadow().querySelector('article button:not(.disclosure)'), 'the failure was never said', { timeout: 5000 });
    expect(squash(shadow().querySelector('p[role="status"]')?.textContent)).to.equal('The details could not be loaded.');
    await executeServerCommand('block-urls', { urls: [] });
    shadow().querySelector<HTMLButtonElement>('article button:not(.disclosure)')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow().querySelector('dl, section'), 'the details never came', { timeout: 5000 });
    expect(document.activeElement, 'focus stayed in the card').to.equal(card);
    expect(shadow().activeElement?.matches('[part~="title"]')).to.equal(true);
  });
});
