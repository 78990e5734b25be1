/**
 * Reads the front-line assistant's part of a feed, the FAQ entries and the help block, on first use: only the
 * elements that answer citizens need it, so it stays out of the code every element downloads.
 */
import { AREAS, type FaqEntry, type FaqLink, type Feed, type FeedProblem, type Help } from './types.js';
import { fields, i18n, list, req, skipped, sub, texts, twice, val, within } from './check.js';

export interface AssistantData {
  faq: FaqEntry[];
  help: Help;
  problems: FeedProblem[];
}

/** A FAQ entry, read within it. */
function readFaqEntry(): FaqEntry | undefined {
  const question = req('question');
  const answer = req('answer');
  if (skipped()) return undefined;
  return fields('alternatives:L keywords:L', {
    // Without an id, one is made once every entry is read (below), so that it takes no id a later entry has.
    id: val('id') ?? '',
    question,
    answer,
    links: list('links', () => {
      const url = val('url', 'u', 1);
      return url ? ({ ...fields('title', {}), url } as FaqLink) : undefined;
    }),
    areas: texts('areas', AREAS) ?? [],
    i18n: i18n('question answer alternatives:l'),
  } as FaqEntry);
}

/** The FAQ and help of a feed (every page), read once and remembered. */
export function readAssistantData(feed: Feed): AssistantData {
  const known = read.get(feed.assistant);
  if (known) return known;
  const problems: FeedProblem[] = [];
  const faq: FaqEntry[] = [];
  const faqIds = new Set<string>();
  let help: Help = {};
  feed.assistant.forEach(({ faq: entries, help: h, base }, page) => {
    const readPage = (): void => {
      list(
        'faq',
        () => {
          const entry = readFaqEntry();
          if (!entry) return;
          if (!entry.id) faq.push(entry);
          else if (faqIds.has(entry.id)) twice('FAQ', entry.id);
          else {
            faqIds.add(entry.id);
            faq.push(entry);
          }
        },
        (e) => (typeof e.id === 'string' ? e.id : undefined),
      );
      if (page === 0) help = sub('help', () => fields('phone hours address email:e url:u', {})) ?? {};
    };
    const from = problems.length;
    within({ faq: entries, help: h }, '$._digicanvis', readPage, { problems, base });
    // Problems of later pages name the page they are on.
    if (page) for (const problem of problems.slice(from)) problem.page = base;
  });
  // An entry without an id is named after its question (`faq-` and a hash of it), not its place: a conversation kept
  // for the tab, or a rating sent, still names it after the council has put another entry before it. With `-2`, `-3`…
  // when another entry has that id already.
  faq.forEach((entry) => {
    if (entry.id) return;
    let hash = 0x811c9dc5;
    for (let i = 0; i < entry.question.length; i++) hash = Math.imul(hash ^ entry.question.charCodeAt(i), 0x01000193);
    const base = `faq-${(hash >>> 0).toString(36)}`;
    let id = base;
    for (let n = 2; faqIds.has(id); n++) id = `${base}-${n}`;
    faqIds.add((entry.id = id));
  });
    const data = { faq, help, problems };
  read.set(feed.assistant, data);
  return data;
}

const read = new WeakMap<Feed['assistant'], AssistantData>();
