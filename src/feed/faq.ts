/**
 * Reads the front-line assistant's part of a feed, the FAQ entries and the help block, on first use: only the
 * elements that answer citizens need it, so it stays out of the code every element downloads.
 */
import { AREAS, type AreaId, type FaqEntry, type FaqLink, type FaqTexts, type Feed, type FeedProblem, type Help } from './types.js';
import { Report, describe, isObj, list } from './check.js';
import { isEmail } from './url.js';

export interface AssistantData {
  faq: FaqEntry[];
  help: Help;
  problems: FeedProblem[];
}

function readFaqEntry(v: unknown, path: string, index: number, r: Report, base: string): FaqEntry | undefined {
  if (!isObj(v)) {
    r.error(path, `a FAQ entry must be an object, not ${describe(v)}`, true);
    return undefined;
  }
  const question = r.required(v, 'question', path);
  const answer = r.required(v, 'answer', path);
  if (!question || !answer) return undefined;
  const id = r.text(v, 'id', path) ?? `faq-${index + 1}`;
  const areas: AreaId[] = [];
  if (Array.isArray(v.areas)) {
    v.areas.forEach((a, i) => {
      if ((AREAS as readonly unknown[]).includes(a)) areas.push(a as AreaId);
      else r.error(`${path}.areas[${i}]`, `unknown area ${JSON.stringify(a)}`);
    });
  } else if (v.areas !== undefined) r.error(`${path}.areas`, '"areas" must be an array of area ids');
  return {
    id,
    question,
    answer,
    alternatives: r.texts(v, 'alternatives', path),
    keywords: r.texts(v, 'keywords', path),
    links: list(v, 'links', path, r, (l, p): FaqLink | undefined => {
      if (!isObj(l)) {
        r.error(p, `a link must be an object, not ${describe(l)}`);
        return undefined;
      }
      const url = r.link(l, 'url', p, base);
      if (!url) {
        if (l.url === undefined) r.error(`${p}.url`, 'a link needs a "url"');
        return undefined;
      }
      const title = r.text(l, 'title', p);
      return title ? { title, url } : { url };
    }),
    areas,
    i18n: r.translations(v, path, (t, p): FaqTexts => {
      const out: FaqTexts = {};
      const q = r.text(t, 'question', p);
      if (q) out.question = q;
      const a = r.text(t, 'answer', p);
      if (a) out.answer = a;
      if (t.alternatives !== undefined) out.alternatives = r.texts(t, 'alternatives', p);
      return out;
    }),
  };
}

function readHelp(v: unknown, path: string, r: Report, base: string): Help {
  const help: Help = {};
  if (v === undefined || v === null) return help;
  if (!isObj(v)) {
    r.error(path, `"help" must be an object, not ${describe(v)}`);
    return help;
  }
  for (const k of ['phone', 'hours', 'address'] as const) {
    const s = r.text(v, k, path);
    if (s) help[k] = s;
  }
  const email = r.text(v, 'email', path);
  if (email) {
    if (isEmail(email)) help.email = email.trim();
    else r.error(`${path}.email`, `"${email}" is not an email address`);
  }
  const url = r.link(v, 'url', path, base, true);
  if (url) help.url = url;
  return help;
}

/** The FAQ and help of a feed (every page), read once and remembered. */
export function readAssistantData(feed: Feed): AssistantData {
  const known = read.get(feed.assistant);
  if (known) return known;
  const problems: FeedProblem[] = [];
  const feedReport = new Report(problems);
  const faq: FaqEntry[] = [];
  const faqIds = new Set<string>();
  let help: Help = {};
  feed.assistant.forEach((source, page) => {
    const at = (path: string): string => (page ? `${source.base} ${path}` : path);
    if (source.faq !== undefined && source.faq !== null) {
      if (!Array.isArray(source.faq)) feedReport.error(at('$._digicanvis.faq'), `"faq" must be an array, not ${describe(source.faq)}`);
      else {
        source.faq.forEach((e, i) => {
          const p = at(`$._digicanvis.faq[${i}]`);
          const r = new Report(problems, isObj(e) && typeof e.id === 'string' ? e.id : undefined);
          const entry = readFaqEntry(e, p, faq.length, r, source.base);
          if (!entry) return;
          if (faqIds.has(entry.id)) r.error(`${p}.id`, `duplicate FAQ id "${entry.id}"`, true);
          else {
            faqIds.add(entry.id);
            faq.push(entry);
          }
        });
      }
    }
    if (page === 0) help = readHelp(source.help, '$._digicanvis.help', feedReport, source.base);
  });
  const data = { faq, help, problems };
  read.set(feed.assistant, data);
  return data;
}

const read = new WeakMap<Feed['assistant'], AssistantData>();
