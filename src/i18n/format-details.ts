import { cached, numberFormat } from './format.js';
import { intlLocales } from './language.js';

/*
 * Formatting that only a card's details use: a module of its own, so it travels with the lazily loaded details
 * rather than with the code every element needs.
 */

/**
 * A calendar date. Date-only strings (`2024-03-01`) are read as UTC by `Date`, so they are also
 * formatted in UTC; otherwise the day could shift by one west of Greenwich.
 */
export function formatDate(iso: string, lang: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(
    `d|${lang}|${dateOnly}`,
    () => new Intl.DateTimeFormat(intlLocales(lang), { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }),
  ).format(date);
}

/** A file size in kilobytes or megabytes (decimal units, as the unit names say). */
export function formatFileSize(bytes: number, lang: string): string {
  const megabytes = bytes >= 1_000_000;
  const value = megabytes ? bytes / 1_000_000 : Math.max(bytes / 1000, 0.1);
  return numberFormat(lang, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** A duration such as "1 hr 4 min 12 sec", leaving out zero parts. */
export function formatDuration(totalSeconds: number, lang: string): string {
  const seconds = Math.round(totalSeconds);
  const parts: [number, 'hour' | 'minute' | 'second'][] = [
    [Math.floor(seconds / 3600), 'hour'],
    [Math.floor((seconds % 3600) / 60), 'minute'],
    [seconds % 60, 'second'],
  ];
  const shown = parts.filter(([value]) => value > 0);
  const list = shown.length ? shown : [parts[2]];
  return list
    .map(([value, unit]) => numberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' }).format(value))
    .join(' ');
}

/** "A, B and C" in the language's own way, in parts: the items (`element`) apart from the words between them. */
export function listParts(items: string[], lang: string): { type: 'element' | 'literal'; value: string }[] {
  return cached(`l|${lang}`, () => new Intl.ListFormat(intlLocales(lang), { type: 'conjunction' })).formatToParts(items);
}
