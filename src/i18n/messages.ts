import type en from './messages/en.js';
import type enDetails from './messages/en-details.js';
import type enErrors from './messages/en-errors.js';
import type enFilter from './messages/en-filter.js';
import type enMap from './messages/en-map.js';
import type enForum from './messages/en-forum.js';
import type enAssistant from './messages/en-assistant.js';

/**
 * The shape of the UI strings. Each language comes in three modules under `messages/`, each downloaded only when a
 * page shows that language (see `catalog.ts`): the strings every element may show (`en.ts`), those of a card's details
 * (`en-details.ts`), downloaded with the details, and the messages of what can go wrong (`en-errors.ts`), downloaded
 * when an element first shows one. English is the reference: every other catalog is typed from it, so
 * a key missing (or misspelt) in any language fails the type check. This module only names types, so importing it
 * costs nothing at run time.
 *
 * A string may hold `{name}` placeholders; a plural message is an object of `Intl.PluralRules`
 * categories, and its `{count}` is the formatted number.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type Shape<Reference> = { [K in keyof Reference]: Reference[K] extends Plural ? Plural : string };

/** The strings every element may show. */
export type MainMessages = Shape<typeof en>;
/** The strings only a card's details show. */
export type DetailMessages = Shape<typeof enDetails>;
/** The messages shown only when something went wrong. */
export type ErrorMessages = Shape<typeof enErrors>;

/** The strings of `<dc-area-filter>` and of a list it drives. */
export type FilterMessages = Shape<typeof enFilter>;

/** The strings of `<dc-proximity-map>`. */
export type MapMessages = Shape<typeof enMap>;

/** The strings of `<dc-forum-thread>`. */
export type ForumMessages = Shape<typeof enForum>;

/** The strings of `<dc-assistant>`. */
export type AssistantMessages = Shape<typeof enAssistant>;

export type Messages = MainMessages & DetailMessages & ErrorMessages & FilterMessages & MapMessages & ForumMessages & AssistantMessages;
export type MessageKey = keyof Messages;

/** The parts a language's strings come in: `main` for every element, `details` for a card's details, `errors`. */
export type CatalogPart = 'main' | 'details' | 'errors' | 'filter' | 'map' | 'forum' | 'assistant';

/** Catalan, Spanish, English, Basque, Galician and Occitan (Aranese, the official form of Occitan in Catalonia). */
export const UI_LANGUAGES = ['ca', 'es', 'en', 'eu', 'gl', 'oc'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
