import { SUPPORTED_MAJOR, type FeedError } from '../feed/types.js';
import { catalogFor } from './catalog.js';
import type { LocaleController } from './controller.js';

/**
 * What a reader is told when a feed cannot be shown, by the error's code (each message uses the values it names); or
 * undefined while the message is on its way. The messages for a feed that could not be reached come with every page,
 * as they must show when nothing more can be downloaded; the others come with the `errors` strings, downloaded the
 * first time one is needed.
 */
export function describeFeedError(locale: LocaleController, error: FeedError): string | undefined {
  const key = `error.${error.code}` as const;
  // (When they cannot be downloaded either, the connection is the likeliest cause, and what comes with every page says so.)
  if (!catalogFor(locale.language)?.[key] && !locale.has('errors')) return locale.failed.has('errors') ? locale.t('error.network') : undefined;
  return locale.t(key, {
    status: String(error.status ?? ''),
    version: String(error.version ?? '?'),
    supported: String(SUPPORTED_MAJOR),
  });
}
