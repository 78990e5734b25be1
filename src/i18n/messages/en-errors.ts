import type { Plural } from '../messages.js';

/**
 * The English messages of what can go wrong (a feed that cannot be shown, a project not in it, items left out),
 * downloaded the first time an element shows one rather than with every element: the reference for the other
 * languages' `*-errors.ts`. A feed that cannot be reached at all is told with `error.network` and `error.timeout`,
 * which stay in `en.ts`: then nothing more could be downloaded.
 */
const enErrors = {
  'card.notFound': 'This project is not in the feed. It may have been removed or its link may be wrong.',
  'list.skipped': {
    one: '{count} project could not be shown (see the browser console).',
    other: '{count} projects could not be shown (see the browser console).',
  } as Plural,
  'list.cut': 'Not every page of the feed could be loaded: some projects may be missing (see the browser console).',
  'error.http': 'The feed address answered with error {status}.',
  'error.not-json': 'The address did not return a feed: its content is not valid JSON.',
  'error.html': 'The address returned a web page, not a feed.',
  'error.not-jsonfeed': 'The address returned JSON, but not a JSON Feed.',
  'error.not-digicanvis': 'This is a JSON Feed, but not a DigiCanvis feed of projects.',
  'error.version-unsupported':
    'This feed is version {version} and this widget reads version {supported}. Update the widget to show it.',
  'error.invalid': 'The feed does not follow the DigiCanvis format, so it cannot be shown.',
};

export default enErrors;
