import { UI_LANGUAGES, type UiLanguage } from './messages.js';

/**
 * Languages of Spain that have no UI strings yet: their speakers all read Spanish, which is a
 * better fallback for them than English.
 */
const READ_AS_SPANISH = new Set(['ast', 'an', 'ext']);

/**
 * The language of the content around `node`: the nearest non-empty `lang` attribute, walking out
 * of shadow roots to their hosts, then the document's, then the browser's. An empty `lang` means
 * "unknown" in HTML, so the walk goes on past it.
 */
export function contextLanguage(node: Node): string {
  let current: Node | null = node;
  while (current) {
    // A `data-dc-ui` wrapper's `lang` is that of an element's UI strings, not of the content: the cards of a list skip it.
    if (current instanceof Element && !current.hasAttribute('data-dc-ui')) {
      const lang = current.getAttribute('lang');
      if (lang) return lang;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/** The primary language subtag of a BCP 47 tag, in lower case (`ca-ES` → `ca`). */
export const primarySubtag = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** The UI catalog for a BCP 47 tag, matched on its primary subtag (`ca-ES` → `ca`). */
export function uiLanguageFor(tag: string): UiLanguage {
  const primary = primarySubtag(tag);
  if ((UI_LANGUAGES as readonly string[]).includes(primary)) return primary as UiLanguage;
  return READ_AS_SPANISH.has(primary) ? 'es' : 'en';
}

/**
 * Where browsers lack a language's formats (Occitan; Basque and Galician in some builds), numbers, dates and lists are
 * written as the nearest language writes them: Aranese as Catalan, Basque and Galician as Spanish.
 */
const FORMATS_OF: Record<string, string> = { oc: 'ca', eu: 'es', gl: 'es' };

/** The locales to give `Intl` for a language: itself, then the language whose formats stand in for its own. */
export function intlLocales(tag: string): string[] {
  const stand = FORMATS_OF[primarySubtag(tag)];
  return stand ? [tag, stand] : [tag];
}

/** True when two BCP 47 tags name the same language for the purpose of `lang` marking. */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
