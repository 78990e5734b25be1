import { preloadCatalog } from './i18n/catalog.js';

/**
 * The one-script bundle: `<script type="module" src="…/digicanvis.js">` makes every DigiCanvis element work on the
 * page, and an element's code is only downloaded once the page uses that element.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'dc-observatory': () => import('./components/observatory/observatory.js'),
  'dc-project-list': () => import('./components/project-list/project-list.js'),
  'dc-project-card': () => import('./components/project-card/project-card.js'),
  'dc-area-filter': () => import('./components/area-filter/area-filter.js'),
  'dc-proximity-map': () => import('./components/proximity-map/proximity-map.js'),
  'dc-forum-thread': () => import('./components/forum-thread/forum-thread.js'),
  'dc-assistant': () => import('./components/assistant/assistant.js'),
};

const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  // The UI strings of the page's language download alongside the element's code, not once the element has connected.
  void preloadCatalog(document.documentElement.lang);
  loaders[tag]?.().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`[digicanvis] could not load <${tag}>`, error);
  });
}

const selector = Object.keys(loaders).join(',');

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) load(root.localName);
  for (const el of root.querySelectorAll(selector)) load(el.localName);
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });

export { loaders as elementLoaders };
