import type { FeedProblem } from './feed/types.js';

export interface FeedWarningDetail {
  /** The feed the problem was found in. */
  feedUrl: string;
  /** The document the path is in: `feedUrl`, or one of its further pages (`next_url`). */
  pageUrl: string;
  /** The item (project, FAQ entry) concerned, when there is one. */
  itemId?: string;
  /** JSON path of the faulty value, such as `$.items[3]._digicanvis.phase`. */
  path: string;
  /** What was wrong, in English. */
  reason: string;
  severity: FeedProblem['severity'];
  /** True when the whole item was left out. */
  skipped: boolean;
}

/**
 * Fired once per problem found in a feed (an item skipped, a field dropped, a page that failed to load).
 * It bubbles out of the element's shadow root up to the document, so one listener on `document` hears every element.
 */
export class FeedWarningEvent extends CustomEvent<FeedWarningDetail> {
  static readonly eventName = 'dc-feed-warning';

  constructor(detail: FeedWarningDetail) {
    super(FeedWarningEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

// Types for `addEventListener('dc-feed-warning', (e) => e.detail…)` on any element and on `document`. Every entry's
// declarations reach this file (each element's module re-exports these two types), so importing an element, or the
// one-script loader, is enough for TypeScript to know the event.
declare global {
  interface HTMLElementEventMap {
    'dc-feed-warning': FeedWarningEvent;
  }
  interface DocumentEventMap {
    'dc-feed-warning': FeedWarningEvent;
  }
}
