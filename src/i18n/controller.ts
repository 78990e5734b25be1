import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogFor, hasCatalog, loadCatalog, useCatalogPart } from './catalog.js';
import { contextLanguage, primarySubtag, uiLanguageFor } from './language.js';
import type { CatalogPart, MessageKey, UiLanguage } from './messages.js';
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
 * translations), the UI catalog that fits it (`language`) and the `lang` marking that follows
 * (`uiLang`, `textLanguage`), and re-renders the element when they change.
 *
 * Catalogs are downloaded on demand, starting as soon as the host connects. Until the host's
 * catalog has arrived `ready` is false and the host shows no text (a loading skeleton at most);
 * the host's `getUpdateComplete()` waits for it with `settled()`. When the language changes, the
 * host keeps its current language until the new catalog is there, then switches in one render.
 * Strings a host shows only sometimes (error messages) come with `has(part)`, which downloads them
 * when first asked for.
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 tag in effect where the host sits. */
  contentLanguage = 'en';
  /** The catalog used for the host's own strings and formatting. */
  language: UiLanguage = 'en';
  /**
   * The `lang` for the host's outer wrapper: `language`, where it is not the language of the content around the host
   * (a Basque page gets Spanish strings), so screen readers read the strings with the right voice; else undefined.
   */
  uiLang?: UiLanguage;
  /** The language of the host's wrapper: feed text in any other gets a `lang` of its own. */
  textLanguage = 'en';

  readonly #host: Host;
  /** The tag last read from the page, which the host shows once its catalog is there. */
  #wanted = '';
  /** False until the first reading of the page: the defaults above are not a language anyone chose. */
  #applied = false;
  /** The downloads the host waits for; replaced by each new one, so `settled()` can tell when another has started. */
  #pending?: Promise<unknown>;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** True once the catalog of `language` has arrived, so `t()` gives real strings. */
  get ready(): boolean {
    return this.#applied && catalogFor(this.language) !== undefined;
  }

  /**
   * For the host's `getUpdateComplete()`: runs `update` (Lit's) once the strings the host waits for have arrived and
   * the host has been asked to update, and again as long as a render has asked for more (`has()`). Never rejects
   * because of the strings.
   */
  async settled<T>(update: () => Promise<T>): Promise<T> {
    let pending;
    let result;
    do {
      pending = this.#pending;
      await pending;
      result = await update();
    } while (pending !== this.#pending);
    return result;
  }

  /**
   * True once `part` of the host's strings has arrived. Until then, downloads it (one request however many renders
   * ask) and re-renders the host when it has arrived. A failed download is logged, and tried again when a later
   * render asks.
   */
  has(part: CatalogPart): boolean {
    const language = this.language;
    if (catalogFor(language, part)) return true;
    this.#pending = Promise.all([
      this.#pending,
      useCatalogPart(part, language).then(
        () => this.#host.requestUpdate(),
        (error: unknown) => {
          console.error(`[digicanvis] could not load the "${language}/${part}" UI strings`, error);
          // Once, so that the host can say what it can without them (a render asking again does not loop); and again
          // when the browser is back online, to ask for them then.
          if (!this.failed.has(part)) {
            this.#host.requestUpdate();
            addEventListener('online', () => (this.failed.delete(part), this.#host.requestUpdate()), { once: true });
          }
          this.failed.add(part);
        },
      ),
    ]);
    return false;
  }

  /** The parts of the host's strings whose last download failed (see `has()`). */
  readonly failed = new Set<CatalogPart>();

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
    if (!arrived)
      this.#pending = loadCatalog(language).then(
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
    this.uiLang = primarySubtag(tag) === this.language ? undefined : this.language;
    this.textLanguage = this.uiLang ?? tag;
    if (changed) this.#host.requestUpdate();
  }
}
