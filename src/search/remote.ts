import { yieldToMain } from './build.js';
import type { SearchResult, SearchableCouncil, SearchableProject } from './engine.js';
import type { FromWorker, ProjectDescription, ToWorker } from './protocol.js';

/**
 * From this many projects, or for a feed that comes in `next_url` pages (its size unknown), the elements build and
 * search the index in a worker, when the page allows one: at 100,000 projects the page's garbage collector, walking
 * the feed and an index in one heap, pauses for longer than a frame now and then, and the build is seconds of work.
 * Below, the page indexes in slices of a few milliseconds (searchable sooner: nothing to copy), answers at once, and
 * downloads no worker.
 */
export const WORKER_FROM = 25_000;

/**
 * Projects per message. Posting one copies its texts in a task of the page: at 250 a message that task and the
 * collections it caused held a 100k page for up to 49 ms; at 100, 30–34 ms, and the worker is done sooner too.
 */
const BATCH = 100;
/**
 * Messages sent and not yet taken in by the worker, at most: a page that posted a 100,000-project feed at once would
 * pile up a gigabyte of copies in the message queue, and its garbage collector would pause the page for it.
 */
const IN_FLIGHT = 2;

/**
 * The page's end of the search worker: sends the projects' texts in batches (one per task, so the page stays
 * responsive while a large feed pours in; every project's headlines first, then the descriptions), and answers `search()` with what the worker found. `size` and
 * `described` follow the worker's progress (`onProgress` is called on each step). When the worker cannot run
 * (a page whose security policy forbids workers, a script served from another origin) or fails, `onFail` is
 * called once and every pending search rejects: the caller then indexes in the page instead.
 */
export class RemoteIndex {
  /** Projects searchable by title, council, technologies and summary. */
  size = 0;
  /** Projects searchable by their descriptions too. */
  described = 0;
  onProgress?: () => void;
  onFail?: (error: Error) => void;

  readonly #worker: Worker;
  /** Projects whose headlines, and whose descriptions, are posted to the worker. */
  #sent = 0;
  #descriptionsSent = 0;
  /** Messages of projects posted and not yet taken in by the worker. */
  #inFlight = 0;
  #receivedWaiters: (() => void)[] = [];
  #projects: readonly SearchableProject[] = [];
  #councils: ReadonlyMap<string, SearchableCouncil> = new Map();
  readonly #councilsSent = new Set<string>();
  #sending = false;
  #nextId = 1;
  readonly #asked = new Map<number, { resolve: (result: SearchResult) => void; reject: (error: Error) => void }>();
  #idle: (() => void)[] = [];
  #failed?: Error;

  /** Starts the worker; undefined when the page may not (the constructor throws for a script of another origin). */
  static start(): RemoteIndex | undefined {
    if (typeof Worker !== 'function') return undefined;
    try {
      return new RemoteIndex(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'digicanvis-search' }));
    } catch {
      return undefined;
    }
  }

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => this.#receive(data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.#fail(new Error(`The search worker stopped: ${event.message || 'it could not load'}`));
    };
    worker.onmessageerror = () => this.#fail(new Error('The search worker sent a message that could not be read'));
  }

  get failed(): boolean {
    return this.#failed !== undefined;
  }

  /** True when every project handed over is searchable, descriptions included. */
  get idle(): boolean {
    return !this.#sending && this.#sent === this.#projects.length && this.#descriptionsSent === this.#sent && this.described === this.#sent;
  }

  /** Hands over the projects not sent yet (`projects` grows as pages arrive: pass the latest array). */
  add(projects: readonly SearchableProject[], councils: ReadonlyMap<string, SearchableCouncil>): void {
    this.#projects = projects;
    this.#councils = councils;
    if (!this.#sending && !this.#failed) void this.#send();
  }

  /** The projects matching `query`, best first, as the worker's index stands when it reads the question. */
  search(query: string): Promise<SearchResult> {
    if (this.#failed) return Promise.reject(this.#failed);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#asked.set(id, { resolve, reject });
      this.#post({ type: 'search', id, query });
    });
  }

  /** Resolves once every project handed over is searchable (at once when it is), or the worker has failed. */
  whenIdle(): Promise<void> {
    if (this.idle || this.#failed) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Stops the worker: its memory goes, and pending searches reject. */
  terminate(): void {
    this.#worker.terminate();
    this.#fail(new Error('The search worker was stopped'), false);
  }

  async #send(): Promise<void> {
    this.#sending = true;
    try {
      // New pages' headlines go before the descriptions still to send (the array grows as pages arrive).
      while ((this.#sent < this.#projects.length || this.#descriptionsSent < this.#sent) && !this.#failed) {
        if (this.#sent < this.#projects.length) {
          const from = this.#sent;
          const to = Math.min(this.#projects.length, from + BATCH);
          const projects = this.#projects.slice(from, to).map(headlines);
          const councils: [string, string][] = [];
          for (const project of projects) {
            if (this.#councilsSent.has(project.council)) continue;
            this.#councilsSent.add(project.council);
            const council = this.#councils.get(project.council);
            if (council) councils.push([project.council, council.name]);
          }
          this.#post({ type: 'add', projects, councils });
          this.#sent = to;
        } else {
          const from = this.#descriptionsSent;
          const to = Math.min(this.#sent, from + BATCH);
          this.#post({ type: 'describe', descriptions: this.#projects.slice(from, to).map(description) });
          this.#descriptionsSent = to;
        }
        this.#inFlight++;
        await yieldToMain();
        while (this.#inFlight >= IN_FLIGHT && !this.#failed) await new Promise<void>((resolve) => this.#receivedWaiters.push(resolve));
      }
    } finally {
      this.#sending = false;
      // The worker may have finished before this loop noticed it had sent the last batch.
      this.#settle();
    }
  }

  #post(message: ToWorker): void {
    try {
      this.#worker.postMessage(message);
    } catch (error) {
      this.#fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  #receive(message: FromWorker): void {
    if (this.#failed) return;
    if (message.type === 'result') {
      const asked = this.#asked.get(message.id);
      this.#asked.delete(message.id);
      asked?.resolve({ docs: message.docs, scores: message.scores, terms: new Set(message.terms), words: message.words });
    } else if (message.type === 'received') {
      this.#inFlight--;
      for (const resolve of this.#receivedWaiters.splice(0)) resolve();
    } else if (message.type === 'progress') {
      // A batch sent after this report may already be on its way: only the posted count is final.
      this.size = Math.min(message.size, this.#sent);
      this.described = Math.min(message.described, this.#sent);
      this.onProgress?.();
      this.#settle();
    } else if (message.type === 'failed') this.#fail(new Error(message.message));
  }

  #settle(): void {
    if (this.idle) for (const resolve of this.#idle.splice(0)) resolve();
  }

  #fail(error: Error, tell = true): void {
    if (this.#failed) return;
    this.#failed = error;
    this.#worker.onmessage = null;
    for (const { reject } of this.#asked.values()) reject(error);
    this.#asked.clear();
    for (const resolve of [...this.#idle.splice(0), ...this.#receivedWaiters.splice(0)]) resolve();
    if (tell) this.onFail?.(error);
  }
}

/** A project's headline texts and nothing else: what the worker's first pass reads, and less to copy. */
function headlines(project: SearchableProject): SearchableProject {
  const i18n: SearchableProject['i18n'] = {};
  for (const lang in project.i18n) {
    const title = project.i18n[lang]?.title;
    i18n[lang] = title ? { title } : {};
  }
  const { title, council, technologies, methodologies, tools, tags } = project;
  return { title, council, technologies, methodologies, tools, tags, i18n };
}

/** A project's summary and description, in its language and its translations. */
function description(project: SearchableProject): ProjectDescription {
  const { summary, contentText, contentHtml } = project;
  const i18n: NonNullable<ProjectDescription['i18n']> = {};
  let translated = false;
  for (const lang in project.i18n) {
    const { summary: translatedSummary, content_text } = project.i18n[lang] ?? {};
    if (!translatedSummary && !content_text) continue;
    i18n[lang] = { ...(translatedSummary ? { summary: translatedSummary } : {}), ...(content_text ? { content_text } : {}) };
    translated = true;
  }
  return {
    ...(summary ? { summary } : {}),
    ...(contentText ? { contentText } : contentHtml ? { contentHtml } : {}),
    ...(translated ? { i18n } : {}),
  };
}
