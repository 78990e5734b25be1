import { yieldToMain } from '../feed/tasks.js';
import type { SearchIndex, SearchableCouncil, SearchableProject } from './engine.js';

export { yieldToMain, yieldToTasks } from '../feed/tasks.js';

/**
 * Indexes the projects the index does not have yet, in slices of about `sliceMs` milliseconds, yielding
 * to the event loop between slices, so that no task of the page runs long (a click or a keystroke
 * waits at most one slice). First every project's headlines (titles, councils, technologies:
 * then `onSearchable` is called, and searches find them), then their summaries and descriptions.
 * Rejects with the signal's reason when aborted.
 */
export async function indexProjects(
  index: SearchIndex,
  projects: readonly SearchableProject[],
  councils: ReadonlyMap<string, SearchableCouncil>,
  {
    sliceMs = 8,
    signal,
    onSearchable,
    pause = yieldToMain,
  }: { sliceMs?: number; signal?: AbortSignal; onSearchable?: () => void; pause?: () => Promise<void> } = {},
): Promise<void> {
  await inSlices(() => projects.length - index.size, (count) => index.addHeadlines(projects, councils, index.size, index.size + count), sliceMs, pause, signal);
  onSearchable?.();
  await inSlices(() => index.size - index.described, (count) => index.addDescriptions(projects, index.described, index.described + count), sliceMs, pause, signal);
}

/** Runs `work(count)` in batches until `left()` is 0, sizing batches to fill slices of `sliceMs`, pausing between slices. */
export async function inSlices(left: () => number, work: (count: number) => void, sliceMs: number, pause: () => Promise<void>, signal?: AbortSignal): Promise<void> {
  // Small at first: the first slice also pays for compiling the indexing code.
  let batch = 8;
  while (left() > 0) {
    signal?.throwIfAborted();
    const start = performance.now();
    const deadline = start + sliceMs;
    let done = 0;
    while (left() > 0 && performance.now() < deadline) {
      const count = Math.min(left(), batch);
      work(count);
      done += count;
    }
    const elapsed = performance.now() - start;
    if (elapsed > 0) batch = Math.max(4, Math.min(512, Math.round((done / elapsed) * sliceMs * 0.25)));
    if (left() > 0) await pause();
  }
}
