/**
 * The bookkeeping shared by the feed's readers (projects here, FAQ entries in ./faq.ts): typed reads of a JSON value
 * that report what is wrong as a FeedProblem with its JSON path.
 */
import type { FeedProblem } from './types.js';
import { resolveHttpUrl, resolveUrl } from './url.js';

export type Obj = Record<string, unknown>;

/** Base URL used when a document is checked without knowing where it came from. */
export const NOWHERE = 'https://feed.invalid/';
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
export const COUNCIL_ID = /^[a-z][a-z0-9-]*:\S+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;

/** Whether `YYYY-MM-DD` names a day that exists (Date.parse happily turns 2025-02-30 into March 2). */
function realDay(ymd: string): boolean {
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd;
}

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? 'a string' : `a ${typeof v}`;
export const key = (path: string, k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);

/** Collects problems for one scope (the feed, an item, a council) and knows the item id to report. */
export class Report {
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


export function list<T>(o: Obj, k: string, path: string, r: Report, read: (v: unknown, p: string) => T | undefined): T[] {
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

