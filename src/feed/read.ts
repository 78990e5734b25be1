/**
 * Reads one page of a DigiCanvis feed: checks it against the contract (spec/feed.md) and turns it into the
 * normalized types of ./types.ts. Nothing here touches the DOM or the network, so the command-line validator
 * runs the very same checks as the browser.
 *
 * What is wrong is reported as a FeedProblem with a JSON path. Required fields decide whether an item can be
 * shown at all (if not, it is skipped); a bad optional field is dropped and the item still shows.
 */
import {
  AREAS,
  COUNCIL_KINDS,
  JSON_FEED_VERSION,
  PHASES,
  PROJECT_KINDS,
  SAVINGS_PERIODS,
  SUPPORTED_MAJOR,
  type AreaId,
  type Attachment,
  type Author,
  type Contact,
  type Council,
  type FaqEntry,
  type FaqLink,
  type FaqTexts,
  type Feed,
  type FeedError,
  type FeedProblem,
  type Help,
  type Project,
  type ProjectTexts,
  type Savings,
} from './types.js';
import { isEmail, resolveHttpUrl, resolveUrl } from './url.js';

type Obj = Record<string, unknown>;

export interface ReadOptions {
  /** The URL the document came from: relative URLs inside it resolve against it. */
  baseUrl?: string;
  /** Index of this page's first item in the whole feed (pages after the first). */
  startIndex?: number;
  /** Councils read from earlier pages, which this page's items may refer to. */
  councils?: Map<string, Council>;
  /** Item ids read from earlier pages, to catch duplicates across pages. */
  seenIds?: Set<string>;
}

export type PageResult =
  | { ok: true; feed: Feed; problems: FeedProblem[]; nextUrl?: string }
  | { ok: false; error: FeedError; problems: FeedProblem[] };

/** Base URL used when a document is checked without knowing where it came from. */
const NOWHERE = 'https://feed.invalid/';
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const COUNCIL_ID = /^[a-z][a-z0-9-]*:\S+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;

/** Whether `YYYY-MM-DD` names a day that exists (Date.parse happily turns 2025-02-30 into March 2). */
function realDay(ymd: string): boolean {
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? 'a string' : `a ${typeof v}`;
const key = (path: string, k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);

/** Collects problems for one scope (the feed, an item, a council) and knows the item id to report. */
class Report {
  constructor(
    readonly problems: FeedProblem[],
    readonly itemId?: string,
  ) {}

  error(path: string, message: string, skipped = false): void {
    this.problems.push(this.problem(path, message, 'error', skipped));
  }

  warn(path: string, message: string): void {
    this.problems.push(this.problem(path, message, 'warning', false));
  }

  private problem(path: string, message: string, severity: FeedProblem['severity'], skipped: boolean): FeedProblem {
    const p: FeedProblem = { path, message, severity };
    if (this.itemId !== undefined) p.itemId = this.itemId;
    if (skipped) p.skipped = true;
    return p;
  }

  /** A string that must be there and not blank. */
  required(o: Obj, k: string, path: string): string | undefined {
    const v = o[k];
    if (typeof v === 'string' && v.trim()) return v;
    this.error(key(path, k), v === undefined ? `"${k}" is required` : `"${k}" must be a non-empty string, not ${describe(v)}`, true);
    return undefined;
  }

  /** An optional string: blank means absent; any other type is reported and dropped. */
  text(o: Obj, k: string, path: string): string | undefined {
    const v = o[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim() ? v : undefined;
    this.error(key(path, k), `"${k}" must be a string, not ${describe(v)}`);
    return undefined;
  }

  /** An optional list of strings; non-strings inside are reported and left out. */
  texts(o: Obj, k: string, path: string): string[] {
    const v = o[k];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.error(key(path, k), `"${k}" must be an array of strings, not ${describe(v)}`);
      return [];
    }
    const out: string[] = [];
    v.forEach((s, i) => {
      if (typeof s === 'string') {
        if (s.trim()) out.push(s);
      } else this.error(`${key(path, k)}[${i}]`, `must be a string, not ${describe(s)}`);
    });
    return out;
  }

  /** An optional URL that may be shown as a link. */
  link(o: Obj, k: string, path: string, base: string, httpOnly = false): string | undefined {
    const raw = this.text(o, k, path);
    if (raw === undefined) return undefined;
    const url = httpOnly ? resolveHttpUrl(raw, base) : resolveUrl(raw, base);
    if (!url) this.error(key(path, k), `"${k}" is not a usable ${httpOnly ? 'http(s)' : 'https, http, mailto or tel'} URL`);
    return url;
  }

  number(o: Obj, k: string, path: string, check: (n: number) => boolean, rule: string): number | undefined {
    const v = o[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isFinite(v) && check(v)) return v;
    this.error(key(path, k), `"${k}" must be ${rule}, not ${typeof v === 'number' ? v : describe(v)}`);
    return undefined;
  }

  /** An optional date (`YYYY-MM-DD`) or RFC 3339 date-time. */
  date(o: Obj, k: string, path: string, dateOnly: boolean): string | undefined {
    const v = this.text(o, k, path);
    if (v === undefined) return undefined;
    const shape = dateOnly ? DATE : DATE_TIME;
    if (shape.test(v) && realDay(v.slice(0, 10)) && !Number.isNaN(Date.parse(dateOnly ? `${v}T00:00:00Z` : v))) return v;
    this.error(key(path, k), `"${k}" must be ${dateOnly ? 'a date like 2024-05-31' : 'an RFC 3339 date-time like 2024-05-31T10:00:00Z'}`);
    return undefined;
  }

  enumValue<T extends string>(o: Obj, k: string, path: string, allowed: readonly T[]): T | undefined {
    const v = o[k];
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.error(
      key(path, k),
      v === undefined ? `"${k}" is required (one of ${allowed.join(', ')})` : `"${k}" must be one of ${allowed.join(', ')}, not ${JSON.stringify(v)}`,
      true,
    );
    return undefined;
  }

  /** A map of translations keyed by language tag; keys are normalized to lower case. */
  translations<T>(o: Obj, path: string, read: (t: Obj, p: string) => T): Record<string, T> {
    const v = o.i18n;
    const out: Record<string, T> = {};
    if (v === undefined || v === null) return out;
    if (!isObj(v)) {
      this.error(`${path}.i18n`, `"i18n" must be an object keyed by language, not ${describe(v)}`);
      return out;
    }
    for (const [lang, t] of Object.entries(v)) {
      const p = key(`${path}.i18n`, lang);
      if (!LANGUAGE_TAG.test(lang)) this.error(p, `"${lang}" is not a BCP 47 language tag`);
      else if (!isObj(t)) this.error(p, `a translation must be an object, not ${describe(t)}`);
      else out[lang.toLowerCase()] = read(t, p);
    }
    return out;
  }
}

function readAreas(o: Obj, path: string, r: Report): AreaId[] | undefined {
  const v = o.areas;
  if (!Array.isArray(v) || v.length === 0) {
    r.error(`${path}.areas`, `"areas" is required: a list of at least one of ${AREAS.join(', ')}`, true);
    return undefined;
  }
  const areas: AreaId[] = [];
  v.forEach((a, i) => {
    if (typeof a === 'string' && (AREAS as readonly string[]).includes(a)) {
      if (!areas.includes(a as AreaId)) areas.push(a as AreaId);
    } else r.error(`${path}.areas[${i}]`, `unknown area ${JSON.stringify(a)} (one of ${AREAS.join(', ')})`);
  });
  if (areas.length === 0) {
    r.error(`${path}.areas`, 'no known area left', true);
    return undefined;
  }
  return areas;
}

function readCouncil(v: unknown, path: string, r: Report, base: string): Council | undefined {
  if (!isObj(v)) {
    r.error(path, `a council must be an object, not ${describe(v)}`, true);
    return undefined;
  }
  const id = r.required(v, 'id', path);
  if (id !== undefined && !COUNCIL_ID.test(id)) {
    r.error(`${path}.id`, `"${id}" is not a scheme-qualified id such as es-ine:08019 or geonames:2950159`, true);
  }
  const name = r.required(v, 'name', path);
  let kind: Council['kind'] | undefined = (COUNCIL_KINDS as readonly unknown[]).includes(v.kind) ? (v.kind as Council['kind']) : undefined;
  if (!kind) {
    // A kind of body this reader does not know yet should not hide every project of that council.
    r.error(`${path}.kind`, `"kind" must be one of ${COUNCIL_KINDS.join(', ')}, not ${JSON.stringify(v.kind)} (read as other)`);
    kind = 'other';
  }
  let country: string | undefined;
  if (typeof v.country === 'string' && /^[A-Za-z]{2}$/.test(v.country)) country = v.country.toUpperCase();
  else r.error(`${path}.country`, '"country" is required: an ISO 3166-1 alpha-2 code such as ES', true);
  const loc = v.location;
  let location: Council['location'] | undefined;
  if (!isObj(loc)) r.error(`${path}.location`, '"location" is required: { "lat": number, "lon": number }', true);
  else {
    const lat = r.number(loc, 'lat', `${path}.location`, (n) => n >= -90 && n <= 90, 'a latitude in [-90, 90]');
    const lon = r.number(loc, 'lon', `${path}.location`, (n) => n >= -180 && n <= 180, 'a longitude in [-180, 180]');
    if (lat === undefined || lon === undefined) r.error(`${path}.location`, 'the council has no usable location', true);
    else location = { lat, lon };
  }
  const population = r.number(v, 'population', path, (n) => Number.isInteger(n) && n >= 0, 'a whole number of inhabitants');
  const url = r.link(v, 'url', path, base, true);
  if (!id || !COUNCIL_ID.test(id) || !name || !kind || !country || !location) return undefined;
  const council: Council = { id, name, kind, country, location };
  if (population !== undefined) council.population = population;
  if (url) council.url = url;
  return council;
}

function readContact(v: unknown, path: string, r: Report, base: string): Contact | undefined {
  if (!isObj(v)) {
    r.error(path, `a contact must be an object, not ${describe(v)}`);
    return undefined;
  }
  const name = r.text(v, 'name', path);
  if (!name) {
    r.error(`${path}.name`, 'a contact needs a "name"');
    return undefined;
  }
  const contact: Contact = { name };
  const role = r.text(v, 'role', path);
  if (role) contact.role = role;
  const email = r.text(v, 'email', path);
  if (email) {
    if (isEmail(email)) contact.email = email.trim();
    else r.error(`${path}.email`, `"${email}" is not an email address`);
  }
  const phone = r.text(v, 'phone', path);
  if (phone) contact.phone = phone;
  const url = r.link(v, 'url', path, base);
  if (url) contact.url = url;
  return contact;
}

function readSavings(v: unknown, path: string, r: Report): Savings | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObj(v)) {
    r.error(path, `"savings" must be an object, not ${describe(v)}`);
    return undefined;
  }
  const amount = r.number(v, 'amount', path, (n) => n >= 0, 'a number of at least 0');
  if (amount === undefined && v.amount === undefined) r.error(`${path}.amount`, '"amount" is required');
  let currency = typeof v.currency === 'string' && /^[A-Za-z]{3}$/.test(v.currency) ? v.currency.toUpperCase() : undefined;
  if (v.currency === undefined) {
    // The contract's savings are in euros: a feed that leaves the currency out still shows its figure.
    r.error(`${path}.currency`, '"currency" is required: an ISO 4217 code such as EUR (read as EUR)');
    currency = 'EUR';
  } else if (!currency) r.error(`${path}.currency`, `"currency" must be an ISO 4217 code such as EUR, not ${JSON.stringify(v.currency)}`);
  const period = (SAVINGS_PERIODS as readonly unknown[]).includes(v.period) ? (v.period as Savings['period']) : undefined;
  if (!period) r.error(`${path}.period`, `"period" is required: one of ${SAVINGS_PERIODS.join(', ')}`);
  if (amount === undefined || !currency || !period) return undefined;
  const savings: Savings = { amount, currency, period };
  const note = r.text(v, 'note', path);
  if (note) savings.note = note;
  return savings;
}

function readAttachment(v: unknown, path: string, r: Report, base: string): Attachment | undefined {
  if (!isObj(v)) {
    r.error(path, `an attachment must be an object, not ${describe(v)}`);
    return undefined;
  }
  const url = r.link(v, 'url', path, base);
  if (!url && v.url === undefined) r.error(`${path}.url`, 'an attachment needs a "url"');
  const mimeType = r.text(v, 'mime_type', path);
  if (!mimeType) r.error(`${path}.mime_type`, 'an attachment needs a "mime_type"');
  if (!url || !mimeType) return undefined;
  const a: Attachment = { url, mimeType: mimeType.trim().toLowerCase() };
  const title = r.text(v, 'title', path);
  if (title) a.title = title;
  const size = r.number(v, 'size_in_bytes', path, (n) => n >= 0, 'a number of bytes');
  if (size !== undefined) a.sizeInBytes = size;
  const duration = r.number(v, 'duration_in_seconds', path, (n) => n >= 0, 'a number of seconds');
  if (duration !== undefined) a.durationInSeconds = duration;
  return a;
}

function list<T>(o: Obj, k: string, path: string, r: Report, read: (v: unknown, p: string) => T | undefined): T[] {
  const v = o[k];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    r.error(key(path, k), `"${k}" must be an array, not ${describe(v)}`);
    return [];
  }
  const out: T[] = [];
  v.forEach((x, i) => {
    const read1 = read(x, `${key(path, k)}[${i}]`);
    if (read1 !== undefined) out.push(read1);
  });
  return out;
}

function readProjectTexts(t: Obj, p: string, r: Report): ProjectTexts {
  const out: ProjectTexts = {};
  for (const k of ['title', 'summary', 'content_text', 'value'] as const) {
    const s = r.text(t, k, p);
    if (s) out[k] = s;
  }
  for (const k of ['barriers', 'benefits'] as const) {
    if (t[k] !== undefined) out[k] = r.texts(t, k, p);
  }
  return out;
}

interface ItemContext {
  base: string;
  feedLanguage: string;
  councils: Map<string, Council>;
  seenIds: Set<string>;
}

function readItem(v: unknown, path: string, index: number, problems: FeedProblem[], ctx: ItemContext): Project | undefined {
  if (!isObj(v)) {
    new Report(problems).error(path, `an item must be an object, not ${describe(v)}`, true);
    return undefined;
  }
  const rawId = v.id;
  const r = new Report(problems, typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined);
  let id: string | undefined;
  if (typeof rawId === 'number' && Number.isFinite(rawId)) {
    // JSON Feed ids are strings, but numeric ids are common in the wild and unambiguous.
    r.error(`${path}.id`, `"id" must be a string, not the number ${rawId} (read as "${rawId}")`);
    id = String(rawId);
  } else id = r.required(v, 'id', path);
  if (id !== undefined && ctx.seenIds.has(id)) {
    r.error(`${path}.id`, `duplicate item id "${id}": only the first item with it is shown`, true);
    return undefined;
  }
  const title = r.required(v, 'title', path);
  const dc = v._digicanvis;
  const dp = `${path}._digicanvis`;
  if (!isObj(dc)) {
    r.error(dp, dc === undefined ? 'the item has no "_digicanvis" object' : `"_digicanvis" must be an object, not ${describe(dc)}`, true);
    return undefined;
  }
  const council = r.required(dc, 'council', dp);
  if (council !== undefined && !ctx.councils.has(council)) {
    r.error(`${dp}.council`, `"${council}" is not in _digicanvis.councils`, true);
  }
  const areas = readAreas(dc, dp, r);
  const kind = r.enumValue(dc, 'kind', dp, PROJECT_KINDS);
  const phase = r.enumValue(dc, 'phase', dp, PHASES);
  if (!id || !title || !council || !ctx.councils.has(council) || !areas || !kind || !phase) return undefined;

  let language = ctx.feedLanguage;
  const itemLanguage = r.text(v, 'language', path);
  if (itemLanguage !== undefined) {
    if (LANGUAGE_TAG.test(itemLanguage)) language = itemLanguage;
    else r.error(`${path}.language`, `"${itemLanguage}" is not a BCP 47 language tag`);
  }

  const project: Project = {
    id,
    title,
    tags: r.texts(v, 'tags', path),
    language,
    authors: list(v, 'authors', path, r, (a, p): Author | undefined => {
      if (!isObj(a)) {
        r.error(p, `an author must be an object, not ${describe(a)}`);
        return undefined;
      }
      const author: Author = {};
      const name = r.text(a, 'name', p);
      if (name) author.name = name;
      const url = r.link(a, 'url', p, ctx.base);
      if (url) author.url = url;
      return author.name || author.url ? author : undefined;
    }),
    attachments: list(v, 'attachments', path, r, (a, p) => readAttachment(a, p, r, ctx.base)),
    council,
    partners: [],
    contacts: list(dc, 'contacts', dp, r, (c, p) => readContact(c, p, r, ctx.base)),
    barriers: r.texts(dc, 'barriers', dp),
    benefits: r.texts(dc, 'benefits', dp),
    technologies: r.texts(dc, 'technologies', dp),
    methodologies: r.texts(dc, 'methodologies', dp),
    tools: r.texts(dc, 'tools', dp),
    areas,
    kind,
    phase,
    visits: false,
    i18n: r.translations(dc, dp, (t, p) => readProjectTexts(t, p, r)),
    index,
  };
  r.texts(dc, 'partners', dp).forEach((partner, i) => {
    if (ctx.councils.has(partner)) project.partners.push(partner);
    else r.error(`${dp}.partners[${i}]`, `"${partner}" is not in _digicanvis.councils`);
  });
  const optional: [keyof Project, string | undefined][] = [
    ['url', r.link(v, 'url', path, ctx.base, true)],
    ['summary', r.text(v, 'summary', path)],
    ['contentText', r.text(v, 'content_text', path)],
    ['contentHtml', r.text(v, 'content_html', path)],
    ['image', r.link(v, 'image', path, ctx.base, true)],
    ['datePublished', r.date(v, 'date_published', path, false)],
    ['dateModified', r.date(v, 'date_modified', path, false)],
    ['value', r.text(dc, 'value', dp)],
    ['started', r.date(dc, 'started', dp, true)],
    ['thread', r.text(dc, 'thread', dp)],
  ];
  for (const [k, val] of optional) if (val !== undefined) (project as unknown as Obj)[k] = val;
  const savings = readSavings(dc.savings, `${dp}.savings`, r);
  if (savings) project.savings = savings;
  if (dc.visits !== undefined) {
    if (typeof dc.visits === 'boolean') project.visits = dc.visits;
    else r.error(`${dp}.visits`, `"visits" must be true or false, not ${describe(dc.visits)}`);
  }
  return project;
}

function readFaqEntry(v: unknown, path: string, index: number, r: Report, base: string): FaqEntry | undefined {
  if (!isObj(v)) {
    r.error(path, `a FAQ entry must be an object, not ${describe(v)}`, true);
    return undefined;
  }
  const question = r.required(v, 'question', path);
  const answer = r.required(v, 'answer', path);
  if (!question || !answer) return undefined;
  const id = r.text(v, 'id', path) ?? `faq-${index + 1}`;
  const areas: AreaId[] = [];
  if (Array.isArray(v.areas)) {
    v.areas.forEach((a, i) => {
      if ((AREAS as readonly unknown[]).includes(a)) areas.push(a as AreaId);
      else r.error(`${path}.areas[${i}]`, `unknown area ${JSON.stringify(a)}`);
    });
  } else if (v.areas !== undefined) r.error(`${path}.areas`, '"areas" must be an array of area ids');
  return {
    id,
    question,
    answer,
    alternatives: r.texts(v, 'alternatives', path),
    keywords: r.texts(v, 'keywords', path),
    links: list(v, 'links', path, r, (l, p): FaqLink | undefined => {
      if (!isObj(l)) {
        r.error(p, `a link must be an object, not ${describe(l)}`);
        return undefined;
      }
      const url = r.link(l, 'url', p, base);
      if (!url) {
        if (l.url === undefined) r.error(`${p}.url`, 'a link needs a "url"');
        return undefined;
      }
      const title = r.text(l, 'title', p);
      return title ? { title, url } : { url };
    }),
    areas,
    i18n: r.translations(v, path, (t, p): FaqTexts => {
      const out: FaqTexts = {};
      const q = r.text(t, 'question', p);
      if (q) out.question = q;
      const a = r.text(t, 'answer', p);
      if (a) out.answer = a;
      if (t.alternatives !== undefined) out.alternatives = r.texts(t, 'alternatives', p);
      return out;
    }),
  };
}

function readHelp(v: unknown, path: string, r: Report, base: string): Help {
  const help: Help = {};
  if (v === undefined || v === null) return help;
  if (!isObj(v)) {
    r.error(path, `"help" must be an object, not ${describe(v)}`);
    return help;
  }
  for (const k of ['phone', 'hours', 'address'] as const) {
    const s = r.text(v, k, path);
    if (s) help[k] = s;
  }
  const email = r.text(v, 'email', path);
  if (email) {
    if (isEmail(email)) help.email = email.trim();
    else r.error(`${path}.email`, `"${email}" is not an email address`);
  }
  const url = r.link(v, 'url', path, base, true);
  if (url) help.url = url;
  return help;
}

/** The major version a `_digicanvis.version` value declares (1, "1", "1.2" → 1), or undefined. */
function majorVersion(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.floor(v);
  if (typeof v === 'string' && /^\d+(\.\d+)*$/.test(v.trim())) return Number.parseInt(v, 10);
  return undefined;
}

function fail(code: FeedError['code'], message: string, problems: FeedProblem[], extra: Partial<FeedError> = {}): PageResult {
  problems.push({ path: extra.problems?.[0]?.path ?? '$', message, severity: 'error' });
  return { ok: false, error: { code, message, ...extra }, problems };
}

/** Reads one page (one JSON document) of a feed. */
export function readFeedPage(json: unknown, options: ReadOptions = {}): PageResult {
  const problems: FeedProblem[] = [];
  const base = options.baseUrl ?? NOWHERE;
  const feedReport = new Report(problems);

  if (!isObj(json)) {
    return fail('not-jsonfeed', `This is JSON, but not a JSON Feed: the document is ${describe(json)}, not an object.`, problems);
  }
  if (typeof json.version !== 'string' || !json.version.startsWith('https://jsonfeed.org/version/')) {
    return fail('not-jsonfeed', 'This is JSON, but not a JSON Feed: "version" is not a https://jsonfeed.org/version/… URL.', problems);
  }
  const dc = json._digicanvis;
  if (!isObj(dc)) {
    return fail('not-digicanvis', 'This is a JSON Feed, but not a DigiCanvis feed: it has no "_digicanvis" object.', problems);
  }
  const major = majorVersion(dc.version);
  if (major === undefined) {
    feedReport.error('$._digicanvis.version', `"version" is required: the number ${SUPPORTED_MAJOR}`);
  } else if (major > SUPPORTED_MAJOR) {
    return fail(
      'version-unsupported',
      `This feed uses version ${major} of the DigiCanvis format; this widget reads version ${SUPPORTED_MAJOR}. Update the widget to show it.`,
      problems,
      { version: major },
    );
  } else if (dc.version !== SUPPORTED_MAJOR) {
    feedReport.error('$._digicanvis.version', `"version" must be the number ${SUPPORTED_MAJOR}, not ${JSON.stringify(dc.version)}`);
  }
  if (json.version !== JSON_FEED_VERSION) {
    feedReport.warn('$.version', `expected "${JSON_FEED_VERSION}"; read as JSON Feed 1.1 anyway`);
  }

  const title = feedReport.required(json, 'title', '$') ?? '';
  let language = feedReport.text(json, 'language', '$');
  if (language === undefined) {
    feedReport.error('$.language', '"language" is required: the BCP 47 tag of the feed\'s main language, such as ca');
  } else if (!LANGUAGE_TAG.test(language)) {
    feedReport.error('$.language', `"${language}" is not a BCP 47 language tag`);
    language = undefined;
  }

  const councils = new Map(options.councils ?? []);
  list(dc, 'councils', '$._digicanvis', feedReport, (c, p) => {
    const council = readCouncil(c, p, feedReport, base);
    if (!council) return undefined;
    if (councils.has(council.id) && !options.councils?.has(council.id)) {
      feedReport.error(`${p}.id`, `duplicate council id "${council.id}": only the first is used`, true);
    } else councils.set(council.id, council);
    return council;
  });
  if (!Array.isArray(dc.councils)) feedReport.error('$._digicanvis.councils', '"councils" is required: the list of councils items refer to');

  const seenIds = options.seenIds ?? new Set<string>();
  const projects: Project[] = [];
  if (!Array.isArray(json.items)) {
    feedReport.error('$.items', `"items" is required: an array of projects${json.items === undefined ? '' : `, not ${describe(json.items)}`}`);
  } else {
    const ctx: ItemContext = { base, feedLanguage: language ?? 'und', councils, seenIds };
    const start = options.startIndex ?? 0;
    json.items.forEach((item, i) => {
      const project = readItem(item, `$.items[${i}]`, start + i, problems, ctx);
      if (project) {
        seenIds.add(project.id);
        projects.push(project);
      }
    });
  }

  const faq: FaqEntry[] = [];
  if (dc.faq !== undefined) {
    if (!Array.isArray(dc.faq)) feedReport.error('$._digicanvis.faq', `"faq" must be an array, not ${describe(dc.faq)}`);
    else {
      const faqIds = new Set<string>();
      dc.faq.forEach((e, i) => {
        const p = `$._digicanvis.faq[${i}]`;
        const r = new Report(problems, isObj(e) && typeof e.id === 'string' ? e.id : undefined);
        const entry = readFaqEntry(e, p, i, r, base);
        if (!entry) return;
        if (faqIds.has(entry.id)) r.error(`${p}.id`, `duplicate FAQ id "${entry.id}"`, true);
        else {
          faqIds.add(entry.id);
          faq.push(entry);
        }
      });
    }
  }

  const feed: Feed = {
    title,
    language: language ?? 'und',
    version: major ?? SUPPORTED_MAJOR,
    councils,
    projects,
    faq,
    help: readHelp(dc.help, '$._digicanvis.help', feedReport, base),
  };
  const optional: [keyof Feed, string | undefined][] = [
    ['homePageUrl', feedReport.link(json, 'home_page_url', '$', base, true)],
    ['feedUrl', feedReport.link(json, 'feed_url', '$', base, true)],
    ['description', feedReport.text(json, 'description', '$')],
    ['icon', feedReport.link(json, 'icon', '$', base, true)],
  ];
  for (const [k, val] of optional) if (val !== undefined) (feed as unknown as Obj)[k] = val;
  if (dc.forum !== undefined) {
    const api = isObj(dc.forum) ? feedReport.link(dc.forum, 'api', '$._digicanvis.forum', base, true) : undefined;
    if (api) feed.forum = { api };
    else if (!isObj(dc.forum)) feedReport.error('$._digicanvis.forum', '"forum" must be an object: { "api": url }');
  }
  const nextUrl = feedReport.link(json, 'next_url', '$', base, true);
  return nextUrl ? { ok: true, feed, problems, nextUrl } : { ok: true, feed, problems };
}

/**
 * Every problem of one feed document, for validators: what the browser would report, plus the document-level
 * refusals (not a JSON Feed, higher major version) as problems.
 */
export function validateFeed(json: unknown, baseUrl?: string): FeedProblem[] {
  return readFeedPage(json, baseUrl ? { baseUrl } : {}).problems;
}

/** Turns the body of a response into JSON, telling an HTML page and broken JSON apart. */
export function parseFeedText(text: string, contentType = ''): { ok: true; json: unknown } | { ok: false; error: FeedError } {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/html/i.test(contentType) || /^<(!doctype|html|head|body|\?xml|!--)/i.test(start)) {
    return {
      ok: false,
      error: { code: 'html', message: 'The feed address returned a web page (HTML), not a JSON feed.' },
    };
  }
  try {
    return { ok: true, json: JSON.parse(start) };
  } catch (e) {
    return {
      ok: false,
      error: { code: 'not-json', message: `The feed is not valid JSON: ${(e as Error).message}` },
    };
  }
}
