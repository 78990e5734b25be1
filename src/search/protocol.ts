import type { SearchableProject } from './engine.js';

/** Messages between the page and the search worker (`worker.ts`). */

/** A project's summary and description, in its language and its translations: sent after every project's headlines, so that all are searchable sooner. */
export type ProjectDescription = Pick<SearchableProject, 'summary' | 'contentText' | 'contentHtml'> & { i18n?: Record<string, { summary?: string; content_text?: string }> };

/** Page → worker. */
export type ToWorker =
  /** More projects (their headlines), in feed order, and the names of the councils they name that the worker has not had yet. */
  | { type: 'add'; projects: SearchableProject[]; councils: [id: string, name: string][] }
  /** The summaries and descriptions of the next projects, in the same order. */
  | { type: 'describe'; descriptions: ProjectDescription[] }
  | { type: 'search'; id: number; query: string };

/** Worker → page. */
export type FromWorker =
  /** How far the index is: searchable by headlines (`size`), descriptions too (`described`). */
  | { type: 'progress'; size: number; described: number }
  /** A message of projects or descriptions has been taken in (the page sends more only then: they wait in its memory, not in the queue). */
  | { type: 'received' }
  | { type: 'result'; id: number; docs: Int32Array; scores: Float64Array; terms: string[]; words: string[] }
  /** The worker could not do what was asked (it goes on; the page may fall back to its own index). */
  | { type: 'failed'; message: string };
