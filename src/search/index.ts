import type { Council, Project } from '../feed/types.js';
import type { SearchIndex } from './engine.js';

export { SearchIndex, EMPTY_RESULT, MAX_QUERY_LENGTH, oneEditAway, queryWords, type SearchResult } from './engine.js';
export { fold, tokenize, wordSpans, words } from './fold.js';
export { highlightRanges } from './highlight.js';

/** Gives the event loop a turn: input and rendering go first. Not throttled in the background like `setTimeout`. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Adds `projects[index.size…]` to the index in slices of about `sliceMs` milliseconds, yielding to
 * the event loop between slices, so that no task of the page runs long (a click or a keystroke waits
 * at most one slice). Rejects with the signal's reason when aborted.
 */
export async function indexProjects(
  index: SearchIndex,
  projects: readonly Project[],
  councils: ReadonlyMap<string, Council>,
  { sliceMs = 8, signal }: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  let batch = 64;
  while (index.size < projects.length) {
    signal?.throwIfAborted();
    const start = performance.now();
    const deadline = start + sliceMs;
    let done = 0;
    // Batches sized from the speed seen so far, checking the clock between them.
    while (index.size < projects.length && performance.now() < deadline) {
      const from = index.size;
      index.add(projects, councils, from, Math.min(projects.length, from + batch));
      done += index.size - from;
    }
    const elapsed = performance.now() - start;
    if (elapsed > 0) batch = Math.max(8, Math.min(2048, Math.round((done / elapsed) * sliceMs * 0.25)));
    if (index.size < projects.length) await yieldToMain();
  }
}
