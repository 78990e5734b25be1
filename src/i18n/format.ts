import { catalogFor } from './catalog.js';
import type { MessageKey, Plural, UiLanguage } from './messages.js';

type Params = Record<string, string | number>;

/* Intl constructors are slow next to the calls: keep one per language and options. */
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options));
}

function pluralRules(lang: string): Intl.PluralRules {
  return cached(`p|${lang}`, () => new Intl.PluralRules(lang));
}

export function collator(lang: string): Intl.Collator {
  return cached(`c|${lang}`, () => new Intl.Collator(lang, { sensitivity: 'base', numeric: true }));
}

function interpolate(template: string, params: Params, lang: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(lang).format(value) : value;
  });
}

/**
 * A UI string in `lang`, with its `{placeholders}` filled in. Numbers are formatted for the
 * language; a plural message picks its form from `params.count`. The catalog must have arrived
 * (`loadCatalog`); until then this gives the key, which elements never show because they wait for
 * their catalog before rendering text.
 */
export function translate(lang: UiLanguage, key: MessageKey, params: Params = {}): string {
  const catalog = catalogFor(lang);
  if (!catalog) return key;
  const message: string | Plural = catalog[key];
  if (typeof message === 'string') return interpolate(message, params, lang);
  const count = Number(params.count ?? 0);
  const form = message[pluralRules(lang).select(count)] ?? message.other;
  return interpolate(form, params, lang);
}

export function formatCurrency(amount: number, currency: string, lang: string): string {
  try {
    const whole = Number.isInteger(amount);
    return numberFormat(lang, {
      style: 'currency',
      currency,
      maximumFractionDigits: whole ? 0 : 2,
      minimumFractionDigits: whole ? 0 : 2,
    }).format(amount);
  } catch {
    // An unknown currency code must not break the card: show the amount and the code as given.
    return `${numberFormat(lang).format(amount)} ${currency}`;
  }
}

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
    () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }),
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

/** "A, B and C" in the language's own way. */
export function formatList(items: string[], lang: string): string {
  return cached(`l|${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(items);
}
