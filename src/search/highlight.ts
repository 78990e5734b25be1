import { wordSpans } from './fold.js';

/**
 * The parts of `text` to mark as matching a search: the words whose folded form is one of `terms`
 * (the indexed words a query matched), as `[start, end)` offsets into `text`, in order. The caller
 * renders them as text inside `<mark>`: nothing here produces HTML.
 */
export function highlightRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  if (!terms.size || !text) return [];
  const ranges: [number, number][] = [];
  for (const span of wordSpans(text)) if (terms.has(span.word)) ranges.push([span.start, span.end]);
  return ranges;
}
