/**
 * Reads one page of a DigiCanvis feed: checks it against the contract (docs/feed.md) and turns it into the
 * normalized types of ./types.ts. Nothing here touches the DOM or the network, so the command-line validator
 * runs the very same checks as the browser.
 *
 * What is wrong is reported as a FeedProblem with a JSON path. Required fields decide whether an item can be
 * shown at all (if not, it is skipped, and the first such problem says so); a bad optional field is dropped and
 * the item still shows.
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
  type Council,
  type Feed,
  type FeedError,
  type FeedProblem,
  type Project,
  type Savings,
} from './types.js';
import { NOWHERE, add, bad, element, field, fields, here, i18n, isObj, list, pick, req, skipped, sub, texts, twice, val, within, type Obj } from './check.js';

export interface ReadOptions {
  /** The URL the document came from: relative URLs inside it resolve against it. */
  baseUrl?: string;
  /** Index of this page's first item in the whole feed (pages after the first). */
  startIndex?: number;
  /** Councils read from earlier pages, which this page's items may refer to. */
  councils?: Map<string, Council>;
  /** Item ids read from earlier pages, to catch duplicates across pages. */
  seenIds?: Set<string>;
  /** The first page's language: later pages may leave `language` out. */
  language?: string;
}

export type PageResult =
  | {
      ok: true;
      feed: Feed;
      problems: FeedProblem[];
      nextUrl?: string;
      /**
       * Reads up to `count` more items into `feed.projects` (and their problems into `problems`); returns how many
       * are left. Only when `readFeedPage` was asked to leave items for later: a page of thousands of projects is
       * then read a slice at a time, between which the browser can paint and handle input.
       */
      more: (count: number) => number;
    }
  | { ok: false; error: FeedError; problems: FeedProblem[] };

/** A council, read within it. */
function readCouncil(): Council {
  return fields('population:i url:h', {
    // A scheme (as a URI's: letters, digits, `+`, `.`, `-`), a colon and a code, as the schema has it: `es-ine:08019`, `ine.es:08019`, `other:Sant Joan`.
    id: pick('id', /^[a-z][a-z0-9+.-]*:.+$/i, true, 'a scheme-qualified id like es-ine:08019'),
    name: req('name'),
    // A kind of body this reader does not know yet should not hide every project of that council.
    kind: pick('kind', COUNCIL_KINDS, false, undefined, 'other'),
    country: pick('country', /^[A-Za-z]{2}$/, true, 'an ISO 3166-1 country code like ES')?.toUpperCase(),
    location: sub(
      'location',
      () => {
        const location = { lat: val<number>('lat', 'y'), lon: val<number>('lon', 'x') };
        return location.lat === undefined || location.lon === undefined ? add(here(), '"location" needs a usable "lat" and "lon"', true) : location;
      },
      2,
      '{ "lat": number, "lon": number }',
    ),
  } as Council);
}

/** What items are read against: the councils they may refer to, the ids already taken, the feed's language. */
interface Page {
  known: { test(id: string): boolean };
  /** The ids of councils this page left out (a problem of their own was reported): their items name the real reason. */
  left: Set<unknown>;
  seenIds: Set<string>;
  language: string;
  /** The URL of the page the items come from: what relative links in an item's `content_html` resolve against when it has no `url`. */
  base: string;
}

/** An item (the `index`th of the feed), read within it; undefined when it is left out. */
function readItem(index: number, page: Page): Project | undefined {
  let id = field('id');
  // JSON Feed ids are strings, but numeric ids are common in the wild and unambiguous.
  if (typeof id === 'number' && Number.isFinite(id)) bad(here('id'), 'a string', id, false, `"${(id = String(id))}"`);
  else id = req('id');
  if (id && page.seenIds.has(id as string)) return twice('item', id as string);
  const title = req('title');
  const dc = sub(
    '_digicanvis',
    () => {
      const council = req('council');
      if (council && !page.known.test(council)) add(here('council'), `"${council}" is ${page.left.has(council) ? 'left out of' : 'not in'} _digicanvis.councils`, true);
      const areas = [...new Set(Array.isArray(field('areas')) ? texts('areas', AREAS) : [])] as AreaId[];
      if (!areas.length) add(here('areas'), `"areas" needs at least one of ${AREAS.join(', ')}`, true);
      const kind = pick('kind', PROJECT_KINDS, true);
      const phase = pick('phase', PHASES, true);
      if (skipped()) return undefined;
      const dc = fields('value started:d thread visits:b barriers:L benefits:L technologies:L methodologies:L tools:L', {
        council,
        partners: texts('partners', page.known, 'an id in _digicanvis.councils') ?? [],
        contacts: list('contacts', () => {
          const name = val('name', 's', 1);
          return name ? fields('role email:e phone url:u', { name }) : undefined;
        }),
        areas,
        kind,
        phase,
        visits: false,
        i18n: i18n('title summary content_text value barriers:l benefits:l'),
      } as Partial<Project>);
      const savings = sub('savings', () => {
        const amount = val<number>('amount', 'n', 1);
        // The contract's savings are in euros: a feed that leaves the currency out still shows its figure.
        const currency = pick('currency', /^[A-Za-z]{3}$/, false, 'an ISO 4217 code like EUR', field('currency') === undefined ? 'EUR' : undefined);
        const period = pick('period', SAVINGS_PERIODS);
        return amount !== undefined && currency && period ? fields('note', { amount, currency: currency.toUpperCase(), period } as Savings) : undefined;
      });
      if (savings) dc.savings = savings;
      return dc;
    },
    2,
  );
  return (
    dc &&
    fields('url:h summary content_text content_html image:h date_published:t date_modified:t tags:L language:g', {
      id,
      title,
      language: page.language,
      authors: list('authors', () => {
        const author = fields('name url:u', {});
        return Object.keys(author).length ? author : undefined;
      }),
      attachments: list('attachments', () => {
        const url = val('url', 'u', 1);
        const mimeType = val('mime_type', 's', 1)?.trim().toLowerCase();
        return url && mimeType ? fields('title size_in_bytes:n duration_in_seconds:n', { url, mimeType }) : undefined;
      }),
      ...dc,
      ...(typeof field('content_html') === 'string' && page.base !== NOWHERE ? { contentBase: page.base } : {}),
      index,
    } as Project)
  );
}

/**
 * Reads one page (one JSON document) of a feed: every item, or only the first `items` of them, the rest then read
 * by the result's `more()`.
 */
export function readFeedPage(json: unknown, options: ReadOptions = {}, items = Infinity): PageResult {
  const problems: FeedProblem[] = [];
  const base = options.baseUrl ?? NOWHERE;
  const fail = (code: FeedError['code'], message: string, version?: number): PageResult => {
    problems.push({ path: '$', message, severity: 'error' });
    return { ok: false, error: version ? { code, message, version } : { code, message }, problems };
  };

  if (!isObj(json) || typeof json.version !== 'string' || !json.version.startsWith('https://jsonfeed.org/version/')) {
    return fail('not-jsonfeed', 'This is JSON, but not a JSON Feed (no JSON Feed "version").');
  }
  const dc = json._digicanvis;
  if (!isObj(dc)) return fail('not-digicanvis', 'This is a JSON Feed, but not a DigiCanvis feed (no "_digicanvis" object).');
  const v = dc.version;
  // The major version it declares: 1, "1", "1.2" → 1; "2.0.0-beta", "v2" → 2.
  const major = typeof v === 'number' ? Math.floor(v) : typeof v === 'string' ? Number(/^\s*v?(\d+)/i.exec(v)?.[1] ?? NaN) || undefined : undefined;
  if ((major ?? 0) > SUPPORTED_MAJOR) {
    return fail(
      'version-unsupported',
      `This feed uses version ${major} of the DigiCanvis format; this widget reads version ${SUPPORTED_MAJOR}. Update the widget to show it.`,
      major,
    );
  }

  const read = (): PageResult => {
    if (v !== SUPPORTED_MAJOR) bad('$._digicanvis.version', `the number ${SUPPORTED_MAJOR}`, v);
    if (json.version !== JSON_FEED_VERSION) add('$.version', `expected "${JSON_FEED_VERSION}"; read as JSON Feed 1.1 anyway`, false, 'warning');
    const councils = new Map(options.councils);
    const left = new Set<unknown>();
    const feed = fields('home_page_url:h feed_url:h description icon:h', {
      title: val('title', 's', 1) ?? '',
      language: val('language', 'g', options.language ? 0 : 1) ?? options.language ?? 'und',
      version: major ?? SUPPORTED_MAJOR,
      councils,
      projects: [],
      assistant: [{ faq: dc.faq, help: dc.help, base }],
    } as Feed);
    sub('_digicanvis', () => {
      list(
        'councils',
        () => {
          const council = readCouncil();
          if (skipped()) return void left.add(field('id'));
          if (councils.has(council.id) && !options.councils?.has(council.id)) twice('council', council.id);
          else councils.set(council.id, council);
        },
        () => undefined,
        true,
      );
      const api = sub('forum', () => val('api', 'h'), 0, '{ "api": url }');
      if (api) feed.forum = { api };
    });
    const page: Page = { known: { test: (id) => councils.has(id) }, left, seenIds: options.seenIds ?? new Set(), language: feed.language, base };
    const start = options.startIndex ?? 0;
    const raw = json.items;
    if (!Array.isArray(raw)) bad('$.items', 'an array', raw);
    const all: unknown[] = Array.isArray(raw) ? raw : [];
    let next = 0;
    // Each call a scope of its own, as `within` keeps its state in the module while it runs.
    const more = (count: number): number =>
      within(
        json,
        '$',
        () => {
          for (const end = Math.min(all.length, next + count); next < end; next++) {
            const i = next;
            const project = element(all[i], `$.items[${i}]`, () => readItem(start + i, page), itemId);
            if (project) {
              page.seenIds.add(project.id);
              feed.projects.push(project);
            }
          }
          return all.length - next;
        },
        scope,
      )!;
    more(items);
    const nextUrl = val('next_url', 'h');
    return nextUrl ? { ok: true, feed, problems, nextUrl, more } : { ok: true, feed, problems, more };
  };
  const scope = { problems, base };
  return within(json, '$', read, scope)!;
}

/** The id an item's problems name. */
const itemId = (item: Obj): string | undefined => (typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : undefined);

/** Turns the body of a response into JSON, telling an HTML page and broken JSON apart. */
export function parseFeedText(text: string, contentType = ''): { ok: true; json: unknown } | { ok: false; error: FeedError } {
  // trimStart() also removes a byte-order mark.
  const start = text.trimStart();
  try {
    // JSON first: many servers send a good feed as text/html (PHP's default), and it should still show.
    return { ok: true, json: JSON.parse(start) };
  } catch (e) {
    if (/html/i.test(contentType) || /^<(!doctype|html|head|body|\?xml|!--)/i.test(start)) {
      return { ok: false, error: { code: 'html', message: 'The feed address returned a web page (HTML), not a JSON feed.' } };
    }
    return { ok: false, error: { code: 'not-json', message: `The feed is not valid JSON: ${(e as Error).message}` } };
  }
}
