import { catalogFor } from './catalog.js';
import { intlLocales } from './language.js';
import type { MessageKey, Plural, UiLanguage } from './messages.js';

type Params = Record<string, string | number>;

/* Intl constructors are slow next to the calls: keep one per language and options. */
const cache = new Map<string, unknown>();
export function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocales(lang), options));
}

function pluralRules(lang: string): Intl.PluralRules {
  return cached(`p|${lang}`, () => new Intl.PluralRules(intlLocales(lang)));
}

export function collator(lang: string): Intl.Collator {
  return cached(`c|${lang}`, () => new Intl.Collator(intlLocales(lang), { sensitivity: 'base', numeric: true }));
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
 * language; a plural message picks its form from `params.count`. The part of the catalog that
 * holds `key` must have arrived (`loadCatalog`, `useCatalogPart`); until then this gives the key,
 * which elements never show because they wait for their strings before rendering text.
 */
export function translate(lang: UiLanguage, key: MessageKey, params: Params = {}): string {
  const message: string | Plural | undefined = catalogFor(lang)?.[key];
  if (!message) return key;
  if (typeof message === 'string') return interpolate(message, params, lang);
  const count = Number(params.count ?? 0);
  const form = message[pluralRules(lang).select(count)] ?? message.other;
  return interpolate(form, params, lang);
}

export function formatCurrency(amount: number, currency: string, lang: string): string {
  try {
    return numberFormat(lang, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' }).format(amount);
  } catch {
    // An unknown currency code must not break the card: show the amount and the code as given.
    return `${numberFormat(lang).format(amount)} ${currency}`;
  }
}
