/**
 * Spreadsheets to a DigiCanvis feed: councils, projects and (optionally) FAQ entries, one CSV file each, with the
 * columns of docs/csv.md. Every cell is checked where it is, so a problem names its file, row and column the way the
 * publisher sees them in the spreadsheet; every problem is collected (a row with one is left out, the others still
 * read) so that one run lists all there is to fix. The feed is checked again as a whole by the validator afterwards.
 *
 * Nothing here reads files: the command line (bin/digicanvis.mjs) does, so this runs anywhere.
 */
import { AREAS, COUNCIL_KINDS, JSON_FEED_VERSION, PHASES, PROJECT_KINDS, SAVINGS_PERIODS, SUPPORTED_MAJOR } from '../feed/types.js';
import { isLanguageTag } from '../feed/check.js';
import { isEmail, resolveHttpUrl, resolveUrl } from '../feed/url.js';
import { parseCsv, type CsvEncoding, type CsvTable } from './csv.js';

export { parseCsv, detectDelimiter, writeCsv, csvCell, decodeCsv, CsvEncodingError, type CsvEncoding } from './csv.js';

export interface CsvFile {
  /** How messages name the file: usually its base name, `projects.csv`. */
  name: string;
  text: string;
}

/** The feed's own fields, which no table holds (the command line's options). */
export interface FeedHeader {
  title?: string;
  language?: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  icon?: string;
  forum_api?: string;
  help?: { phone?: string; email?: string; url?: string; hours?: string; address?: string };
}

export interface CsvProblem {
  /** The file, or the option (`--language`), the problem is in. */
  file: string;
  /** The spreadsheet's row number (the header is row 1). */
  row?: number;
  column?: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface Conversion {
  feed: Record<string, unknown>;
  problems: CsvProblem[];
  /** The spreadsheet row each output object came from, by its index in the feed: to place the validator's findings. */
  rows: { items: number[]; councils: number[]; faq: number[] };
}

/** `projects.csv row 14, column 'areas': …`, the way every problem is printed. */
export function formatProblem(problem: CsvProblem): string {
  const where = [problem.file, problem.row === undefined ? '' : ` row ${problem.row}`, problem.column === undefined ? '' : `, column '${problem.column}'`].join('');
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

/**
 * What the publisher is told about a file read in an encoding that was guessed, once per file; undefined when
 * nothing was guessed (UTF-8, or UTF-16 with its byte-order mark).
 */
export function encodingNote(file: string, encoding: CsvEncoding): string | undefined {
  if (encoding !== 'windows-1252') return undefined;
  return (
    `${file}: note: not UTF-8, so it was read as Windows-1252, what Excel on Windows saves as "CSV" ("CSV (comma delimited)"); ` +
    'check its accented letters in the feed, or save it as "CSV UTF-8" so that nothing is guessed'
  );
}

type Obj = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Cells

/** Separates the values of a multi-valued cell: a vertical bar, or a line break inside the cell (Alt+Enter). */
const LIST_SEPARATOR = /\s*(?:\||\n)\s*/;

const quote = (s: string): string => `'${s.length > 60 ? `${s.slice(0, 57)}…` : s}'`;
const oneOf = (values: readonly string[]): string => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/** A number as people type it: `1234.5`, `1.234,5`, `1,234.5`, `1 234,5`. `decimalComma`: how to read `1.500` / `1,500`. */
export function parseNumber(text: string, decimalComma: boolean): number | undefined {
  const s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^[+-]?(?:\d[\d.,]*)$/.test(s) || /[.,]$/.test(s)) return undefined;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let decimal: '.' | ',' | undefined;
  if (dots && commas) decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    // One separator before exactly three digits (1.500, 1,500) could be either: the file's locale decides.
    const ambiguous = s.length - s.indexOf(sep) - 1 === 3;
    if (!ambiguous || (sep === ',') === decimalComma) decimal = sep;
  }
  const [whole, fraction] = decimal ? [s.slice(0, s.lastIndexOf(decimal)), s.slice(s.lastIndexOf(decimal) + 1)] : [s, ''];
  if (/[.,]/.test(fraction)) return undefined;
  const grouping = decimal === '.' ? ',' : decimal === ',' ? '.' : dots ? '.' : ',';
  const groups = whole.replace(/^[+-]/, '').split(grouping);
  if (groups.length > 1 && (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) return undefined;
  return Number(`${whole.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`);
}

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const DATE_TIME = /^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:[Zz]|[+-]\d\d:\d\d)$/;

/** `2024-05-31`, or `31/05/2024` (day first, as Europe writes it), as YYYY-MM-DD when that day exists. */
export function parseDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2].padStart(2, '0'), dayFirst[1].padStart(2, '0')] : [];
  if (!y) return undefined;
  const date = `${y}-${m}-${d}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined;
}

const TRUE = new Set(['yes', 'y', 'true', '1', 'x', 'sí', 'si', 'oui', 'ja']);
const FALSE = new Set(['no', 'n', 'false', '0', 'non', 'nein']);

/** The cells of one record, read by column name; every problem goes to the list with this row's place. */
class Row {
  constructor(
    private readonly table: Table,
    readonly row: number,
    private readonly cells: string[],
  ) {}

  ok = true;

  problem(column: string | undefined, message: string, severity: CsvProblem['severity'] = 'error'): undefined {
    if (severity === 'error') this.ok = false;
    this.table.problems.push({ file: this.table.name, row: this.row, ...(column !== undefined && { column }), message, severity });
    return undefined;
  }

  /** The cell of `column`, trimmed; undefined when blank or when the file has no such column. */
  text(column: string): string | undefined {
    const index = this.table.columns.get(column);
    const value = index === undefined ? undefined : this.cells[index]?.trim();
    return value ? value : undefined;
  }

  /** Reports `column` as required when blank; a missing column was reported once, for the whole file. */
  required(column: string, what: string): string | undefined {
    const value = this.text(column);
    if (value === undefined && this.table.columns.has(column)) this.problem(column, `is required: ${what}`);
    if (value === undefined) this.ok = false;
    return value;
  }

  list(column: string): string[] | undefined {
    const values = this.text(column)?.split(LIST_SEPARATOR).filter(Boolean);
    return values?.length ? values : undefined;
  }

  choice<T extends string>(column: string, allowed: readonly T[], what: string, need = false): T | undefined {
    const value = need ? this.required(column, `one of ${oneOf(allowed)}`) : this.text(column);
    if (value === undefined) return undefined;
    const found = allowed.find((a) => a === value.toLowerCase());
    return found ?? this.problem(column, `${quote(value)} is not ${what}: ${allowed.join(', ')}`);
  }

  choices<T extends string>(column: string, allowed: readonly T[], what: string): T[] | undefined {
    const values = this.list(column);
    if (!values) return undefined;
    const out: T[] = [];
    for (const value of values) {
      const found = allowed.find((a) => a === value.toLowerCase());
      if (!found) this.problem(column, `${quote(value)} is not ${what}: ${allowed.join(', ')}`);
      else if (!out.includes(found)) out.push(found);
    }
    return out;
  }

  /** An absolute URL: `http` only https and http (pages, images, APIs); otherwise also mailto and tel (links). */
  url(column: string, http: boolean, need = false): string | undefined {
    const value = need ? this.required(column, 'a URL') : this.text(column);
    if (value === undefined) return undefined;
    if ((http ? resolveHttpUrl : resolveUrl)(value)) return value;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    const allowed = http ? 'https or http' : 'https, http, mailto or tel';
    return this.problem(
      column,
      scheme && !(http ? ['http', 'https'] : ['http', 'https', 'mailto', 'tel']).includes(scheme)
        ? `${quote(value)}: a ${scheme}: URL is not allowed here, only ${allowed}`
        : `${quote(value)} is not an absolute ${allowed} URL (such as https://www.example.cat/)`,
    );
  }

  email(column: string): string | undefined {
    const value = this.text(column);
    if (value === undefined || isEmail(value)) return value;
    return this.problem(column, `${quote(value)} is not an email address`);
  }

  number(column: string, what: 'integer' | 'amount' | 'latitude' | 'longitude', need = false): number | undefined {
    const value = need ? this.required(column, `a ${what}`) : this.text(column);
    if (value === undefined) return undefined;
    let n: number | undefined;
    if (what === 'latitude' || what === 'longitude') {
      // Degrees never need a thousands separator: a comma or a point is the decimal one.
      const s = value.replace(/\s/g, '');
      n = /^[+-]?\d+(?:[.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : undefined;
      const limit = what === 'latitude' ? 90 : 180;
      if (n !== undefined && Math.abs(n) > limit) return this.problem(column, `${quote(value)} is not a ${what}: it must be between -${limit} and ${limit}`);
    } else {
      n = parseNumber(value, this.table.decimalComma);
      if (n !== undefined && (n < 0 || (what === 'integer' && !Number.isInteger(n)))) {
        return this.problem(column, `${quote(value)} must be a ${what === 'integer' ? 'whole number' : 'number'} of 0 or more`);
      }
    }
    return n ?? this.problem(column, `${quote(value)} is not a number`);
  }

  date(column: string): string | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    return parseDate(value) ?? this.problem(column, `${quote(value)} is not a date: write it as 2024-05-31 (or 31/05/2024)`);
  }

  /** A date and time with its zone, or a date alone (midnight UTC). */
  dateTime(column: string): string | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const day = parseDate(value);
    if (day) return `${day}T00:00:00Z`;
    if (DATE_TIME.test(value) && parseDate(value.slice(0, 10)) && !isNaN(Date.parse(value.replace(' ', 'T')))) return value;
    return this.problem(column, `${quote(value)} is not a date, or a date and time with its zone such as 2024-05-31T10:00:00+02:00`);
  }

  bool(column: string): boolean | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const word = value.toLowerCase();
    if (TRUE.has(word)) return true;
    if (FALSE.has(word)) return false;
    return this.problem(column, `${quote(value)} is not yes or no`);
  }

  language(column: string): string | undefined {
    const value = this.text(column);
    if (value === undefined || isLanguageTag(value)) return value;
    return this.problem(column, `${quote(value)} is not a BCP 47 language tag such as ca, es or pt-BR`);
  }

  /**
   * The numbered column groups `<group>1_<field>`, `<group>2_<field>`…, in number order, each read by `read`
   * (given the column name of each field); groups whose cells are all blank are left out.
   */
  groups<T>(group: string, read: (column: (field: string) => string) => T | undefined): T[] {
    const out: T[] = [];
    for (const n of this.table.groups.get(group) ?? []) {
      const column = (field: string): string => `${group}${n}_${field}`;
      const names = [...this.table.columns.keys()].filter((c) => c.startsWith(`${group}${n}_`));
      if (!names.some((c) => this.text(c) !== undefined)) continue;
      const value = read(column);
      if (value !== undefined) out.push(value);
    }
    return out;
  }

  /** The translations of `fields` in the `<field>@<lang>` columns: `{ es: { title: … } }`, or undefined. */
  translations(fields: Record<string, 'text' | 'list'>): Record<string, Obj> | undefined {
    const out: Record<string, Obj> = {};
    for (const [lang, columns] of this.table.languages) {
      const texts: Obj = {};
      for (const [field, kind] of Object.entries(fields)) {
        const column = `${field}@${lang}`;
        if (!columns.has(column)) continue;
        const value = kind === 'list' ? this.list(column) : this.text(column);
        if (value !== undefined) texts[field] = value;
      }
      if (Object.keys(texts).length) out[lang] = texts;
    }
    return Object.keys(out).length ? out : undefined;
  }
}

/** `value` without its undefined entries, or undefined when nothing is left. */
function defined<T extends Obj>(value: T): T {
  for (const k of Object.keys(value)) if (value[k] === undefined) delete value[k];
  return value;
}

// ---------------------------------------------------------------------------------------------
// Tables

/** The columns of one kind of file: plain ones, numbered groups with their fields, translatable ones. */
interface Columns {
  plain: string[];
  required: string[];
  groups: Record<string, string[]>;
  translatable: Record<string, 'text' | 'list'>;
}

export const COUNCIL_COLUMNS: Columns = {
  plain: ['id', 'name', 'kind', 'country', 'population', 'lat', 'lon', 'url'],
  required: ['id', 'name', 'kind', 'country', 'lat', 'lon'],
  groups: {},
  translatable: {},
};

export const PROJECT_COLUMNS: Columns = {
  plain: [
    'id', 'council', 'title', 'url', 'summary', 'content_text', 'content_html', 'image', 'date_published', 'date_modified',
    'tags', 'language', 'partners', 'value', 'savings_amount', 'savings_currency', 'savings_period', 'savings_note',
    'barriers', 'benefits', 'technologies', 'methodologies', 'tools', 'areas', 'kind', 'phase', 'started', 'visits', 'thread',
  ],
  required: ['id', 'council', 'title', 'areas', 'kind', 'phase'],
  groups: {
    contact: ['name', 'role', 'email', 'phone', 'url'],
    attachment: ['url', 'mime_type', 'title', 'size_in_bytes', 'duration_in_seconds'],
    author: ['name', 'url'],
  },
  translatable: { title: 'text', summary: 'text', content_text: 'text', value: 'text', barriers: 'list', benefits: 'list' },
};

export const FAQ_COLUMNS: Columns = {
  plain: ['id', 'question', 'answer', 'alternatives', 'keywords', 'areas'],
  required: ['question', 'answer'],
  groups: { link: ['title', 'url'] },
  translatable: { question: 'text', answer: 'text', alternatives: 'list' },
};

/** A header cell as a column name: case, spaces and hyphens do not matter (`Content text` is `content_text`). */
const columnName = (cell: string): string => {
  const at = cell.indexOf('@');
  const name = (at < 0 ? cell : cell.slice(0, at)).trim().toLowerCase().replace(/[\s-]+/g, '_');
  return at < 0 ? name : `${name}@${cell.slice(at + 1).trim()}`;
};

/** One file's header, read against the columns of its kind. */
class Table {
  readonly columns = new Map<string, number>();
  /** Numbers used by each numbered group, in order. */
  readonly groups = new Map<string, number[]>();
  /** Each translation language and its columns. */
  readonly languages = new Map<string, Set<string>>();
  readonly decimalComma: boolean;

  constructor(
    readonly name: string,
    readonly csv: CsvTable,
    spec: Columns,
    readonly problems: CsvProblem[],
  ) {
    // Where Excel separates cells with ";", the decimal separator is the comma.
    this.decimalComma = csv.delimiter === ';';
    for (const { row, message } of csv.problems) problems.push({ file: name, row, message, severity: 'error' });
    const headerProblem = (column: string, message: string, severity: CsvProblem['severity'] = 'error'): void => {
      problems.push({ file: name, row: 1, column, message, severity });
    };
    csv.header.forEach((cell, index) => {
      const column = columnName(cell);
      if (!column) return;
      if (this.columns.has(column)) return headerProblem(column, `the column appears twice (columns ${this.columns.get(column)! + 1} and ${index + 1})`);
      const [field, lang] = column.split('@') as [string, string?];
      const group = /^([a-z]+)(\d+)_([a-z_]+)$/.exec(column);
      if (lang !== undefined) {
        if (!(field in spec.translatable)) {
          return headerProblem(column, `only ${Object.keys(spec.translatable).join(', ') || 'no column'} can be translated here: ignored`, 'warning');
        }
        if (!isLanguageTag(lang)) return headerProblem(column, `${quote(lang)} is not a BCP 47 language tag such as es, en or pt-BR`);
        let columns = this.languages.get(lang);
        if (!columns) this.languages.set(lang, (columns = new Set()));
        columns.add(column);
      } else if (group && spec.groups[group[1]]) {
        if (!spec.groups[group[1]].includes(group[3])) {
          return headerProblem(column, `a ${group[1]} has no ${group[3]}: its columns are ${spec.groups[group[1]].map((f) => `${group[1]}${group[2]}_${f}`).join(', ')}`);
        }
        const numbers = this.groups.get(group[1]) ?? [];
        if (!numbers.includes(Number(group[2]))) this.groups.set(group[1], [...numbers, Number(group[2])].sort((a, b) => a - b));
      } else if (!spec.plain.includes(column)) {
        return headerProblem(column, 'not a column DigiCanvis reads: ignored (see docs/csv.md)', 'warning');
      }
      this.columns.set(column, index);
    });
    for (const column of spec.required) {
      if (!this.columns.has(column)) problems.push({ file: name, row: 1, message: `the required column '${column}' is missing`, severity: 'error' });
    }
    for (const { row, cells } of csv.records) {
      // More cells than columns: usually a separator in a cell that should have been quoted, which shifted the rest.
      if (cells.length > csv.header.length) {
        problems.push({
          file: name,
          row,
          message: `${cells.length} cells but the header has ${csv.header.length} columns: is a "${csv.delimiter === '\t' ? '\\t' : csv.delimiter}" in a cell that is not quoted?`,
          severity: 'error',
        });
      }
    }
  }

  rows(): Row[] {
    return this.csv.records.map(({ row, cells }) => new Row(this, row, cells));
  }
}

const COUNCIL_ID = /^[a-z][a-z0-9+.-]*:.+$/;

/** Whether `id` was already seen in `file`, reported at `row` if so; remembered otherwise. */
function firstUse(seen: Map<string, number>, row: Row, what: string, id: string | undefined): boolean {
  if (id === undefined) return true;
  const earlier = seen.get(id);
  if (earlier !== undefined) {
    row.problem('id', `${what} id ${quote(id)} is already used in row ${earlier}`);
    return false;
  }
  seen.set(id, row.row);
  return true;
}

function readCouncil(row: Row): Obj {
  const id = row.required('id', 'a scheme-qualified code such as es-ine:08019 or geonames:2950159');
  if (id !== undefined && !COUNCIL_ID.test(id)) row.problem('id', `${quote(id)} is not a council id: a scheme, a colon and a code, such as es-ine:08019 or geonames:2950159`);
  const country = row.required('country', 'an ISO 3166-1 country code such as ES');
  if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) row.problem('country', `${quote(country)} is not a two-letter ISO 3166-1 country code such as ES`);
  const lat = row.number('lat', 'latitude', true);
  const lon = row.number('lon', 'longitude', true);
  return defined({
    id,
    name: row.required('name', 'the official name'),
    kind: row.choice('kind', COUNCIL_KINDS, 'a kind of council', true),
    country: country?.toUpperCase(),
    population: row.number('population', 'integer'),
    location: lat !== undefined && lon !== undefined ? { lat, lon } : undefined,
    url: row.url('url', true),
  });
}

/** A media type from a URL's file extension, for attachments whose `mime_type` cell is blank. */
const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf', mp4: 'video/mp4', webm: 'video/webm', mp3: 'audio/mpeg', ogg: 'audio/ogg', png: 'image/png',
  jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml', csv: 'text/csv', json: 'application/json', zip: 'application/zip',
  odt: 'application/vnd.oasis.opendocument.text', ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

function guessMediaType(url: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  // A link with no file extension of a known kind is a web page: the documentation articles most projects have.
  return (extension && MEDIA_TYPES[extension]) || 'text/html';
}

function readProject(row: Row, councilIds: Map<string, number>): Obj {
  const council = row.required('council', 'the id of the council that carried it out, from the councils file');
  if (council !== undefined && !councilIds.has(council)) row.problem('council', `${quote(council)} is not a council id of the councils file`);
  const partners = row.list('partners');
  for (const partner of partners ?? []) {
    if (!councilIds.has(partner)) row.problem('partners', `${quote(partner)} is not a council id of the councils file`);
  }
  const areas = row.choices('areas', AREAS, 'one of the six areas');
  if (areas === undefined) row.required('areas', `one or more of the six areas: ${AREAS.join(', ')}`);
  const contentText = row.text('content_text');
  const contentHtml = row.text('content_html');
  if (contentText === undefined && contentHtml === undefined) {
    row.problem('content_text', 'a description is required: content_text (plain text) or content_html');
  }

  const amount = row.number('savings_amount', 'amount');
  const period = row.choice('savings_period', SAVINGS_PERIODS, 'a savings period');
  const currency = row.text('savings_currency');
  if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) row.problem('savings_currency', `${quote(currency)} is not an ISO 4217 currency code such as EUR`);
  const note = row.text('savings_note');
  if (amount === undefined && (period ?? currency ?? note) !== undefined && row.text('savings_amount') === undefined) {
    row.problem('savings_amount', 'is required when the savings period, currency or note is given');
  }
  if (amount !== undefined && period === undefined && row.text('savings_period') === undefined) {
    row.problem('savings_period', `is required with a savings amount: ${oneOf(SAVINGS_PERIODS)}`);
  }

  const contacts = row.groups('contact', (column) => {
    const contact = defined({
      name: row.text(column('name')),
      role: row.text(column('role')),
      email: row.email(column('email')),
      phone: row.text(column('phone')),
      url: row.url(column('url'), false),
    });
    return contact.name === undefined ? row.problem(column('name'), 'is required for a contact that has other details') : contact;
  });
  const attachments = row.groups('attachment', (column) => {
    const url = row.url(column('url'), false);
    if (url === undefined) return row.text(column('url')) === undefined ? row.problem(column('url'), 'is required for an attachment that has other details') : undefined;
    const given = row.text(column('mime_type'));
    if (given !== undefined && !/^[a-z]+\/\S+$/i.test(given)) return row.problem(column('mime_type'), `${quote(given)} is not a media type such as application/pdf`);
    return defined({
      url,
      mime_type: given?.toLowerCase() ?? guessMediaType(url),
      title: row.text(column('title')),
      size_in_bytes: row.number(column('size_in_bytes'), 'integer'),
      duration_in_seconds: row.number(column('duration_in_seconds'), 'amount'),
    });
  });
  const authors = row.groups('author', (column) => defined({ name: row.text(column('name')), url: row.url(column('url'), false) }));

  return defined({
    id: row.required('id', 'a short, stable id such as girona-pressupostos-participatius'),
    url: row.url('url', true),
    title: row.required('title', 'the project’s name'),
    summary: row.text('summary'),
    content_text: contentText,
    content_html: contentHtml,
    image: row.url('image', true),
    date_published: row.dateTime('date_published'),
    date_modified: row.dateTime('date_modified'),
    tags: row.list('tags'),
    language: row.language('language'),
    authors: authors.length ? authors : undefined,
    attachments: attachments.length ? attachments : undefined,
    _digicanvis: defined({
      council,
      partners,
      contacts: contacts.length ? contacts : undefined,
      value: row.text('value'),
      savings: amount !== undefined && period !== undefined ? defined({ amount, currency: currency?.toUpperCase() ?? 'EUR', period, note }) : undefined,
      barriers: row.list('barriers'),
      benefits: row.list('benefits'),
      technologies: row.list('technologies'),
      methodologies: row.list('methodologies'),
      tools: row.list('tools'),
      areas,
      kind: row.choice('kind', PROJECT_KINDS, 'a kind of change', true),
      phase: row.choice('phase', PHASES, 'a phase', true),
      started: row.date('started'),
      visits: row.bool('visits'),
      thread: row.text('thread'),
      i18n: row.translations(PROJECT_COLUMNS.translatable),
    }),
  });
}

function readFaqEntry(row: Row): Obj {
  const links = row.groups('link', (column) => {
    const url = row.url(column('url'), false);
    if (url === undefined) return row.text(column('url')) === undefined ? row.problem(column('url'), 'is required for a link that has a title') : undefined;
    return defined({ title: row.text(column('title')), url });
  });
  return defined({
    id: row.text('id'),
    question: row.required('question', 'the question as a citizen would ask it'),
    answer: row.required('answer', 'the answer, as plain text'),
    alternatives: row.list('alternatives'),
    keywords: row.list('keywords'),
    links: links.length ? links : undefined,
    areas: row.choices('areas', AREAS, 'one of the six areas'),
    i18n: row.translations(FAQ_COLUMNS.translatable),
  });
}

/** The feed's own fields, from the options (each problem names its option), and its help block and forum. */
function readHeader(header: FeedHeader, problems: CsvProblem[]): { top: Obj; help?: Obj; forum?: Obj } {
  const option = (name: string, message: string): undefined => {
    problems.push({ file: `--${name.replace(/_/g, '-')}`, message, severity: 'error' });
    return undefined;
  };
  const text = (value: string | undefined): string | undefined => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  const http = (name: string, value: string | undefined): string | undefined => {
    const v = text(value);
    return v === undefined || resolveHttpUrl(v) ? v : option(name, `${quote(v)} is not an absolute https or http URL`);
  };
  const title = text(header.title) ?? option('title', 'the feed needs a title, such as "Projectes digitals de l’Ajuntament de Girona"');
  const language = text(header.language);
  if (language === undefined) option('language', 'the feed needs its main language, a BCP 47 tag such as ca, es or en');
  else if (!isLanguageTag(language)) option('language', `${quote(language)} is not a BCP 47 language tag such as ca, es or en`);
  const help = header.help ?? {};
  const email = text(help.email);
  if (email !== undefined && !isEmail(email)) option('help_email', `${quote(email)} is not an email address`);
  const helpBlock = defined({
    phone: text(help.phone),
    email,
    url: http('help_url', help.url),
    hours: text(help.hours),
    address: text(help.address),
  });
  const forum = http('forum_api', header.forum_api);
  const top = defined({
    version: JSON_FEED_VERSION,
    title,
    home_page_url: http('home_page_url', header.home_page_url),
    feed_url: http('feed_url', header.feed_url),
    description: text(header.description),
    icon: http('icon', header.icon),
    language,
  });
  return { top, help: Object.keys(helpBlock).length ? helpBlock : undefined, forum: forum ? { api: forum } : undefined };
}

/**
 * A feed from the three files (FAQ optional) and the feed's own fields. Rows with a problem are left out of the
 * feed; `problems` holds every one of them (and warnings, such as columns DigiCanvis does not read).
 */
export function feedFromCsv(files: { councils: CsvFile; projects: CsvFile; faq?: CsvFile }, header: FeedHeader): Conversion {
  const problems: CsvProblem[] = [];
  const { top, help, forum } = readHeader(header, problems);
  const dc: { councils: Obj[]; faq?: Obj[] } = { councils: [] };
  const items: Obj[] = [];
  const rows: Conversion['rows'] = { items: [], councils: [], faq: [] };

  const councils = new Table(files.councils.name, parseCsv(files.councils.text), COUNCIL_COLUMNS, problems);
  // Every id the file names counts as known, even on a row with a problem: its projects get one message, not two.
  const councilIds = new Map<string, number>();
  for (const row of councils.rows()) {
    const council = readCouncil(row);
    if (firstUse(councilIds, row, 'council', council.id as string | undefined) && row.ok) {
      dc.councils.push(council);
      rows.councils.push(row.row);
    }
  }

  const projects = new Table(files.projects.name, parseCsv(files.projects.text), PROJECT_COLUMNS, problems);
  const projectIds = new Map<string, number>();
  for (const row of projects.rows()) {
    const project = readProject(row, councilIds);
    if (firstUse(projectIds, row, 'project', project.id as string | undefined) && row.ok) {
      items.push(project);
      rows.items.push(row.row);
    }
  }

  const faqTable = files.faq && new Table(files.faq.name, parseCsv(files.faq.text), FAQ_COLUMNS, problems);
  if (faqTable) {
    const faq = faqTable;
    const faqIds = new Map<string, number>();
    dc.faq = [];
    for (const row of faq.rows()) {
      const entry = readFaqEntry(row);
      if (firstUse(faqIds, row, 'FAQ', entry.id as string | undefined) && row.ok) {
        dc.faq.push(entry);
        rows.faq.push(row.row);
      }
    }
  }
  // In the order a publisher goes through them: file by file, row by row, column by column.
  const order = new Map<string, { index: number; columns: Map<string, number> }>();
  [councils, projects, faqTable].forEach((table, index) => table && order.set(table.name, { index, columns: table.columns }));
  const place = (p: CsvProblem): number[] => {
    const table = order.get(p.file);
    return [table?.index ?? -1, p.row ?? 0, (p.column !== undefined && table?.columns.get(p.column)) || 0];
  };
  problems.sort((a, b) => {
    const [pa, pb] = [place(a), place(b)];
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
  });
  const feed = { ...top, items, _digicanvis: defined({ version: SUPPORTED_MAJOR, councils: dc.councils, faq: dc.faq, help, forum }) };
  return { feed, problems, rows };
}
