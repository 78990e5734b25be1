/** The six areas of the observatory (fixed ids, labels live in src/i18n). */
export const AREAS = [
  'citizen-care',
  'services',
  'social',
  'participation',
  'management',
  'transformation',
] as const;
export type AreaId = (typeof AREAS)[number];

export const PHASES = ['prototype', 'pilot', 'implemented'] as const;
export type Phase = (typeof PHASES)[number];

export const PROJECT_KINDS = ['service', 'process', 'organization'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const COUNCIL_KINDS = ['municipality', 'county', 'province', 'region', 'consortium', 'other'] as const;
export type CouncilKind = (typeof COUNCIL_KINDS)[number];

export const SAVINGS_PERIODS = ['once', 'year', 'month'] as const;
export type SavingsPeriod = (typeof SAVINGS_PERIODS)[number];

/** The contract's major version this code reads. */
export const SUPPORTED_MAJOR = 1;
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Council {
  id: string;
  name: string;
  kind: CouncilKind;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  population?: number;
  location: GeoPoint;
  url?: string;
}

export interface Contact {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
  url?: string;
}

export interface Savings {
  amount: number;
  currency: string;
  period: SavingsPeriod;
  note?: string;
}

export interface Attachment {
  url: string;
  mimeType: string;
  title?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
}

export interface Author {
  name?: string;
  url?: string;
}

/** The translatable texts of a project, as in `_digicanvis.i18n[lang]`. */
export interface ProjectTexts {
  title?: string;
  summary?: string;
  content_text?: string;
  value?: string;
  barriers?: string[];
  benefits?: string[];
}

/** A project (a feed item), validated and normalized. Optional strings are absent, never empty. */
export interface Project {
  id: string;
  url?: string;
  title: string;
  summary?: string;
  contentText?: string;
  /** Untrusted HTML: only ever shown through src/sanitize. */
  contentHtml?: string;
  /** What relative links in `contentHtml` resolve against when the project has no `url`: the URL of the feed page it came from. */
  contentBase?: string;
  image?: string;
  datePublished?: string;
  dateModified?: string;
  tags: string[];
  /** BCP 47 language of the item's own texts (item `language`, else the feed's). */
  language: string;
  authors: Author[];
  attachments: Attachment[];
  council: string;
  partners: string[];
  contacts: Contact[];
  value?: string;
  savings?: Savings;
  barriers: string[];
  benefits: string[];
  technologies: string[];
  methodologies: string[];
  tools: string[];
  areas: AreaId[];
  kind: ProjectKind;
  phase: Phase;
  started?: string;
  visits: boolean;
  thread?: string;
  /** Translations keyed by lower-case BCP 47 tag. */
  i18n: Record<string, ProjectTexts>;
  /** Position in the feed (over all pages), for a stable "feed order". */
  index: number;
}

export interface FaqLink {
  title?: string;
  url: string;
}

export interface FaqTexts {
  question?: string;
  answer?: string;
  alternatives?: string[];
}

export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
  alternatives: string[];
  keywords: string[];
  links: FaqLink[];
  areas: AreaId[];
  i18n: Record<string, FaqTexts>;
}

export interface Help {
  phone?: string;
  email?: string;
  url?: string;
  hours?: string;
  address?: string;
}

/** A whole feed (all pages loaded so far), validated and normalized. */
export interface Feed {
  title: string;
  language: string;
  homePageUrl?: string;
  feedUrl?: string;
  description?: string;
  icon?: string;
  /** Major version of the `_digicanvis` contract. */
  version: number;
  councils: Map<string, Council>;
  projects: Project[];
  /**
   * The assistant's `_digicanvis.faq` and `help` of each page as they came, with the URL they resolve against:
   * read them with `readAssistantData(feed)` from ./faq.ts.
   */
  assistant: { faq: unknown; help: unknown; base: string }[];
  forum?: { api: string };
}

/** One thing wrong with a feed, located by a JSON path such as `$.items[3]._digicanvis.phase`. */
export interface FeedProblem {
  path: string;
  message: string;
  /** The item's id, when the problem is inside an item that has one. */
  itemId?: string;
  /** `error`: breaks the contract (a validator fails); `warning`: allowed, but probably not what the publisher meant. */
  severity: 'error' | 'warning';
  /** True when the reader left the whole item (or council, FAQ entry) out because of this problem. */
  skipped?: boolean;
  /** The further page (`next_url`) the path is in, when it is not the feed's first. */
  page?: string;
}

export type FeedErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'html'
  | 'not-jsonfeed'
  | 'not-digicanvis'
  | 'version-unsupported'
  | 'invalid';

/** Why a feed could not be shown at all. The element turns `code` into a message in its language. */
export interface FeedError {
  code: FeedErrorCode;
  /** English, for the console and developers. */
  message: string;
  status?: number;
  /** For `version-unsupported`: the major version the feed declared. */
  version?: number;
  problems?: FeedProblem[];
}

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What an element sees of a feed URL at any moment. */
export interface FeedState {
  url: string;
  status: FeedStatus;
  feed?: Feed;
  error?: FeedError;
  /** Items skipped so far, and other problems worth reporting. */
  warnings: FeedProblem[];
  /** True once every `next_url` page has been read (or failed). */
  complete: boolean;
  /** True while a further page or a refresh is in flight with content already shown. */
  loadingMore: boolean;
}
