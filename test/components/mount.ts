/*
 * Plain containers are mounted by hand: open-wc's fixture() waits for an animation frame for
 * non-Lit elements, and background tabs (the runner runs two test files at once) get none.
 */
const mounted: Element[] = [];

/** A `<div lang=…>` in the document, removed after the test. */
export function container(lang: string): HTMLDivElement {
  const div = document.createElement('div');
  div.lang = lang;
  document.body.append(div);
  mounted.push(div);
  return div;
}

afterEach(() => mounted.splice(0).forEach((element) => element.remove()));
