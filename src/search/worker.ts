/**
 * The search index in a worker of its own: the page posts the projects' texts as pages of the feed arrive (every
 * project's headlines first, then the summaries and descriptions) and asks queries; the index is built and searched here, on
 * another core, with its own memory, so that neither building it nor collecting its garbage holds up the page.
 * Same engine, same answers as in the page.
 */
import { inSlices, yieldToTasks } from './build.js';
import { SearchIndex, type SearchableCouncil, type SearchableProject } from './engine.js';
import type { FromWorker, ToWorker } from './protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

/** Slices longer than the page's (nobody waits on this thread but a query), behind the messages already queued. */
const SLICE_MS = 12;

const scope = globalThis as unknown as WorkerScope;
const index = new SearchIndex();
const projects: SearchableProject[] = [];
/** Projects whose descriptions have arrived. */
let describedArrived = 0;
const councils = new Map<string, SearchableCouncil>();
let building = false;

function progress(): void {
  scope.postMessage({ type: 'progress', size: index.size, described: index.described });
}

/** Indexes what has arrived, in slices, answering the queries that come meanwhile between two slices. */
async function build(): Promise<void> {
  if (building) return;
  building = true;
  try {
    while (index.size < projects.length || index.described < describedArrived) {
      if (index.size < projects.length) {
        await inSlices(() => projects.length - index.size, (count) => index.addHeadlines(projects, councils, index.size, index.size + count), SLICE_MS, yieldToTasks);
        progress();
      }
      // Descriptions until more headlines come: those go first.
      await inSlices(
        () => (index.size < projects.length ? 0 : describedArrived - index.described),
        (count) => index.addDescriptions(projects, index.described, index.described + count),
        SLICE_MS,
        yieldToTasks,
      );
    }
  } catch (error) {
    scope.postMessage({ type: 'failed', message: String(error) });
  } finally {
    building = false;
    progress();
  }
}

scope.onmessage = ({ data }) => {
  if (data.type === 'add') {
    for (const [id, name] of data.councils) councils.set(id, { name });
    for (const project of data.projects) projects.push(project);
  } else if (data.type === 'describe') {
    for (const { summary, contentText, contentHtml, i18n } of data.descriptions) {
      const project = projects[describedArrived++];
      if (!project) continue;
      if (summary) project.summary = summary;
      if (contentText) project.contentText = contentText;
      else if (contentHtml) project.contentHtml = contentHtml;
      for (const lang in i18n) Object.assign((project.i18n[lang] ??= {}), i18n[lang]);
    }
  } else if (data.type === 'search') {
    const { docs, scores, terms, words } = index.search(data.query);
    // Moved, not copied (an empty result shares its arrays: those are copied, at no cost).
    scope.postMessage({ type: 'result', id: data.id, docs, scores, terms: [...terms], words }, docs.length ? [docs.buffer, scores.buffer] : []);
    return;
  }
  scope.postMessage({ type: 'received' });
  void build();
};
