export {
  SearchIndex,
  EMPTY_RESULT,
  MAX_QUERY_LENGTH,
  oneEditAway,
  queryWords,
  type SearchResult,
  type SearchableCouncil,
  type SearchableProject,
} from './engine.js';
export { RemoteIndex, WORKER_FROM } from './remote.js';
export { indexProjects, yieldToMain, yieldToTasks } from './build.js';
export { fold, tokenize, wordSpans, words } from './fold.js';
export { highlightRanges } from './highlight.js';
