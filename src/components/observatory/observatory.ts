import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { feedUrlContext } from '../../feed/context.js';
import { absoluteFeedUrl } from '../../feed/controller.js';
import { feedStore } from '../../feed/store.js';
import { notYetDefined } from '../../define.js';

// Types only (erased from the build): with them, this element's declarations bring the typed `dc-feed-warning` of
// src/events.ts to `addEventListener`, and a page can import them from the element's entry.
export type { FeedWarningDetail, FeedWarningEvent } from '../../events.js';

/**
 * Gives one feed to every DigiCanvis element inside it, so the feed URL is written once. Elements inside that set
 * their own `feed` keep it. It starts loading the feed at once, before the elements inside are defined.
 *
 * @summary Shares one feed with the DigiCanvis elements placed inside it.
 * @slot - Any content, including DigiCanvis elements, laid out by the page.
 */
export class DcObservatory extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // Static properties rather than decorators, as in the other elements: the decorators' helpers cost bytes.
  static override properties = { feed: {} };

  /** URL of the DigiCanvis feed (JSON Feed 1.1), relative to the page or absolute. */
  feed = '';

  private readonly provider = new ContextProvider(this, { context: feedUrlContext, initialValue: undefined });
  private release: (() => void) | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release?.();
    this.release = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hold(this.provider.value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed')) {
      const url = this.feed ? absoluteFeedUrl(this.feed) : undefined;
      this.provider.setValue(url);
      this.hold(url);
    }
  }

  /** Keeps the feed loading while the observatory is on the page, even before any element inside is defined. */
  private hold(url: string | undefined): void {
    this.release?.();
    this.release = url && this.isConnected ? feedStore.subscribe(url, () => undefined, this) : undefined;
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

if (notYetDefined('dc-observatory', DcObservatory)) customElements.define('dc-observatory', DcObservatory);

declare global {
  interface HTMLElementTagNameMap {
    'dc-observatory': DcObservatory;
  }
}
