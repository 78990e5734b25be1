import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedUrlContext } from './context.js';
import { feedStore } from './store.js';
import type { FeedState } from './types.js';

const IDLE: FeedState = { url: '', status: 'idle', warnings: [], complete: false, loadingMore: false };

/** The feed URL in absolute form, resolved like a link of the page. */
export function absoluteFeedUrl(url: string): string | undefined {
  try {
    return new URL(url.trim(), document.baseURI).href;
  } catch {
    return undefined;
  }
}

/**
 * Gives an element the state of its feed and re-renders it on every change. The URL comes from the element
 * (`getUrl`, usually its `feed` attribute) or else from a `<dc-observatory>` around it.
 */
export class FeedController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly getUrl: () => string | null | undefined;
  private contextUrl: string | undefined;
  private subscribedUrl: string | undefined;
  private unsubscribe: (() => void) | undefined;
  private current: FeedState = IDLE;

  constructor(host: ReactiveControllerHost & HTMLElement, getUrl: () => string | null | undefined) {
    this.host = host;
    this.getUrl = getUrl;
    host.addController(this);
    new ContextConsumer(host, {
      context: feedUrlContext,
      subscribe: true,
      callback: (url) => {
        this.contextUrl = url;
        this.host.requestUpdate();
      },
    });
  }

  get state(): FeedState {
    return this.current;
  }

  /** The absolute URL in use, if any. */
  get url(): string | undefined {
    return this.subscribedUrl;
  }

  retry(): void {
    if (this.subscribedUrl) feedStore.retry(this.subscribedUrl);
  }

  refresh(): Promise<void> {
    return this.subscribedUrl ? feedStore.refresh(this.subscribedUrl) : Promise.resolve();
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedUrl = undefined;
  }

  private sync(): void {
    const own = this.getUrl();
    const url = own ? absoluteFeedUrl(own) : this.contextUrl;
    if (url === this.subscribedUrl && (this.unsubscribe || !url)) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedUrl = url;
    if (!url) {
      this.current = IDLE;
      return;
    }
    this.unsubscribe = feedStore.subscribe(
      url,
      (state) => {
        this.current = state;
        this.host.requestUpdate();
      },
      this.host,
    );
    this.current = feedStore.get(url);
  }
}
