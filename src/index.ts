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

// The tags asked for, shared by every copy of the library on the page (two plugins): what one copy has asked for, a
// later copy leaves to it and downloads no code for. (The later copy's core, imported above, has already said once in
// the console that it found another copy: the first copy's core had defined the card and the list.)
// With them, each copy's `load`, in the order the copies ran: when one cannot download an element's code, the copies
// after it try theirs (each once: the first copy's failing hands over to the second, never back).
const { requested, copies } = ((globalThis as { [key: symbol]: { requested: Set<string>; copies: ((tag: string) => void)[] } })[
  Symbol.for('digicanvis')
] ??= { requested: new Set(), copies: [] });

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  // The UI strings of the page's language download alongside the element's code, not once the element has connected.
  void preloadCatalog(document.documentElement.lang);
  loaders[tag]?.().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`[digicanvis] could not load <${tag}>`, error);
    copies[copies.indexOf(load) + 1]?.(tag);
  });
}
copies.push(load);

function scan(root: ParentNode): void {
  // (A document or a shadow root has neither a local name nor a shadow root.)
  for (const node of [root, ...root.querySelectorAll('*')] as Element[]) {
    if (Object.hasOwn(loaders, node.localName)) load(node.localName);
    // The open shadow root of one of the page's own components, there when it is scanned: watched too. (A DigiCanvis
    // element's own brings the code of what it renders.)
    else if (node.shadowRoot) discover(node.shadowRoot);
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
});

/**
 * Loads the DigiCanvis elements in `root` and those added to it later. The loader does so for the document and for the
 * open shadow roots it finds there; a component whose shadow root is made after the loader has seen it (an element
 * upgraded later), or is closed, passes it here: `discover(this.shadowRoot)`.
 */
export function discover(root: Document | ShadowRoot | Element): void {
  scan(root);
  observer.observe(root, { childList: true, subtree: true });
}

discover(document);

export { loaders as elementLoaders };

// Types only (erased from the build, so the loader stays as small): a page that uses the one script, or imports this
// entry, gets each element's class (`document.querySelector('dc-proximity-map')`), the typed events of
// `addEventListener` on the elements and on `document`, and the events' types to import.
export type { FeedWarningDetail, FeedWarningEvent } from './events.js';
export type { DcObservatory } from './components/observatory/observatory.js';
export type { DcProjectList, SortOrder } from './components/project-list/project-list.js';
export type { DcProjectCard, CardLayout } from './components/project-card/project-card.js';
export type { DcAreaFilter, DcAreaFilterEventMap, AreaFilterChangeEvent, Selection } from './components/area-filter/area-filter.js';
export type { DcProximityMap, HomeChangeDetail, HomeChangeEvent } from './components/proximity-map/proximity-map.js';
export type { DcForumThread, ForumPostDetail, ForumPostEvent } from './components/forum-thread/forum-thread.js';
export type { DcAssistant, AssistantFeedbackDetail, AssistantFeedbackEvent } from './components/assistant/assistant.js';
