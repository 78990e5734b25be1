import type { Project } from '../../feed/types.js';
import { collator } from '../../i18n/index.js';

export const SORT_ORDERS = ['feed', 'newest', 'title', 'savings'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export function isSortOrder(value: unknown): value is SortOrder {
  return (SORT_ORDERS as readonly unknown[]).includes(value);
}

/** Milliseconds since the epoch, or -Infinity so that undated projects sort last in a descending order. */
export function time(date: string | undefined): number {
  const value = date ? Date.parse(date) : NaN;
  return Number.isNaN(value) ? -Infinity : value;
}

/**
 * Savings over a year, to compare projects whose savings are given per month, per year or once:
 * monthly savings count twelve times, one-off savings count once, as if they fell in one year.
 * Amounts are compared as numbers whatever their currency (feeds in practice use one currency).
 */
export function annualSavings(project: Project): number {
  const savings = project.savings;
  if (!savings) return -Infinity;
  return savings.period === 'month' ? savings.amount * 12 : savings.amount;
}

const descending = (a: number, b: number) => (a === b ? 0 : a > b ? -1 : 1);

/**
 * The projects in the given order; ties keep feed order. `titleOf` gives the title as the reader
 * sees it (translated or not) and `lang` the language to collate it in.
 */
export function sortProjects(
  projects: readonly Project[],
  order: SortOrder,
  titleOf: (project: Project) => string,
  lang: string,
): Project[] {
  const byFeed = (a: Project, b: Project) => a.index - b.index;
  const copy = [...projects];
  switch (order) {
    case 'newest':
      return copy.sort(
        (a, b) =>
          descending(time(a.datePublished), time(b.datePublished)) ||
          descending(time(a.started), time(b.started)) ||
          byFeed(a, b),
      );
    case 'title': {
      const compare = collator(lang).compare;
      const titles = new Map(copy.map((project) => [project, titleOf(project)]));
      return copy.sort((a, b) => compare(titles.get(a) ?? '', titles.get(b) ?? '') || byFeed(a, b));
    }
    case 'savings':
      return copy.sort((a, b) => descending(annualSavings(a), annualSavings(b)) || byFeed(a, b));
    default:
      return copy.sort(byFeed);
  }
}
