import { readAssistantData } from './faq.js';
import { readFeedPage } from './read.js';
import type { FeedProblem } from './types.js';

/**
 * Every problem of one feed document, for validators: what the browser would report for the projects and for
 * the assistant's FAQ and help, plus the document-level refusals (not a JSON Feed, a later major version).
 */
export function validateFeed(json: unknown, baseUrl?: string): FeedProblem[] {
  const result = readFeedPage(json, baseUrl ? { baseUrl } : {});
  return result.ok ? result.problems.concat(readAssistantData(result.feed).problems) : result.problems;
}
