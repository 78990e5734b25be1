#!/usr/bin/env node
// The `digicanvis` command: tools for people who publish DigiCanvis feeds. Each subcommand is
// an entry in COMMANDS: `validate`, `from-csv` and `forum`.

import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SCHEMA_FILE = new URL('../schema/digicanvis-feed.schema.json', import.meta.url);
const READER_FILE = new URL('../dist/node/validate.js', import.meta.url);
const CSV_FILE = new URL('../dist/node/from-csv.js', import.meta.url);
const SUPPORTED_MAJOR = 1;
const DEFAULT_TIMEOUT_SECONDS = 15;

export const EXIT = { valid: 0, invalid: 1, usage: 2 };

/** The document could not be obtained at all (missing file, network, HTTP status): exit 2. */
class InputError extends Error {}
/** A document arrived but is not a feed at all (HTML, broken JSON): exit 1. */
class NotAFeedError extends Error {}

// ---------------------------------------------------------------------------------------------
// JSON paths

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `$` plus one segment, in the `$.items[3]._digicanvis.phase` style the browser reader uses. */
function appendSegment(path, segment) {
  if (typeof segment === 'number' || /^\d+$/.test(segment)) return `${path}[${segment}]`;
  return IDENTIFIER.test(segment) ? `${path}.${segment}` : `${path}[${JSON.stringify(segment)}]`;
}

/** `/items/3/_digicanvis/phase` (JSON Pointer, as ajv reports it) to `$.items[3]._digicanvis.phase`. */
export function pointerToPath(pointer) {
  if (!pointer) return '$';
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(appendSegment, '$');
}

function itemIdAt(path, json) {
  const match = /^\$\.items\[(\d+)\]/.exec(path);
  const id = match ? json?.items?.[Number(match[1])]?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

// ---------------------------------------------------------------------------------------------
// Schema problems, in words a feed publisher understands

const PATTERN_MESSAGES = {
  '^[a-z][a-z0-9+.-]*:.+': 'must be a council id with a scheme, such as es-ine:08019 or geonames:2950159',
  '^[A-Z]{2}$': 'must be an ISO 3166-1 alpha-2 country code in capitals, such as ES',
  '^[A-Z]{3}$': 'must be an ISO 4217 currency code, such as EUR',
  '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$': 'must be a BCP 47 language tag, such as ca or pt-BR',
  '^[a-z]+/[^\\s]+$': 'must be a media type, such as application/pdf',
};
const FORMAT_MESSAGES = {
  date: 'must be a date as YYYY-MM-DD',
  'date-time': 'must be a date and time in RFC 3339 form, such as 2025-03-01T10:00:00Z',
  uri: 'must be an absolute URL, such as https://example.org/',
  email: 'must be an e-mail address',
};

const found = (value) => {
  const text = JSON.stringify(value);
  return text === undefined ? '' : ` (found ${text.length > 60 ? `${text.slice(0, 57)}...` : text})`;
};

function describe(error) {
  const { keyword, params, data } = error;
  switch (keyword) {
    case 'required':
      return 'is required';
    case 'enum':
      return `must be one of: ${params.allowedValues.join(', ')}${found(data)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}${found(data)}`;
    case 'type':
      return `must be ${/^[aeiou]/.test(params.type) ? 'an' : 'a'} ${params.type}${found(data)}`;
    case 'format':
      return `${FORMAT_MESSAGES[params.format] ?? `must be a valid ${params.format}`}${found(data)}`;
    case 'pattern':
      return `${PATTERN_MESSAGES[params.pattern] ?? `must match ${params.pattern}`}${found(data)}`;
    case 'minLength':
      return 'must not be empty';
    case 'minItems':
      return `must have at least ${params.limit} ${params.limit === 1 ? 'entry' : 'entries'}`;
    case 'uniqueItems':
      return `must not repeat an entry (entries ${params.j} and ${params.i} are the same)`;
    case 'minimum':
    case 'maximum':
      return `must be ${params.comparison} ${params.limit}${found(data)}`;
    case 'minProperties':
      return 'must not be empty';
    case 'propertyNames':
      return `has a key that ${PATTERN_MESSAGES['^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'].replace('must be', 'is not')}: ${JSON.stringify(params.propertyName)}`;
    default:
      return error.message ?? keyword;
  }
}

/** The item rule JSON Feed sets and the schema spells as anyOf of two `required`. */
const CONTENT_RULE = 'needs content_text or content_html (JSON Feed 1.1 requires one of them)';

/** ajv's errors as FeedProblems. */
export function problemsFromSchema(errors, json) {
  const anyOfs = errors.filter((error) => error.keyword === 'anyOf');
  const explained = (error) =>
    error.propertyName !== undefined ||
    anyOfs.some(
      (anyOf) => anyOf !== error && anyOf.instancePath === error.instancePath && error.schemaPath.startsWith(`${anyOf.schemaPath}/`),
    );
  return errors
    .filter((error) => !explained(error))
    .map((error) => {
      const base = pointerToPath(error.instancePath);
      // A bad key is reported at the key itself, where the reader reports it too (its wording then wins).
      const key = { required: error.params.missingProperty, propertyNames: error.params.propertyName }[error.keyword];
      const path = key === undefined ? base : appendSegment(base, key);
      const message = error.keyword === 'anyOf' ? CONTENT_RULE : describe(error);
      const itemId = itemIdAt(path, json);
      return { path, message, ...(itemId && { itemId }), severity: 'error' };
    });
}

let schemaValidator;
function validateAgainstSchema(json) {
  if (!schemaValidator) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true });
    addFormats(ajv);
    schemaValidator = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  }
  return schemaValidator(json) ? [] : problemsFromSchema(schemaValidator.errors, json);
}

// ---------------------------------------------------------------------------------------------
// Checking a parsed document

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Orders problems by path, with item indexes compared as numbers. */
const byPath = (a, b) => a.path.localeCompare(b.path, 'en', { numeric: true });

/** Schema and reader problems as one list: the same path and message is reported once. */
export function mergeProblems(...lists) {
  const seen = new Map();
  for (const problem of lists.flat()) {
    const key = `${problem.path}\u0000${problem.message}`;
    if (!seen.has(key)) seen.set(key, problem);
  }
  return [...seen.values()].sort(byPath);
}

/**
 * Decides what a parsed document is before judging it as a version 1 feed: a reader refuses
 * anything else outright, so the validator says that one thing instead of a wall of errors.
 * @returns {{ path: string, message: string, severity: 'error' } | undefined}
 */
function refusal(json) {
  const isJsonFeed =
    isObject(json) && typeof json.version === 'string' && json.version.startsWith('https://jsonfeed.org/version/');
  if (!isJsonFeed) {
    return { path: '$.version', message: 'not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")', severity: 'error' };
  }
  if (!isObject(json._digicanvis)) {
    return { path: '$._digicanvis', message: 'a JSON Feed, but not a DigiCanvis feed (no _digicanvis object)', severity: 'error' };
  }
  const { version } = json._digicanvis;
  if (Number.isInteger(version) && version > SUPPORTED_MAJOR) {
    return {
      path: '$._digicanvis.version',
      message: `DigiCanvis feed version ${version} is newer than this validator reads (version ${SUPPORTED_MAJOR}); update digicanvis`,
      severity: 'error',
    };
  }
  return undefined;
}

/**
 * Every problem of a parsed document: the schema's, plus the reader's semantic checks
 * (duplicate ids, council references, unknown translation languages…) when given.
 * @param {unknown} json
 * @param {{ semanticCheck?: (json: unknown) => Array<{ path: string, message: string, itemId?: string, severity: 'error'|'warning' }> }} [options]
 */
export function checkFeed(json, { semanticCheck } = {}) {
  const refused = refusal(json);
  if (refused) return [refused];
  let semantic = [];
  if (semanticCheck) {
    try {
      semantic = semanticCheck(json);
    } catch (error) {
      semantic = [{ path: '$', message: `the reader's checks failed: ${error.message}`, severity: 'error' }];
    }
  }
  // Where the reader found something at a path, its wording wins: it is the message the
  // browser console will show, and the schema's line would only say the same thing again.
  const readerPaths = new Set(semantic.map((problem) => problem.path));
  const schema = validateAgainstSchema(json).filter((problem) => !readerPaths.has(problem.path));
  return mergeProblems(schema, semantic);
}

/**
 * The browser reader, from the build (`validateFeed`, and `summarizeFeed` for the summary); a missing or broken
 * build is said, not fatal.
 */
async function loadReader(io) {
  const skipped = (why) => {
    io.err(`note: only the schema was checked: ${why}`);
    return {};
  };
  if (!existsSync(READER_FILE)) return skipped('dist/node/validate.js is not built (run npm run build)');
  try {
    const reader = await import(READER_FILE.href);
    if (typeof reader.validateFeed === 'function') return reader;
    return skipped('dist/node/validate.js exports no validateFeed');
  } catch (error) {
    return skipped(`dist/node/validate.js could not be loaded (${error.message})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a file or URL

async function fetchText(url, timeoutSeconds) {
  let response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
  } catch (error) {
    if (error.name === 'TimeoutError') throw new InputError(`${url}: no answer within ${timeoutSeconds} s`);
    throw new InputError(`${url}: could not connect (${error.cause?.code ?? error.cause?.message ?? error.message})`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new InputError(`${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (/^text\/html\b/i.test(contentType)) {
    throw new NotAFeedError(`${url}: the server sent an HTML page (content-type ${contentType}), not a JSON feed`);
  }
  return text;
}

async function readText(source, timeoutSeconds) {
  if (/^https?:\/\//i.test(source)) return fetchText(source, timeoutSeconds);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source)) throw new InputError(`${source}: only files and http(s) URLs can be read`);
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    const reason = { ENOENT: 'no such file', EISDIR: 'is a folder', EACCES: 'permission denied' }[error.code] ?? error.message;
    throw new InputError(`${source}: cannot read the file (${reason})`);
  }
}

function parseFeedText(text, source) {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(body)) throw new NotAFeedError(`${source}: this is HTML or XML, not a JSON feed`);
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new NotAFeedError(`${source}: not valid JSON (${error.message})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `a 3, b 1`; entries counted 0 are left out unless `zeros`. */
function tally(counts, zeros = true) {
  return Object.entries(counts)
    .filter(([, count]) => zeros || count > 0)
    .map(([value, count]) => `${value} ${count}`)
    .join(', ');
}

/** The summary lines under the verdict: what the widgets will show, counted as the reader reads it. */
function describeFeed(summary, json) {
  const byLanguage = (what) =>
    tally(Object.fromEntries(Object.entries(summary.languages).map(([tag, counts]) => [tag, counts[what]])), false) || 'none';
  const lines = [];
  if (summary.projects < summary.items) {
    lines.push(`  shown:     ${summary.projects} of ${summary.items} projects (${summary.items - summary.projects} skipped)`);
  }
  lines.push(
    `  areas:     ${tally(summary.areas)}`,
    `  phases:    ${tally(summary.phases)}`,
    `  kinds:     ${tally(summary.kinds)}`,
    `  councils:  ${summary.councils} in ${summary.countries} ${summary.countries === 1 ? 'country' : 'countries'}` +
      `${summary.projects ? `; projects by ${tally(summary.councilKinds, false)}` : ''}`,
    `  languages: ${json.language} (feed); projects ${byLanguage('projects')} (of ${summary.projects})` +
      `${summary.faq ? `; FAQ ${byLanguage('faq')} (of ${summary.faq})` : ''}`,
  );
  if (json.next_url) lines.push(`  next page: ${json.next_url} (not checked)`);
  return lines;
}

function report(problems, json, name, out, summary) {
  for (const problem of problems) {
    const prefix = problem.severity === 'warning' ? 'warning: ' : '';
    out(`${problem.path}  ${prefix}${problem.message}${problem.itemId ? `  [item ${problem.itemId}]` : ''}`);
  }
  const errors = problems.filter((problem) => problem.severity !== 'warning').length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    out(`${name}: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`);
    if (summary) for (const line of describeFeed(summary, json)) out(line);
    return EXIT.invalid;
  }
  const faq = json._digicanvis.faq?.length ?? 0;
  out(
    `${name}: valid — ${plural(json.items.length, 'project')}, ${faq} FAQ ${faq === 1 ? 'entry' : 'entries'}` +
      `${warnings ? `, ${plural(warnings, 'warning')}` : ''}`,
  );
  if (summary) for (const line of describeFeed(summary, json)) out(line);
  return EXIT.valid;
}

// ---------------------------------------------------------------------------------------------
// Commands

const VALIDATE_HELP = `Usage: digicanvis validate [--timeout <seconds>] <file or URL>

Checks a DigiCanvis feed against the JSON Schema (schema/digicanvis-feed.schema.json) and the
browser reader's own rules, and prints every problem as "<JSON path>  <message>", then a summary.

Options:
  --timeout <seconds>  how long to wait for a URL (default ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help           show this help

Exit status: 0 valid (warnings allowed), 1 invalid or not a DigiCanvis feed,
2 usage error or the document could not be read (missing file, network error, HTTP error).`;

async function validate(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error.message, VALIDATE_HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(VALIDATE_HELP);
    return EXIT.valid;
  }
  if (positionals.length !== 1) throw new UsageError('validate needs exactly one file or URL', VALIDATE_HELP);
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError('--timeout must be a number of seconds above 0', VALIDATE_HELP);

  const [source] = positionals;
  const name = /^https?:\/\//i.test(source) ? source : basename(source);
  let json;
  try {
    json = parseFeedText(await readText(source, timeout), source);
  } catch (error) {
    if (!(error instanceof NotAFeedError)) throw error;
    io.out(`$  ${error.message}`);
    io.out(`${name}: not a feed`);
    return EXIT.invalid;
  }
  const reader = await loadReader(io);
  const problems = checkFeed(json, { semanticCheck: reader.validateFeed });
  // A document the reader refuses outright (not a DigiCanvis feed, a later version) has nothing to count.
  const summary = refusal(json) ? undefined : reader.summarizeFeed?.(json);
  return report(problems, json, name, io.out, summary);
}

const FROM_CSV_HELP = `Usage: digicanvis from-csv [options] <councils.csv> <projects.csv> [<faq.csv>]

Builds a DigiCanvis feed from spreadsheets saved as CSV (comma, semicolon or tab separated, UTF-8;
a file that is not UTF-8 is read as Windows-1252, Excel's "CSV" on Windows, and a note says so):
one file of councils, one of projects and, optionally, one of the assistant's FAQ entries, with the
columns of docs/csv.md. Every problem is reported as "<file> row <n>, column '<name>': <what>",
all of them in one run; the feed is checked with "digicanvis validate" before it is written, and
nothing is written when there is an error.

Options:
  -o, --output <file>      write the feed to this file (default: standard output)
  --title <text>           the feed's title (required)
  --language <tag>         the feed's main language, a BCP 47 tag such as ca, es or en (required)
  --home-page-url <url>    the website the feed belongs to
  --feed-url <url>         where the feed will be published
  --description <text>     what the feed is; credit the sources of your data here
  --icon <url>             a square image for feed readers
  --forum-api <url>        the base URL of the feed's forum API
  --help-phone <text>, --help-email <address>, --help-url <url>, --help-hours <text>,
  --help-address <text>    how the assistant tells a citizen to reach a person
  -h, --help               show this help

Exit status: 0 feed written (warnings allowed), 1 a problem in the files (nothing written),
2 usage error or a file could not be read (or read as text: a workbook, an unknown encoding).`;

/**
 * The three files' text, each decoded as `decodeCsv` reads it (a guessed encoding is said, once per file); a file
 * that cannot be read, or read as text, is an InputError (exit 2).
 */
async function readCsvFiles(paths, { decodeCsv, CsvEncodingError, encodingNote }, io) {
  const read = async (path) => {
    if (path === undefined) return undefined;
    let bytes;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const reason = { ENOENT: 'no such file', EISDIR: 'is a folder', EACCES: 'permission denied' }[error.code] ?? error.message;
      throw new InputError(`${path}: cannot read the file (${reason})`);
    }
    try {
      return { name: basename(path), ...decodeCsv(bytes) };
    } catch (error) {
      if (error instanceof CsvEncodingError) throw new InputError(`${path}: ${error.message}`);
      throw error;
    }
  };
  const [councils, projects, faq] = await Promise.all(paths.slice(0, 3).map(read));
  for (const file of [councils, projects, faq]) {
    const note = file && encodingNote(file.name, file.encoding);
    if (note) io.err(note);
  }
  return { councils, projects, faq };
}

/** Where the validator's finding about the built feed came from in the spreadsheets, by its JSON path. */
function placeOf(problem, rows, files) {
  const match = /^\$(?:\.items\[(\d+)\]|\._digicanvis\.(councils|faq)\[(\d+)\])/.exec(problem.path);
  if (!match) return { file: 'feed', message: `${problem.path}: ${problem.message}` };
  const [table, index] = match[1] !== undefined ? ['items', match[1]] : [match[2], match[3]];
  const file = { items: files.projects, councils: files.councils, faq: files.faq }[table].name;
  return { file, row: rows[table][Number(index)], message: `${problem.message} (${problem.path} in the feed)` };
}

async function fromCsv(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        output: { type: 'string', short: 'o' },
        title: { type: 'string' },
        language: { type: 'string' },
        'home-page-url': { type: 'string' },
        'feed-url': { type: 'string' },
        description: { type: 'string' },
        icon: { type: 'string' },
        'forum-api': { type: 'string' },
        'help-phone': { type: 'string' },
        'help-email': { type: 'string' },
        'help-url': { type: 'string' },
        'help-hours': { type: 'string' },
        'help-address': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error.message, FROM_CSV_HELP);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(FROM_CSV_HELP);
    return EXIT.valid;
  }
  if (positionals.length < 2 || positionals.length > 3) {
    throw new UsageError('from-csv needs the councils file and the projects file, and optionally the FAQ file', FROM_CSV_HELP);
  }
  for (const option of ['title', 'language']) {
    if (!values[option]?.trim()) throw new UsageError(`from-csv needs --${option} (the feed's ${option === 'title' ? 'title' : 'main language, such as ca'})`, FROM_CSV_HELP);
  }
  if (!existsSync(CSV_FILE)) throw new InputError('dist/node/from-csv.js is not built (run npm run build)');
  const csv = await import(CSV_FILE.href);
  const { feedFromCsv, formatProblem } = csv;
  const files = await readCsvFiles(positionals, csv, io);
  const { feed, problems, rows } = feedFromCsv(files, {
    title: values.title,
    language: values.language,
    home_page_url: values['home-page-url'],
    feed_url: values['feed-url'],
    description: values.description,
    icon: values.icon,
    forum_api: values['forum-api'],
    help: {
      phone: values['help-phone'],
      email: values['help-email'],
      url: values['help-url'],
      hours: values['help-hours'],
      address: values['help-address'],
    },
  });
  // What the spreadsheets let through is checked again as a feed, by the same schema and reader as validate.
  const reader = await loadReader(io);
  const checked = checkFeed(feed, { semanticCheck: reader.validateFeed }).map((problem) => ({
    ...placeOf(problem, rows, files),
    severity: problem.severity,
  }));
  const all = [...problems, ...checked];
  for (const problem of all) io.err(formatProblem(problem));
  const errors = all.filter((problem) => problem.severity === 'error').length;
  const warnings = all.length - errors;
  const warned = warnings ? `, ${plural(warnings, 'warning')}` : '';
  if (errors) {
    io.err(`${plural(errors, 'error')}${warned}: no feed written`);
    return EXIT.invalid;
  }
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  if (values.output) await writeFile(values.output, text);
  else io.out(text.slice(0, -1));
  const faq = feed._digicanvis.faq?.length;
  io.err(
    `${values.output ? basename(values.output) : 'feed'}: ${plural(feed.items.length, 'project')}, ${plural(feed._digicanvis.councils.length, 'council')}` +
      `${faq === undefined ? '' : `, ${faq} FAQ ${faq === 1 ? 'entry' : 'entries'}`}${warned}; valid`,
  );
  return EXIT.valid;
}

const FORUM_HELP = `Usage: digicanvis forum [options]
       digicanvis forum token --name <name> [--council <id>] [--moderator] [--data <folder>]

Runs the forum server <dc-forum-thread> talks to (the API of docs/forum-api.md, its OpenAPI document at
/openapi.json), on an embedded PostgreSQL database kept in a folder, or on a PostgreSQL server when the
DATABASE_URL environment variable is set (postgres://user:password@host/database): the same SQL either way.

"forum token" makes a bearer token for a verified member (posts published at once) or, with --moderator, for a
moderator; it is printed once and only its hash is stored. The embedded database's folder takes one process at a
time: while the server runs on it, "forum token" asks that server (over a socket in the folder only its user can
open) to make the token, which then works at once.

Options:
  --port <n>         port to listen on (default 8787; 0 for any free one)
  --host <address>   address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --data <folder>    the embedded database's folder (default ./forum-data)
  --origin <url>     an origin allowed to post from a browser, such as https://www.example-council.cat
                     (repeat for several; * for any)
  --seed             add the example discussions to a forum that has none
  --trust-proxy      behind a reverse proxy: the client's address from X-Forwarded-For (rate limits)
  -h, --help         show this help

Exit status: 0 done (the server: stopped by Ctrl+C or SIGTERM), 1 the data folder is in use by another process
(another server; or, for "forum token", a server it cannot ask: stop it first), 2 usage error.`;

async function forum(args, io) {
  const [sub, ...rest] = args[0] === 'token' ? args : [undefined, ...args];
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        origin: { type: 'string', multiple: true },
        seed: { type: 'boolean' },
        'trust-proxy': { type: 'boolean' },
        name: { type: 'string' },
        council: { type: 'string' },
        moderator: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error.message, FORUM_HELP);
  }
  const { values } = parsed;
  if (values.help) {
    io.out(FORUM_HELP);
    return EXIT.valid;
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = databaseUrl ? undefined : (values.data ?? 'forum-data');
  if (sub === 'token') {
    if (!values.name?.trim()) throw new UsageError('forum token needs --name', FORUM_HELP);
    const { openDatabase, DataFolderInUseError, LOCK_FILE } = await import('../server/db.mjs');
    const { addMember } = await import('../server/forum.mjs');
    const member = { name: values.name.trim(), council: values.council ?? null, role: values.moderator ? 'moderator' : 'member' };
    let db;
    try {
      db = await openDatabase({ url: databaseUrl, dataDir });
    } catch (error) {
      if (!(error instanceof DataFolderInUseError)) throw error;
      // The running server holds the folder: it makes the token itself, so that it takes it at once and keeps it.
      const { requestToken } = await import('../server/token-channel.mjs');
      const token = await requestToken(dataDir, member).catch((failure) => {
        throw new FolderBusyError(`${dataDir}: ${failure.message}`);
      });
      if (token === undefined) {
        throw new FolderBusyError(
          `${dataDir} is in use by a forum server${error.pid ? ` (process ${error.pid})` : ''} that cannot be asked for a token here. ` +
            `Stop it (Ctrl+C), run this again, and start it again; or run the forum on a PostgreSQL server (DATABASE_URL), ` +
            `which the server and "forum token" can use at the same time. If no forum is running, delete ${join(dataDir, LOCK_FILE)}.`,
        );
      }
      io.out(token);
      io.err(`note: made by the forum server running on ${dataDir}${error.pid ? ` (process ${error.pid})` : ''}; it works at once`);
      return EXIT.valid;
    }
    try {
      io.out(await addMember(db, member));
    } finally {
      await db.close();
    }
    return EXIT.valid;
  }
  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number', FORUM_HELP);
  for (const origin of values.origin ?? []) {
    if (origin !== '*' && !/^https?:\/\/[^/]+$/.test(origin)) throw new UsageError(`--origin ${origin} is not an origin like https://www.example.cat (no path)`, FORUM_HELP);
  }
  const { startForum } = await import('../server/start.mjs');
  const { DataFolderInUseError } = await import('../server/db.mjs');
  const running = await startForum({
    port,
    host: values.host ?? '127.0.0.1',
    dataDir,
    databaseUrl,
    origins: values.origin ?? [],
    seed: !!values.seed,
    trustProxy: !!values['trust-proxy'],
  }).catch((error) => {
    if (error instanceof DataFolderInUseError) throw new FolderBusyError(error.message);
    throw error;
  });
  io.out(`Forum API: ${running.url} (${databaseUrl ? 'PostgreSQL server' : `embedded PostgreSQL in ${dataDir}`}); OpenAPI document: ${running.url}openapi.json`);
  await new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, resolve);
  });
  await running.close();
  return EXIT.valid;
}

const COMMANDS = {
  validate: { summary: 'check a feed file or URL and print every problem with its JSON path', run: validate },
  'from-csv': { summary: 'build a feed from spreadsheets (councils, projects, FAQ as CSV)', run: fromCsv },
  forum: { summary: 'run the forum server (embedded PostgreSQL, or DATABASE_URL); "forum token" for members', run: forum },
};

const HELP = `Usage: digicanvis <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`)
  .join('\n')}

Options:
  -h, --help     show this help; "digicanvis <command> --help" for one command
  -v, --version  print the version`;

/** The embedded database's folder is held by another process: exit 1, with what to do instead. */
class FolderBusyError extends Error {}

class UsageError extends Error {
  constructor(message, help = HELP) {
    super(message);
    this.help = help;
  }
}

/**
 * Runs the command line and resolves to the exit status.
 * @param {string[]} argv the arguments after the program name
 */
export async function main(argv, io = { out: (line) => console.log(line), err: (line) => console.error(line) }) {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('no command given');
    if (command === '-h' || command === '--help' || command === 'help') {
      const topic = command === 'help' ? COMMANDS[rest[0]] : undefined;
      if (topic) return await topic.run(['--help'], io);
      io.out(HELP);
      return EXIT.valid;
    }
    if (command === '-v' || command === '--version') {
      io.out(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
      return EXIT.valid;
    }
    const entry = COMMANDS[command];
    if (!entry) throw new UsageError(`unknown command "${command}"`);
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`digicanvis: ${error.message}\n\n${error.help}`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(`digicanvis: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof FolderBusyError) {
      io.err(`digicanvis: ${error.message}`);
      return EXIT.invalid;
    }
    throw error;
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
