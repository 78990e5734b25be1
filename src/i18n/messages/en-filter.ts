import type { Plural } from '../messages.js';

/**
 * The English strings of `<dc-area-filter>` and of a list it drives, downloaded with the filter: the reference for
 * the other languages' `*-filter.ts`.
 */
const enFilter = {
  'filter.label': 'Find projects',
  'filter.search': 'Search projects',
  'filter.searchHint': 'Title, council, technology… Accents and one typo per word do not matter. Enter takes you to the results.',
  'filter.submit': 'Search',
  'filter.facets': 'Filters',
  'filter.showFilters': { one: 'Filters ({count} active)', other: 'Filters ({count} active)' } as Plural,
  'filter.showFiltersNone': 'Filters',
  'filter.area': 'Area',
  'filter.phase': 'Phase',
  'filter.kind': 'What changed',
  'filter.region': 'Place',
  'filter.kind.service': 'A service',
  'filter.kind.process': 'A process or procedure',
  'filter.kind.organization': 'The organization',
  'filter.allPlaces': 'Show all {count} places',
  'filter.fewerPlaces': 'Show fewer places',
  'filter.noMatches': 'no matches',
  'filter.active': 'Active filters',
  'filter.remove': 'Remove: {label}',
  'filter.query': 'Search: “{q}”',
  'filter.clear': 'Clear all',
  'filter.count': { one: '{count} project matches', other: '{count} projects match' } as Plural,
  'filter.countAll': { one: '{count} project', other: '{count} projects' } as Plural,
  'filter.indexing': 'Preparing the search…',
  'filter.loading': 'Loading projects…',
  'filter.none': 'No project matches. Try other words or fewer filters.',
  'summary.heading': 'What the matching projects add up to',
  'summary.byArea': 'Projects by area',
  'summary.byPhase': 'Projects by phase',
  'summary.savings': 'Savings they report',
  'summary.perYear': '{amount} per year',
  'summary.once': '{amount} one-off',
  'summary.reportedBy': { one: 'reported by {count} project', other: 'reported by {count} projects' } as Plural,
  'summary.noSavings': 'None of them reports savings.',
  'sort.relevance': 'Relevance',
  'list.noMatch': 'No project matches this search.',
  'list.clearFilters': 'Clear the search and filters',
};

export default enFilter;
