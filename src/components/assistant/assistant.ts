import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { forgetConversation, loadConversation, saveConversation, type Conversation, type Message } from '../../assistant/conversation.js';
import { DEFAULT_THRESHOLD, FaqIndex, MAX_QUESTION_CHARS, NO_LANGUAGE, entryTexts, type Language } from '../../assistant/match.js';
import { PROJECTS_SHOWN, indexProjectsFor, projectsIndexed } from '../../assistant/projects.js';
import { MISSES_BEFORE_HANDOVER, replyTo } from '../../assistant/reply.js';
import { FeedController } from '../../feed/controller.js';
import { inSlices, yieldToMain } from '../../feed/tasks.js';
import { readAssistantData, type AssistantData } from '../../feed/faq.js';
import { AREAS, type AreaId, type Council, type FaqEntry, type Feed, type Project } from '../../feed/types.js';
import { resolveHttpUrl, resolveUrl } from '../../feed/url.js';
import { mailtoUrl, telUrl } from '../../feed/links.js';
import { FeedWarningEvent } from '../../events.js';
import { formatDistance, greatCircleKm } from '../../geo/distance.js';
import { LocaleController, describeFeedError } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { langAttribute, projectText } from '../project-card/texts.js';
import { assistantStyles } from './assistant.styles.js';
import { notYetDefined } from '../../define.js';
import { assistantStrings } from './strings.js';

// Types only (erased from the build): with them, this element's declarations bring the typed `dc-feed-warning` of
// src/events.ts to `addEventListener`, and a page can import them from the element's entry.
export type { FeedWarningDetail, FeedWarningEvent } from '../../events.js';

export interface AssistantFeedbackDetail {
  /** What the visitor asked. */
  question: string;
  /** The id of the FAQ entry that answered it. */
  entryId: string;
  helpful: boolean;
}

/** Fired by `<dc-assistant>` when the visitor says whether an answer helped: the council can improve its FAQ with it. */
export class AssistantFeedbackEvent extends CustomEvent<AssistantFeedbackDetail> {
  static readonly eventName = 'dc-assistant-feedback';
  constructor(detail: AssistantFeedbackDetail) {
    super(AssistantFeedbackEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Questions of the FAQ offered as quick replies (its first entries: the council puts the most asked first). */
const FREQUENT = 3;
/** FAQ questions offered for an area. */
const AREA_QUESTIONS = 4;
/** A FAQ of more entries than this is indexed a slice at a time rather than in one task. */
const INDEX_AT_ONCE = 200;
/** A language model that has not finished by then is left, and the FAQ answers. */
const MODEL_TIMEOUT_MS = 20_000;

type AssistantMessage = Message & { from: 'assistant' };

/** FAQ entries or projects by their id. */
const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

/** Those of `ids` found in `map`: a FAQ entry or a project that a message names and the feed no longer has is left out. */
const pick = <T>(map: Map<string, T>, ids: readonly string[]): T[] => ids.map((id) => map.get(id)).filter((item): item is T => !!item);

/**
 * A front-line assistant for citizens: a launcher button that opens a panel where the visitor asks in their own words
 * and gets the council's answer from the feed's FAQ (`_digicanvis.faq`), links included, in the language they wrote
 * in when the FAQ has it. When it is not sure it says so and offers the closest questions; after two misses in a
 * row, when the visitor asks for a person or says it is not helping, it gives the feed's `help` block (phone, email,
 * hours, address). It also finds projects of the observatory ("chatbots a prop de Girona").
 *
 * Everything happens on the page: nothing is sent anywhere, unless the page names a language model (`llm-endpoint`).
 * The conversation is kept for the tab
 * (`sessionStorage`) until the visitor clears it. The transcript is a log; each reply is said once to screen readers
 * (not the visitor's own words); focus stays in the question field; the arrow keys move through the messages; Escape
 * closes the panel.
 *
 * @summary A citizen assistant that answers from the council's FAQ and hands over to a person.
 *
 * @fires {AssistantFeedbackEvent} dc-assistant-feedback - When the visitor says whether an answer helped, and again if they change their mind. `detail`: `{ question, entryId, helpful }`.
 * @fires {FeedWarningEvent} dc-feed-warning - For each FAQ entry or field of the feed left out. Bubbles and crosses shadow roots.
 *
 * @csspart base - The element's outer box.
 * @csspart launcher - The button that opens and closes the panel.
 * @csspart panel - The panel.
 * @csspart header - The panel's title bar.
 * @csspart log - The conversation.
 * @csspart message - Each message.
 * @csspart chips - The quick replies.
 * @csspart composer - The form to ask.
 * @csspart input - The question field.
 * @csspart send - The send button.
 *
 * @cssprop --dc-assistant-inset - Distance of the launcher from the corner of the window (default: 1rem).
 * @cssprop --dc-assistant-width - Width of the panel (default: 24rem, never wider than the window).
 * @cssprop --dc-color-text - Global token: text colour.
 * @cssprop --dc-color-surface - Global token: background of surfaces.
 * @cssprop --dc-color-border - Global token: borders.
 * @cssprop --dc-color-accent - Global token: links, the launcher and the visitor's messages.
 * @cssprop --dc-color-muted - Global token: secondary text.
 * @cssprop --dc-color-subtle - Global token: tinted backgrounds, of the assistant's messages (default: #f3f5f8; #21262d dark).
 * @cssprop --dc-radius - Global token: corner radius of the messages and the question field; buttons get half of it (default: 0.5rem).
 * @cssprop --dc-focus-ring - Global token: the focus outline.
 * @cssprop --dc-font-family - Global token: font (default: inherited from the page).
 */
export class DcAssistant extends LitElement {
  static override properties = {
    feed: {},
    inline: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    threshold: { type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    llmEndpoint: { attribute: 'llm-endpoint' },
    llmModel: { attribute: 'llm-model' },
    llmHeaders: { attribute: false },
    conversation: { state: true, attribute: false },
    streaming: { state: true, attribute: false },
    note: { state: true, attribute: false },
  };

  static override styles = [sharedStyles, assistantStyles];

  /** URL of the DigiCanvis feed. Without it: the feed of a `<dc-observatory>` around. */
  feed?: string;

  /** In the page's flow where the element is, rather than a button in the corner of the window. */
  inline = false;

  /** Whether the panel is open. */
  open = false;

  /** How sure (0–1) the assistant must be to answer; below it, it offers the closest questions. Default 0.48. */
  threshold = DEFAULT_THRESHOLD;

  /** Level of the panel's heading (2–6). */
  headingLevel = 2;

  /**
   * An OpenAI-compatible chat-completions endpoint of the council's choosing (`https://…/v1/chat/completions`). Off by
   * default: without it nothing leaves the page. With it, a question the FAQ may answer is sent with the (at most
   * three) entries retrieved for it; the model answers from them only, streamed, and the answer cites them; when they do
   * not answer the question, it says so and the assistant is not sure. If the model fails, the FAQ answers as it would
   * without it.
   */
  llmEndpoint?: string;

  /** The `model` sent to `llm-endpoint`. */
  llmModel?: string;

  /** Headers for `llm-endpoint` (a key for the council's own proxy), set from script only. */
  llmHeaders?: Record<string, string>;

  private conversation: Conversation = { messages: [], misses: 0 };
  /** A line for screen readers about what the visitor did (clearing), said once. */
  private note = '';
  /** The language model's answer as it streams in (shown, not announced: the whole answer joins the log once done). */
  private streaming: string | undefined;

  readonly #locale = new LocaleController(this);
  readonly #feed = new FeedController(this, () => this.feed);
  #data?: { source: AssistantData; index: FaqIndex; indexing: Promise<void> | undefined; stop: AbortController; language: Language; byId: Map<string, FaqEntry>; feed: Feed };
  /** What the assistant knows of the three languages beyond the FAQ (data of its own, loaded with the element). */
  #language?: Language;
  #languageLoading?: Promise<void>;
  #reported = new WeakSet<AssistantData>();
  #restoredFor = '';
  /** The message that holds the transcript's tab stop (roving tabindex). */
  #current = -1;
  #focusInput: boolean | 'here' = false;
  #shown = 0;
  #stopPlacing?: () => void;
  /** The language model's request in flight, and the FAQ's reply that stands if it fails or is interrupted (set and left together). */
  #model?: AbortController;
  #fallback?: AssistantMessage;
  /** What a question asked before the feed had loaded waits for. */
  #feedCame?: () => void;
  #noteTimer?: ReturnType<typeof setTimeout>;
  /**
   * Where the messages to announce start (-1: none): the replies the visitor's question brought. The log does not
   * announce by itself (a pasted page of the visitor's own would be read back before the answer): the status line
   * says each reply once.
   */
  #announceFrom = -1;
  /** Questions not answered yet, oldest first, and whether the oldest waits for something. */
  readonly #queue: [text: string, entry?: FaqEntry, lang?: string][] = [];
  #blocked = false;
  /** The log, the message whose links and buttons Tab reaches, and how many there were, when they were last set. */
  #tabbed: [log: Element | null, current: number, count: number] = [null, -1, 0];
  /** The language of the status line's words, when not the page's. */
  #noteLang: string | undefined;
  /** What the visitor has typed and not sent: kept while the panel is closed. */
  #draft = '';

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.#onPageFocus, true);
    document.addEventListener('focusout', this.#onPageBlur, true);
    window.addEventListener('scroll', this.#onPageMove, { capture: true, passive: true });
    window.addEventListener('resize', this.#onPageMove, { passive: true });
    // Moved in the page while open: the panel follows its launcher again.
    if (this.open) void this.updateComplete.then(() => this.#place());
  }

  /**
   * Loads the language data (language.ts) the first time the panel opens: a visitor who never opens it does not
   * download it. Offline, or if it cannot load, the assistant answers from the FAQ alone, and tries again once the
   * browser is back online.
   */
  #loadLanguage(): void {
    this.#languageLoading ??= import('../../assistant/language.js').then(
      ({ LANGUAGE }) => {
        this.#language = LANGUAGE;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (!this.#language) console.error('[digicanvis] could not load the assistant’s language data; it answers from the FAQ alone', error);
        this.#language = NO_LANGUAGE;
        // The FAQ indexed at once now: it waited for the language data.
        this.#data?.stop.abort();
        this.#data = undefined;
        this.requestUpdate();
        window.addEventListener(
          'online',
          () => {
            this.#languageLoading = undefined;
            if (this.open) this.#loadLanguage();
          },
          { once: true },
        );
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // (Only if it is not back a moment later: moved in the page, it keeps the answer it is waiting for.)
    const model = this.#model;
    setTimeout(() => {
      if (!this.isConnected && this.#model === model) model?.abort();
    });
    this.#stopPlacing?.();
    document.removeEventListener('focusin', this.#onPageFocus, true);
    document.removeEventListener('focusout', this.#onPageBlur, true);
    window.removeEventListener('scroll', this.#onPageMove, true);
    window.removeEventListener('resize', this.#onPageMove);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#locale.settled(() => super.getUpdateComplete());
  }

  /** Moves focus to the question field when the panel is open, else to the launcher. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>(this.open ? '#input' : '.launcher')?.focus();
  }

  /** Asks `question` as if the visitor had typed it, opening the panel (once the feed has loaded, if it has not yet). */
  ask(question: string): void {
    this.open = true;
    this.#ask(question);
  }

  get #key(): string {
    return this.#feed.url ?? '';
  }

  /** Where the conversation is kept: per feed, and per `id` (two assistants of one feed on a page keep one each). */
  get #stored(): string {
    return this.#key && this.id ? `${this.#key}#${this.id}` : this.#key;
  }

  /** The FAQ of the feed, indexed once per feed. */
  get #assistant() {
    const feed = this.#feed.state.feed;
    if (!feed) return undefined;
    const source = readAssistantData(feed);
    if (!this.#reported.has(source)) {
      this.#reported.add(source);
      for (const { itemId, path, message, severity, skipped, page = this.#key } of source.problems) {
        console.warn(`[digicanvis] ${page} ${path}${itemId ? ` (FAQ entry "${itemId}")` : ''}: ${message}${skipped ? ' — skipped' : ''}`);
        this.dispatchEvent(new FeedWarningEvent({ feedUrl: this.#key, pageUrl: page, ...(itemId ? { itemId } : {}), path, reason: message, severity, skipped: !!skipped }));
      }
    }
    const language = this.#language ?? NO_LANGUAGE;
    if (this.#data?.source !== source || this.#data.language !== language) {
      // While the language data is on its way (the panel has just opened), nothing is indexed: the index is built once
      // it has come, and a question waits for it (#ask). The index it replaces stops where it is.
      const waiting = !this.#language && !!this.#languageLoading;
      const index = new FaqIndex(source.faq, feed.language, DEFAULT_THRESHOLD, { defer: waiting || source.faq.length > INDEX_AT_ONCE, language });
      this.#data?.stop.abort();
      const stop = new AbortController();
      // A large FAQ is indexed a few entries at a time, so that the page never waits for it in one long task.
      const indexing = index.left && !waiting ? inSlices(() => index.left, (count) => index.more(count), 8, yieldToMain, stop.signal).catch(() => undefined) : undefined;
      this.#data = { source, language, index, indexing, stop, byId: byId(source.faq), feed };
      // With the language data (the panel has opened): the assistant's strings in the FAQ's other languages, which a
      // reply to a question written in one of them is shown in.
      if (this.#language) for (const lang of new Set([feed.language, ...source.faq.flatMap((entry) => Object.keys(entry.i18n))])) if (langAttribute(lang, this.#locale.language)) void assistantStrings(lang);
    }
    // The index reads the threshold at each question: a new one needs no new index.
    this.#data.index.threshold = Number.isFinite(this.threshold) ? this.threshold : DEFAULT_THRESHOLD;
    // The same object while nothing changes: every message of a render asks for it.
    if (this.#data.feed !== feed) this.#data = { ...this.#data, feed };
    return this.#data;
  }

  #projects?: [list: readonly Project[], byId: Map<string, Project>];
  /** The feed's projects by id: worked out when a message first shows some, and again only for another list of them. */
  #projectsById(feed: Feed): Map<string, Project> {
    if (this.#projects?.[0] !== feed.projects) this.#projects = [feed.projects, byId(feed.projects)];
    return this.#projects[1];
  }

  protected override willUpdate(): void {
    const key = this.#stored;
    if (key && key !== this.#restoredFor) {
      // Another feed (or id): the model's answer to a question about the last one is left (the FAQ's reply was kept).
      this.#stopModel();
      this.#restoredFor = key;
      this.conversation = loadConversation(key) ?? { messages: [], misses: 0 };
      this.#current = -1;
    }
    if (this.open) this.#loadLanguage();
    if (this.open && !this.conversation.messages.length && this.#feed.state.feed && key) this.#push({ from: 'assistant', kind: 'greeting' });
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open') || changed.has('inline')) {
      this.#place();
      // (Closed, it steps aside or back for the page's focused element, which may have changed while it was open.)
      this.#stepAside();
    }
    if (this.#feedCame && this.#assistant) {
      const came = this.#feedCame;
      this.#feedCame = undefined;
      came();
    }
    const log = this.renderRoot.querySelector<HTMLElement>('.log');
    const count = this.conversation.messages.length;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.log .msg')];
    if (log && count !== this.#shown) {
      this.#shown = count;
      // The newest reply from its start when it is longer than the log shows (a hand-over, a long answer), else the end.
      const reply = items.slice(Math.max(this.#announceFrom, 0)).find((item) => item.classList.contains('assistant'));
      log.scrollTop = reply && reply.offsetHeight > log.clientHeight ? reply.offsetTop - 4 : log.scrollHeight;
    }
    if (this.#announceFrom >= 0) {
      const replies = items.slice(this.#announceFrom).filter((item) => item.classList.contains('assistant'));
      this.#announceFrom = -1;
      // What a reply says, its links, choices and "a language model wrote this" included; not "was this helpful?",
      // which follows it. (Their text as laid out: "Phone" and its number are two lines, not "Phone+34…".) In the
      // reply's language.
      const said = replies.flatMap((item) => [...item.querySelectorAll<HTMLElement>(':scope > :not(.feedback, .visually-hidden)')].map((part) => part.innerText));
      const text = said.join(' ').replace(/\s+/g, ' ').trim();
      const lang = replies.at(-1)?.getAttribute('lang') ?? undefined;
      // (Once this update is over: a change of state inside updated() would ask Lit for another update straight away.)
      if (text) queueMicrotask(() => this.#say(text, lang));
    }
    // The message that holds the tab stop is the only one whose links and buttons Tab reaches: the others' are a press
    // of the arrow keys away, so that Tab goes from the panel's header to the latest reply and on to the question field.
    // (Only when that message, the messages or the log (the panel opened again) change: not at each render, a streaming
    // answer's included.)
    const current = this.#current >= 0 ? this.#current : items.length - 1;
    const [lastLog, lastCurrent, lastCount] = this.#tabbed;
    if (log !== lastLog || current !== lastCurrent || items.length !== lastCount) {
      this.#tabbed = [log, current, items.length];
      items.forEach((item, index) => {
        for (const control of item.querySelectorAll<HTMLElement>('a[href], button')) {
          if (index === current) control.removeAttribute('tabindex');
          else control.tabIndex = -1;
        }
      });
    }
    // The field, or once it is there (after Retry, or opened while the feed loads) and then only if focus is still in
    // the assistant or nowhere, not where the visitor has taken it meanwhile.
    if (this.#focusInput) {
      const field = this.renderRoot.querySelector<HTMLInputElement>('#input');
      if (!field) this.#focusInput = 'here';
      else {
        if (this.#focusInput === true || this.matches(':focus-within') || document.activeElement === document.body) field.focus();
        this.#focusInput = false;
      }
    }
  }

  /**
   * The page's element that has focus when it is under the launcher in the window's corner (a link at the foot of the
   * page): the launcher steps aside, up or to the other corner, until focus goes elsewhere (WCAG 2.4.11, focus not
   * obscured). Not while the panel is open, which follows its launcher.
   */
  #underLauncher: Element | undefined;
  readonly #onPageFocus = (event: FocusEvent) => {
    const path = event.composedPath();
    // (Focus on the launcher itself leaves it where it is: a pointer pressed on it would otherwise miss it.)
    if (path.includes(this)) return;
    const target = path[0];
    this.#underLauncher = target instanceof Element ? target : undefined;
    this.#stepAside();
  };
  /**
   * Focus gone nowhere (a click on the page's text): the launcher goes back; not while it is pressed, which in browsers
   * that do not focus a button on a click takes focus nowhere too, and would move it from under the pointer.
   */
  #pressed = false;
  readonly #onPress = () => {
    this.#pressed = true;
    for (const type of ['pointerup', 'pointercancel']) addEventListener(type, () => (this.#pressed = false), { capture: true, once: true });
  };
  readonly #onPageBlur = (event: FocusEvent) => {
    if (event.relatedTarget || !this.#underLauncher || this.#pressed) return;
    this.#underLauncher = undefined;
    this.#stepAside();
  };
  /** The page scrolled or the window changed size (zoom too): again (the browser sends these once a frame at most). */
  readonly #onPageMove = () => {
    if (this.#underLauncher) this.#stepAside();
  };

  /** How far the launcher has stepped aside from its corner (px). */
  #aside: readonly [number, number] = [0, 0];

  #stepAside(): void {
    const launcher = this.renderRoot.querySelector<HTMLElement>('.launcher');
    if (!launcher || this.open) return;
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const target = this.#underLauncher;
    // (Worked out from where it is, less the step it has taken: nothing is written while scrolling unless it moves.)
    const step = target && !this.inline && target === active ? this.#stepFor(launcher.getBoundingClientRect(), target.getBoundingClientRect()) : ([0, 0] as const);
    if (step[0] === this.#aside[0] && step[1] === this.#aside[1]) return;
    this.#aside = step;
    launcher.style.translate = step[0] || step[1] ? `${step[0]}px ${step[1]}px` : '';
  }

  /** The step that takes the launcher (now at `now`) off `focused`: none when it does not cover it, or cannot help it. */
  #stepFor(now: DOMRect, focused: DOMRect): readonly [number, number] {
    const [x, y] = this.#aside;
    const home = { left: now.left - x, right: now.right - x, top: now.top - y, bottom: now.bottom - y };
    const GAP = 8;
    const clear = (dx: number, dy: number) =>
      home.left + dx >= 0 &&
      home.right + dx <= window.innerWidth &&
      home.top + dy >= 0 &&
      (home.right + dx <= focused.left || home.left + dx >= focused.right || home.bottom + dy <= focused.top || home.top + dy >= focused.bottom);
    if (clear(0, 0)) return [0, 0];
    // Up, just above it; else to the window's other side; else to the top of the window on either side.
    const up = focused.top - GAP - home.bottom;
    const across = home.left > window.innerWidth / 2 ? GAP - home.left : window.innerWidth - GAP - home.right;
    const top = GAP - home.top;
    return ([[0, up], [across, 0], [0, top], [across, top]] as const).find(([dx, dy]) => clear(dx, dy)) ?? [0, 0];
  }

  /** Keeps a floating panel beside its launcher, inside the window. */
  #place() {
    // Floating UI's cleanup may run more than once: the next #place() or a disconnection calls it again, harmlessly.
    this.#stopPlacing?.();
    const launcher = this.renderRoot.querySelector<HTMLElement>('.launcher');
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
    if (!this.open || this.inline || !launcher || !panel) return;
    const position = () =>
      void computePosition(launcher, panel, {
        strategy: 'fixed',
        placement: 'top-end',
        middleware: [
          offset(8),
          flip(),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => panel.style.setProperty('--_dc-panel-max', `${Math.max(availableHeight, 0)}px`),
          }),
        ],
      }).then(({ x, y }) => Object.assign(panel.style, { left: `${x}px`, top: `${y}px` }));
    this.#stopPlacing = autoUpdate(launcher, panel, position);
  }

  #push(...messages: Message[]) {
    this.conversation = { ...this.conversation, messages: [...this.conversation.messages, ...messages] };
    this.#current = -1;
    this.#save();
  }

  /** Keeps the conversation for the tab (that of a feed with an address only). */
  #save() {
    // With the FAQ's reply while a model's answer is coming: a reload meanwhile finds the question answered.
    const conversation = this.#fallback ? { ...this.conversation, messages: [...this.conversation.messages, this.#fallback] } : this.conversation;
    if (this.#stored) saveConversation(this.#stored, conversation);
  }

  /** Loads the feed again; focus waits on the status line (the button goes while loading), then goes to the field. */
  #retry() {
    this.renderRoot.querySelector<HTMLElement>('.status')?.focus();
    this.#focusInput = true;
    this.#feed.retry();
  }

  #toggle() {
    this.open = !this.open;
    if (this.open) this.#focusInput = true;
  }

  #close() {
    this.open = false;
    void this.updateComplete.then(() => this.focus());
  }

  #clear() {
    this.#stopModel();
    // (A question still waiting is forgotten with the rest.)
    this.#queue.length = 0;
    if (this.#stored) forgetConversation(this.#stored);
    this.conversation = { messages: [{ from: 'assistant', kind: 'greeting' }], misses: 0 };
    this.#current = -1;
    this.#say(this.#locale.t('assistant.cleared'));
    this.#focusInput = true;
  }

  /**
   * Says `text` (in `lang`, when not the page's) once in the status line, which empties a few seconds later (the same
   * text twice is said twice).
   */
  #say(text: string, lang?: string) {
    clearTimeout(this.#noteTimer);
    const say = () => {
      this.#noteLang = lang;
      this.note = text;
      this.#noteTimer = setTimeout(() => (this.note = ''), 5000);
    };
    if (this.note !== text) return say();
    this.note = '';
    void this.updateComplete.then(say);
  }

  /**
   * The messages that join the conversation next are said, from the first not said yet: two replies that come in one
   * update (the FAQ's, standing for a model's answer left, and the next question's) are both said.
   */
  #announceNext() {
    if (this.#announceFrom < 0) this.#announceFrom = this.conversation.messages.length;
  }

  /** Leaves the language model's answer in flight, if any: nothing it sends later is shown. */
  #stopModel() {
    this.#model?.abort();
    this.#model = undefined;
    this.#fallback = undefined;
    this.streaming = undefined;
  }

  /**
   * Before anything else joins the conversation: a language model's answer still coming is left, and the FAQ's reply
   * it would have replaced takes its place, so that every question has its answer, in order.
   */
  #settleModel() {
    const fallback = this.#fallback;
    if (!fallback) return;
    this.#stopModel();
    this.#announceNext();
    this.#push(fallback);
  }

  /**
   * The visitor's question, and the answer to it. `entry`: a FAQ entry the visitor chose (a suggestion), whose question
   * is in `lang`. Questions are answered in the order they were asked, one waiting for what the one before waits for.
   */
  #ask(text: string, entry?: FaqEntry, lang?: string) {
    this.#queue.push([text, entry, lang]);
    this.#drain();
  }

  #drain() {
    while (this.#queue.length && !this.#blocked) {
      const wait = this.#answer(...this.#queue[0]!);
      if (wait) {
        this.#blocked = true;
        const resume = () => {
          this.#blocked = false;
          this.#drain();
        };
        void wait.then(resume, resume);
        return;
      }
      this.#queue.shift();
    }
  }

  /** Answers a question, or returns what it must wait for first. */
  #answer(text: string, entry?: FaqEntry, lang?: string): Promise<unknown> | undefined {
    const question = text.trim();
    // The first question may come before the language data, a large FAQ's index or the projects' search index
    // (built a slice at a time) are ready: it waits for them.
    this.#loadLanguage();
    const assistant = this.#assistant;
    if (!question) return undefined;
    // Before the feed (or another one, the address having changed) has loaded: it waits for it.
    if (!assistant) return new Promise<void>((resolve) => (this.#feedCame = resolve));
    const ready =
      (!this.#language && this.#languageLoading) ||
      (assistant.index.left && assistant.indexing) ||
      (!projectsIndexed(assistant.feed.projects) && indexProjectsFor(assistant.feed.projects, assistant.feed.councils));
    if (ready) return ready;
    let answer: AssistantMessage;
    const before = this.conversation.misses;
    let misses = before;
    let visitor: Message = { from: 'visitor', text: question, ...(lang ? { lang } : {}) };
    if (entry) {
      answer = { from: 'assistant', kind: 'answer', entry: entry.id, lang: this.#locale.language, question };
      misses = 0;
    } else {
      const reply = replyTo(question, {
        index: assistant.index,
        projects: assistant.feed.projects,
        councils: assistant.feed.councils,
        language: this.#locale.contentLanguage,
        feedLanguage: assistant.feed.language,
        misses,
      });
      answer = reply.message;
      misses = reply.misses;
      if (reply.language) visitor = { ...visitor, lang: reply.language };
      // A reply in another language than the page's waits for that language's strings (once), so that it is shown and
      // said in one language.
      const replyLang = 'lang' in answer && answer.lang;
      const strings = replyLang && langAttribute(replyLang, this.#locale.language) && assistantStrings(replyLang);
      if (strings instanceof Promise) return strings;
      const retrieved = reply.faq?.closest.map((match) => match.entry) ?? [];
      if (this.llmEndpoint && retrieved.length && (answer.kind === 'answer' || answer.kind === 'unsure')) {
        this.#exchange(visitor, misses);
        void this.#askModel(question, retrieved, answer.kind === 'answer' ? answer.lang : (reply.faq?.language ?? this.#locale.language), answer, before);
        return undefined;
      }
    }
    this.#exchange(visitor, misses, answer);
    return undefined;
  }

  /**
   * The visitor's words join the conversation, with the assistant's reply if it has one, once a language model's answer
   * still coming has been settled; focus goes back to the question field. `misses`: the questions missed in a row, now.
   */
  #exchange(visitor: Message, misses: number, ...reply: AssistantMessage[]) {
    this.#settleModel();
    this.conversation = { ...this.conversation, misses };
    this.#announceNext();
    this.#push(visitor, ...reply);
    this.#focusInput = true;
  }

  /**
   * Asks the council's language model, from the entries retrieved; on any failure the FAQ's own reply stands. When the
   * model says they do not answer the question, that is a miss (`before`: the misses in a row before this question), as
   * the FAQ's own "not sure" is: not sure with the closest questions, or a person after the second.
   */
  async #askModel(question: string, entries: FaqEntry[], lang: string, fallback: AssistantMessage, before: number) {
    const controller = (this.#model = new AbortController());
    this.#fallback = fallback;
    this.#save();
    const timer = setTimeout(() => controller.abort(), MODEL_TIMEOUT_MS);
    const feedLanguage = this.#assistant!.feed.language;
    this.streaming = '';
    // (In the language the model is asked to answer in, as its answer will be shown.)
    const [t, said] = this.#stringsOf(lang);
    this.#say(t('assistant.writing'), said);
    let reply = fallback;
    try {
      const { askModel, citedSources, declined } = await import('../../assistant/llm.js');
      const sources = entries.map((entry) => {
        const texts = entryTexts(entry, lang, feedLanguage);
        return { question: texts.question, answer: texts.answer, links: entry.links.map((link) => `${link.title ?? ''} ${link.url}`.trim()) };
      });
      const text = await askModel({
        endpoint: this.llmEndpoint!,
        model: this.llmModel,
        headers: this.llmHeaders,
        // No more than the FAQ reads of it.
        question: question.slice(0, MAX_QUESTION_CHARS),
        sources,
        language: lang,
        signal: controller.signal,
        onText: (so) => {
          // (Not the [0] of an answer that says the entries do not answer.)
          if (this.#model === controller && !'[0]'.startsWith(so.trim().slice(0, 3))) this.streaming = so;
        },
      });
      if (!text.trim()) throw new Error('the language model said nothing');
      const ids = entries.map((entry) => entry.id);
      // An answer ends the misses in a row (also after the FAQ's own "not sure"); the model's "they do not answer" adds one.
      const misses = declined(text, ids.length) ? before + 1 : 0;
      const handover = misses >= MISSES_BEFORE_HANDOVER;
      this.conversation = { ...this.conversation, misses: handover ? 0 : misses };
      reply = !misses
        ? // (Without a [0] written beside citations: it is no source, and a screen reader would say "bracket zero".)
          { from: 'assistant', kind: 'generated', text: text.replaceAll('[0]', ''), lang, question, sources: ids, cited: citedSources(text, ids.length) }
        : handover
          ? { from: 'assistant', kind: 'handover', misses: true, lang }
          : { from: 'assistant', kind: 'unsure', suggestions: ids, lang };
    } catch (error) {
      if (this.#model === controller) console.warn('[digicanvis] the language model did not answer; the FAQ does', error);
    } finally {
      clearTimeout(timer);
    }
    // The model's answer, or the FAQ's reply if it failed, joins the conversation: unless it was left meanwhile.
    if (this.#model !== controller) return;
    this.#stopModel();
    this.#announceNext();
    this.#push(reply);
  }

  #askArea(area: AreaId) {
    const assistant = this.#assistant!;
    const entries = assistant.source.faq.filter((entry) => entry.areas.includes(area)).slice(0, AREA_QUESTIONS);
    const projects = assistant.feed.projects.filter((project) => project.areas.includes(area)).slice(0, PROJECTS_SHOWN);
    this.#exchange({ from: 'visitor', text: this.#locale.t(`area.${area}`) }, this.conversation.misses, {
      from: 'assistant',
      kind: 'area',
      area,
      entries: entries.map((entry) => entry.id),
      projects: projects.map((project) => project.id),
    });
  }

  #feedback(index: number, helpful: boolean) {
    const message = this.conversation.messages[index];
    // Only an answer (the FAQ's or the model's: the messages that keep their question) is rated; a visitor who changes
    // their mind is heard again (the event fires with the new choice).
    if (message?.from !== 'assistant' || (message.kind !== 'answer' && message.kind !== 'generated') || message.helpful === helpful) return;
    const messages = [...this.conversation.messages];
    messages[index] = { ...message, helpful };
    this.conversation = { ...this.conversation, messages };
    this.#save();
    const entryId = message.kind === 'answer' ? message.entry : (message.sources[message.cited[0] ?? 0] ?? '');
    this.dispatchEvent(new AssistantFeedbackEvent({ question: message.question, entryId, helpful }));
  }

  #onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#input')!;
    const text = input.value;
    if (!text.trim()) return;
    input.value = this.#draft = '';
    this.#ask(text);
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.open && !this.inline) {
      event.stopPropagation();
      this.#close();
    }
  }

  /**
   * Arrow keys in the transcript move from message to message; past the last one, to the question field. Typing while
   * on a message writes in the field, as chat applications do: the key goes there with the focus.
   */
  #onLogKeydown(event: KeyboardEvent) {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.log .msg')];
    const at = items.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    // To the question field: where focus() goes while the panel is open.
    if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) return this.focus();
    const to = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: items.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    if (to >= items.length) return this.focus();
    this.#focusMessage(Math.max(0, to));
  }

  #onInputKeydown(event: KeyboardEvent) {
    if (event.key === 'ArrowUp' && !(event.target as HTMLInputElement).value && this.conversation.messages.length) {
      event.preventDefault();
      this.#focusMessage(this.conversation.messages.length - 1);
    }
  }

  /** A message has taken focus (arrow keys, a click): it holds the tab stop, and its links and buttons join the tab order. */
  #focusedMessage(index: number) {
    if (this.#current === index) return;
    this.#current = index;
    this.requestUpdate();
  }

  /** Focuses a message (every message can take focus from script); the render that follows gives it the tab stop. */
  #focusMessage(index: number) {
    this.#current = index;
    this.requestUpdate();
    this.renderRoot.querySelectorAll<HTMLElement>('.log .msg')[index]?.focus();
  }

  override render() {
    if (!this.#locale.ready || !this.#locale.has('assistant')) return html`<div part="base" aria-busy="true"></div>`;
    const t = this.#locale.t;
    return html`<div part="base" class=${this.inline ? 'base inline' : 'base floating'} lang=${this.#locale.uiLang ?? nothing} data-dc-ui>
      <button part="launcher" type="button" class="launcher" aria-expanded=${String(this.open)} aria-controls="panel" @pointerdown=${this.#onPress} @click=${this.#toggle} @keydown=${this.#onKeydown}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
          <path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z" />
        </svg>
        <span>${t('assistant.launcher')}</span>
      </button>
      <section
        part="panel"
        id="panel"
        class="panel"
        role=${this.inline ? 'region' : 'dialog'}
        aria-labelledby="title"
        aria-describedby="automated"
        ?hidden=${!this.open}
        @keydown=${this.#onKeydown}
      >
        ${this.open ? this.#renderPanel() : nothing}
      </section>
    </div>`;
  }

  #renderPanel(): TemplateResult {
    const t = this.#locale.t;
    const state = this.#feed.state;
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 2), 6);
    const header = html`<div part="header" class="header">
      <div class="title">
        <div role="heading" aria-level=${level} id="title">${t('assistant.title')}</div>
        <p class="automated" id="automated">${t('assistant.automated')}</p>
      </div>
      <div class="actions">
        <button type="button" class="clear" @click=${this.#clear} ?hidden=${this.conversation.messages.length < 2}>${t('assistant.clear')}</button>
        ${this.inline ? nothing : html`<button type="button" class="close" aria-label=${t('assistant.close')} @click=${this.#close}><span aria-hidden="true">×</span></button>`}
      </div>
    </div>`;
    if (!state.feed) {
      const failed = state.status === 'error' && state.error && describeFeedError(this.#locale, state.error);
      return html`${header}
        <p class="status" role="status" tabindex="-1">${failed ? t('assistant.failed', { reason: failed }) : t('assistant.loading')}</p>
        ${failed ? html`<button type="button" @click=${this.#retry}>${t('assistant.retry')}</button>` : nothing}`;
    }
    const messages = this.conversation.messages;
    const current = this.#current >= 0 ? this.#current : messages.length - 1;
    const asked = messages.some((message) => message.from === 'visitor');
    return html`${header}
      <div part="log" class="log" role="log" aria-live="off" aria-label=${t('assistant.log')} @keydown=${this.#onLogKeydown}>
        ${messages.map((message, index) => this.#renderMessage(message, index, index === current))}
      </div>
      ${this.streaming === undefined
        ? nothing
        : html`<div class="bubble streaming" aria-hidden="true"><p class="text" dir="auto">${this.streaming || '…'}</p></div>`}
      <p class="visually-hidden" role="status" lang=${this.#noteLang ?? nothing}>${this.note}</p>
      ${asked ? nothing : this.#renderChips()}
      <form part="composer" class="composer" @submit=${this.#onSubmit}>
        <label for="input">${t('assistant.input')}</label>
        <div class="row">
          <input
            part="input"
            id="input"
            type="text"
            autocomplete="off"
            enterkeyhint="send"
            .value=${this.#draft}
            @input=${(event: InputEvent) => (this.#draft = (event.target as HTMLInputElement).value)}
            @keydown=${this.#onInputKeydown}
          />
          <button part="send" type="submit" class="send">${t('assistant.send')}</button>
        </div>
      </form>`;
  }

  #renderChips(): TemplateResult {
    const t = this.#locale.t;
    const frequent = this.#assistant!.source.faq.slice(0, FREQUENT);
    return html`<div part="chips" class="chips">
      ${frequent.length
        ? html`<div role="group" aria-labelledby="frequent" class="chip-group">
            <span id="frequent" class="chip-label">${t('assistant.frequent')}</span>
            ${frequent.map((entry) => this.#questionButton(entry))}
          </div>`
        : nothing}
      <div role="group" aria-labelledby="areas" class="chip-group">
        <span id="areas" class="chip-label">${t('assistant.areas')}</span>
        ${AREAS.map((area) => html`<button type="button" class="chip" @click=${() => this.#askArea(area)}>${t(`area.${area}`)}</button>`)}
      </div>
    </div>`;
  }

  /** A FAQ question as a button that asks it, in the page's language. */
  #questionButton(entry: FaqEntry): TemplateResult {
    const texts = entryTexts(entry, this.#locale.contentLanguage, this.#assistant!.feed.language);
    return html`<button type="button" class="chip" dir="auto" lang=${langAttribute(texts.questionLang, this.#locale.textLanguage) ?? nothing} @click=${() => this.#ask(texts.question, entry, texts.questionLang)}>
      ${texts.question}
    </button>`;
  }

  /**
   * The UI strings of a reply in `lang` (the visitor's language, or its answer's) and the `lang` to mark it with: that
   * language's once its strings are here (#ask waits for them), else the page's.
   */
  #stringsOf(lang: string | undefined): [t: LocaleController['t'], lang: string | undefined] {
    const strings = lang && langAttribute(lang, this.#locale.language) ? assistantStrings(lang) : undefined;
    const t = this.#locale.t;
    // (A conversation restored from the tab's storage may hold replies in a language whose strings have not come yet.)
    if (strings instanceof Promise) void strings.then(() => this.requestUpdate());
    // (A reply's own words have no parameters; anything else is the page's.)
    return strings && !(strings instanceof Promise) && Object.keys(strings).length
      ? [(key, params) => (!params && typeof strings[key] === 'string' ? (strings[key] as string) : t(key, params)), langAttribute(lang!, this.#locale.textLanguage)]
      : [t, undefined];
  }

  #renderMessage(message: Message, index: number, current: boolean): TemplateResult {
    const visitor = message.from === 'visitor';
    const [t, lang] = this.#stringsOf(visitor ? undefined : 'lang' in message ? message.lang : undefined);
    return html`<div part="message" class="msg ${message.from}" tabindex=${current ? 0 : -1} lang=${lang ?? nothing} @focus=${() => this.#focusedMessage(index)}>
      <span class="visually-hidden">${t(visitor ? 'assistant.you' : 'assistant.bot')}</span>
      ${visitor
        ? html`<p class="text" dir="auto" lang=${(message.lang && langAttribute(message.lang, this.#locale.textLanguage)) || nothing}>${message.text}</p>`
        : this.#renderAnswer(message, index, t)}
    </div>`;
  }

  #renderAnswer(message: AssistantMessage, index: number, t: LocaleController['t']): TemplateResult {
    const assistant = this.#assistant!;
    switch (message.kind) {
      case 'greeting':
      case 'hello':
      case 'welcome':
        return html`<p class="text">${t(`assistant.${message.kind}`)}</p>`;
      case 'answer': {
        const entry = assistant.byId.get(message.entry);
        if (!entry) return html`<p class="text">${t('assistant.gone')}</p>`;
        const texts = entryTexts(entry, message.lang, assistant.feed.language);
        // The feed's reader keeps only the links it resolved to https, http, mailto or tel (src/feed/faq.ts); each is
        // checked again where it becomes a link, as every element does, whatever reached it.
        const links = entry.links.map((link) => ({ ...link, href: resolveUrl(link.url) })).filter((link) => link.href);
        // (The feed's text, in whatever script: its direction from its first letters, as the visitor's.)
        return html`<p class="text" dir="auto" lang=${langAttribute(texts.lang, this.#locale.textLanguage) ?? nothing}>${texts.answer}</p>
          ${links.length
            ? html`<ul class="links" role="list" aria-label=${t('assistant.links')}>
                ${links.map((link) => html`<li><a href=${link.href!} dir="auto">${link.title || link.url}</a></li>`)}
              </ul>`
            : nothing}
          ${this.#renderFeedback(message.helpful, index, t)}`;
      }
      case 'unsure': {
        const suggestions = pick(assistant.byId, message.suggestions);
        return html`<p class="text">${t(suggestions.length ? 'assistant.unsure' : 'assistant.unsureNone')}</p>
          <div class="options">
            ${suggestions.map((entry) => this.#questionButton(entry))}
            <button type="button" class="chip person" @click=${() => this.#askPerson(message.lang)}>${t('assistant.askPerson')}</button>
          </div>`;
      }
      case 'handover':
        return this.#renderHelp(message.misses, t);
      case 'projects': {
        const place = message.place ? assistant.feed.councils.get(message.place) : undefined;
        const projects = pick(this.#projectsById(assistant.feed), message.projects);
        const count = projects.length;
        const intro = !count ? t('assistant.noProjects') : place ? t('assistant.projectsNear', { count, place: place.name }) : t('assistant.projects', { count });
        return html`<p class="text">${intro}</p>
          ${this.#renderProjects(projects, place)}`;
      }
      case 'area': {
        const entries = pick(assistant.byId, message.entries);
        const projects = pick(this.#projectsById(assistant.feed), message.projects);
        const area = t(`area.${message.area}`);
        return html`<p class="text">${t(entries.length || projects.length ? 'assistant.areaAnswer' : 'assistant.areaNone', { area })}</p>
          ${entries.length ? html`<div class="options">${entries.map((entry) => this.#questionButton(entry))}</div>` : nothing}
          ${this.#renderProjects(projects)}`;
      }
      default: {
        const cited = message.cited.map((i) => [i + 1, assistant.byId.get(message.sources[i] ?? '')] as const).filter(([, entry]) => entry);
        return html`<p class="text" dir="auto" lang=${langAttribute(message.lang, this.#locale.textLanguage) ?? nothing}>${message.text}</p>
          ${cited.length
            ? html`<div class="options" role="group" aria-label=${t('assistant.sources')}>
                <span class="chip-label" aria-hidden="true">${t('assistant.sources')}</span>
                ${cited.map(([n, entry]) => html`<span class="source" aria-hidden="true">[${n}]</span>${this.#questionButton(entry!)}`)}
              </div>`
            : nothing}
          <p class="note">${t('assistant.generated')}</p>
          ${this.#renderFeedback(message.helpful, index, t)}`;
      }
    }
  }

  /** "Was this helpful?" under an answer, and the thanks once the visitor has said. */
  #renderFeedback(chosen: boolean | undefined, index: number, t: LocaleController['t']): TemplateResult {
    return html`<div class="feedback" role="group" aria-label=${t('assistant.helpful')}>
        <span aria-hidden="true">${t('assistant.helpful')}</span>
        ${[true, false].map(
          (helpful) =>
            html`<button type="button" aria-pressed=${String(chosen === helpful)} @click=${() => this.#feedback(index, helpful)}>
              ${t(helpful ? 'assistant.yes' : 'assistant.no')}
            </button>`,
        )}
      </div>
      ${chosen === undefined ? nothing : html`<p class="note">${t('assistant.feedbackThanks')}</p>`}`;
  }

  /** The visitor picked "talk to a person" under a reply in `lang`: asked and answered in that language. */
  #askPerson(lang?: string) {
    const said = lang ? { lang } : {};
    this.#exchange({ from: 'visitor', text: this.#stringsOf(lang)[0]('assistant.askPerson'), ...said }, 0, { from: 'assistant', kind: 'handover', misses: false, ...said });
  }

  #renderProjects(projects: Project[], place?: Council): TemplateResult | typeof nothing {
    if (!projects.length) return nothing;
    const councils = this.#assistant!.feed.councils;
    const locale = this.#locale;
    return html`<ul class="projects" role="list">
      ${projects.map((project) => {
        const title = projectText(project, 'title', locale.contentLanguage, locale.language);
        // The feed's reader leaves out a project whose council the feed lacks, and resolves its `url` (http or https).
        const council = councils.get(project.council);
        if (!council) return nothing;
        const km = place ? formatDistance(greatCircleKm(place.location, council.location), locale.language) : undefined;
        const href = resolveHttpUrl(project.url);
        const name = html`<span lang=${langAttribute(title.lang, locale.textLanguage) ?? nothing}>${title.value}</span>`;
        return html`<li>
          ${href ? html`<a href=${href}>${name}</a>` : html`<strong>${name}</strong>`}
          <span class="meta">${km ? locale.t('assistant.projectMeta', { council: council.name, distance: km }) : council.name}</span>
        </li>`;
      })}
    </ul>`;
  }

  #renderHelp(misses: boolean, t: LocaleController['t']): TemplateResult {
    const help = this.#assistant!.source.help;
    const web = resolveUrl(help.url);
    // Each way to reach a person that the feed gives, with its link where it has one: a phone number that makes none is
    // shown as text. The reader has checked the email address and resolved the address (https, http, mailto or tel),
    // shown without a mailto: or tel: in front.
    const rows = (
      [
        ['phone', help.phone, help.phone && telUrl(help.phone)],
        ['email', help.email, help.email && mailtoUrl(help.email)],
        ['web', web && help.url?.replace(/^(?:mailto|tel):/i, ''), web],
        ['hours', help.hours],
        ['address', help.address],
      ] as const
    ).filter(([, value]) => value);
    if (!rows.length) return html`<p class="text">${t('assistant.noHelp')}</p>`;
    return html`<p class="text">${t(misses ? 'assistant.handoverMisses' : 'assistant.handover')}</p>
      <dl class="help">${rows.map(([key, value, href]) => html`<div><dt>${t(`assistant.${key}`)}</dt><dd>${href ? html`<a href=${href}>${value}</a>` : value}</dd></div>`)}</dl>`;
  }
}

if (notYetDefined('dc-assistant', DcAssistant)) customElements.define('dc-assistant', DcAssistant);

declare global {
  interface HTMLElementTagNameMap {
    'dc-assistant': DcAssistant;
  }
  interface HTMLElementEventMap {
    'dc-assistant-feedback': AssistantFeedbackEvent;
  }
  /** It bubbles out of shadow roots up to the document. */
  interface DocumentEventMap {
    'dc-assistant-feedback': AssistantFeedbackEvent;
  }
}
