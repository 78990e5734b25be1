import type { Project, ProjectTexts } from '../feed/types.js';
import { fold, words } from './fold.js';

/**
 * The observatory's search: an inverted index over the words of each project's title, council name,
 * technologies (with methodologies, tools and tags), summary and description, in the project's own
 * language and every translation it carries.
 *
 * A query matches a project when each of its words (in any order) matches a word of the project:
 * exactly, as the start of a longer word (`partici` → `participació`), or with one typo (a letter
 * wrong, missing, extra, or two neighbours swapped), accents and case ignored. Short function words
 * (`de`, `the`, `per`, …) are optional. When no project matches every word, the projects matching
 * the most words come back. Scores weigh where a word matched (title above council above
 * technologies above summary above description), how rare the word is, and how it matched (exact
 * above prefix above typo); a project whose title is exactly the query comes first.
 *
 * Built to answer in a few milliseconds over 100,000 projects: postings are typed arrays, a query
 * scans the vocabulary once per word and accumulates scores in arrays reused between queries.
 */

/** Field codes (the low 3 bits of a posting) and their weights. */
const TITLE = 0;
const COUNCIL = 1;
const TECH = 2;
const SUMMARY = 3;
const DESCRIPTION = 4;
const WEIGHTS = [10, 6, 5, 3, 1];

const EXACT = 1;
const TYPO = 0.55;
/** A word shorter than this is not matched with a typo: at four letters one edit too often makes another word (`data`, `mata`). */
const MIN_TYPO_LENGTH = 5;
/** A word is not matched as a prefix below this length, except the last word of the query (being typed). */
const MIN_PREFIX_LENGTH = 3;
/** Postings a prefix of one letter may reach through its completions; of two letters, four times as many. */
const SHORT_PREFIX_BUDGET = 5_000;
/** Beyond this length the query is cut: nobody types more, and a pasted book must not freeze the page. */
export const MAX_QUERY_LENGTH = 256;
const MAX_QUERY_WORDS = 12;
/** A project whose title equals the query gets this on top of its score, so it comes first. */
const EXACT_TITLE_BONUS = 1e6;
/** Room for the doc's position below the score in a sort key (2^21: two million projects). */
const DOC_SLOTS = 2 ** 21;

/**
 * Whether a UTF-16 unit of lower-case text belongs to a word as written: ASCII letters and digits, the
 * middle dot of `col·laboració`, and everything from U+00C0 on except `×`, `÷`, general punctuation
 * (U+2000–U+206F, the typographic apostrophe and quotes among them) and symbols; each distinct word is
 * then folded once, and the fold splits whatever this let through.
 */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    c === 183 ||
    (c >= 192 && c !== 215 && c !== 247 && (c < 0x2000 || c > 0x2bff) && (c < 0x3000 || c > 0x303f) && c !== 0xfeff)
  );
}

/** Words too common to require, in the observatory's languages (folded). A query of only these still uses them. */
const STOP_WORDS = new Set(
  (
    'a al als amb d de del dels el els en i l la les o per pel pels s un una uns unes que es ' +
    'e las los y u por para con se lo ' +
    'an and at by for from in of on or the to with'
  ).split(' '),
);

/** What the index reads of a project: its texts (the rest of a project is never searched). */
export type SearchableProject = Pick<Project, 'title' | 'summary' | 'contentText' | 'contentHtml' | 'council' | 'technologies' | 'methodologies' | 'tools' | 'tags' | 'i18n'>;

/** What the index reads of a council: its name. */
export interface SearchableCouncil {
  name: string;
}

export interface SearchResult {
  /** Positions of the matching projects (in the order they were added), best first. */
  docs: Int32Array;
  /** Their scores, in the same order. */
  scores: Float64Array;
  /** The indexed words that matched, for highlighting: a word of a text whose folded form is here is a hit. */
  terms: ReadonlySet<string>;
  /** The query's words, folded, as searched (after cutting an over-long query). */
  words: string[];
}

export const EMPTY_RESULT: SearchResult = { docs: new Int32Array(0), scores: new Float64Array(0), terms: new Set(), words: [] };

/**
 * A growing list of postings (`doc * 8 + field`). A plain array of small integers: V8 keeps it in its heap, where
 * growing it makes no garbage outside the heap (typed arrays that double did, and at 100k projects the collector then
 * paused a slice for 60 ms).
 */
interface Postings {
  data: number[];
  length: number;
}

/**
 * True when `a` is one edit (substitution, insertion, deletion, swap of neighbours) from `b` or, with
 * `prefix`, from some start of `b`. Called for `a` ≠ `b`. No allocation: it runs over whole vocabularies.
 */
export function oneEditAway(a: string, b: string, prefix: boolean): boolean {
  const n = a.length;
  let i = 0;
  while (i < n && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return prefix || b.length === n + 1;
  const rest = (ai: number, bi: number): boolean => {
    const left = n - ai;
    if (prefix ? b.length - bi < left : b.length - bi !== left) return false;
    for (let k = 0; k < left; k++) if (a.charCodeAt(ai + k) !== b.charCodeAt(bi + k)) return false;
    return true;
  };
  return (
    rest(i + 1, i + 1) ||
    rest(i + 1, i) ||
    rest(i, i + 1) ||
    (i + 1 < n && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && rest(i + 2, i + 2))
  );
}

/** The folded words of a query, cut to a sane size. */
export function queryWords(query: string): string[] {
  return words(fold(query.slice(0, MAX_QUERY_LENGTH))).slice(0, MAX_QUERY_WORDS);
}

export class SearchIndex {
  readonly #termIds = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #postings: Postings[] = [];
  /** Per term: the last doc that used it and the best field it had there, while indexing that doc. */
  #lastDoc = new Int32Array(1024).fill(-1);
  #bestField = new Uint8Array(1024);
  /** Field texts seen before (councils, technologies, tags repeat across projects): their term ids. */
  readonly #textCache = new Map<string, Int32Array>();
  /** Lower-case words as written (`participació`) and the terms they fold to: folding is the costly part. */
  readonly #rawWords = new Map<string, Int32Array>();
  /**
   * Per doc: bit `n` set when one of its titles folds to `n` words (bit 7: seven or more). The exact-title check
   * folds a doc's titles only when one has as many words as the query: a word in thousands of titles (`cita`) must
   * not fold thousands of titles per keystroke.
   */
  #titleWords = new Uint8Array(1024);
  /** The projects indexed, by position, for the exact-title check. */
  readonly #projects: SearchableProject[] = [];

  // Query-time scratch, reused between queries.
  #scores = new Float64Array(0);
  #tokenBest = new Float64Array(0);
  #tokenEpoch = new Int32Array(0);
  /** Per doc: the last token epoch in which the doc had an exact hit in a title. */
  #titleEpoch = new Int32Array(0);
  #counts = new Uint8Array(0);
  #titleHits = new Uint8Array(0);
  #epoch = 0;

  /** Projects searchable so far (by title, council name and technologies). */
  get size(): number {
    return this.#projects.length;
  }

  /** Projects whose descriptions are indexed too: the index is complete when this equals `size`. */
  get described(): number {
    return this.#described;
  }

  #described = 0;
  /** The terms of the doc being indexed (reused: one array for the whole build). */
  readonly #used: number[] = [];

  /**
   * Indexes `projects[from…to)` whole (one synchronous batch: see `indexProjects` for a chunked build). Both
   * passes, in order: `addHeadlines` then `addDescriptions`.
   */
  add(projects: readonly SearchableProject[], councils: ReadonlyMap<string, SearchableCouncil>, from = this.size, to = projects.length): void {
    this.addHeadlines(projects, councils, from, to);
    this.addDescriptions(projects, this.#described, to);
  }

  /**
   * First pass: titles (in every language), council names and technologies (methodologies, tools, tags). About a
   * tenth of the text: the project becomes searchable by what a reader most often types.
   */
  addHeadlines(projects: readonly SearchableProject[], councils: ReadonlyMap<string, SearchableCouncil>, from = this.size, to = projects.length): void {
    for (let i = from; i < to; i++) {
      const project = projects[i] as SearchableProject;
      const doc = this.#projects.length;
      this.#projects.push(project);
      const used = this.#used;
      used.length = 0;
      let titleWords = titleBit(this.#noteText(project.title, TITLE, doc, used));
      const council = councils.get(project.council)?.name;
      if (council) this.#noteIds(this.#cachedIds(council), COUNCIL, doc, used);
      for (const text of project.technologies) this.#noteIds(this.#cachedIds(text), TECH, doc, used);
      for (const text of project.methodologies) this.#noteIds(this.#cachedIds(text), TECH, doc, used);
      for (const text of project.tools) this.#noteIds(this.#cachedIds(text), TECH, doc, used);
      for (const text of project.tags) this.#noteIds(this.#cachedIds(text), TECH, doc, used);
      for (const lang in project.i18n) titleWords |= titleBit(this.#noteText((project.i18n[lang] as ProjectTexts).title, TITLE, doc, used));
      if (doc >= this.#titleWords.length) {
        const grown = new Uint8Array(this.#titleWords.length * 2);
        grown.set(this.#titleWords);
        this.#titleWords = grown;
      }
      this.#titleWords[doc] = titleWords;
      this.#post(doc, used);
    }
  }

  /** Second pass, for projects already in the first: their summaries and descriptions, in every language. */
  addDescriptions(projects: readonly SearchableProject[], from = this.#described, to = this.size): void {
    for (let doc = from; doc < Math.min(to, this.size); doc++) {
      const project = projects[doc] as SearchableProject;
      const used = this.#used;
      used.length = 0;
      // Summaries before descriptions: a word in both is posted once, as the summary's.
      this.#noteText(project.summary, SUMMARY, doc, used, true);
      for (const lang in project.i18n) this.#noteText((project.i18n[lang] as ProjectTexts).summary, SUMMARY, doc, used, true);
      this.#noteText(project.contentText ?? (project.contentHtml && stripTags(project.contentHtml)), DESCRIPTION, doc, used, true);
      for (const lang in project.i18n) this.#noteText((project.i18n[lang] as ProjectTexts).content_text, DESCRIPTION, doc, used, true);
      this.#post(doc, used);
      this.#described = doc + 1;
    }
  }

  /** Appends a posting for each term the doc used (with its best field). */
  #post(doc: number, used: number[]): void {
    for (const id of used) {
      const postings = this.#postings[id] as Postings;
      postings.data.push(doc * 8 + (this.#bestField[id] as number));
      postings.length++;
    }
  }

  #noteIds(ids: Int32Array, field: number, doc: number, used: number[]): void {
    for (let k = 0; k < ids.length; k++) this.#note(ids[k] as number, field, doc, used);
  }

  /**
   * Notes the words of a text for `doc`; `second` in the second pass (descriptions). Returns how many words it
   * has as written (for a title: the words it folds to, but for a word glued to a symbol, which folds to two).
   */
  #noteText(text: string | undefined, field: number, doc: number, used: number[], second = false): number {
    if (!text) return 0;
    let count = 0;
    // A hand-written scan over the lower-case text: about twice as fast as a split on a Unicode regex.
    const lower = text.toLowerCase();
    const rawWords = this.#rawWords;
    let start = -1;
    for (let i = 0, n = lower.length; i <= n; i++) {
      if (i < n && isWordChar(lower.charCodeAt(i))) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        const raw = lower.slice(start, i);
        start = -1;
        count++;
        let ids = rawWords.get(raw);
        if (!ids) rawWords.set(raw, (ids = this.#idsOf(raw)));
        if (second) this.#noteSecond(ids, field, doc, used);
        else this.#noteIds(ids, field, doc, used);
      }
    }
    return count;
  }

  /** A description's term: posted once per doc (a term also in its headlines is posted twice; the search takes the best). */
  #noteSecond(ids: Int32Array, field: number, doc: number, used: number[]): void {
    const mark = -2 - doc;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (this.#lastDoc[id] !== mark) {
        this.#lastDoc[id] = mark;
        this.#bestField[id] = field;
        used.push(id);
      }
    }
  }

  #note(id: number, field: number, doc: number, used: number[]): void {
    if (this.#lastDoc[id] !== doc) {
      this.#lastDoc[id] = doc;
      this.#bestField[id] = field;
      used.push(id);
    } else if (field < (this.#bestField[id] as number)) this.#bestField[id] = field;
  }

  #cachedIds(text: string): Int32Array {
    let ids = this.#textCache.get(text);
    if (!ids) {
      ids = this.#idsOf(text);
      if (this.#textCache.size < 50_000) this.#textCache.set(text, ids);
    }
    return ids;
  }

  /** The term ids of a text's words, stop words left out (a query never requires them). */
  #idsOf(text: string): Int32Array {
    return Int32Array.from(
      words(fold(text)).filter((word) => !STOP_WORDS.has(word)),
      (word) => this.#termId(word),
    );
  }

  #termId(word: string): number {
    let id = this.#termIds.get(word);
    if (id === undefined) {
      id = this.#terms.length;
      this.#termIds.set(word, id);
      this.#terms.push(word);
      this.#postings.push({ data: [], length: 0 });
      if (id >= this.#lastDoc.length) {
        const lastDoc = new Int32Array(this.#lastDoc.length * 2).fill(-1);
        lastDoc.set(this.#lastDoc);
        this.#lastDoc = lastDoc;
        const best = new Uint8Array(this.#bestField.length * 2);
        best.set(this.#bestField);
        this.#bestField = best;
      }
    }
    return id;
  }

  /** The projects matching `query`, best first. An empty query (or one with no words) matches nothing. */
  search(query: string): SearchResult {
    const tokens = queryWords(query);
    const size = this.size;
    if (!tokens.length || !size) return { ...EMPTY_RESULT, words: tokens };
    this.#ensureScratch(size);
    const scores = this.#scores;
    const counts = this.#counts;
    const titleHits = this.#titleHits;
    const tokenBest = this.#tokenBest;
    const tokenEpoch = this.#tokenEpoch;
    const titleEpoch = this.#titleEpoch;
    const required = tokens.some((token) => !STOP_WORDS.has(token));
    const matchedTerms = new Set<string>();
    let touched = new Int32Array(64);
    let touchedCount = 0;
    let tokenDocs = new Int32Array(64);

    tokens.forEach((token, position) => {
      const optional = required && STOP_WORDS.has(token);
      const last = position === tokens.length - 1;
      const epoch = ++this.#epoch;
      let tokenDocCount = 0;
      const matches = this.#matchTerms(token, last && !optional, optional);
      // How rare the typed word is: over everything it matched. A completion or a typo match weighs no more than
      // that, so `ciut` does not rank the rare `ciutadilla` above the common `ciutadana` it more likely means.
      let df = 0;
      for (const [id] of matches) df += (this.#postings[id] as Postings).length;
      const tokenIdf = Math.log(1 + size / Math.max(1, df));
      for (const [id, quality] of matches) {
        const postings = this.#postings[id] as Postings;
        const termIdf = Math.log(1 + size / postings.length);
        const idf = quality === EXACT ? termIdf : Math.min(termIdf, tokenIdf);
        const data = postings.data;
        matchedTerms.add(this.#terms[id] as string);
        for (let p = 0, end = postings.length; p < end; p++) {
          const posting = data[p] as number;
          const doc = posting >> 3;
          const field = posting & 7;
          const score = idf * (WEIGHTS[field] as number) * quality;
          if (field === TITLE && quality === EXACT) titleEpoch[doc] = epoch;
          if (tokenEpoch[doc] !== epoch) {
            tokenEpoch[doc] = epoch;
            tokenBest[doc] = score;
            if (tokenDocCount === tokenDocs.length) tokenDocs = grow(tokenDocs);
            tokenDocs[tokenDocCount++] = doc;
          } else if (score > (tokenBest[doc] as number)) tokenBest[doc] = score;
        }
      }
      for (let k = 0; k < tokenDocCount; k++) {
        const doc = tokenDocs[k] as number;
        const best = tokenBest[doc] as number;
        if (counts[doc] === 0 && scores[doc] === 0) {
          if (touchedCount === touched.length) touched = grow(touched);
          touched[touchedCount++] = doc;
        }
        scores[doc] = (scores[doc] as number) + (optional ? best * 0.25 : best);
        if (!optional) counts[doc] = (counts[doc] as number) + 1;
        if (titleEpoch[doc] === epoch) titleHits[doc] = (titleHits[doc] as number) + 1;
      }
    });

    const needed = tokens.filter((token) => !required || !STOP_WORDS.has(token)).length;
    let most = 0;
    for (let k = 0; k < touchedCount; k++) most = Math.max(most, counts[touched[k] as number] as number);
    // Every word when some project has them all; else the projects that have the most.
    const threshold = Math.min(needed, most);
    const folded = tokens.join(' ');
    const wordBit = titleBit(tokens.length);
    const docs: number[] = [];
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k] as number;
      if ((counts[doc] as number) >= threshold && threshold > 0) {
        // Stop words are not indexed: the title is compared whole once every other word hit it exactly.
        if (titleHits[doc] === needed && (this.#titleWords[doc] as number) & wordBit && this.#titleEquals(doc, folded)) scores[doc] = (scores[doc] as number) + EXACT_TITLE_BONUS;
        docs.push(doc);
      }
    }
    // Best score first, then feed order: one number per doc (the score in millionths above the doc's position)
    // sorted natively, several times faster than a comparator over a large result.
    const keys = Float64Array.from(docs, (doc) => -Math.round((scores[doc] as number) * 1e3) * DOC_SLOTS + doc);
    keys.sort();
    const sorted = Int32Array.from(keys, (key) => ((key % DOC_SLOTS) + DOC_SLOTS) % DOC_SLOTS);
    const result: SearchResult = {
      docs: sorted,
      scores: Float64Array.from(sorted, (doc) => scores[doc] as number),
      terms: matchedTerms,
      words: tokens,
    };
    for (let k = 0; k < touchedCount; k++) {
      const doc = touched[k] as number;
      scores[doc] = 0;
      counts[doc] = 0;
      titleHits[doc] = 0;
    }
    return result;
  }

  /**
   * The vocabulary's words that `token` matches, with the quality of each match: the exact word, then
   * completions (shortest first), then words one typo away, until their postings add up to `budget`
   * (a one-letter prefix must not walk every posting of a 100,000-project index).
   */
  #matchTerms(token: string, last: boolean, exactOnly: boolean): [number, number][] {
    const matches: [number, number][] = [];
    const exact = this.#termIds.get(token);
    if (exact !== undefined) matches.push([exact, EXACT]);
    const n = token.length;
    const prefix = !exactOnly && (last ? n >= 1 : n >= MIN_PREFIX_LENGTH);
    const typo = !exactOnly && n >= MIN_TYPO_LENGTH;
    if (!prefix && !typo) return matches;
    const completions: number[] = [];
    const typos: number[] = [];
    const first = token.charCodeAt(0);
    const terms = this.#terms;
    for (let id = 0, count = terms.length; id < count; id++) {
      const term = terms[id] as string;
      const length = term.length;
      if (length < n - 1 || id === exact) continue;
      if (prefix && length > n && term.charCodeAt(0) === first && term.startsWith(token)) completions.push(id);
      // A typo in a prefix only from five letters: `banc` must not find `barcelona`.
      else if (typo && (length <= n + 1 || (last && n >= 5)) && oneEditAway(token, term, last && length > n + 1)) typos.push(id);
    }
    // One or two letters being typed start a great many words: their first completions are enough to show a page of
    // results while the reader goes on typing, and walking all their postings would hold up each of those keystrokes.
    let budget = (last && n < 3 ? SHORT_PREFIX_BUDGET * n * n : Math.max(this.size, 20_000)) - (exact === undefined ? 0 : (this.#postings[exact] as Postings).length);
    const take = (id: number, quality: number): boolean => {
      budget -= (this.#postings[id] as Postings).length;
      if (budget < 0 && matches.length) return false;
      matches.push([id, quality]);
      return true;
    };
    completions.sort((a, b) => (terms[a] as string).length - (terms[b] as string).length);
    for (const id of completions) {
      // A longer completion is a weaker match: `pressupost` is closer to `pressupostos` than `pre` is.
      if (!take(id, 0.6 + 0.35 * (n / (terms[id] as string).length))) return matches;
    }
    // A word that exists as typed, or starts others, was most likely meant: typo matches then count for little.
    const typoQuality = matches.length ? TYPO / 3 : TYPO;
    for (const id of typos) {
      if (!take(id, (terms[id] as string).length <= n + 1 ? typoQuality : typoQuality * 0.8)) return matches;
    }
    return matches;
  }

  #titleEquals(doc: number, folded: string): boolean {
    const project = this.#projects[doc] as SearchableProject;
    const titles = [project.title, ...Object.values(project.i18n).map((texts) => texts.title)];
    return titles.some((title) => title !== undefined && words(fold(title)).join(' ') === folded);
  }

  #ensureScratch(size: number): void {
    if (this.#scores.length >= size) return;
    const capacity = Math.max(size, this.#scores.length * 2);
    this.#scores = new Float64Array(capacity);
    this.#tokenBest = new Float64Array(capacity);
    this.#tokenEpoch = new Int32Array(capacity);
    this.#titleEpoch = new Int32Array(capacity);
    this.#counts = new Uint8Array(capacity);
    this.#titleHits = new Uint8Array(capacity);
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** The bit of `Uint8Array` #titleWords for a title of `count` words. */
function titleBit(count: number): number {
  return count ? 1 << Math.min(count, 7) : 0;
}

/** The text of an HTML description, for indexing only (never shown): tags and entities out. */
function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ');
}
