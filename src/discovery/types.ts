import type { AreaId, Phase, Project, ProjectKind } from '../feed/types.js';

/** The orders a discovery view can give its projects: `relevance` only means something with a query. */
export const VIEW_SORTS = ['relevance', 'feed', 'newest', 'title', 'savings'] as const;
export type ViewSort = (typeof VIEW_SORTS)[number];

/**
 * What a reader chose in a `<dc-area-filter>`: its search text and facets (OR inside a facet, AND
 * across them), and the order. An empty facet does not filter. `sort` left out means relevance with a
 * query and feed order without one.
 */
export interface Selection {
  q: string;
  areas: AreaId[];
  phases: Phase[];
  kinds: ProjectKind[];
  /** ISO 3166-2 province codes (`ES-B`) for Spanish councils with an INE code, ISO 3166-1 country codes for the rest. */
  regions: string[];
  sort?: ViewSort;
}

/**
 * The projects a selection leaves, as the list (and the map) show them. Lives in the filter's chunk; the
 * list only knows this shape, so that a page without a filter does not download the search.
 */
export interface DiscoveryViewLike {
  /** The matching projects, in the chosen order. */
  readonly projects: readonly Project[];
  /** The order in effect (`relevance` only with a query). */
  readonly sort: ViewSort;
  /** The orders on offer now: `relevance` joins when there is a query. */
  readonly sorts: readonly ViewSort[];
  /** Grows by one at each change of the selection (not when more of the feed arrives): a list then goes back to page 1. */
  readonly version: number;
  /** True while something filters the projects (a query or a facet). */
  readonly filtering: boolean;
  /** True while the projects are still those of an earlier query (a worker is answering the current one). */
  readonly searching?: boolean;
  /** The `[start, end)` ranges of a text to mark as matching the query (none without one). */
  highlight(text: string): [number, number][];
  setSort(sort: ViewSort): void;
  /** Clears the query and every facet. */
  clear(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Asked by a list (bubbling, composed) for the view of its feed; a filter that serves it calls `attach`. */
export interface ViewRequestDetail {
  /** The absolute feed URL the list shows. */
  url: string;
  attach(view: DiscoveryViewLike | undefined): void;
}

export const VIEW_REQUEST = 'dc-view-request';
/** Dispatched on `document` when a filter starts or stops serving a view: lists ask again. */
export const VIEW_ANNOUNCE = 'dc-view-announce';
