import { inSlices, yieldToMain } from '../feed/tasks.js';
import type { SearchIndex, SearchableCouncil, SearchableProject } from './engine.js';

export { inSlices, yieldToMain, yieldToTasks } from '../feed/tasks.js';

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
