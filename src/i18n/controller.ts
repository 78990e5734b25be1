import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogFor, hasCatalog, loadCatalog } from './catalog.js';
import { contextLanguage, uiLanguageFor } from './language.js';
import type { MessageKey, UiLanguage } from './messages.js';
import { translate } from './format.js';

type Host = ReactiveControllerHost & HTMLElement;

/*
 * One MutationObserver for every element on the page: a `lang` change anywhere in the light DOM
 * (typically a language switcher setting <html lang>) re-renders them all.
 */
const listeners = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(controller: LocaleController) {
  listeners.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LocaleController) {
  listeners.delete(controller);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Gives an element the language of the content around it (`contentLanguage`, used to pick
 * translations and to decide `lang` marking) and the UI catalog that fits it (`language`), and
 * re-renders the element when either changes.
 *
 * Catalogs are downloaded on demand, starting as soon as the host connects. Until the host's
 * catalog has arrived `ready` is false and the host shows no text (a loading skeleton at most);
 * `arrival` settles once it has arrived and the host has been asked to re-render, for the host's
 * `getUpdateComplete()` to wait on. When the language changes, the host keeps its current
 * language until the new catalog is there, then switches in one render.
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 tag in effect where the host sits. */
  contentLanguage = 'en';
  /** The catalog used for the host's own strings and formatting. */
  language: UiLanguage = 'en';

  readonly #host: Host;
  /** The tag last read from the page, which the host shows once its catalog is there. */
  #wanted = '';
  /** False until the first reading of the page: the defaults above are not a language anyone chose. */
  #applied = false;
  #pending?: Promise<void>;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** True once the catalog of `language` has arrived, so `t()` gives real strings. */
  get ready(): boolean {
    return this.#applied && catalogFor(this.language) !== undefined;
  }

  /** Settles (never rejects) once the catalog the host waits for has arrived and the host has been asked to update. */
  get arrival(): Promise<void> {
    return this.#pending ?? Promise.resolve();
  }

  hostConnected() {
    this.refresh();
    watch(this);
  }

  hostDisconnected() {
    unwatch(this);
  }

  /** A UI string in the host's language. Bound to the controller, so a render can keep it as `const t = locale.t`. */
  readonly t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.language, key, params);

  /** Reads the language again: when the host connects, and from the shared observer. */
  refresh() {
    const tag = contextLanguage(this.#host);
    const language = uiLanguageFor(tag);
    const arrived = hasCatalog(language);
    this.#wanted = tag;
    // Switch at once when the strings are here, or when the host shows no strings yet anyway.
    if (arrived || !this.ready) this.#apply(tag);
    this.#pending = arrived
      ? undefined
      : loadCatalog(language).then(
          () => {
            if (this.#wanted === tag) this.#apply(tag, true);
          },
          (error: unknown) => console.error(`[digicanvis] could not load the "${language}" UI strings`, error),
        );
  }

  #apply(tag: string, force = false) {
    const changed = tag !== this.contentLanguage || force;
    this.#applied = true;
    this.contentLanguage = tag;
    this.language = uiLanguageFor(tag);
    if (changed) this.#host.requestUpdate();
  }
}
