import { SUPPORTED_MAJOR, type FeedError } from '../feed/types.js';
import { translate } from './format.js';
import type { UiLanguage } from './messages.js';

/** What a reader is told when a feed cannot be shown, by the error's code. Each message uses the values it names. */
export function describeFeedError(lang: UiLanguage, error: FeedError): string {
  return translate(lang, `error.${error.code}`, {
    status: String(error.status ?? ''),
    version: String(error.version ?? '?'),
    supported: String(SUPPORTED_MAJOR),
  });
}
