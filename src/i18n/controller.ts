import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 tag in effect where the host sits. */
  contentLanguage = 'en';
  /** The catalog used for the host's own strings and formatting. */
  language: UiLanguage = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected() {
    this.read();
    watch(this);
  }

  hostDisconnected() {
    unwatch(this);
  }

  /** Reads the language again; called by the shared observer. */
  refresh() {
    const before = this.contentLanguage;
    this.read();
    if (before !== this.contentLanguage) this.host.requestUpdate();
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this.language, key, params);
  }

  private read() {
    this.contentLanguage = contextLanguage(this.host);
    this.language = uiLanguageFor(this.contentLanguage);
  }
}
