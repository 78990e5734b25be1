import { uiLanguageFor } from './language.js';
import type { Messages, UiLanguage } from './messages.js';

/* Spelt out rather than built from the language, so every bundler (and the test server) sees each module. */
const importers: Record<UiLanguage, () => Promise<{ default: Messages }>> = {
  ca: () => import('./messages/ca.js'),
  es: () => import('./messages/es.js'),
  en: () => import('./messages/en.js'),
};

const arrived: Partial<Record<UiLanguage, Messages>> = {};
const requests: Partial<Record<UiLanguage, Promise<Messages>>> = {};

/** The catalog of `lang` if it has arrived, for rendering without waiting. */
export function catalogFor(lang: UiLanguage): Messages | undefined {
  return arrived[lang];
}

/**
 * The catalog of `lang`, downloaded once: later calls share the request, or get the catalog at
 * once. A failed download is forgotten, so the next call tries again.
 */
export function loadCatalog(lang: UiLanguage): Promise<Messages> {
  return (requests[lang] ??= importers[lang]().then(
    ({ default: messages }) => (arrived[lang] = messages),
    (error: unknown) => {
      delete requests[lang];
      throw error;
    },
  ));
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
