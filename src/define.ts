/** Whether this copy has said that another copy of DigiCanvis is on the page: once is enough, not once per element. */
let noted = false;

/**
 * Whether a DigiCanvis element still needs defining: two copies of the library on one page (two plugins, two versions)
 * must not throw. When another copy has defined it, this copy leaves that element in place and says so in the console,
 * once for all its elements.
 * Elements call it as `if (notYetDefined(tag, Element)) customElements.define(tag, Element)`, so that the manifest
 * (custom-elements.json) still sees each definition.
 */
export function notYetDefined(tag: string, element: CustomElementConstructor): boolean {
  const defined = customElements.get(tag);
  if (defined && defined !== element && !noted) {
    noted = true;
    console.warn(`[digicanvis] <${tag}> is already defined by another copy of DigiCanvis on this page; this copy uses it.`);
  }
  return !defined;
}
