export * from './types.js';
export { readFeedPage, parseFeedText, type PageResult, type ReadOptions } from './read.js';
export { resolveUrl, resolveHttpUrl } from './url.js';
export { mailtoUrl, telUrl } from './links.js';
export { FeedStore, feedStore, type FeedListener, type FeedStoreOptions } from './store.js';
export { FeedController, absoluteFeedUrl } from './controller.js';
export { feedUrlContext } from './context.js';
// Types only: the feed store fires `dc-feed-warning` on the elements that use a feed.
export type { FeedWarningDetail, FeedWarningEvent } from '../events.js';
