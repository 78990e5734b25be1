import { uiLanguageFor } from './language.js';
import type { CatalogPart, Messages, UiLanguage } from './messages.js';

type PartId = `${UiLanguage}/${CatalogPart}`;

/* Spelt out rather than built from the language, so every bundler (and the test server) sees each module. */
const importers: Record<PartId, () => Promise<{ default: Partial<Messages> }>> = {
  'ca/main': () => import('./messages/ca.js'),
  'ca/details': () => import('./messages/ca-details.js'),
  'ca/errors': () => import('./messages/ca-errors.js'),
  'ca/filter': () => import('./messages/ca-filter.js'),
  'ca/map': () => import('./messages/ca-map.js'),
  'ca/forum': () => import('./messages/ca-forum.js'),
  'ca/assistant': () => import('./messages/ca-assistant.js'),
  'es/main': () => import('./messages/es.js'),
  'es/details': () => import('./messages/es-details.js'),
  'es/errors': () => import('./messages/es-errors.js'),
  'es/filter': () => import('./messages/es-filter.js'),
  'es/map': () => import('./messages/es-map.js'),
  'es/forum': () => import('./messages/es-forum.js'),
  'es/assistant': () => import('./messages/es-assistant.js'),
  'en/main': () => import('./messages/en.js'),
  'en/details': () => import('./messages/en-details.js'),
  'en/errors': () => import('./messages/en-errors.js'),
  'en/filter': () => import('./messages/en-filter.js'),
  'en/map': () => import('./messages/en-map.js'),
  'en/forum': () => import('./messages/en-forum.js'),
  'en/assistant': () => import('./messages/en-assistant.js'),
};

/** Each language's strings so far, its parts merged into one object. */
const catalogs: Partial<Record<UiLanguage, Partial<Messages>>> = {};
const arrived = new Set<PartId>();
const requests: Partial<Record<PartId, Promise<void>>> = {};
/**
 * The parts the page shows: `details` joins once a card shows its details, `errors` once an element shows an error.
 * A language's catalog brings them all.
 */
const partsInUse = new Set<CatalogPart>(['main']);

/** The catalog of `lang` if `part` of it has arrived, for rendering without waiting. */
export function catalogFor(lang: UiLanguage, part: CatalogPart = 'main'): Messages | undefined {
  return arrived.has(`${lang}/${part}`) ? (catalogs[lang] as Messages) : undefined;
}

/** True once every part the page shows has arrived in `lang`. */
export function hasCatalog(lang: UiLanguage): boolean {
  return [...partsInUse].every((part) => catalogFor(lang, part));
}

function loadPart(lang: UiLanguage, part: CatalogPart): Promise<void> {
  const id: PartId = `${lang}/${part}`;
  return (requests[id] ??= importers[id]().then(
    ({ default: strings }) => {
      catalogs[lang] = { ...catalogs[lang], ...strings };
      arrived.add(id);
    },
    (error: unknown) => {
      delete requests[id];
      throw error;
    },
  ));
}

/**
 * The catalog of `lang` with every part the page shows, downloaded once: later calls share the
 * requests, or get the catalog at once. A failed download is forgotten, so the next call tries again.
 */
export function loadCatalog(lang: UiLanguage): Promise<Messages> {
  return Promise.all([...partsInUse].map((part) => loadPart(lang, part))).then(() => catalogs[lang] as Messages);
}

/** Downloads `part` of the catalog of `lang`, and makes every later catalog (a language change) bring it too. */
export function useCatalogPart(part: CatalogPart, lang: UiLanguage): Promise<void> {
  partsInUse.add(part);
  return loadPart(lang, part);
}

/**
 * Starts downloading the catalog for a BCP 47 tag (empty: the browser's language, as elements do
 * without a `lang` around them), so it travels alongside the elements' code instead of after it.
 * Never rejects: an element that needs the catalog asks again, and reports a failure then.
 */
export function preloadCatalog(lang: string): Promise<void> {
  return loadCatalog(uiLanguageFor(lang || navigator.language || 'en')).then(
    () => undefined,
    () => undefined,
  );
}
