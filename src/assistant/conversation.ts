/**
 * A conversation with the assistant as data: what the visitor asked and what kind of answer it got, by the ids of
 * the feed's entries and projects, so that it is drawn again from the feed (in the page's language of the moment)
 * after a reload. Kept in `sessionStorage` for the tab; a page that forbids storage still works, without surviving a
 * reload.
 */
import type { AreaId } from '../feed/types.js';

export type Message =
  | { from: 'visitor'; text: string }
  | { from: 'assistant'; kind: 'greeting' | 'hello' | 'welcome' }
  /** `question`: what the visitor asked (for the feedback event); `lang`: the language the answer is shown in. */
  | { from: 'assistant'; kind: 'answer'; entry: string; lang: string; question: string; helpful?: boolean }
  | { from: 'assistant'; kind: 'unsure'; suggestions: string[] }
  | { from: 'assistant'; kind: 'handover'; misses: boolean }
  | { from: 'assistant'; kind: 'projects'; projects: string[]; place?: string }
  | { from: 'assistant'; kind: 'area'; area: AreaId; entries: string[]; projects: string[] }
  /** A language model's answer: `sources` are the entries it was given (`[1]` is the first), `cited` the positions it cites. */
  | { from: 'assistant'; kind: 'generated'; text: string; sources: string[]; cited: number[]; lang: string };

export interface Conversation {
  messages: Message[];
  /** Answers in a row the assistant was not sure of: at two it hands over. */
  misses: number;
}

const PREFIX = 'digicanvis-assistant:';
/** Messages kept: older ones are forgotten, so that storage stays small. */
const KEPT = 200;

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
      const { messages, misses } = value as Conversation;
      return { messages: messages.filter((message) => message && typeof message === 'object' && (message.from === 'visitor' ? typeof message.text === 'string' : typeof message.kind === 'string')), misses: Number(misses) || 0 };
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
