import type { Project } from '../../feed/types.js';
import { primarySubtag, sameLanguage } from '../../i18n/language.js';

/** A piece of feed text and the language it is written in. */
export interface Shown<T> {
  value: T;
  lang: string;
}

type TextField = 'title' | 'summary' | 'content_text' | 'value';

const OWN_FIELD = { title: 'title', summary: 'summary', content_text: 'contentText', value: 'value' } as const;

/**
 * Translation tags to try, best first: the page's exact language, then any translation in that language (`es`, or
 * `es-es` for another region, for a page in `es-MX`), then the same for the UI catalog's language (a Basque page
 * gets Spanish UI strings, so Spanish texts beat Catalan ones its reader may not read). None when the project is
 * already written in the page's language. A tag may come twice (`es`, `es`, `es`): the first try that finds a
 * translation wins anyway.
 */
export function translationTags(project: Project, pageLanguage: string, uiLanguage: string): string[] {
  const page = pageLanguage.toLowerCase();
  if (primarySubtag(project.language) === primarySubtag(page)) return [];
  // The language's own key (`es`) before those of regions (`es-es`).
  const inLanguage = (tag: string) => [tag, ...Object.keys(project.i18n).filter((key) => primarySubtag(key) === primarySubtag(tag)).sort((a, b) => a.length - b.length)];
  return [...inLanguage(page), ...inLanguage(uiLanguage)];
}

/** A text of the project in the reader's language when translated, else in the project's own. */
export function projectText(project: Project, field: 'title', pageLanguage: string, uiLanguage: string): Shown<string>;
export function projectText(
  project: Project,
  field: TextField,
  pageLanguage: string,
  uiLanguage: string,
): Shown<string | undefined>;
export function projectText(
  project: Project,
  field: TextField,
  pageLanguage: string,
  uiLanguage: string,
): Shown<string | undefined> {
  for (const tag of translationTags(project, pageLanguage, uiLanguage)) {
    const translated = project.i18n[tag]?.[field];
    if (translated) return { value: translated, lang: tag };
  }
  return { value: project[OWN_FIELD[field]], lang: project.language };
}

/** The `lang` attribute a piece of text needs: only when it differs from the language of the wrapper around it. */
export function langAttribute(lang: string, wrapperLanguage: string): string | undefined {
  return sameLanguage(lang, wrapperLanguage) ? undefined : lang;
}
