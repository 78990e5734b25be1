import { SUPPORTED_MAJOR, type FeedError } from '../feed/types.js';
import { translate } from './format.js';
import type { UiLanguage } from './messages.js';

/** What a reader is told when a feed cannot be shown, by the error's code. */
export function describeFeedError(lang: UiLanguage, error: FeedError): string {
  switch (error.code) {
    case 'http':
      return translate(lang, 'error.http', { status: String(error.status ?? '') });
    case 'version-unsupported':
      return translate(lang, 'error.version-unsupported', {
        version: String(error.version ?? '?'),
        supported: String(SUPPORTED_MAJOR),
      });
    default:
      return translate(lang, `error.${error.code}`);
  }
}
