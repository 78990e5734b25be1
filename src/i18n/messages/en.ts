import type { Plural } from '../messages.js';

/**
 * The English UI strings that every element may show, and the reference catalog: with `en-details.ts` and
 * `en-errors.ts` its keys are the `MessageKey`s every other language must have. Plural messages are marked `as Plural` so their type is the
 * shape, not the English forms.
 */
const en = {
  'area.citizen-care': 'First line of citizen care',
  'area.services': 'Services and formalities',
  'area.social': 'Social services',
  'area.participation': 'Participation and open government',
  'area.management': 'Public planning and management',
  'area.transformation': 'Transformation and cultural change',

  'phase.label': 'Phase',
  'phase.prototype': 'Prototype',
  'phase.pilot': 'Pilot',
  'phase.implemented': 'Implemented',

  'card.council': 'Council',
  'savings.label': 'Savings',
  'savings.year': '{amount} per year',
  'savings.once': '{amount} one-off',
  'savings.month': '{amount} per month',
  'card.areas': 'Areas',
  'card.moreDetails': 'More details',
  'card.detailsFailed': 'The details could not be loaded.',
  'card.permalink': 'Link to this project',
  'card.discuss': 'Discuss it in the forum',
  'card.projectPage': 'Project page',
  'card.loading': 'Loading the project…',

  'list.loading': 'Loading projects…',
  'list.loadingMore': 'More projects are still loading.',
  'list.partial': 'Projects {from}–{to}, more loading…',
  'list.pageLabel': 'Page {page} of {pages}: projects {from}–{to}',
  'list.count': { one: '{count} project', other: '{count} projects' } as Plural,
  'list.range': { one: 'Showing {from}–{to} of {count} project', other: 'Showing {from}–{to} of {count} projects' } as Plural,
  'list.empty': 'This feed has no projects yet.',
  'sort.label': 'Sort by',
  'sort.feed': 'Default order',
  'sort.newest': 'Newest first',
  'sort.title': 'Title',
  'sort.savings': 'Largest savings',
  'list.pagination': 'Result pages',
  'list.previous': 'Previous',
  'list.next': 'Next',
  'list.pageOf': 'Page {page} of {pages}',

  'error.network': 'The feed could not be reached. Check your connection and try again.',
  'error.timeout': 'The feed took too long to answer.',
  'error.retry': 'Try again',
};

export default en;
