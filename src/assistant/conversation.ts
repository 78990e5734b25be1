/**
 * A conversation with the assistant as data: what the visitor asked and what kind of answer it got, by the ids of
 * the feed's entries and projects, so that it is drawn again from the feed (in the page's language of the moment)
 * after a reload. Kept in `sessionStorage` for the tab; a page that forbids storage still works, without surviving a
 * reload.
 */
import type { AreaId } from '../feed/types.js';

export type Message =
  /** `lang`: the language the visitor wrote in, when the assistant could tell (or that of the question they picked). */
  | { from: 'visitor'; text: string; lang?: string }
  /** `lang` (here and below): the language the visitor wrote in, that of the reply's own words, when it is not the page's. */
  | { from: 'assistant'; kind: 'greeting' | 'hello' | 'welcome'; lang?: string }
  /** `question`: what the visitor asked (for the feedback event); `lang`: the language the answer is shown in. */
  | { from: 'assistant'; kind: 'answer'; entry: string; lang: string; question: string; helpful?: boolean }
  | { from: 'assistant'; kind: 'unsure'; suggestions: string[]; lang?: string }
  | { from: 'assistant'; kind: 'handover'; misses: boolean; lang?: string }
  | { from: 'assistant'; kind: 'projects'; projects: string[]; place?: string }
  | { from: 'assistant'; kind: 'area'; area: AreaId; entries: string[]; projects: string[] }
  /** A language model's answer: `sources` are the entries it was given (`[1]` is the first), `cited` the positions it cites. */
  | { from: 'assistant'; kind: 'generated'; text: string; sources: string[]; cited: number[]; lang: string; question: string; helpful?: boolean };

export interface Conversation {
  messages: Message[];
  /** Answers in a row the assistant was not sure of: at two it hands over. */
  misses: number;
}

const PREFIX = 'digicanvis-assistant:';
/** Messages kept: older ones are forgotten, so that storage stays small. */
const KEPT = 200;

const isString = (value: unknown): value is string => typeof value === 'string';
const strings = (value: unknown): boolean => Array.isArray(value) && value.every(isString);
const optionalBoolean = (value: unknown): boolean => value === undefined || typeof value === 'boolean';

/**
 * Whether a stored message is one this version can show: storage may hold another version's, or anything another script
 * of the page wrote there. One it cannot show is left out, never drawn half.
 */
function isMessage(value: unknown): value is Message {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  if (m['from'] === 'visitor') return isString(m['text']) && (m['lang'] === undefined || isString(m['lang']));
  if (m['from'] !== 'assistant' || (m['lang'] !== undefined && !isString(m['lang']))) return false;
  switch (m['kind']) {
    case 'greeting':
    case 'hello':
    case 'welcome':
      return true;
    case 'answer':
      return isString(m['entry']) && isString(m['lang']) && isString(m['question']) && optionalBoolean(m['helpful']);
    case 'unsure':
      return strings(m['suggestions']);
    case 'handover':
      return typeof m['misses'] === 'boolean';
    case 'projects':
      return strings(m['projects']) && (m['place'] === undefined || isString(m['place']));
    case 'area':
      return isString(m['area']) && strings(m['entries']) && strings(m['projects']);
    case 'generated':
      return (
        isString(m['text']) &&
        strings(m['sources']) &&
        Array.isArray(m['cited']) &&
        m['cited'].every((i) => Number.isInteger(i)) &&
        isString(m['lang']) &&
        isString(m['question']) &&
        optionalBoolean(m['helpful'])
      );
    default:
      return false;
  }
}

function store(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadConversation(key: string): Conversation | undefined {
  try {
    const value: unknown = JSON.parse(store()?.getItem(PREFIX + key) ?? 'null');
    if (value && typeof value === 'object' && Array.isArray((value as Conversation).messages)) {
      const { messages, misses } = value as { messages: unknown[]; misses: unknown };
      return { messages: messages.filter(isMessage), misses: Number(misses) || 0 };
    }
  } catch {
    // Unreadable: a new conversation.
  }
  return undefined;
}

export function saveConversation(key: string, conversation: Conversation): void {
  try {
    store()?.setItem(PREFIX + key, JSON.stringify({ ...conversation, messages: conversation.messages.slice(-KEPT) }));
  } catch {
    // Full or forbidden: the conversation lasts as long as the page.
  }
}

export function forgetConversation(key: string): void {
  try {
    store()?.removeItem(PREFIX + key);
  } catch {
    // Nothing was kept.
  }
}
