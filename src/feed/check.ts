/**
 * The bookkeeping shared by the feed's readers (projects in ./read.ts, FAQ entries in ./faq.ts): typed reads of the
 * fields of a JSON object, reporting what is wrong as a FeedProblem with its JSON path.
 *
 * Reading is synchronous, so the object being read, its path and where problems go (the scope: the feed, an item, a
 * council, a FAQ entry) are set by `within` instead of being passed to every call. Every message comes from two
 * templates: `"key" is required: <what is expected>` and `"key" must be <what is expected>, not <what was found>`.
 */
import type { FeedProblem } from './types.js';
import { isEmail, resolveHttpUrl, resolveUrl } from './url.js';

export type Obj = Record<string, unknown>;

/** Base URL used when a document is checked without knowing where it came from. */
export const NOWHERE = 'https://feed.invalid/';
const LANGUAGE_SHAPE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const tagVerdicts = new Map<string, boolean>();

/**
 * Whether `tag` is a well-formed BCP 47 language tag with a two- or three-letter language (`ca`, `pt-BR`,
 * `ca-ES-valencia`). The pattern keeps out words such as `english` (well-formed in BCP 47 but no language anyone
 * writes); Intl turns away what the pattern lets through, such as a lone singleton (`en-x`) or a repeated variant.
 * A feed has a handful of tags, so each is judged once.
 */
export function isLanguageTag(tag: string): boolean {
  let ok = tagVerdicts.get(tag);
  if (ok === undefined) {
    try {
      ok = LANGUAGE_SHAPE.test(tag) && Intl.getCanonicalLocales(tag).length > 0;
    } catch {
      ok = false;
    }
    // A document of many distinct made-up tags should not grow this for ever.
    if (tagVerdicts.size < 512) tagVerdicts.set(tag, ok);
  }
  return ok;
}
/** A date, or with the time part an RFC 3339 date-time. */
const DATE = /^(\d{4}-\d\d-\d\d)([Tt ]\d\d:\d\d(:\d\d(\.\d+)?)?([Zz]|[+-]\d\d:?\d\d))?$/;

/** What a string must pass: a pattern (or anything with `test`), or the list of allowed values. */
export type Rule = { test(s: string): boolean } | readonly string[];

/**
 * Where problems go: the list, the URL links resolve against, the item id to report; `dead` once a problem
 * left the scope's item (or council, FAQ entry) out. Only that first problem is marked `skipped`.
 */
export interface Scope {
  problems: FeedProblem[];
  base: string;
  itemId?: string;
  dead?: boolean;
}

let at: Scope;
/** The object being read, and its JSON path. */
let o: Obj;
let path: string;

/**
 * Runs `read` on the object `obj` at `p`, in a new `scope` if given: then the result is undefined when a problem
 * left the scope's item out.
 */
export function within<T>(obj: Obj, p: string, read: () => T, scope?: Scope): T | undefined {
  const outer = [at, o, path] as const;
  at = scope ?? at;
  o = obj;
  path = p;
  try {
    const v = read();
    return scope?.dead ? undefined : v;
  } finally {
    [at, o, path] = outer;
  }
}

/** The raw value of field `k` of the object being read. */
export const field = (k: string): unknown => o[k];

/** Whether a problem has left the current scope's item out. */
export const skipped = (): boolean => !!at.dead;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown): v is null | undefined => v === undefined || v === null;

/** A wrong value as a message shows it: short JSON for scalars, its kind for the rest. */
const show = (v: unknown): string => {
  if (Array.isArray(v)) return 'an array';
  if (isObj(v)) return 'an object';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** The path of the object being read, or of its field `k`: `path.k`, or `path["k"]` when `k` is not a plain name. */
export const here = (k?: string): string => (k === undefined ? path : /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);

const passes = (rule: Rule, s: string): boolean => ('test' in rule ? rule.test(s) : rule.includes(s));
const oneOf = (rule: Rule, what?: string): string => what ?? `one of ${(rule as readonly string[]).join(', ')}`;

/** `s` with second 60 (a leap second) read as 59. */
const withoutLeapSecond = (s: string): string => s.replace(/^(\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:)60/, '$159');

/** Whether `s` is a date (`YYYY-MM-DD`) or, if `time`, an RFC 3339 date-time, of a day that exists (Date.parse takes 2025-02-30). */
function isDate(s: string, time: boolean): boolean {
  const [, day, t] = DATE.exec(s) ?? [];
  return !!day && !t === !time && new Date(Date.parse(day) || 0).toISOString().startsWith(day) && !isNaN(Date.parse(s));
}

/**
 * The kinds of value a field can hold, by one-letter code: what a publisher is told to write, and how a value is
 * read: `true` keeps it as it is, another value replaces it, false or undefined refuses it. Kinds in NOT_TEXT take
 * any JSON value, the others only strings, and for those a blank string counts as absent. `l` and `L` are lists of
 * strings (`L`: an empty list when absent).
 */
const KINDS: Record<string, [what: string, read: (v: never, base: string) => unknown]> = {
  s: ['a non-empty string', () => true],
  h: ['an http(s) URL', resolveHttpUrl],
  u: ['an https, http, mailto or tel URL', resolveUrl],
  e: ['an email address', (v: string) => isEmail(v) && v.trim()],
  d: ['a date like 2024-05-31', (v: string) => isDate(v, false)],
  // A leap second (`23:59:60Z`, which RFC 3339 allows and Date.parse refuses) is read as the second before it.
  t: ['a date-time like 2024-05-31T10:00:00Z', (v: string, _: string, w = withoutLeapSecond(v)) => isDate(w, true) && (w === v || w)],
  g: ['a BCP 47 language tag like ca', isLanguageTag],
  b: ['true or false', (v: unknown) => typeof v === 'boolean'],
  n: ['a number >= 0', (v: unknown) => typeof v === 'number' && v >= 0 && v < Infinity],
  i: ['a whole number >= 0', (v: number) => Number.isInteger(v) && v >= 0],
  y: ['a latitude in [-90, 90]', (v: unknown) => typeof v === 'number' && Math.abs(v) <= 90],
  x: ['a longitude in [-180, 180]', (v: unknown) => typeof v === 'number' && Math.abs(v) <= 180],
};
const NOT_TEXT = 'bniyx';

/** Reports a problem at `p`; `skip` when it leaves the scope's item out. Returns undefined, for `return add(…)`. */
export function add(p: string, message: string, skip?: boolean, severity: FeedProblem['severity'] = 'error'): undefined {
  const problem: FeedProblem = { path: p, message, severity };
  if (at.itemId !== undefined) problem.itemId = at.itemId;
  if (skip && !at.dead) at.dead = problem.skipped = true;
  at.problems.push(problem);
  return undefined;
}

/** Reports that the value `v` at `p` is missing or is not `what`; `readAs` names the value used instead. */
export function bad(p: string, what: string, v: unknown, skip?: boolean, readAs?: string): undefined {
  const k = p.slice(p.lastIndexOf('.') + 1);
  const said = v === undefined ? `"${k}" is required: ${what}` : `"${k}" must be ${what}, not ${show(v)}`;
  return add(p, readAs ? `${said}; read as ${readAs}` : said, skip);
}

/** Reports that the id of the `what` (item, council, FAQ entry) being read is taken by an earlier one, and leaves it out. */
export const twice = (what: string, id: string): undefined => add(here('id'), `duplicate ${what} id ${show(id)}: only the first is kept`, true);

/** Field `k` of kind `kind` (a code of KINDS). `need`: 0 optional, 1 required, 2 required and the item is left out without it. */
export function val<T = string>(k: string, kind = 's', need = 0): T | undefined {
  let v = o[k];
  // A number written as text, as spreadsheets export them ("41.38"): read as that number, and reported.
  if (NOT_TEXT.includes(kind, 1) && typeof v == 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) bad(here(k), 'a number', v, false, String((v = +v)));
  if (kind === 'l') return texts(k) as T;
  if (kind === 'L') return (texts(k) ?? []) as T;
  const [what, read] = KINDS[kind];
  const text = !NOT_TEXT.includes(kind);
  if (absent(v) || (text && typeof v === 'string' && !v.trim())) return need ? bad(here(k), what, v, need > 1) : undefined;
  const got = (!text || typeof v === 'string') && read(v as never, at.base);
  return (got === true ? v : got || bad(here(k), what, v, need > 1)) as T;
}

/** A string that must be there and not blank; without it the scope's item is left out. */
export const req = (k: string): string | undefined => val(k, 's', 2);

/**
 * Reads the fields named in `spec` ("name:kind …", kind `s` when left out) into `out`, under their camelCase
 * names (`content_text` → `contentText`) unless `camel` is false. Absent and bad values are left out.
 */
export function fields<T>(spec: string, out: T, camel = true): T {
  let parsed = specs.get(spec);
  // Read once per spec, not once per item: a feed of 100,000 items reads the same dozen specs.
  if (!parsed) {
    parsed = spec.split(' ').map((field) => {
      const [k, kind] = field.split(':') as [string, string?];
      return [k, kind, k.replace(/_./g, (m) => m[1].toUpperCase())];
    });
    specs.set(spec, parsed);
  }
  for (const [k, kind, camelName] of parsed) {
    const v = val<unknown>(k, kind);
    if (v !== undefined) (out as Obj)[camel ? camelName : k] = v;
  }
  return out;
}
const specs = new Map<string, [k: string, kind: string | undefined, camelName: string][]>();

/** Field `k`: a string that passes `rule`, else reported (as required, the item left out if `skip`) and `fallback` used. */
export function pick<T extends string = string>(k: string, rule: readonly T[] | { test(s: string): boolean }, skip?: boolean, what?: string, fallback?: T): T | undefined {
  const v = o[k];
  if (typeof v === 'string' && passes(rule, v)) return v as T;
  bad(here(k), oneOf(rule, what), v, skip, fallback);
  return fallback;
}

/** Each element of the array in field `k` read by `read` (undefined ones left out); `[]` when absent, reported if `need`. */
function each<T>(k: string, read: (x: unknown, p: string, i: number) => T | undefined, need?: boolean, what = 'an array'): T[] {
  const v = o[k];
  const p = here(k);
  if (!Array.isArray(v)) return absent(v) && !need ? [] : (bad(p, what, v) ?? []);
  const out: T[] = [];
  v.forEach((x, i) => {
    const got = read(x, `${p}[${i}]`, i);
    if (got !== undefined) out.push(got);
  });
  return out;
}

/** Field `k`, a list of strings (undefined when absent); other values, and strings failing `rule`, are reported and left out. */
export const texts = (k: string, rule?: Rule, what?: string): string[] | undefined =>
  absent(o[k])
    ? undefined
    : each(k, (s, p) => (typeof s === 'string' && (!rule || passes(rule, s)) ? (s.trim() ? s : undefined) : bad(p, rule ? oneOf(rule, what) : 'a string', s)), false, 'an array of strings');

/**
 * Field `k`, a list of objects, each read by `read` within it. Other values are reported; when `scoped` is given,
 * each element is a scope of its own (an item, a council, a FAQ entry), with the item id `scoped` finds in it.
 */
export const list = <T>(k: string, read: (i: number) => T | undefined, scoped?: (x: Obj) => string | undefined, need?: boolean): T[] =>
  each(k, (x, p, i) => element(x, p, () => read(i), scoped), need);

/** One element `x` of a list, at path `p`, read by `read` within it as `list` reads each (a list read a few elements at a time). */
export const element = <T>(x: unknown, p: string, read: () => T | undefined, scoped?: (x: Obj) => string | undefined): T | undefined =>
  isObj(x)
    ? within(x, p, read, scoped && { ...at, dead: false, itemId: scoped(x) })
    : within({}, p, () => bad(p, 'an object', x, !!scoped), { ...at, dead: false });

/** Field `k`, an object read by `read` within it; reported as not `what` when it is something else, or absent and `need` (as in `val`). */
export function sub<T>(k: string, read: () => T, need = 0, what = 'an object'): T | undefined {
  const v = o[k];
  if (isObj(v)) return within(v, here(k), read);
  if (need || !absent(v)) bad(here(k), what, v, need > 1);
}

/** The translations in field `i18n`, keyed by language tag (normalized to lower case), each read by `fields(spec, {}, false)`. */
export const i18n = <T>(spec: string): Record<string, T> =>
  sub(
    'i18n',
    () => {
    const out: Record<string, T> = {};
    for (const [lang, t] of Object.entries(o)) {
      const p = here(lang);
      if (!isLanguageTag(lang)) add(p, `"${lang}" is not a BCP 47 language tag`);
      else if (isObj(t)) out[lang.toLowerCase()] = within(t, p, () => fields(spec, {} as T, false))!;
      else bad(p, 'an object', t);
    }
    return out;
    },
    0,
    'an object keyed by language',
  ) ?? {};
