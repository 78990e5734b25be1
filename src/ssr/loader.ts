/**
 * The one-script loader on a server without a DOM (see ./elements.ts): there is no page to watch, so `discover` does
 * nothing and each element's loader gives its server stand-in.
 */
import type * as Loader from '../index.js';

export const discover: typeof Loader.discover = () => undefined;

const standIns = () => import('./elements.js');

export const elementLoaders: typeof Loader.elementLoaders = {
  'dc-observatory': standIns,
  'dc-project-list': standIns,
  'dc-project-card': standIns,
  'dc-area-filter': standIns,
  'dc-proximity-map': standIns,
  'dc-forum-thread': standIns,
  'dc-assistant': standIns,
};
