/**
 * Defines a DigiCanvis element, unless the page already has it: two copies of the library on one page (two plugins,
 * two versions) must not throw. The second copy leaves the first copy's element in place and says so in the console.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
  else if (customElements.get(tag) !== element) console.warn(`[digicanvis] <${tag}> is already defined by another copy of DigiCanvis on this page; this copy uses it.`);
}
