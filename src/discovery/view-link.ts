import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VIEW_ANNOUNCE, VIEW_REQUEST, type DiscoveryViewLike, type ViewRequestDetail } from './types.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Links an element that shows projects (a list, a map) to the `<dc-area-filter>` view of its feed: asks the page's
 * filters for it once the element knows its feed's URL, again when that URL changes or a filter comes or goes, and
 * re-renders the element whenever the view changes. Lives in the core with the list, so that a page without a filter
 * does not download the search.
 */
export class ViewLink implements ReactiveController {
  /** The view of a filter that drives the host, if one does. */
  view?: DiscoveryViewLike | undefined;

  readonly #host: Host;
  readonly #getUrl: () => string | undefined;
  readonly #onAttach: ((view: DiscoveryViewLike | undefined) => void) | undefined;
  /** The feed URL the host last asked a view for. */
  #url?: string | undefined;
  #unsubscribe?: (() => void) | undefined;

  /** `onAttach` runs when a view arrives or goes, before the host renders it. */
  constructor(host: Host, getUrl: () => string | undefined, onAttach?: (view: DiscoveryViewLike | undefined) => void) {
    this.#host = host;
    this.#getUrl = getUrl;
    this.#onAttach = onAttach;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener(VIEW_ANNOUNCE, this.#request);
  }

  hostDisconnected(): void {
    document.removeEventListener(VIEW_ANNOUNCE, this.#request);
    this.#attach(undefined);
    this.#url = undefined;
  }

  /** After the update, when a feed controller has read its URL (it does so after the host's willUpdate). */
  hostUpdated(): void {
    if (this.#getUrl() !== this.#url) this.#request();
  }

  readonly #request = () => {
    const url = (this.#url = this.#getUrl());
    if (!url) return this.#attach(undefined);
    const detail: ViewRequestDetail = { url, attach: (view) => this.#attach(view) };
    this.#host.dispatchEvent(new CustomEvent(VIEW_REQUEST, { detail, bubbles: true, composed: true }));
  };

  #attach(view: DiscoveryViewLike | undefined): void {
    if (view === this.view) return;
    this.#unsubscribe?.();
    this.view = view;
    this.#unsubscribe = view?.subscribe(() => this.#host.requestUpdate());
    this.#onAttach?.(view);
    this.#host.requestUpdate();
  }
}
