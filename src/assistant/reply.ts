/**
 * What the assistant answers to a message: small talk, a person (the feed's help block), projects, a FAQ answer, or
 * "not sure" with the closest questions; two "not sure" in a row, or being told it is not helping, hand over to a person.
 */
import type { Council, Project } from '../feed/types.js';
import type { Message } from './conversation.js';
import { intentOf } from './intents.js';
import type { FaqAnswer, FaqIndex } from './match.js';
import { findProjects, projectQuestion } from './projects.js';

/** A FAQ answer this sure wins over a search of projects, for a short question that names projects ("add a project"). */
const FAQ_OVER_PROJECTS = 1;
/** "Not sure" answers in a row after which the assistant hands over to a person. */
export const MISSES_BEFORE_HANDOVER = 2;

export interface ReplyContext {
  index: FaqIndex;
  projects: readonly Project[];
  councils: ReadonlyMap<string, Council>;
  /** The language of the page's interface: answers are in it unless the question is written in another the FAQ has. */
  language: string;
  feedLanguage: string;
  misses: number;
}

export interface Reply {
  message: Message & { from: 'assistant' };
  misses: number;
  /** The FAQ's reading of the question (for a language model to answer from), when it was searched. */
  faq?: FaqAnswer;
  /** The language the question is written in, among the FAQ's, when the assistant can tell. */
  language?: string;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/** The language to answer in: the question's, when the entry has an answer in it; else the page's. */
function answerLanguage(faq: FaqAnswer, context: ReplyContext): string {
  const entry = faq.best?.entry;
  const asked = faq.language;
  if (entry && asked && (asked === primary(context.feedLanguage) || Object.entries(entry.i18n).some(([lang, texts]) => primary(lang) === asked && texts.answer))) return asked;
  return primary(context.language);
}

export function replyTo(text: string, context: ReplyContext): Reply {
  const intent = intentOf(text, context.index.language.frustration);
  const faq = intent ? undefined : context.index.answer(text);
  // The language the question is written in (only the FAQ's languages), which the reply's own words are in.
  const language = faq ? faq.language : context.index.languageOf(text);
  const said = language ? { lang: language } : {};
  const read = language ? { language } : {};
  if (intent === 'greeting') return { message: { from: 'assistant', kind: 'hello', ...said }, misses: context.misses, ...read };
  if (intent === 'thanks') return { message: { from: 'assistant', kind: 'welcome', ...said }, misses: context.misses, ...read };
  // Told it is not helping: a person at once, with the words of a miss ("I could not find the answer. A person can
  // help you:"), rather than another try.
  if (!faq) return { message: { from: 'assistant', kind: 'handover', misses: intent === 'frustrated', ...said }, misses: 0, ...read };

  const asked = projectQuestion(text, context.councils.values());
  // Projects when the question names a place, or the FAQ has nothing, or it is short ("open data projects") and
  // projects answer it; a longer question that mentions projects ("can we visit a project?") is the FAQ's.
  const short = asked && asked.text.split(' ').filter(Boolean).length <= 2;
  const found = asked && (asked.place || !faq.best || short) ? findProjects(asked, context.projects, context.councils) : [];
  if (asked && (asked.place || !faq.best || (short && found.length && faq.best.score < FAQ_OVER_PROJECTS))) {
    return {
      message: { from: 'assistant', kind: 'projects', projects: found.map((item) => item.project.id), ...(asked.place ? { place: asked.place.id } : {}) },
      misses: 0,
      ...read,
    };
  }
  if (faq.best) {
    return { message: { from: 'assistant', kind: 'answer', entry: faq.best.entry.id, lang: answerLanguage(faq, context), question: text.slice(0, 1000) }, misses: 0, faq, ...read };
  }
  const misses = context.misses + 1;
  if (misses >= MISSES_BEFORE_HANDOVER) return { message: { from: 'assistant', kind: 'handover', misses: true, ...said }, misses: 0, faq, ...read };
  return { message: { from: 'assistant', kind: 'unsure', suggestions: faq.closest.map((match) => match.entry.id), ...said }, misses, faq, ...read };
}
