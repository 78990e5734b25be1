import { addCatalogParts } from '../../i18n/catalog.js';
import type { Messages } from '../../i18n/messages.js';

/** Where the strings of <dc-assistant> are, in each language: known only to pages that use it. */
const STRINGS: Record<string, () => Promise<{ default: Partial<Messages> }>> = {
  ca: () => import('../../i18n/messages/ca-assistant.js'),
  es: () => import('../../i18n/messages/es-assistant.js'),
  en: () => import('../../i18n/messages/en-assistant.js'),
  eu: () => import('../../i18n/messages/eu-assistant.js'),
  gl: () => import('../../i18n/messages/gl-assistant.js'),
  oc: () => import('../../i18n/messages/oc-assistant.js'),
};
addCatalogParts(Object.fromEntries(Object.entries(STRINGS).map(([lang, strings]) => [`${lang}-assistant`, strings])));

/** The strings of the languages replies have been written in, once come (empty: none to be had). */
const loaded = new Map<string, Partial<Messages>>();

/**
 * The assistant's strings in `lang` (a BCP 47 tag), for a reply in the visitor's language rather than the page's: at
 * once when they have come; the first time, a promise that settles when they have; undefined when the assistant has no
 * strings in that language.
 */
export function assistantStrings(lang: string): Partial<Messages> | Promise<unknown> | undefined {
  const primary = lang.toLowerCase().split('-')[0]!;
  return (
    loaded.get(primary) ??
    STRINGS[primary]?.().then(
      (module) => loaded.set(primary, module.default),
      () => {
        // Offline: the page's language meanwhile, and another try once back online.
        loaded.set(primary, {});
        window.addEventListener('online', () => loaded.delete(primary), { once: true });
      },
    )
  );
}
