import type en from './messages/en.js';

/**
 * The shape of the UI strings. Each language is its own module under `messages/`, downloaded only
 * when a page shows that language (see `catalog.ts`). English is the reference: every other
 * catalog is typed as `Messages`, so a key missing (or misspelt) in any language fails the type
 * check. This module only names types, so importing it costs nothing at run time.
 *
 * A string may hold `{name}` placeholders; a plural message is an object of `Intl.PluralRules`
 * categories, and its `{count}` is the formatted number.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type MessageKey = keyof typeof en;
export type Messages = { [K in MessageKey]: (typeof en)[K] extends Plural ? Plural : string };

export const UI_LANGUAGES = ['ca', 'es', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
