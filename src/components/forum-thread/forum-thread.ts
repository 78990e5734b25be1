import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { FeedController } from '../../feed/controller.js';
import { resolveHttpUrl } from '../../feed/url.js';
import { ForumClient, ForumError, type ForumPost, type ForumThread, type ForumThreadSummary, type PostStatus } from '../../forum/client.js';
import { discourseJsonUrl, readDiscourseTopic, type DiscoursePost, type DiscourseTopic } from '../../forum/discourse.js';
import { addPending, clearDraft, draftKey, dropPending, lastName, loadDraft, onDraftChange, pendingPosts, pendingThreads, rememberName, saveDraft, type Draft, type SentRequest } from '../../forum/drafts.js';
import { LocaleController, intlLocales } from '../../i18n/index.js';
import { cached } from '../../i18n/format.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { forumThreadStyles } from './forum-thread.styles.js';
import { notYetDefined } from '../../define.js';
import './strings.js';

// Types only (erased from the build): with them, this element's declarations bring the typed `dc-feed-warning` of
// src/events.ts to `addEventListener`, and a page can import them from the element's entry.
export type { FeedWarningDetail, FeedWarningEvent } from '../../events.js';

/** A post longer than this shows its beginning, and a button for the rest. */
const FOLD_CHARS = 1_500;

export interface ForumPostDetail {
  threadId: string;
  postId: string;
  /** `published`, or `pending` until a moderator approves it. */
  status: PostStatus;
}

/** Fired by `<dc-forum-thread>` once the forum has confirmed a post the visitor wrote (or a discussion they started). */
export class ForumPostEvent extends CustomEvent<ForumPostDetail> {
  static readonly eventName = 'dc-forum-post';
  constructor(detail: ForumPostDetail) {
    super(ForumPostEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** The fragment of a project card's "Discuss" link: `#dc-thread-` and the discussion's id. */
const THREAD_HASH = '#dc-thread-';

/** What a page dispatches on `window` to hand every forum element a member's token (or `null` to sign out). */
export const TOKEN_EVENT = 'dc-forum-token';

type Shown = { post: ForumPost; pending?: boolean };
type Loaded =
  /** `pending`: the visitor's own discussion, awaiting moderation (the forum does not show it yet; kept on the device). */
  | { kind: 'thread'; thread: ForumThread; posts: Shown[]; next: string | null; after: string | null; pending?: boolean }
  | { kind: 'discourse'; topic: DiscourseTopic; cooked: Map<string, HTMLElement> }
  /** `pending`: the discussions the visitor started that await moderation, shown to them only, first. */
  | { kind: 'list'; threads: ForumThreadSummary[]; next: string | null; pending: ForumThread[] };

/** The relative time of `iso` ("3 days ago"), in the unit that reads best. */
function relativeTime(iso: string, lang: string): string {
  const seconds = (Date.parse(iso) - Date.now()) / 1000;
  const format = cached(`rt|${lang}`, () => new Intl.RelativeTimeFormat(intlLocales(lang), { numeric: 'auto' }));
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(0, 'minute');
}

/**
 * The beginning of a long post, to show folded; undefined for one short enough to show whole. Worked out once per
 * post: the posts render again at each poll, and a post may be 100,000 characters long.
 */
const folds = new WeakMap<ForumPost, string | undefined>();
function folded(post: ForumPost): string | undefined {
  // UTF-16 units are never fewer than characters: a text this short is short.
  if (post.text.length <= FOLD_CHARS) return undefined;
  if (!folds.has(post)) folds.set(post, codePoints(post.text) > FOLD_CHARS ? `${[...post.text].slice(0, FOLD_CHARS).join('')}…` : undefined);
  return folds.get(post);
}

const codePoints = (text: string): number => {
  let count = 0;
  for (const _ of text) count++;
  return count;
};

/**
 * A discussion of the observatory's forum, or the list of its discussions, with a form to post to it.
 *
 * With `thread`, it shows that discussion: its posts oldest first, each with its author, council and when, what it
 * answers, and a Reply button; later posts come with "Show later posts", and new ones arrive on their own while the
 * page is visible, announced politely without moving focus. Without `thread` it lists the discussions (of `project`
 * only, when given), newest activity first, opens one in place, and lets a visitor start one.
 *
 * What the visitor writes is saved on their device as they type and kept until the forum confirms it: a reload, a
 * crash or a network failure loses nothing, and a failed post is sent again with the same Idempotency-Key, so it is
 * never posted twice. A visitor's post waits for a moderator; until then it shows to its author only, marked as such.
 * A verified member's post (the page hands the element a token) is published at once. Every text from the forum is
 * shown as text.
 *
 * The forum's address comes from `api`, or from the feed (`_digicanvis.forum.api`), which also names the councils.
 *
 * With `discourse` (a topic's address on a Discourse forum) it shows that topic read only, its posts' HTML through the
 * same allow-list sanitizer as the feed's, with a link to reply on the forum itself.
 *
 * @summary A discussion of the observatory's forum (or the list of them), with a composer that never loses a post.
 *
 * @fires {ForumPostEvent} dc-forum-post - When the forum has confirmed a post the visitor wrote. `detail`: `{ threadId, postId, status }`.
 * @fires {FeedWarningEvent} dc-feed-warning - For each item of the feed left out or field dropped. Bubbles and crosses shadow roots.
 *
 * @csspart base - The element's outer box.
 * @csspart heading - The discussion's title (or "Discussions").
 * @csspart status - The line that says what is loading, or what went wrong.
 * @csspart threads - The list of discussions.
 * @csspart posts - The list of posts.
 * @csspart post - Each post.
 * @csspart author - Each post's author line.
 * @csspart text - Each post's text.
 * @csspart pending - The mark on a post that awaits moderation.
 * @csspart composer - The form to write a post (or start a discussion).
 * @csspart field - Each field of the form.
 * @csspart send - The button that sends.
 * @csspart message - The line under the form that says what happened to the post.
 *
 * @cssprop --dc-forum-post-background - Background of each post (default: the subtle surface token).
 * @cssprop --dc-forum-pending-color - The colour of the "awaiting moderation" mark (default: the muted token).
 * @cssprop --dc-color-error - Global token: the colour of error messages and invalid fields (default: #b3261e; #ff8a80 dark).
 * @cssprop --dc-color-text - Global token: text colour.
 * @cssprop --dc-color-surface - Global token: background of surfaces.
 * @cssprop --dc-color-border - Global token: borders.
 * @cssprop --dc-color-accent - Global token: links and accents.
 * @cssprop --dc-color-muted - Global token: secondary text, disabled buttons and the "awaiting moderation" mark (unless `--dc-forum-pending-color`).
 * @cssprop --dc-color-subtle - Global token: tinted backgrounds, of posts (unless `--dc-forum-post-background`), the line under the form and the loading placeholders (default: #f3f5f8; #21262d dark).
 * @cssprop --dc-radius - Global token: corner radius of posts, the fields and the loading placeholders; buttons get half of it (default: 0.5rem).
 * @cssprop --dc-space - Global token: base spacing, between discussions and inside posts and the form (default: 1rem).
 * @cssprop --dc-focus-ring - Global token: the focus outline.
 * @cssprop --dc-font-family - Global token: font (default: inherited from the page).
 */
export class DcForumThread extends LitElement {
  static override properties = {
    feed: {},
    api: {},
    thread: { reflect: true },
    project: {},
    discourse: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    pollSeconds: { attribute: 'poll-seconds', type: Number },
    token: { attribute: false },
    loaded: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
    fieldErrors: { state: true, attribute: false },
    open: { state: true, attribute: false },
    waitUntil: { state: true, attribute: false },
  };

  static override styles = [sharedStyles, forumThreadStyles];

  /** URL of the DigiCanvis feed: the forum's address (`_digicanvis.forum.api`) and the councils' names. */
  feed?: string;
  /** The forum API's base URL, instead of the feed's. */
  api?: string;
  /** The id of the discussion to show. Without it, the list of discussions. */
  thread?: string;
  /** With no `thread`: only the discussions of this project (a feed item id), and new ones are about it. */
  project?: string;
  /**
   * A Discourse topic to show read only, by its address (`https://forum.example.cat/t/slug/123`) or its JSON: the
   * forum must allow this page's origin (CORS). Replies go to the forum itself.
   */
  discourse?: string;
  /** Level of the element's heading (2–5); posts' headings are not used (posts are articles with an author line). */
  headingLevel = 2;
  /** How often new posts are fetched while the page is visible, in seconds (0: never; at least 10). */
  pollSeconds = 30;
  /**
   * A verified member's bearer token, from the page's own sign-in: posts are then published at once. A page can also
   * dispatch `new CustomEvent('dc-forum-token', { detail: { token } })` on `window` to give it to every forum element.
   */
  token?: string;

  private loaded?: Loaded | undefined;
  private failure?: ForumError | undefined;
  private sending = false;
  /** What happened to the last post sent, for the message under the form. */
  private outcome?:
    | {
        kind: 'sent' | 'pending' | 'threadPending' | 'failed' | 'wait' | 'waitOver' | 'closed' | 'refused' | 'forbidden' | 'fix' | 'invalid';
        detail?: number | string;
        /** The forum's reasons that name no field of the form (its words, shown as text). */
        reasons?: string;
      }
    | undefined;
  private fieldErrors: Partial<Record<'text' | 'name' | 'title', string>> = {};
  /** Long posts shown whole. */
  private open = new Set<string>();
  /** Until when (ms) the forum asked to wait before the next post. */
  private waitUntil = 0;

  readonly #locale = new LocaleController(this);
  readonly #feed = new FeedController(this, () => this.feed);
  #client?: ForumClient | undefined;
  #abort?: AbortController | undefined;
  #poll?: ReturnType<typeof setInterval> | undefined;
  #draft: Draft = { text: '', name: '' };
  #draftWhere = '';
  /** The discussion the visitor opened from the list (the `thread` attribute wins). */
  #opened?: string | undefined;
  /** Announced in the polite live region once, then cleared. */
  #announcement = '';
  #announceTimer?: ReturnType<typeof setTimeout> | undefined;
  #focusAfterRender?: string | undefined;
  #keepOutcome = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopDraftSync = onDraftChange(this.#onDraftChange);
    // Back in the page: the draft as it is now (sent and confirmed from elsewhere meanwhile, it is gone).
    if (this.#draftWhere) this.#onDraftChange(this.#draftWhere);
    addEventListener(TOKEN_EVENT, this.#onToken);
    addEventListener('hashchange', this.#onHash);
    this.#onHash();
    // Moved in the page (disconnected, then connected): what the disconnection stopped starts again.
    if (this.#client && this.discourse?.trim()) {
      if (!this.loaded) void this.#loadDiscourse();
    } else if (this.#client) {
      if (!this.loaded) void this.#load();
      else if (this.loaded.kind === 'thread') this.#startPolling();
    }
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopDraftSync?.();
    removeEventListener(TOKEN_EVENT, this.#onToken);
    removeEventListener('hashchange', this.#onHash);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#abort?.abort();
    this.#stopPolling();
    this.#flushDraft();
    clearTimeout(this.#announceTimer);
  }

  /** Also waits for the UI strings, so that the element is complete once it settles. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#locale.settled(() => super.getUpdateComplete());
  }

  readonly #onToken = (event: Event) => {
    const token = (event as CustomEvent<{ token?: unknown }>).detail?.token;
    this.token = typeof token === 'string' && token ? token : undefined;
  };

  /**
   * A project card's "Discuss" link (`#dc-thread-<id>`): a list of discussions opens that one, brings it into view and
   * moves focus to its heading. An element fixed to one `thread` or showing a Discourse topic stays as it is.
   */
  readonly #onHash = () => {
    if (!location.hash.startsWith(THREAD_HASH) || this.thread?.trim() || this.discourse?.trim()) return;
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(THREAD_HASH.length));
    } catch {
      return;
    }
    if (!id || id === this.#opened) return;
    this.#opened = id;
    // At once, as focus moves: a page's smooth scrolling would animate it even under reduced motion.
    this.scrollIntoView({ block: 'start', behavior: 'instant' });
    if (this.#client) this.#show();
  };

  readonly #onVisibility = () => {
    // (Not with poll-seconds 0: never.)
    if (document.visibilityState === 'visible' && this.pollSeconds > 0) void this.#refresh();
  };

  /** The forum's base URL in effect: `api`, else the feed's. */
  get #api(): string | undefined {
    const given = this.api?.trim();
    if (given) return resolveHttpUrl(given, document.baseURI);
    return this.#feed.state.feed?.forum?.api;
  }

  get #threadId(): string | undefined {
    return this.thread?.trim() || this.#opened;
  }

  get #level(): number {
    return Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 2), 5);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Set again after loading (0 stops, a number starts): the discussion shown follows it.
    if (changed.has('pollSeconds') && this.loaded?.kind === 'thread' && this.isConnected) this.#startPolling();
    if (this.discourse?.trim()) {
      if (changed.has('discourse')) void this.#loadDiscourse();
      return;
    }
    const api = this.#api;
    if (this.#client?.base !== (api && new ForumClient(api).base)) {
      this.#client = api ? new ForumClient(api) : undefined;
      this.loaded = undefined;
      this.failure = undefined;
      if (this.#client) void this.#load();
    } else if (changed.has('thread') || changed.has('project')) {
      if (changed.has('thread')) this.#opened = undefined;
      this.loaded = undefined;
      this.failure = undefined;
      if (this.#client) void this.#load();
    }
    if (this.#client) this.#client.token = this.token;
    const where = api ? draftKey(api, this.#threadId ?? `new:${this.project ?? ''}`) : '';
    if (where !== this.#draftWhere) {
      this.#flushDraft();
      this.#draftWhere = where;
      this.#draft = (where && loadDraft(where)) || { text: '', name: lastName() };
      this.fieldErrors = {};
      // A message about a post that opened this discussion (a member's new one) stays; any other belongs to the last.
      // (The forum's wait holds in every discussion: said there too, beside the button it keeps from sending.)
      const wait = Math.ceil((this.waitUntil - Date.now()) / 1000);
      if (!this.#keepOutcome) this.outcome = wait > 0 ? { kind: 'wait', detail: wait } : undefined;
      this.#keepOutcome = false;
    }
  }

  protected override updated(): void {
    const target = this.#focusAfterRender;
    if (target) {
      this.#focusAfterRender = undefined;
      (this.renderRoot.querySelector(target) as HTMLElement | null)?.focus();
    }
  }

  // ——— Loading ———

  async #load(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#stopPolling();
    try {
      const id = this.#threadId;
      if (id) {
        let loaded: Extract<Loaded, { kind: 'thread' }>;
        try {
          const { thread, posts, next } = await client.thread(id, {}, abort.signal);
          loaded = { kind: 'thread', thread, posts: this.#withPending(thread.id, posts.map((post) => ({ post }))), next, after: null };
        } catch (error) {
          // The visitor's own discussion, still awaiting moderation: the forum does not show it, the device does.
          const mine = error instanceof ForumError && error.status === 404 && this.#api ? pendingThreads(this.#api).find((item) => item.threadId === id) : undefined;
          if (!mine?.thread) throw error;
          loaded = { kind: 'thread', thread: mine.thread, posts: [{ post: mine.post, pending: true }], next: null, after: null, pending: true };
        }
        this.loaded = loaded;
        // The whole thread may come in pages: follow `next` only when asked ("Show later posts").
        this.#startPolling();
      } else {
        const { threads, next } = await client.threads({ project: this.project || undefined }, abort.signal);
        this.loaded = { kind: 'list', threads, next, pending: this.#pendingList(threads) };
      }
      this.failure = undefined;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.loaded = undefined;
      this.failure = error instanceof ForumError ? error : new ForumError(String(error), 0);
    }
  }

  /** The visitor's discussions awaiting moderation (of `project`), less those the forum now lists (approved). */
  #pendingList(listed: readonly ForumThreadSummary[]): ForumThread[] {
    const api = this.#api;
    if (!api) return [];
    const shown = new Set(listed.map((thread) => thread.id));
    const mine = pendingThreads(api, this.project || undefined);
    dropPending(api, mine.filter((item) => shown.has(item.threadId)).map((item) => item.post.id));
    return mine.filter((item) => !shown.has(item.threadId)).map((item) => item.thread!);
  }

  async #loadDiscourse(): Promise<void> {
    const url = discourseJsonUrl(this.discourse?.trim() ?? '', document.baseURI);
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.loaded = undefined;
    this.failure = undefined;
    try {
      if (!url) throw new ForumError('Not a Discourse topic address.', 404);
      const [response, { sanitizeHtml }] = await Promise.all([
        fetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit', signal: AbortSignal.any([abort.signal, AbortSignal.timeout(15_000)]) }),
        // The sanitizer comes only with a Discourse topic: the element's own posts are text.
        import('../../sanitize.js'),
      ]);
      if (!response.ok) throw new ForumError(`HTTP ${response.status}`, response.status);
      const topic = readDiscourseTopic(await response.json().catch(() => undefined), url);
      if (!topic) throw new ForumError('Not a Discourse topic.', 502);
      const cooked = new Map<string, HTMLElement>();
      for (const post of topic.posts) {
        const node = document.createElement('div');
        node.className = 'text cooked';
        node.dir = 'auto';
        node.append(sanitizeHtml(post.cooked, topic.base));
        cooked.set(post.id, node);
      }
      this.loaded = { kind: 'discourse', topic, cooked };
    } catch (error) {
      if (abort.signal.aborted) return;
      this.failure = error instanceof ForumError ? error : new ForumError(String(error), 0);
    }
  }

  /** The visitor's own pending posts of this thread, shown where they belong (by time), marked. */
  #withPending(threadId: string, shown: Shown[]): Shown[] {
    const api = this.#api;
    if (!api) return shown;
    const published = new Set(shown.map((item) => item.post.id));
    dropPending(api, [...published]);
    const mine = pendingPosts(api).filter((item) => item.threadId === threadId && !published.has(item.post.id));
    return [...shown, ...mine.map((item) => ({ post: item.post, pending: true }))].sort((a, b) => Date.parse(a.post.created) - Date.parse(b.post.created));
  }

  async #loadMore(): Promise<void> {
    const loaded = this.loaded;
    const client = this.#client;
    if (!client || !loaded || loaded.kind === 'discourse' || !loaded.next) return;
    this.failure = undefined;
    try {
      if (loaded.kind === 'thread') {
        const page = await client.thread(loaded.thread.id, { after: loaded.next }, this.#abort?.signal);
        // The visitor may have gone to another discussion meanwhile.
        if (this.loaded?.kind !== 'thread' || this.loaded.thread.id !== loaded.thread.id) return;
        const first = page.posts[0];
        this.#merge(page.posts, page.next, loaded.next);
        if (first) this.#focusAfterRender = `#post-${CSS.escape(first.id)}`;
      } else {
        const page = await client.threads({ project: this.project || undefined, after: loaded.next }, this.#abort?.signal);
        if (this.loaded !== loaded) return;
        const first = page.threads[0];
        const threads = [...loaded.threads, ...page.threads];
        // (A discussion of the visitor's, approved meanwhile, comes as everyone's: no longer as theirs only.)
        this.loaded = { ...loaded, threads, next: page.next, pending: this.#pendingList(threads) };
        if (first) this.#focusAfterRender = `#thread-${CSS.escape(first.id)}`;
      }
    } catch (error) {
      if (!(error instanceof ForumError)) return;
      // Said beside the button, which stays for another try.
      this.failure = error;
      this.#focusAfterRender = '#more-failed';
    }
  }

  /** Adds posts to the thread shown (new ones, or a page), each once, and remembers where the last page began. */
  #merge(posts: readonly ForumPost[], next: string | null, after: string | null): number {
    const loaded = this.loaded;
    if (loaded?.kind !== 'thread') return 0;
    const known = new Map(loaded.posts.map((item) => [item.post.id, item]));
    let added = 0;
    for (const post of posts) {
      const seen = known.get(post.id);
      if (seen && !seen.pending) continue;
      // A pending post of the visitor's that a moderator approved: the same post, now everyone's.
      if (!seen) added++;
      known.set(post.id, { post });
    }
    const api = this.#api;
    if (api) dropPending(api, posts.map((post) => post.id));
    this.loaded = {
      ...loaded,
      posts: [...known.values()].sort((a, b) => Date.parse(a.post.created) - Date.parse(b.post.created)),
      next,
      after: next ? next : after,
    };
    return added;
  }

  /** Asks for posts after the last page read (the forum's cursor: the same page again, with whatever was added). */
  async #refresh(): Promise<void> {
    const loaded = this.loaded;
    const client = this.#client;
    // The last page read again, and the pages the posts written since have filled (a few at most). Not while a page
    // the visitor has not opened follows ("Show later posts").
    if (loaded?.kind !== 'thread' || !client || loaded.next || document.visibilityState !== 'visible') return;
    let cursor = loaded.after;
    try {
      const before = this.loaded;
      let added = 0;
      let page: Awaited<ReturnType<ForumClient['thread']>>;
      for (let pages = 0; ; pages++) {
        page = await client.thread(loaded.thread.id, cursor ? { after: cursor } : {}, this.#abort?.signal);
        if (this.loaded?.kind !== 'thread' || this.loaded.thread.id !== loaded.thread.id) return;
        added += this.#merge(page.posts, page.next, cursor);
        if (!page.next || pages >= 2) break;
        cursor = page.next;
      }
      const t = this.#locale.t;
      const said = added ? [t('forum.newPosts', { count: added })] : [];
      if (this.loaded !== before && before?.kind === 'thread' && (page.thread.closed !== before.thread.closed || before.pending) && this.loaded?.kind === 'thread') {
        // Closed meanwhile; or the visitor's own discussion, approved: everyone's now, and open to posts.
        this.loaded = { ...this.loaded, thread: page.thread, pending: false };
        if (page.thread.closed && !before.thread.closed) {
          // Said; and focus, in a form about to go (nothing written in it), goes to the discussion's heading.
          said.push(t('forum.closed'));
          if (!this.#draft.text && this.renderRoot.querySelector('.composer')?.matches(':focus-within')) this.#focusAfterRender = '#heading';
        }
      }
      if (said.length) this.#announce(said.join(' '));
    } catch {
      // The next poll tries again; what is shown stays.
    }
  }

  #startPolling(): void {
    this.#stopPolling();
    const seconds = this.pollSeconds;
    if (!(seconds > 0)) return;
    this.#poll = setInterval(() => void this.#refresh(), Math.max(10, seconds) * 1000);
  }

  #stopPolling(): void {
    clearInterval(this.#poll);
    this.#poll = undefined;
  }

  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    this.#announcement = text;
    this.requestUpdate();
    // Gone from the region a while later, so that reading the page does not meet it again.
    this.#announceTimer = setTimeout(() => {
      this.#announcement = '';
      this.requestUpdate();
    }, 6000);
  }

  // ——— The draft ———

  #onInput(field: 'text' | 'name' | 'title', event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.#draft = { ...this.#draft, [field]: value };
    if (this.fieldErrors[field]) this.fieldErrors = { ...this.fieldErrors, [field]: undefined };
    // Saved at each change: a crash a moment later loses nothing.
    this.#flushDraft();
    if (field === 'text') this.requestUpdate();
  }

  #flushDraft(): void {
    if (this.#draftWhere) saveDraft(this.#draftWhere, this.#draft);
  }

  /**
   * The draft shown here written elsewhere (another tab, or another element of the page on the same discussion): taken
   * up, so that a keystroke here does not write the older copy over it, and a post sent there goes again here with its
   * key, never as a second post.
   */
  #stopDraftSync?: () => void;
  readonly #onDraftChange = (key: string) => {
    if (key !== this.#draftWhere) return;
    const mine = this.#draft;
    // (Nothing is stored of a draft with nothing written: one that only answers a post stays as it is.)
    const stored = loadDraft(key) ?? (mine.text.trim() || mine.title?.trim() || mine.sent ? { text: '', name: mine.name } : mine);
    if (stored.text === mine.text && stored.name === mine.name && stored.title === mine.title && stored.replyTo === mine.replyTo && stored.sent?.key === mine.sent?.key) return;
    this.#draft = stored;
    this.requestUpdate();
  };

  #startReply(post: ForumPost): void {
    if (this.#draft.sent) return;
    this.#draft = { ...this.#draft, replyTo: post.id, replyName: post.author.name };
    this.#flushDraft();
    this.#focusAfterRender = '#text';
    this.requestUpdate();
  }

  #cancelReply(): void {
    this.#draft = { ...this.#draft, replyTo: undefined, replyName: undefined };
    this.#flushDraft();
    this.#focusAfterRender = '#text';
    this.requestUpdate();
  }

  /**
   * The field errors of a draft before it is sent: only what the contract itself names as bad input, an empty field.
   * Any other limit is the forum's to state: its reasons come back with its 400, and are shown at their fields.
   */
  #check(newThread: boolean): Partial<Record<'text' | 'name' | 'title', string>> {
    const t = this.#locale.t;
    const errors: Partial<Record<'text' | 'name' | 'title', string>> = {};
    if (!this.#draft.text.trim()) errors.text = t('forum.error.text');
    if (!this.token && !this.#draft.name.trim()) errors.name = t('forum.error.name');
    if (newThread && !this.#draft.title?.trim()) errors.title = t('forum.error.title');
    return errors;
  }

  async #send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.#client;
    const api = this.#api;
    if (!client || !api || this.sending) return;
    const where = this.#draftWhere;
    const loaded = this.loaded;
    const threadId = loaded?.kind === 'thread' ? loaded.thread.id : undefined;
    // A post sent and not confirmed goes again exactly as it went, with its key: the forum answers it with the post it
    // may have stored, never a second one. (Sent from another tab too: the stored draft says so.)
    if (!this.#draft.sent && where) this.#draft = loadDraft(where) ?? this.#draft;
    let sent = this.#draft.sent;
    if (!sent) {
      const errors = this.#check(!threadId);
      this.fieldErrors = errors;
      const invalid = Object.keys(errors);
      if (invalid.length) {
        this.outcome = { kind: 'fix', detail: invalid.length };
        this.#focusAfterRender = `#${invalid[0]}`;
        return;
      }
      const website = ((event.target as HTMLFormElement).elements.namedItem('website') as HTMLInputElement | null)?.value ?? '';
      const draft = this.#draft;
      sent = {
        key: crypto.randomUUID(),
        text: draft.text.trim(),
        name: draft.name.trim(),
        replyTo: draft.replyTo,
        title: threadId ? undefined : draft.title?.trim(),
        asMember: !!this.token,
        website: website || undefined,
      } satisfies SentRequest;
      this.#draft = { ...draft, sent };
      // Saved with its key before it leaves: a reload or a crash from here on sends the same again.
      this.#flushDraft();
    }
    this.sending = true;
    this.outcome = undefined;
    let focus: string | undefined = '#outcome';
    try {
      client.token = sent.asMember ? this.token : undefined;
      // `author_name` goes with every post, as the contract requires. A member has no name field (the forum signs their
      // post with the member's own name): theirs is the name the element knows, the one last used on this device.
      const post = { text: sent.text, authorName: sent.name, ...(sent.replyTo ? { replyTo: sent.replyTo } : {}), ...(sent.website ? { website: sent.website } : {}) };
      const result: { post: ForumPost; status: PostStatus; thread?: ForumThread } = threadId
        ? await client.post(threadId, post, sent.key)
        : await client.startThread({ ...post, title: sent.title ?? '', ...(this.project ? { project: this.project } : {}) }, sent.key);
      // Confirmed: that draft is done with, wherever the visitor has gone meanwhile.
      clearDraft(where);
      // A member's post comes back under the name the forum knows them by: the name to send with their next one.
      const signed = sent.asMember && result.status === 'published' && result.post.author.name !== '?' ? result.post.author.name : sent.name;
      rememberName(signed);
      const thread = result.thread?.id ?? threadId!;
      // Shown to its author as awaiting moderation, here and after a reload: a post, or the discussion it starts.
      if (result.status === 'pending') addPending(api, { post: result.post, threadId: thread, at: Date.now(), ...(result.thread ? { thread: result.thread } : {}) });
      const here = this.#draftWhere === where;
      if (here) this.#draft = { text: '', name: signed };
      const shown = this.loaded;
      if (shown?.kind === 'list' && here) {
        this.loaded = { ...shown, pending: this.#pendingList(shown.threads) };
      } else if (shown?.kind === 'thread' && shown.thread.id === thread) {
        this.loaded = { ...shown, posts: [...shown.posts.filter((item) => item.post.id !== result.post.id), { post: result.post, pending: result.status !== 'published' }] };
      } else if (here && !threadId && result.status === 'published') {
        // A member's new discussion is there for all: open it, and say so there.
        this.#keepOutcome = true;
        this.#opened = thread;
        this.#show();
        focus = undefined;
      }
      if (here) this.outcome = { kind: result.thread ? (result.status === 'published' ? 'sent' : 'threadPending') : result.status === 'published' ? 'sent' : 'pending' };
      else focus = undefined;
      this.dispatchEvent(new ForumPostEvent({ threadId: thread, postId: result.post.id, status: result.status }));
    } catch (error) {
      const failure = error instanceof ForumError ? error : new ForumError(String(error), 0);
      if (this.#draftWhere === where) await this.#failed(failure, where, threadId);
      else {
        focus = undefined;
        // The visitor has moved on: the draft they left is released all the same when nothing was created, so that it
        // goes with a new key next time.
        const left = failure.mayHaveCreated ? undefined : loadDraft(where);
        if (left?.sent?.key === sent.key) saveDraft(where, { ...left, sent: undefined });
      }
    } finally {
      this.sending = false;
      if (focus) this.#focusAfterRender = focus;
    }
  }

  /**
   * What a failed post means for the visitor. The request (and its key) is kept for a retry only when the forum may
   * have stored it; after any definitive answer nothing was created: the draft is editable again, and goes next time
   * with a new key.
   */
  async #failed(error: ForumError, where: string, threadId: string | undefined): Promise<void> {
    const t = this.#locale.t;
    const release = () => {
      this.#draft = { ...this.#draft, sent: undefined };
      this.#flushDraft();
    };
    if (!error.mayHaveCreated) release();
    if (error.status === 400 && Object.keys(error.errors).length) {
      // Refused, nothing stored: the forum's own reasons (its words, shown as text) at the fields they name, the others
      // in the message; the visitor may change the draft.
      const fields: Partial<Record<'text' | 'name' | 'title', string>> = {};
      const others: string[] = [];
      for (const [field, why] of Object.entries(error.errors)) {
        if (field === 'text') fields.text = why;
        else if (field === 'author_name' && !this.token) fields.name = why;
        else if (field === 'title' && !threadId) fields.title = why;
        else others.push(why);
      }
      const marked = Object.keys(fields).length;
      this.fieldErrors = fields;
      this.outcome = marked ? { kind: 'fix', detail: marked, reasons: others.join(' ') } : { kind: 'invalid', reasons: others.join(' ') };
      return;
    }
    if (error.status === 403 || error.status === 404) {
      // 404: the discussion is gone (or back in moderation). 403: "thread closed or origin not allowed", with no body
      // the contract defines: the discussion, read again, tells which (undefined: it did not answer). A new
      // discussion has none to be closed.
      const closed = threadId ? error.status === 404 || (await this.#closedNow(threadId)) : false;
      if (this.#draftWhere !== where) return;
      if (closed && this.loaded?.kind === 'thread' && this.loaded.thread.id === threadId) this.loaded = { ...this.loaded, thread: { ...this.loaded.thread, closed } };
      this.outcome = { kind: closed ? 'closed' : closed === false ? 'refused' : 'forbidden' };
      return;
    }
    if (error.status === 429) {
      // As long as the forum asked (in seconds or until a date); 0 is now. Only when it said nothing usable, 30 s.
      const seconds = Math.ceil(error.retryAfter ?? 30);
      if (seconds > 0) {
        this.waitUntil = Date.now() + seconds * 1000;
        setTimeout(() => {
          this.waitUntil = 0;
          // Said when it is over, not left saying "in 2 seconds".
          if (this.outcome?.kind === 'wait') this.outcome = { kind: 'waitOver' };
        }, seconds * 1000);
        this.outcome = { kind: 'wait', detail: seconds };
      } else {
        this.waitUntil = 0;
        this.outcome = { kind: 'waitOver' };
      }
      return;
    }
    this.outcome = { kind: 'failed', detail: error.status === 0 ? t('forum.offline') : error.status >= 500 ? t('forum.serverError') : error.message };
  }

  /** Whether a discussion is closed, read again from the forum (gone is closed too); undefined when it does not answer. */
  #closedNow(threadId: string): Promise<boolean | undefined> | undefined {
    return this.#client?.thread(threadId, { limit: 1 }, this.#abort?.signal).then(
      ({ thread }) => thread.closed,
      (error: unknown) => (error instanceof ForumError && error.status === 404) || undefined,
    );
  }

  // ——— Rendering ———

  override render() {
    if (!this.#locale.ready || !this.#locale.has('forum')) return html`<div part="base" class="stack" aria-busy="true"><div class="placeholder skeleton"></div></div>`;
    const t = this.#locale.t;
    const feedState = this.#feed.state;
    const api = this.#api;
    const level = this.#level;
    let body: TemplateResult;
    if (this.discourse?.trim() && this.loaded?.kind === 'discourse') {
      body = this.#renderDiscourse(this.loaded, level);
    } else if (!api && !this.discourse?.trim()) {
      const waiting = !!this.feed && feedState.status !== 'ready' && feedState.status !== 'error';
      body = html`<p part="status" class="status" role="status">${waiting ? t('forum.loading') : t('forum.noForum')}</p>`;
    } else if (this.failure && !this.loaded) {
      const reason = this.failure.status === 0 ? t('forum.offline') : t('forum.serverError');
      body = html`
        <p part="status" class="status error" role="alert" id="status" tabindex="-1">
          ${this.failure.status === 404
            ? // The list of discussions is never a 404 in the forum's contract: what answers it is not a forum.
              t(this.#threadId || this.discourse?.trim() ? 'forum.notFound' : 'forum.noList')
            : t(this.#threadId ? 'forum.loadFailed' : 'forum.listFailed', { reason })}
        </p>
        ${this.failure.status === 404 ? nothing : html`<button type="button" @click=${() => this.#show()}>${t('forum.retry')}</button>`}
      `;
    } else if (!this.loaded) {
      body = html`<p part="status" class="status" role="status" id="status" tabindex="-1">${t(this.#threadId ? 'forum.loading' : 'forum.loadingList')}</p>`;
    } else if (this.loaded.kind === 'thread') {
      body = this.#renderThread(this.loaded, level);
    } else if (this.loaded.kind === 'discourse') {
      body = this.#renderDiscourse(this.loaded, level);
    } else {
      body = this.#renderList(this.loaded, level);
    }
    return html`
      <section part="base" class="stack" lang=${this.#locale.uiLang ?? nothing} data-dc-ui>
        ${body}
        <p class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</p>
      </section>
    `;
  }

  /**
   * The list of posts (or of discussions), rendered again only when what it shows has changed: what was loaded, the
   * long posts opened, the language, the councils' names. Not at each key typed in the form, whatever the discussion's
   * length. (Its relative times come up to date with it: a discussion's at each poll.)
   */
  #unlessChanged(loaded: Loaded, render: () => TemplateResult) {
    // (And the minute: "3 minutes ago" comes up to date at a render, once a minute at most while the visitor types.)
    return guard([loaded, this.open, this.#locale.language, this.#feed.state.feed, Math.floor(Date.now() / 6e4)], render);
  }

  #heading(level: number, text: string, id = 'heading'): TemplateResult {
    return html`<div part="heading" class="heading" role="heading" aria-level=${level} id=${id} tabindex="-1" dir="auto">${text}</div>`;
  }

  #renderList(loaded: Extract<Loaded, { kind: 'list' }>, level: number): TemplateResult {
    const t = this.#locale.t;
    const lang = this.#locale.language;
    return html`
      ${this.#heading(level, t(this.project ? 'forum.discussionsOf' : 'forum.discussions'))}
      ${loaded.threads.length || loaded.pending.length
        ? this.#unlessChanged(
            loaded,
            () => html`<ul part="threads" class="threads" role="list" aria-labelledby="heading">
              ${[...loaded.pending, ...loaded.threads].map((thread) => {
                // The visitor's own, awaiting moderation, come first and have no count: marked instead.
                const listed = 'posts' in thread ? (thread as ForumThreadSummary) : undefined;
                return html`<li class=${listed ? 'thread-row' : 'thread-row pending'}>
                  <button type="button" class="link" id=${`thread-${thread.id}`} @click=${() => this.#openThread(thread.id)}><span dir="auto">${thread.title}</span></button>
                  ${listed
                    ? html`<span class="meta">${t('forum.threadMeta', { count: listed.posts, time: listed.lastPost ? relativeTime(listed.lastPost, lang) : '' })}</span>`
                    : html`<span part="pending" class="pending-mark">${t('forum.pending')}</span>`}
                </li>`;
              })}
            </ul>`,
          )
        : html`<p class="empty">${t('forum.noThreads')}</p>`}
      ${loaded.next ? html`<button type="button" class="more" @click=${() => void this.#loadMore()}>${t('forum.moreThreads')}</button>` : nothing}
      ${this.#moreFailed()}
      ${this.#renderComposer(level, true)}
    `;
  }

  /** Why the next page did not come (the list stays as it was). */
  #moreFailed(): TemplateResult | typeof nothing {
    const failure = this.failure;
    if (!failure) return nothing;
    const t = this.#locale.t;
    const reason = failure.status === 0 ? t('forum.offline') : t('forum.serverError');
    return html`<p class="status error" id="more-failed" tabindex="-1">${t(this.loaded?.kind === 'list' ? 'forum.listFailed' : 'forum.loadFailed', { reason })}</p>`;
  }

  #openThread(id: string): void {
    this.#opened = id;
    this.#show();
  }

  #backToList(): void {
    // A card's link that opened the discussion must open it again when followed again: the address forgets it.
    if (location.hash === THREAD_HASH + encodeURIComponent(this.#opened ?? '')) history.replaceState(history.state, '', location.pathname + location.search);
    this.#opened = undefined;
    this.#show();
  }

  /**
   * Loads what the element now shows (a discussion, the list, or a Discourse topic: again, after Retry), focus waiting
   * on the line that says so (the button pressed goes), then moves focus to its heading.
   */
  #show(): void {
    this.loaded = undefined;
    this.failure = undefined;
    if (this.matches(':focus-within')) this.#focusAfterRender = '#status';
    void (this.discourse?.trim() ? this.#loadDiscourse() : this.#load()).then(() => {
      // The discussion's heading; or, when it could not be loaded, the line that says so. (Not if the visitor has taken
      // focus elsewhere meanwhile.)
      if (!this.matches(':focus-within') && document.activeElement !== document.body) return;
      this.#focusAfterRender = this.loaded ? '#heading' : '#status';
      this.requestUpdate();
    });
  }

  #renderThread(loaded: Extract<Loaded, { kind: 'thread' }>, level: number): TemplateResult {
    const t = this.#locale.t;
    const count = loaded.posts.filter((item) => !item.pending).length;
    return html`
      ${this.#opened && !this.thread ? html`<button type="button" class="back" @click=${() => this.#backToList()}>${t('forum.back')}</button>` : nothing}
      ${this.#heading(level, loaded.thread.title)}
      <p class="meta">${t('forum.postCount', { count })}${loaded.thread.closed ? html` · <strong>${t('forum.closed')}</strong>` : nothing}</p>
      ${loaded.posts.length
        ? this.#unlessChanged(loaded, () => {
            const byId = new Map(loaded.posts.map((item) => [item.post.id, item.post]));
            return html`<ol part="posts" class="posts" role="list" aria-labelledby="heading">
              ${loaded.posts.map((item) => html`<li>${this.#renderPost(item, byId)}</li>`)}
            </ol>`;
          })
        : html`<p class="empty">${t('forum.noPosts')}</p>`}
      ${loaded.next ? html`<button type="button" class="more" @click=${() => void this.#loadMore()}>${t('forum.morePosts')}</button>` : nothing}
      ${this.#moreFailed()}
      ${(loaded.thread.closed && !this.#draft.text && !this.renderRoot.querySelector('.composer')?.matches(':focus-within')) || loaded.pending
        ? nothing
        : this.#renderComposer(level, false)}
    `;
  }

  #renderDiscourse({ topic, cooked }: Extract<Loaded, { kind: 'discourse' }>, level: number): TemplateResult {
    const t = this.#locale.t;
    const byNumber = new Map(topic.posts.map((post) => [post.number, post]));
    const more = topic.total - topic.posts.length;
    return html`
      ${this.#heading(level, topic.title)}
      <p class="meta">${t('forum.postCount', { count: topic.total })}${topic.closed ? html` · <strong>${t('forum.closed')}</strong>` : nothing}</p>
      <ol part="posts" class="posts" role="list" aria-labelledby="heading">
        ${topic.posts.map((post) => html`<li>${this.#renderDiscoursePost(post, byNumber, cooked)}</li>`)}
      </ol>
      ${more > 0 ? html`<p class="meta">${t('forum.moreOnForum', { count: more })}</p>` : nothing}
      <p><a class="reply-on-forum" href=${topic.url} rel="noopener noreferrer" target="_blank">${t('forum.replyOnForum')}<span class="visually-hidden"> ${t('forum.newWindow')}</span></a></p>
    `;
  }

  #renderDiscoursePost(post: DiscoursePost, byNumber: Map<number, DiscoursePost>, cooked: Map<string, HTMLElement>): TemplateResult {
    const t = this.#locale.t;
    const lang = this.#locale.language;
    const answered = post.replyTo ? byNumber.get(post.replyTo) : undefined;
    const labelId = `author-${post.id}`;
    return html`<article part="post" class="post" id=${`post-${post.id}`} tabindex="-1" aria-labelledby=${labelId}>
      <p part="author" class="author" id=${labelId}>
        <span class="name" dir="auto">${post.author}</span>
        <span class="when">· <time datetime=${post.created} title=${new Date(post.created).toLocaleString(intlLocales(lang))}>${relativeTime(post.created, lang)}</time></span>
      </p>
      ${answered
        ? html`<p class="answers"><button type="button" class="link" @click=${() => this.#focusPost(answered.id)}>${t('forum.inReplyTo', { name: answered.author })}</button></p>`
        : nothing}
      ${cooked.get(post.id) ?? nothing}
    </article>`;
  }

  #council(id: string | null): string | undefined {
    return id ? (this.#feed.state.feed?.councils.get(id)?.name ?? undefined) : undefined;
  }

  #renderPost({ post, pending }: Shown, byId: Map<string, ForumPost>): TemplateResult {
    const t = this.#locale.t;
    const lang = this.#locale.language;
    const answered = post.replyTo ? byId.get(post.replyTo) : undefined;
    const council = this.#council(post.author.council);
    const head = folded(post);
    const long = head !== undefined;
    const whole = !long || this.open.has(post.id);
    const text = whole ? post.text : head;
    const labelId = `author-${post.id}`;
    return html`<article part="post" class=${pending ? 'post pending' : 'post'} id=${`post-${post.id}`} tabindex="-1" aria-labelledby=${labelId}>
      <p part="author" class="author" id=${labelId}>
        <span class="name" dir="auto">${post.author.name}</span>${council ? html`<span class="council">, ${council}</span>` : nothing}
        <span class="when">· <time datetime=${post.created} title=${new Date(post.created).toLocaleString(intlLocales(lang))}>${relativeTime(post.created, lang)}</time></span>
      </p>
      ${pending ? html`<p part="pending" class="pending-mark">${t('forum.pending')}</p>` : nothing}
      ${answered
        ? html`<p class="answers"><button type="button" class="link" @click=${() => this.#focusPost(answered.id)}>${t('forum.inReplyTo', { name: answered.author.name })}</button></p>`
        : nothing}
      <p part="text" class="text" dir="auto">${text}</p>
      <div class="actions">
        ${long
          ? html`<button type="button" class="link" aria-expanded=${String(whole)} @click=${() => this.#toggle(post.id)}>${whole ? t('forum.showLess') : t('forum.showAll')}</button>`
          : nothing}
        ${pending || this.loaded?.kind !== 'thread' || this.loaded.thread.closed
          ? nothing
          : html`<button type="button" class="link" aria-label=${t('forum.replyTo', { name: post.author.name })} @click=${() => this.#startReply(post)}>${t('forum.reply')}</button>`}
      </div>
    </article>`;
  }

  #toggle(id: string): void {
    const open = new Set(this.open);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.open = open;
  }

  #focusPost(id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#post-${CSS.escape(id)}`);
    target?.scrollIntoView({ block: 'center', behavior: 'instant' });
    target?.focus({ preventScroll: true });
  }

  #renderComposer(level: number, newThread: boolean): TemplateResult {
    const t = this.#locale.t;
    const draft = this.#draft;
    const errors = this.fieldErrors;
    const length = codePoints(draft.text);
    const waiting = this.waitUntil > Date.now();
    const member = !!this.token;
    const described = (field: string, hint?: string) => [errors[field as 'text'] ? `${field}-error` : '', hint ?? ''].filter(Boolean).join(' ') || nothing;
    const outcome = this.outcome;
    const message = outcome && this.#outcomeText(outcome);
    // Sent and not yet confirmed: it goes again as it is, so it cannot change meanwhile.
    const locked = !!draft.sent || this.sending;
    return html`
      <form part="composer" class="composer" novalidate aria-labelledby="compose-heading" @submit=${(event: SubmitEvent) => void this.#send(event)}>
        <div class="heading compose-heading" role="heading" aria-level=${Math.min(6, level + 1)} id="compose-heading">${t(newThread ? 'forum.start' : 'forum.write')}</div>
        <p class="hint">${member ? t('forum.member') : t('forum.moderated')}</p>
        ${draft.replyTo
          ? html`<p class="replying"><span>${t('forum.replyingTo', { name: draft.replyName ?? '…' })}</span>
              ${locked ? nothing : html`<button type="button" class="link" @click=${() => this.#cancelReply()}>${t('forum.cancelReply')}</button>`}</p>`
          : nothing}
        ${draft.sent && !this.sending ? html`<p class="hint" id="locked">${t('forum.locked')}</p>` : nothing}
        ${newThread
          ? html`<div class="field" part="field">
              <label for="title">${t('forum.title')}</label>
              <input id="title" name="title" type="text" .value=${draft.title ?? ''} ?readonly=${locked} aria-invalid=${errors.title ? 'true' : 'false'} aria-describedby=${described('title')} @input=${(e: Event) => this.#onInput('title', e)} />
              ${errors.title ? html`<p class="error" id="title-error">${errors.title}</p>` : nothing}
            </div>`
          : nothing}
        <div class="field" part="field">
          <label for="text">${t('forum.message')}</label>
          <textarea id="text" name="text" rows="5" .value=${draft.text} ?readonly=${locked} aria-invalid=${errors.text ? 'true' : 'false'} aria-describedby=${described('text', 'chars')} @input=${(e: Event) => this.#onInput('text', e)}></textarea>
          <p class="chars" id="chars">${t('forum.chars', { count: length })}</p>
          ${errors.text ? html`<p class="error" id="text-error">${errors.text}</p>` : nothing}
        </div>
        ${member
          ? nothing
          : html`<div class="field" part="field">
              <label for="name">${t('forum.name')}</label>
              <input id="name" name="name" type="text" autocomplete="name" .value=${draft.name} ?readonly=${locked} aria-invalid=${errors.name ? 'true' : 'false'} aria-describedby=${described('name', 'name-hint')} @input=${(e: Event) => this.#onInput('name', e)} />
              <p class="hint" id="name-hint">${t('forum.nameHint')}</p>
              ${errors.name ? html`<p class="error" id="name-error">${errors.name}</p>` : nothing}
            </div>`}
        <div class="trap" aria-hidden="true">
          <label for="website">${t('forum.honeypot')}</label>
          <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <div class="send-row">
          <button part="send" type="submit" class="send" ?disabled=${waiting} aria-disabled=${String(this.sending)}>
            ${this.sending ? t('forum.sending') : draft.sent ? t('forum.retry') : t(newThread ? 'forum.sendThread' : 'forum.send')}
          </button>
        </div>
        <p part="message" class=${outcome && !['sent', 'pending', 'threadPending'].includes(outcome.kind) ? 'outcome error' : 'outcome'} id="outcome" tabindex="-1">${message ?? ''}</p>
      </form>
    `;
  }

  #outcomeText(outcome: NonNullable<DcForumThread['outcome']>): string {
    const t = this.#locale.t;
    switch (outcome.kind) {
      case 'sent':
        return t('forum.sent');
      case 'pending':
        return t('forum.sentPending');
      case 'threadPending':
        return t('forum.threadPending');
      case 'wait':
        return t('forum.wait', { count: Number(outcome.detail ?? 30) });
      case 'waitOver':
        return t('forum.waitOver');
      case 'closed':
        return t('forum.closedNow');
      case 'refused':
        return t('forum.refused');
      case 'forbidden':
        return t('forum.forbidden');
      case 'fix':
        return [t('forum.fix', { count: Number(outcome.detail ?? 1) }), outcome.reasons].filter(Boolean).join(' ');
      case 'invalid':
        return t('forum.invalid', { reason: outcome.reasons ?? '' });
      default:
        return t('forum.failed', { reason: String(outcome.detail ?? '') });
    }
  }
}

if (notYetDefined('dc-forum-thread', DcForumThread)) customElements.define('dc-forum-thread', DcForumThread);

declare global {
  interface HTMLElementTagNameMap {
    'dc-forum-thread': DcForumThread;
  }
  interface HTMLElementEventMap {
    'dc-forum-post': ForumPostEvent;
  }
  /** It bubbles out of shadow roots up to the document. */
  interface DocumentEventMap {
    'dc-forum-post': ForumPostEvent;
  }
}
