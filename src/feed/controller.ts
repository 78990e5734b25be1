import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedUrlContext } from './context.js';
import { absoluteFeedUrl, feedStore } from './store.js';

export { absoluteFeedUrl };
import type { FeedState } from './types.js';

const IDLE: FeedState = { url: '', status: 'idle', warnings: [], complete: false, loadingMore: false };

/**
 * Gives an element the state of its feed and re-renders it on every change. The URL comes from the element
 * (`getUrl`, usually its `feed` attribute) or else from a `<dc-observatory>` around it, asked for with the
 * community context protocol (the request event that `@lit/context` providers answer).
 */
export class FeedController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #getUrl: () => string | null | undefined;
  #contextUrl: string | undefined;
  #leaveContext: (() => void) | undefined;
  #url: string | undefined;
  #unsubscribe: (() => void) | undefined;
  #state: FeedState = IDLE;

  constructor(host: ReactiveControllerHost & HTMLElement, getUrl: () => string | null | undefined) {
    this.#host = host;
    this.#getUrl = getUrl;
    host.addController(this);
  }

  get state(): FeedState {
    return this.#state;
  }

  /** The absolute URL in use, if any. */
  get url(): string | undefined {
    return this.#url;
  }

  retry(): void {
    if (this.#url) feedStore.retry(this.#url);
  }

  refresh(): Promise<void> {
    return this.#url ? feedStore.refresh(this.#url) : Promise.resolve();
  }

  hostConnected(): void {
    this.#ask();
    // No <dc-observatory> answered: its code may come later than this element's (the one-script bundle loads each
    // element's code when the page uses it, in any order). Its provider announces itself when it connects.
    if (!this.#leaveContext) document.addEventListener('context-provider', this.#onProvider);
    this.#sync();
  }

  #ask(): void {
    this.#host.dispatchEvent(
      new ContextEvent(
        feedUrlContext,
        this.#host,
        (url, leave) => {
          this.#contextUrl = url;
          this.#leaveContext = leave;
          this.#host.requestUpdate();
        },
        true,
      ),
    );
  }

  readonly #onProvider = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context !== feedUrlContext) return;
    this.#ask();
    if (this.#leaveContext) document.removeEventListener('context-provider', this.#onProvider);
  };

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    document.removeEventListener('context-provider', this.#onProvider);
    this.#leaveContext?.();
    this.#leaveContext = this.#contextUrl = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = this.#url = undefined;
  }

  #sync(): void {
    const own = this.#getUrl();
    const url = own ? absoluteFeedUrl(own) : this.#contextUrl;
    if (url === this.#url && (this.#unsubscribe || !url)) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#url = url;
    this.#state = url ? feedStore.get(url) : IDLE;
    if (url) {
      this.#unsubscribe = feedStore.subscribe(
        url,
        (state) => {
          this.#state = state;
          this.#host.requestUpdate();
        },
        this.#host,
      );
      this.#state = feedStore.get(url);
    }
  }
}
