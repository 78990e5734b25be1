/**
 * Reads one page of a DigiCanvis feed: checks it against the contract (spec/feed.md) and turns it into the
 * normalized types of ./types.ts. Nothing here touches the DOM or the network, so the command-line validator
 * runs the very same checks as the browser.
 *
 * What is wrong is reported as a FeedProblem with a JSON path. Required fields decide whether an item can be
 * shown at all (if not, it is skipped); a bad optional field is dropped and the item still shows.
 *
 * The assistant's FAQ and help block are kept as they came and read by ./faq.ts when an element needs them, so a
 * page that only lists projects does not download the code that reads them.
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
  type Feed,
  type FeedError,
  type FeedProblem,
  type Project,
  type ProjectTexts,
  type Savings,
} from './types.js';
import { COUNCIL_ID, LANGUAGE_TAG, NOWHERE, Report, describe, isObj, list, type Obj } from './check.js';
import { isEmail } from './url.js';

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

  const feed: Feed = {
    title,
    language: language ?? 'und',
    version: major ?? SUPPORTED_MAJOR,
    councils,
    projects,
    assistant: [{ faq: dc.faq, help: dc.help, base }],
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
