/**
 * What a visitor writes, kept in the browser until the forum confirms it: the draft of each discussion (saved as it
 * is typed, with the Idempotency-Key it will be sent with), and the posts awaiting moderation that the visitor sent,
 * so that a reload, a crash or a network failure loses nothing, and a post sent again is never posted twice.
 *
 * `localStorage`, per forum and discussion; a page that forbids storage (a privacy setting) still works, without
 * surviving a reload.
 */
import type { ForumPost, ForumThread } from './client.js';

export interface Draft {
  text: string;
  name: string;
  /** The post it answers, and its author's name (for "Replying to …"). */
  replyTo?: string | undefined;
  replyName?: string | undefined;
  /** A new discussion's title. */
  title?: string | undefined;
  /**
   * Once sent, and until the forum confirms it: the Idempotency-Key and exactly what was sent with it. Every retry
   * sends that again, unchanged (the form is read-only meanwhile), so the forum can only answer it with the post it
   * may already have stored.
   */
  sent?: SentRequest | undefined;
}

export interface SentRequest {
  key: string;
  text: string;
  name: string;
  replyTo?: string | undefined;
  title?: string | undefined;
  /** Sent with the member's token (the forum tells a member's request from a visitor's). */
  asMember: boolean;
  /** The robots' field, as it was. */
  website?: string | undefined;
}

export interface PendingPost {
  post: ForumPost;
  threadId: string;
  /** The discussion this post started, when it awaits moderation with it (a visitor's new discussion). */
  thread?: ForumThread | undefined;
  /** When the visitor's browser learned it was pending (ms): kept a month at most. */
  at: number;
}

const PREFIX = 'digicanvis-forum:';
const PENDING_DAYS = 30;
const memory = new Map<string, string>();

function store(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): string | null {
  // The copy in memory first: written before the storage, it holds what a full storage refused (and follows other
  // tabs' writes through their storage events).
  try {
    return memory.get(key) ?? store()?.getItem(PREFIX + key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string | undefined): void {
  if (value === undefined) memory.delete(key);
  else memory.set(key, value);
  try {
    if (value === undefined) store()?.removeItem(PREFIX + key);
    else store()?.setItem(PREFIX + key, value);
  } catch {
    // Storage full or forbidden: the copy in memory holds it for this page's life.
  }
  for (const listener of listeners) listener(key);
}

const listeners = new Set<(key: string) => void>();
// Written in another tab: the copy in memory follows, and the elements showing it are told.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (!event.key?.startsWith(PREFIX)) return;
  const key = event.key.slice(PREFIX.length);
  if (event.newValue === null) memory.delete(key);
  else memory.set(key, event.newValue);
  for (const listener of listeners) listener(key);
});

/**
 * Calls `listener` with the key of each draft or list written from now on, here (another element of the page) or in
 * another tab of the same forum, until the returned function is called: an element showing that draft takes it up, so
 * that it never writes an older copy over it, nor sends it again with another key.
 */
export function onDraftChange(listener: (key: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where a draft lives: the forum's address, and the discussion (or `new:` and the project for a new one). */
export const draftKey = (api: string, where: string): string => `draft:${api}|${where}`;
const pendingKey = (api: string): string => `pending:${api}`;

export function loadDraft(key: string): Draft | undefined {
  const raw = read(key);
  if (!raw) return undefined;
  try {
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.text !== 'string' || typeof draft.name !== 'string') return undefined;
    const sent = draft.sent;
    return {
      text: draft.text,
      name: draft.name,
      replyTo: typeof draft.replyTo === 'string' ? draft.replyTo : undefined,
      replyName: typeof draft.replyName === 'string' ? draft.replyName : undefined,
      title: typeof draft.title === 'string' ? draft.title : undefined,
      sent: sent && typeof sent.key === 'string' && typeof sent.text === 'string' && typeof sent.name === 'string' ? sent : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Saves a draft; an empty one (nothing typed, nothing sent) is forgotten. */
export function saveDraft(key: string, draft: Draft): void {
  const empty = !draft.text.trim() && !draft.title?.trim() && !draft.sent;
  write(key, empty ? undefined : JSON.stringify(draft));
}

export function clearDraft(key: string): void {
  write(key, undefined);
}

/** The name the visitor signed with last time, offered again. */
export function lastName(): string {
  return read('name') ?? '';
}

export function rememberName(name: string): void {
  if (name.trim()) write('name', name.trim());
}

/** The visitor's posts awaiting moderation in this forum, newest last. */
export function pendingPosts(api: string): PendingPost[] {
  try {
    const list = JSON.parse(read(pendingKey(api)) ?? '[]') as PendingPost[];
    const since = Date.now() - PENDING_DAYS * 86_400_000;
    return Array.isArray(list) ? list.filter((item) => item && typeof item.threadId === 'string' && item.post && item.at > since) : [];
  } catch {
    return [];
  }
}

export function addPending(api: string, pending: PendingPost): void {
  const list = pendingPosts(api).filter((item) => item.post.id !== pending.post.id);
  write(pendingKey(api), JSON.stringify([...list, pending].slice(-50)));
}

/**
 * The visitor's discussions awaiting moderation in this forum (of one project, when given), newest first: shown to
 * their author as such, as pending posts are.
 */
export function pendingThreads(api: string, project?: string): PendingPost[] {
  return pendingPosts(api)
    .filter((item) => typeof item.thread?.title === 'string' && item.thread.id === item.threadId && (!project || item.thread.project === project))
    .reverse();
}

/** Forgets the pending posts the forum now shows (they were approved). */
export function dropPending(api: string, published: readonly string[]): void {
  const list = pendingPosts(api);
  const left = list.filter((item) => !published.includes(item.post.id));
  if (left.length !== list.length) write(pendingKey(api), left.length ? JSON.stringify(left) : undefined);
}
