import { add, field, fields, here, isLanguageTag, isObj, list, NOWHERE, sub, within, type Obj } from './check.js';
import { readAssistantData } from './faq.js';
import { readFeedPage } from './read.js';
import { AREAS, COUNCIL_KINDS, PHASES, PROJECT_KINDS, type Feed, type FeedProblem } from './types.js';

export { isLanguageTag } from './check.js';
export { AREAS, COUNCIL_KINDS, PHASES, PROJECT_KINDS, SAVINGS_PERIODS, JSON_FEED_VERSION, SUPPORTED_MAJOR } from './types.js';
export { isEmail, resolveHttpUrl, resolveUrl } from './url.js';

/**
 * Every problem of one feed document, for validators: what the browser would report for the projects and for
 * the assistant's FAQ and help, plus the document-level refusals (not a JSON Feed, a later major version), plus
 * what only a publisher needs to hear (see `publisherChecks`).
 */
export function validateFeed(json: unknown, baseUrl?: string): FeedProblem[] {
  const result = readFeedPage(json, baseUrl ? { baseUrl } : {});
  if (!result.ok) return result.problems;
  return result.problems.concat(readAssistantData(result.feed).problems, publisherChecks(json, baseUrl));
}

/** Where an item's problems are filed: its id, as the reader names it. */
const itemId = (item: Obj): string | undefined => (typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : undefined);

/** A scheme that runs code or smuggles a document, as an attribute of the HTML in `content_html`. */
const SCRIPTED_LINK = /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|data|vbscript)\s*:/i;

/**
 * Checks the widgets do not need, because they never read or show what is checked, but a publisher does:
 *
 * - JSON Feed's URL fields that the widgets ignore (`external_url`, `banner_image`, authors' `avatar`, the feed's
 *   `favicon`, `hubs`) carry only the schemes the contract allows, since other feed readers show them: a
 *   `javascript:` or `data:` URL there is an error, as it is in the fields the widgets read.
 * - A translation gives the texts the original must have (a project's `title`; a FAQ entry's `question` and
 *   `answer`): the contract makes every translated field optional, so a missing one is a warning that readers
 *   will show the original language's text instead.
 * - `content_html` with a `javascript:` or `data:` link: the sanitizer removes it, so a warning.
 */
export function publisherChecks(json: unknown, baseUrl?: string): FeedProblem[] {
  const problems: FeedProblem[] = [];
  if (!isObj(json)) return problems;
  const feedLanguage = typeof json.language === 'string' ? json.language : 'original';
  const missingTexts = (required: string[], original: string): void => {
    const raw = field('i18n');
    if (!isObj(raw)) return;
    sub('i18n', () => {
      for (const [lang, translation] of Object.entries(raw)) {
        // A key that is no language tag, or a translation that is no object, is the reader's to report.
        if (!isLanguageTag(lang) || !isObj(translation)) continue;
        const empty = (v: unknown): boolean => (typeof v === 'string' ? !v.trim() : v === null || (Array.isArray(v) && !v.length));
        if (Object.values(translation).every(empty)) {
          add(here(lang), `the "${lang}" translation has no texts`, false, 'warning');
          continue;
        }
        within(translation, here(lang), () => {
          for (const k of required.filter((k) => typeof translation[k] !== 'string' || empty(translation[k]))) {
            add(here(k), `"${k}" is missing from the "${lang}" translation: readers show the ${original} ${k} instead`, false, 'warning');
          }
        });
      }
    });
  };
  within(
    json,
    '$',
    () => {
      fields('favicon:h', {});
      const author = (): void => void fields('url:u avatar:h', {});
      sub('author', author);
      list('authors', author);
      list('hubs', () => void fields('url:h', {}));
      list(
        'items',
        () => {
          fields('external_url:h banner_image:h', {});
          sub('author', author);
          list('authors', () => void fields('avatar:h', {}));
          const html = field('content_html');
          const scripted = typeof html === 'string' ? SCRIPTED_LINK.exec(html) : null;
          if (scripted) add(here('content_html'), `has a ${scripted[1].toLowerCase()}: link, which the sanitizer removes`, false, 'warning');
          const language = typeof field('language') === 'string' ? (field('language') as string) : feedLanguage;
          sub('_digicanvis', () => missingTexts(['title'], language));
        },
        itemId,
      );
      sub('_digicanvis', () => list('faq', () => missingTexts(['question', 'answer'], feedLanguage), (entry) => (typeof entry.id === 'string' ? entry.id : undefined)));
    },
    { problems, base: baseUrl ?? NOWHERE },
  );
  // Reading those fields also meets what the reader and the schema report already (an item that is not an object,
  // `hubs` that is not an array): only the URLs and the warnings are this function's to add.
  return problems.filter((problem) => problem.severity === 'warning' || /\.(favicon|avatar|url|external_url|banner_image)$/.test(problem.path));
}

/** What a feed holds, as the widgets read it: counts for a publisher to check against what they meant to publish. */
export interface FeedSummary {
  projects: number;
  /** Items in the document, shown or not. */
  items: number;
  faq: number;
  councils: number;
  countries: number;
  areas: Record<string, number>;
  phases: Record<string, number>;
  kinds: Record<string, number>;
  /** Projects by the kind of body that carried them out. */
  councilKinds: Record<string, number>;
  /** Per language: how many projects and FAQ entries can be read in it (their own language or a translation). */
  languages: Record<string, { projects: number; faq: number }>;
}

/** The summary of one feed document, or undefined when it cannot be read as a feed at all. */
export function summarizeFeed(json: unknown, baseUrl?: string): FeedSummary | undefined {
  const result = readFeedPage(json, baseUrl ? { baseUrl } : {});
  if (!result.ok) return undefined;
  return summarize(result.feed, isObj(json) && Array.isArray(json.items) ? json.items.length : 0);
}

function summarize(feed: Feed, items: number): FeedSummary {
  const zeros = (keys: readonly string[]): Record<string, number> => Object.fromEntries(keys.map((k) => [k, 0]));
  const areas = zeros(AREAS);
  const phases = zeros(PHASES);
  const kinds = zeros(PROJECT_KINDS);
  const councilKinds = zeros(COUNCIL_KINDS);
  const languages: FeedSummary['languages'] = {};
  const language = (tag: string): { projects: number; faq: number } => (languages[tag.toLowerCase()] ??= { projects: 0, faq: 0 });
  for (const project of feed.projects) {
    for (const area of project.areas) areas[area]++;
    phases[project.phase]++;
    kinds[project.kind]++;
    const kind = feed.councils.get(project.council)?.kind;
    if (kind) councilKinds[kind]++;
    for (const tag of new Set([project.language.toLowerCase(), ...Object.keys(project.i18n)])) language(tag).projects++;
  }
  const { faq } = readAssistantData(feed);
  for (const entry of faq) {
    for (const tag of new Set([feed.language.toLowerCase(), ...Object.keys(entry.i18n)])) language(tag).faq++;
  }
  return {
    projects: feed.projects.length,
    items,
    faq: faq.length,
    councils: feed.councils.size,
    countries: new Set([...feed.councils.values()].map((council) => council.country)).size,
    areas,
    phases,
    kinds,
    councilKinds,
    languages,
  };
}
