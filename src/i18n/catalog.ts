import { uiLanguageFor } from './language.js';
import type { CatalogPart, Messages, UiLanguage } from './messages.js';

/** A part's module: `ca` for the main strings, `ca-details` for the others. */
export type PartId = UiLanguage | `${UiLanguage}-${Exclude<CatalogPart, 'main'>}`;

type Importer = () => Promise<{ default: Partial<Messages> }>;

/*
 * Spelt out rather than built from the language, so every bundler (and the test server) sees each module. The parts
 * of one element's strings (filter, map, forum, assistant) are listed by that element's module (`addCatalogParts`), so that
 * a page without it does not carry their addresses.
 */
const importers: Partial<Record<PartId, Importer>> = {
  ca: () => import('./messages/ca.js'),
  'ca-details': () => import('./messages/ca-details.js'),
  'ca-errors': () => import('./messages/ca-errors.js'),
  es: () => import('./messages/es.js'),
  'es-details': () => import('./messages/es-details.js'),
  'es-errors': () => import('./messages/es-errors.js'),
  en: () => import('./messages/en.js'),
  'en-details': () => import('./messages/en-details.js'),
  'en-errors': () => import('./messages/en-errors.js'),
  eu: () => import('./messages/eu.js'),
  'eu-details': () => import('./messages/eu-details.js'),
  'eu-errors': () => import('./messages/eu-errors.js'),
  gl: () => import('./messages/gl.js'),
  'gl-details': () => import('./messages/gl-details.js'),
  'gl-errors': () => import('./messages/gl-errors.js'),
  oc: () => import('./messages/oc.js'),
  'oc-details': () => import('./messages/oc-details.js'),
  'oc-errors': () => import('./messages/oc-errors.js'),
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

const partId = (lang: UiLanguage, part: CatalogPart): PartId => (part === 'main' ? lang : `${lang}-${part}`);

/** The catalog of `lang` if `part` of it has arrived, for rendering without waiting. */
export function catalogFor(lang: UiLanguage, part: CatalogPart = 'main'): Messages | undefined {
  return arrived.has(partId(lang, part)) ? (catalogs[lang] as Messages) : undefined;
}

/** True once every part the page shows has arrived in `lang`. */
export function hasCatalog(lang: UiLanguage): boolean {
  return [...partsInUse].every((part) => catalogFor(lang, part));
}

/** Makes the modules of an element's own strings known, one per language. */
export function addCatalogParts(parts: Partial<Record<PartId, Importer>>): void {
  Object.assign(importers, parts);
}

function loadPart(lang: UiLanguage, part: CatalogPart): Promise<void> {
  const id = partId(lang, part);
  const load = importers[id];
  // An element's own parts are known once its module has run (it registers them).
  if (!load) return Promise.reject(new Error(`${id}?`));
  return (requests[id] ??= load().then(
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
