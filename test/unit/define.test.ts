import { expect } from '@open-wc/testing';
import '../../src/components/project-card/project-card.js';
import '../../src/components/project-list/project-list.js';

describe('two copies of DigiCanvis on one page', () => {
  it('the second copy of an element does not throw: it leaves the first one defined and says so, once for all its elements', async () => {
    const first = customElements.get('dc-project-card');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      // The same module at another address: another copy, as a second plugin's bundle would be.
      await import(/* @vite-ignore */ new URL('../../src/components/project-card/project-card.ts?copy=2', import.meta.url).href);
      await import(/* @vite-ignore */ new URL('../../src/components/project-list/project-list.ts?copy=2', import.meta.url).href);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('dc-project-card')).to.equal(first);
    // Once for the copy, not once per element (the list, here).
    expect(warnings.map((args) => String(args[0]))).to.deep.equal(['[digicanvis] <dc-project-card> is already defined by another copy of DigiCanvis on this page; this copy uses it.']);
  });
});
