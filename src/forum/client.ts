/**
 * The forum API as <dc-forum-thread> speaks it (docs/forum-api.md): reading discussions and posts, and posting with
 * an Idempotency-Key, so that sending the same draft again can never post it twice. Everything the server sends is
 * data: checked here for the shape the contract gives, and shown by the element as text.
 */

export interface ForumThread {
  id: string;
  title: string;
  project: string | null;
  closed: boolean;
}

export interface ForumThreadSummary extends ForumThread {
  posts: number;
  lastPost: string;
}

export interface ForumPost {
  id: string;
  author: { name: string; council: string | null };
  created: string;
  text: string;
  replyTo: string | null;
}

export type PostStatus = 'published' | 'pending' | 'rejected';

export interface NewPost {
  text: string;
  /** Always sent (the contract requires it); the forum signs a verified member's post with the member's own name. */
  authorName: string;
  replyTo?: string;
  /** The honeypot: whatever a robot typed into the hidden field. */
  website?: string;
}

export interface NewThread extends NewPost {
  title: string;
  project?: string;
}

/** Why a request failed: a status the server gave (with its field errors and wait), or none for the network. */
export class ForumError extends Error {
  constructor(
    message: string,
    /** 0: no answer (network, timeout). */
    readonly status: number,
    /** The server's reasons, by field (`text`, `author_name`) or topic (`thread`, `rate`). */
    readonly errors: Record<string, string> = {},
    /** Seconds to wait, from `Retry-After` (429): 0 is now; undefined when the forum said nothing usable. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /**
   * Whether the forum may have stored the post all the same: no answer (network, timeout), a 408 or a 5xx. Such a post
   * goes again only with the same Idempotency-Key, so that it cannot be stored twice. Any other answer is definitive
   * (400, 403, 404, 409, 429, …): nothing was created, and the next send is a new request, with a new key (a forum
   * that replays the first answer to a key would otherwise refuse it again forever).
   */
  get mayHaveCreated(): boolean {
    return this.status === 0 || this.status === 408 || this.status >= 500;
  }
}

const TIMEOUT_MS = 15_000;

/**
 * The seconds a `Retry-After` header asks to wait (RFC 9110 §10.2.3): a number of seconds, or an HTTP date; `0`, or a
 * date already past, is 0 (try again now). Undefined when there is none, or it is neither form.
 */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value);
  // An HTTP date names its day or month, then the time ("-1" or "1.5", which Date.parse would take, are neither
  // form); asctime's, the one with no zone, is in GMT like the others.
  const at = /[a-z]{3}.* \d\d:\d\d:\d\d/i.test(value) ? Date.parse(/ GMT$/.test(value) ? value : `${value} GMT`) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An id or a cursor: a string, as the contract gives it, or a finite JSON number, read as its string (an adapter in
 * front of Discourse sends Discourse's numeric ids and cursors as they are).
 */
const readId = (value: unknown): string | undefined => (isString(value) ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined);

/**
 * An RFC 3339 time, as Date.parse reads it: RFC 3339 allows a leap second (`2016-12-31T23:59:60Z`), which Date.parse
 * refuses, so second 60 is read as 59. Undefined when it is not a time.
 */
export function readTime(value: unknown): string | undefined {
  if (!isString(value)) return undefined;
  const time = value.replace(/(T\d\d:\d\d:)60/i, '$159');
  return Number.isNaN(Date.parse(time)) ? undefined : time;
}

function readThread(value: unknown): ForumThread | undefined {
  const id = isObject(value) ? readId(value.id) : undefined;
  if (!isObject(value) || id === undefined || !isString(value.title)) return undefined;
  return { id, title: value.title, project: readId(value.project) ?? null, closed: value.closed === true };
}

function readPost(value: unknown): ForumPost | undefined {
  const id = isObject(value) ? readId(value.id) : undefined;
  const created = isObject(value) ? readTime(value.created) : undefined;
  if (!isObject(value) || id === undefined || !isString(value.text) || created === undefined) return undefined;
  const author = isObject(value.author) ? value.author : {};
  return {
    id,
    author: { name: isString(author.name) && author.name.trim() ? author.name : '?', council: readId(author.council) ?? null },
    created,
    text: value.text,
    replyTo: readId(value.reply_to) ?? null,
  };
}

const status = (value: unknown): PostStatus => (value === 'published' || value === 'rejected' ? value : 'pending');

export class ForumClient {
  /** The API's base URL, ending in `/`. */
  readonly base: string;
  /** A verified member's bearer token, when the page gave one. */
  token?: string | undefined;

  constructor(base: string) {
    this.base = base.endsWith('/') ? base : `${base}/`;
  }

  async threads(options: { project?: string | undefined; after?: string | null; limit?: number } = {}, signal?: AbortSignal): Promise<{ threads: ForumThreadSummary[]; next: string | null }> {
    const query = new URLSearchParams();
    if (options.project) query.set('project', options.project);
    if (options.after) query.set('after', options.after);
    if (options.limit) query.set('limit', String(options.limit));
    const body = await this.#request('GET', `threads${query.size ? `?${query}` : ''}`, undefined, undefined, signal);
    const threads: ForumThreadSummary[] = [];
    for (const item of Array.isArray(body.threads) ? body.threads : []) {
      const thread = readThread(item);
      if (!thread || !isObject(item)) continue;
      threads.push({ ...thread, posts: typeof item.posts === 'number' ? item.posts : 0, lastPost: readTime(item.last_post) ?? '' });
    }
    return { threads, next: readId(body.next) ?? null };
  }

  async thread(id: string, options: { after?: string | null; limit?: number } = {}, signal?: AbortSignal): Promise<{ thread: ForumThread; posts: ForumPost[]; next: string | null }> {
    const query = new URLSearchParams();
    if (options.after) query.set('after', options.after);
    if (options.limit) query.set('limit', String(options.limit));
    const body = await this.#request('GET', `threads/${encodeURIComponent(id)}${query.size ? `?${query}` : ''}`, undefined, undefined, signal);
    const thread = readThread(body.thread);
    if (!thread) throw new ForumError('The forum sent something that is not a discussion.', 502);
    const posts = (Array.isArray(body.posts) ? body.posts : []).map(readPost).filter((post): post is ForumPost => post !== undefined);
    return { thread, posts, next: readId(body.next) ?? null };
  }

  /** Posts to a discussion; the same `key` (one per draft) gets the first answer back, never a second post. */
  async post(threadId: string, post: NewPost, key: string): Promise<{ post: ForumPost; status: PostStatus }> {
    const body = await this.#request('POST', `threads/${encodeURIComponent(threadId)}/posts`, postBody(post), key);
    const created = readPost(body.post);
    if (!created) throw new ForumError('The forum’s answer has no post.', 502);
    return { post: created, status: status(body.status) };
  }

  async startThread(thread: NewThread, key: string): Promise<{ thread: ForumThread; post: ForumPost; status: PostStatus }> {
    const body = await this.#request('POST', 'threads', { ...postBody(thread), title: thread.title, ...(thread.project ? { project: thread.project } : {}) }, key);
    const started = readThread(body.thread);
    const post = readPost(body.post);
    if (!started || !post) throw new ForumError('The forum’s answer has no discussion.', 502);
    return { thread: started, post, status: status(body.status) };
  }

  async #request(method: 'GET' | 'POST', path: string, body?: unknown, key?: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (key) headers['Idempotency-Key'] = key;
    if (this.token && method === 'POST') headers['Authorization'] = `Bearer ${this.token}`;
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(new URL(path, this.base), {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        // Reads are anyone's; a post goes with no cookie of the page (the forum knows members by their token).
        credentials: 'omit',
        cache: 'no-store',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ForumError(timeout.aborted ? 'The forum took too long to answer.' : 'The forum could not be reached.', 0);
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      json = undefined;
    }
    const errors = isObject(json) && isObject(json.errors) ? Object.fromEntries(Object.entries(json.errors).filter((entry): entry is [string, string] => isString(entry[1]))) : {};
    if (!response.ok) {
      throw new ForumError(Object.values(errors)[0] ?? `The forum answered HTTP ${response.status}.`, response.status, errors, retryAfterSeconds(response.headers.get('Retry-After')));
    }
    if (!isObject(json)) throw new ForumError('The forum’s answer is not JSON.', 502);
    return json;
  }
}

function postBody(post: NewPost): Record<string, string> {
  return {
    text: post.text,
    author_name: post.authorName,
    ...(post.replyTo ? { reply_to: post.replyTo } : {}),
    ...(post.website ? { website: post.website } : {}),
  };
}
