import type { Selection } from './types.js';
import { EMPTY_SELECTION, normalizeSelection } from './view.js';

/**
 * The selection in the page's query string, under a prefix (`dc-` by default) so that it never
 * clashes with the site's own parameters or with a second observatory on the page:
 * `?dc-q=xatbot&dc-area=citizen-care,social&dc-phase=pilot&dc-region=ES-GI&dc-sort=newest`.
 */
const KEYS = { q: 'q', areas: 'area', phases: 'phase', kinds: 'kind', regions: 'region', sort: 'sort' } as const;

export function readSelection(search: string, prefix: string): Selection {
  const params = new URLSearchParams(search);
  const list = (key: string) => (params.get(prefix + key) ?? '').split(',').filter(Boolean);
  const sort = params.get(prefix + KEYS.sort);
  return normalizeSelection({
    ...EMPTY_SELECTION,
    q: params.get(prefix + KEYS.q) ?? '',
    areas: list(KEYS.areas) as Selection['areas'],
    phases: list(KEYS.phases) as Selection['phases'],
    kinds: list(KEYS.kinds) as Selection['kinds'],
    regions: list(KEYS.regions),
    ...(sort ? { sort: sort as Selection['sort'] } : {}),
  });
}

/** The page's address with the selection in it (other parameters and the fragment untouched). */
export function withSelection(href: string, selection: Selection, prefix: string): string {
  const url = new URL(href);
  const set = (key: string, value: string) => (value ? url.searchParams.set(prefix + key, value) : url.searchParams.delete(prefix + key));
  set(KEYS.q, selection.q.trim());
  set(KEYS.areas, selection.areas.join(','));
  set(KEYS.phases, selection.phases.join(','));
  set(KEYS.kinds, selection.kinds.join(','));
  set(KEYS.regions, selection.regions.join(','));
  set(KEYS.sort, selection.sort ?? '');
  return url.href;
}
