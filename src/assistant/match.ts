/**
 * The assistant's understanding of a question: which FAQ entry of the feed answers it, and how sure that is.
 *
 * Every phrasing of an entry (its question and alternatives, in the feed's language and each translation), its
 * keywords and, with less weight, its answers are cut into folded words (accents and case ignored) without the small
 * words of Catalan, Spanish and English. A word of the question matches a word of an entry exactly, as the same stem
 * (`empadrono`, `empadronament`: a shared start of five letters or more that covers most of the shorter word, or of four
 * when the words differ by at most two letters: `casa`, `cases`, but not `casarse`) or with one typo (words of five
 * letters or more); in an entry phrased only a few ways, as most councils' are, also as a word of the same meaning in
 * any of the three languages (concepts.ts: `gos`, `perro`, `dog`). Word order does not count.
 *
 * The score of an entry (0–1) is mostly how much of the question it covers (each word weighed by how rare it is
 * among the entries: a word no entry knows weighs the most, so a question about something else scores low), and
 * partly how much of its closest phrasing the question covers; an entry phrased a few ways gets up to half as much again,
 * as fewer of a visitor's words can be in it. Below `threshold` the assistant says it is not sure; so
 * it does when the entry does not give the kind of fact asked for (asked-for.ts), or when a question that is not the
 * council's to answer (out-of-scope.ts) comes nearly as close.
 */
import type { FaqEntry } from '../feed/types.js';
import { fold, words } from '../search/fold.js';
import { oneEditAway } from '../search/engine.js';
import { whatIsAsked, type Cues } from './asked-for.js';

/** Small words, per language: never required, and the clearest clue to the language a question is written in. */
const SMALL_WORDS: Record<string, string> = {
  ca:
    'a al als amb aquell aquella aquelles aquells aquest aquesta aquestes aquests aqui ara abans aleshores algu alguna algunes algun alguns alla altra altre altres ' +
    'anar aixo ahir avui bastant be bon bona bones cada cap com contra d dalt de del dels des despres dia dir doncs durant el els ella elles ells em en encara ens entre ' +
    'era eren es esta estan estat estem estic et fa fan fem fer feu fins fora gaire gens ha hagut han has he hem heu hi ho hola i ja jo l la les li llavors lo m ma ' +
    'mai me mes meu meus meva meves mi mica molt molta moltes molts mon n ne nit no nomes nosaltres o on pel pels per pero perque poc pot poden podem podeu pots ' +
    'puc pugui qual quals quan quant quanta quantes quants que qui quin quina quines quins s sa se segur seu seus seva seves si sempre ser seria sobre soc som son ' +
    'sou sovint t tal tambe tant te teu teva tenen tenim tinc tens tenir tot tota totes tots tu u un una unes uns us va vaig van vas vosaltres vull voldria ' +
    'voldriem vols necessito saber sap sabeu gracies merci plau tarda vespre pregunta preguntar dubte fer-ho favor sense ni',
  es:
    'a al algo alguien algun alguna algunas alguno algunos ahi ahora ante antes aqui asi aun ayer bien buen buena buenas buenos cada casi como con contra cual ' +
    'cuales cuando cuanta cuantas cuanto cuantos de del desde donde dos el ella ellas ellos en entonces entre era eran es esa esas ese eso esos esta estaba estamos ' +
    'estan estar este esto estos estoy fue hay haber hace hacer hacia han has hasta he hemos hola hoy la las le les lo los mas me mi mis mucho mucha muchos muchas ' +
    'muy nada ni no nos nosotros nuestro nuestra o otra otro otros para pero poco por porque puede pueden puedo podemos podria que quien quienes quiero quisiera ' +
    'saber se sea ser si sido siempre sin sobre soy su sus tal tambien tan tanto te tengo tenemos tiene tienen toda todas todo todos tu tus un una unas uno unos ' +
    'usted ustedes vale vez y ya yo necesito gracias favor tardes dias noches pregunta duda durante e otras estas ti os',
  en:
    'a about above after again all also am an and any anyone anything anywhere are around as at be because been before being below between both but by can ' +
    'cannot could did do does doing done down during each else ever every few for from further get gets getting go going got had has have having he hello her ' +
    'here hers hey hi him his how i if in into is it its just know let like may me might more most much must my need no nor not now of off on once one only or ' +
    'other our out over own please question quite really same should so some someone something somewhere still such than thank thanks that the their them then ' +
    'there these they thing this those though through to too under until up us very want was way ways we well were what when where whether which while who whom ' +
    'why will with would yes yet you your yours',
};
const SMALL = new Set(Object.values(SMALL_WORDS).flatMap((list) => list.split(' ')));

/** A word of Catalan, Spanish or English too common to tell what a question is about (folded). */
export const isSmallWord = (word: string): boolean => SMALL.has(word);
const SMALL_BY_LANGUAGE = Object.entries(SMALL_WORDS).map(([lang, list]) => [lang, new Set(list.split(' '))] as const);

/**
 * The small words a text writes in capitals as names of three to five letters (`CAP`, `ESO`), when the text itself is
 * not written in capitals: such a name ("el CAP" is the health centre, not "cap") is what the question is about.
 */
function capitalised(text: string): Set<string> {
  const names = text.match(/(?<![\p{L}\p{N}])\p{Lu}{3,5}(?![\p{L}\p{N}])/gu)?.map(fold).filter((word) => SMALL.has(word));
  return new Set(names?.length && (text.match(/\p{Lu}/gu)?.length ?? 0) * 2 < (text.match(/\p{L}/gu)?.length ?? 0) ? names : []);
}

/** Beyond this the question is cut: nobody asks more, and a pasted book must not freeze the page. */
export const MAX_QUESTION_CHARS = 400;
const MAX_WORDS = 24;

/** How a word matched, times where: a phrasing or keyword counts whole, an answer less. */
const EXACT = 1;
const STEM = 0.85;
const TYPO = 0.7;
/** A word of the same meaning (language.ts: `padro`, `padron`, `census`; `guarderia`, `bressol`, `nursery`). */
const SAME_MEANING = 0.75;
/**
 * An entry phrased this many ways (questions and alternatives, in all its languages) is matched on its own words
 * only: its author has written how people ask, and words of the same meaning would only add near misses. One phrased
 * a few ways, as most councils' are, is matched on words of the same meaning too.
 */
const RICH = 20;
/**
 * How much more an entry phrased once scores than its coverage of the question says (less for one phrased more ways, none
 * from RICH on). Chosen on the example FAQ cut to its questions and answers, and on another council's (test/bench).
 */
const SPARSE_BOOST = 0.5;
const IN_ANSWER = 0.5;
/** Share of the score that comes from the question's coverage; the rest from the closest phrasing's. */
const QUESTION_SHARE = 0.7;
/** Below this score the assistant is not sure (tuned on the `dev` half of test/bench/assistant-questions.json). */
export const DEFAULT_THRESHOLD = 0.48;
/** Closest entries below this score are not worth offering as "did you mean". */
const SUGGEST_FLOOR = 0.15;
/** Entries whose closest phrasing is weighed: those that cover the question most. */
const PHRASED = 64;
/** Phrasings of an entry (all, when it has fewer) that must name a subject the question names (or its keywords must), for the entry to be about it. */
const SUBJECT_PHRASINGS = 3;
/**
 * A subject named in a question of up to this many words is what it is about ("quin horari té la biblioteca?"); in a
 * longer one it may be where things happened ("I left my phone on a bench in the park this morning").
 */
const SUBJECT_WORDS = 5;
/** How much a word the FAQ does not know weighs when it names no subject of local life (see topics.ts), against one that does. */
const CIRCUMSTANCE = 0.5;
/**
 * How far below the best entry another may be and still answer, when the best one is about the subject but does not
 * give what is asked (see asked-for.ts) and the other does.
 */
const FALLBACK = 0.05;
/**
 * An entry answers only when it is this much closer to the question than the closest question that is not the council's
 * (out-of-scope.ts): "where do I ask for the disability certificate?" is about as close to the parking card for disabled
 * people as to the other administration's certificate, and a near miss is worse than "not sure" with the closest questions.
 */
const NEAR_OUTSIDE = 0.2;
/**
 * An entry this close is asked in one of its own phrasings, or nearly: it answers what its author wrote it answers,
 * whatever the question seems to ask for and however close an out-of-scope question comes.
 */
const TRUSTED = 0.95;
/** What an entry's score is multiplied by when it never mentions a subject the question names. */
const OFF_SUBJECT = 0.5;

const PHRASE = 0;
const KEYWORD = 1;
const ANSWER = 2;

export interface Match {
  entry: FaqEntry;
  /** 0–1. */
  score: number;
}

export interface FaqAnswer {
  /** The best entry when it is above the threshold. */
  best?: Match;
  /** The closest entries, best first (at most three, the best among them): the "did you mean" of an unsure answer. */
  closest: Match[];
  /** The language the question seems written in, among those the FAQ has (undefined when it cannot tell). */
  language?: string;
}

/** Length of the common start of two words. */
function commonStart(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How well a word of the question matches a word of the FAQ (0 when it does not). */
function likeness(word: string, term: string): number {
  if (word === term) return EXACT;
  const start = commonStart(word, term);
  if (start >= 4 && start >= 0.75 * Math.min(word.length, term.length) && (start > 4 || Math.abs(word.length - term.length) <= 2)) return STEM;
  if (word.length >= 5 && term.length >= 4 && Math.abs(word.length - term.length) <= 1 && oneEditAway(word, term, false)) return TYPO;
  return 0;
}

/**
 * What the matcher knows of the three languages beyond the FAQ (language.ts, loaded apart as data): questions that are
 * not the council's to answer, one a line; the subjects of local life (topics.ts); the cues of the fact a question asks
 * for (cues.ts).
 */
export interface Language extends Cues {
  outOfScope: string;
  topics: ReadonlySet<string>;
  /** Words of the same meaning in a council's business, a line each (`padro padron census`), folded. */
  concepts?: string;
  /** Phrases that say the assistant is not helping (frustration.ts), read by intents.ts. */
  frustration?: RegExp;
}

/** Before language.ts has loaded, or if it cannot: the FAQ alone. */
export const NO_LANGUAGE: Language = { outOfScope: '', topics: new Set(), kinds: [], turns: [] };

export class FaqIndex {
  readonly entries: readonly FaqEntry[];
  threshold: number;
  readonly #terms: string[] = [];
  /**
   * The terms by their first two letters and by their last two: a word's stems and one-typo neighbours are among those
   * that start as it does or, when the typo is in its first two letters, end as it does (see `#near`).
   */
  readonly #byStart = new Map<string, number[]>();
  readonly #byEnd = new Map<string, number[]>();
  readonly #termIds = new Map<string, number>();
  /** Per term: the entries that have it, each once, as `entry * 4 + best field`. */
  readonly #postings: number[][] = [];
  #idf = new Float64Array(0);
  /** Per entry: the term ids of each of its phrasings (questions and alternatives), and of its keywords. */
  readonly #phrasings: number[][][] = [];
  readonly #keywords: number[][] = [];
  /** Per term, while a question is answered: the best a word of the question matched it (0 when none did). */
  #matched = new Float64Array(0);
  /** Per language: the folded words of the FAQ in it, to tell the language of a question. */
  readonly #languageWords = new Map<string, Set<string>>();

  /**
   * Per folded word of language.concepts, its line; per concept, the FAQ's terms of that meaning; per term, whether an
   * entry phrased a few ways has it.
   */
  readonly #concepts = new Map<string, number>();
  readonly #conceptTerms = new Map<number, number[]>();
  #sparseTerm: boolean[] = [];
  /** Per entry: how few ways it is phrased (see RICH). */
  readonly #sparseness: number[] = [];

  readonly #base: string;
  /** What the assistant knows of the three languages, as given (language.ts), or NO_LANGUAGE. */
  readonly language: Language;
  /** The entries, then the out-of-scope questions. */
  readonly #all: readonly FaqEntry[];
  /** Entries indexed so far (the first `#indexed` of `entries`), and how many the weights were last worked out for. */
  #indexed = 0;
  #weighed = -1;

  /**
   * Indexes `entries` at once, or with `defer` none yet: `more()` then indexes them a few at a time (a large FAQ
   * takes a few hundred milliseconds, which a page should not spend in one task). Questions are answered from the
   * entries indexed so far.
   */
  constructor(entries: readonly FaqEntry[], feedLanguage: string, threshold = DEFAULT_THRESHOLD, { defer = false, language = NO_LANGUAGE } = {}) {
    this.entries = entries;
    this.threshold = threshold;
    this.#base = feedLanguage.toLowerCase().split('-')[0]!;
    this.language = language;
    language.concepts?.split('\n').forEach((line, concept) => {
      for (const word of line.split(' ')) this.#concepts.set(word, concept);
    });
    // Questions that are not the council's to answer, each indexed as an entry of its own that answers nothing.
    this.#all = [...entries, ...language.outOfScope.split('\n').filter(Boolean).map((question) => ({ id: '', question, answer: '', alternatives: [], keywords: [], links: [], areas: [], i18n: {} }))];
    if (!defer) this.more(this.#all.length);
  }

  /** Entries not indexed yet. */
  get left(): number {
    return this.#all.length - this.#indexed;
  }

  /** Indexes up to `count` more entries; returns how many are left. */
  more(count: number): number {
    const end = Math.min(this.#all.length, this.#indexed + count);
    for (; this.#indexed < end; this.#indexed++) this.#index(this.#all[this.#indexed]!, this.#indexed);
    // The words' weights with the last entries, so that the first question after indexing does not wait for them.
    if (!this.left) this.#weigh();
    return this.left;
  }

  #index(entry: FaqEntry, index: number): void {
    const phrasings: number[][] = [];
    const keywords: number[] = [];
    const best = new Map<number, number>();
    const add = (text: string, field: number, lang: string) => {
      // Folded once: its words tell the language, its content words are indexed.
      const all = words(fold(text));
      const names = capitalised(text);
      // The out-of-scope questions (no id) are of no one language: they do not tell the language of a question.
      const known = entry.id ? (this.#languageWords.get(lang) ?? new Set<string>()) : new Set<string>();
      if (entry.id) this.#languageWords.set(lang, known);
      const ids: number[] = [];
      for (const word of all) {
        known.add(word);
        if (word.length < 2 || (SMALL.has(word) && !names.has(word))) continue;
        let id = this.#termIds.get(word);
        if (id === undefined) {
          id = this.#terms.push(word) - 1;
          this.#termIds.set(word, id);
          for (const [buckets, key] of [
            [this.#byStart, word.slice(0, 2)],
            [this.#byEnd, word.slice(-2)],
          ] as const) {
            const bucket = buckets.get(key);
            if (bucket) bucket.push(id);
            else buckets.set(key, [id]);
          }
          this.#postings.push([]);
          const concept = this.#conceptOf(word);
          if (concept >= 0) {
            const terms = this.#conceptTerms.get(concept);
            if (terms) terms.push(id);
            else this.#conceptTerms.set(concept, [id]);
          }
        }
        best.set(id, Math.min(best.get(id) ?? ANSWER, field));
        if (!ids.includes(id)) ids.push(id);
      }
      if (field === PHRASE && ids.length) phrasings.push(ids);
      if (field === KEYWORD) keywords.push(...ids);
    };
    const texts: [string, { question?: string | undefined; answer?: string | undefined; alternatives?: string[] | undefined }][] = [
      [this.#base, entry],
      ...Object.entries(entry.i18n).map(([lang, t]) => [lang.split('-')[0]!, t] as [string, typeof t]),
    ];
    for (const [lang, t] of texts) {
      if (t.question) add(t.question, PHRASE, lang);
      for (const alternative of t.alternatives ?? []) add(alternative, PHRASE, lang);
      if (t.answer) add(t.answer, ANSWER, lang);
    }
    for (const keyword of entry.keywords) add(keyword, KEYWORD, this.#base);
    for (const [id, field] of best) this.#postings[id]!.push(index * 4 + field);
    this.#phrasings.push(phrasings);
    // 1 for an entry phrased once, down to 0 from RICH phrasings on; 0 for the out-of-scope questions, which together
    // are phrased thousands of ways.
    this.#sparseness.push(entry.id ? Math.min(1, Math.max(0, (RICH - phrasings.length) / (RICH - 1))) : 0);
    this.#keywords.push(keywords);
  }

  /** How rare each term is among the entries indexed, worked out again only when more have been indexed. */
  #weigh(): void {
    if (this.#weighed === this.#indexed) return;
    const n = this.#indexed;
    this.#idf = Float64Array.from(this.#postings, (list) => Math.log(1 + n / list.length));
    // Words of the same meaning only count in entries phrased a few ways: the terms none of those has are left alone.
    this.#sparseTerm = this.#postings.map((list) => list.some((posting) => this.#sparseness[posting >> 2]! > 0));
    this.#weighed = n;
  }

  /** Which entry answers `question`, how sure, and the closest ones. */
  answer(question: string): FaqAnswer {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const all = words(fold(text)).slice(0, MAX_WORDS);
    const language = this.#languageOf(all);
    const names = capitalised(text);
    const asked = [...new Set(all.filter((word) => word.length > 1 && (!SMALL.has(word) || names.has(word))))];
    const n = this.#indexed;
    this.#weigh();
    if (!asked.length || !n) return { closest: [], ...(language ? { language } : {}) };

    const unknownWeight = Math.log(1 + n);
    // Per word of the question: the FAQ terms it matches and how well; per term, the best of any word.
    const matched = (this.#matched = this.#matched.length === this.#terms.length ? this.#matched : new Float64Array(this.#terms.length));
    const touched: number[] = [];
    const weights: number[] = [];
    const perWord: Map<number, number>[] = asked.map((word) => {
      const found = new Map<number, number>();
      const exact = this.#termIds.get(word);
      if (exact !== undefined) found.set(exact, EXACT);
      this.#near(word, (id) => {
        if (found.has(id)) return;
        const quality = likeness(word, this.#terms[id]!);
        if (quality) found.set(id, quality);
      });
      for (const id of this.#conceptTerms.get(this.#conceptOf(word)) ?? []) if (!found.has(id) && this.#sparseTerm[id]) found.set(id, SAME_MEANING);
      let weight = 0;
      let bestQuality = 0;
      for (const [id, quality] of found) {
        // (A word's weight is its own: one the FAQ knows only through a word of the same meaning weighs as unknown.)
        if (quality !== SAME_MEANING && (quality > bestQuality || (quality === bestQuality && this.#idf[id]! > weight))) [bestQuality, weight] = [quality, this.#idf[id]!];
        if (!matched[id]) touched.push(id);
        if (quality > matched[id]!) matched[id] = quality;
      }
      // A word the FAQ does not know: a subject it does not cover weighs the most, as does any word of a short question
      // (in a few words, each is what it asks about); in a longer one, anything else (the visitor's circumstances) less.
      weights.push(bestQuality ? weight : this.#topicOf(word) || names.has(word) || asked.length <= SUBJECT_WORDS ? unknownWeight : unknownWeight * CIRCUMSTANCE);
      return found;
    });
    // The subjects the question names: an entry whose questions and keywords never name one does not answer it.
    const subjects = asked.map((word, w) => (this.#topicOf(word) || names.has(word) ? w : -1)).filter((w) => w >= 0);
    const total = weights.reduce((sum, weight) => sum + weight, 0);

    // How much of the question each entry covers.
    const cover = new Float64Array(n);
    perWord.forEach((found, w) => {
      const best = new Float64Array(n);
      for (const [id, quality] of found) {
        for (const posting of this.#postings[id]!) {
          const entry = posting >> 2;
          if (quality === SAME_MEANING && !this.#sparseness[entry]) continue;
          const value = quality * ((posting & 3) === ANSWER ? IN_ANSWER : 1);
          if (value > best[entry]!) best[entry] = value;
        }
      }
      for (let entry = 0; entry < n; entry++) cover[entry]! += (best[entry]! * weights[w]!) / total;
    });

    const mentions = subjects.map((w) => {
      const entries = new Set<number>();
      for (const [id, quality] of perWord[w]!) if (quality !== SAME_MEANING) for (const posting of this.#postings[id]!) if ((posting & 3) !== ANSWER) entries.add(posting >> 2);
      return entries;
    });
    // The closest phrasing is weighed for the entries that cover the question most (all of them in a FAQ of a few
    // dozen): in a large FAQ the others cannot come first, and going through their phrasings would cost the most.
    const candidates: number[] = [];
    for (let entry = 0; entry < n; entry++) if (cover[entry]) candidates.push(entry);
    if (candidates.length > PHRASED) candidates.sort((a, b) => cover[b]! - cover[a]!);
    const scored: Match[] = [];
    // Each match's score before the boost of entries phrased a few ways (what tells one of its own phrasings), and after
    // it without the cap of 1.
    const unboosted = new Map<Match, [before: number, after: number]>();
    candidates.forEach((entry, rank) => {
      // Named in passing in an entry ("the tip next to the cemetery") is not being about it: the subject must be in a
      // few of the entry's phrasings, or in its keywords.
      const vetoed = asked.length <= SUBJECT_WORDS && subjects.some((w, k) => {
        if (!mentions[k]!.has(entry)) return true;
        // (By its own words: a word of the same meaning does not make an entry about a subject.)
        const terms = perWord[w]!;
        const named = (id: number) => terms.has(id) && terms.get(id) !== SAME_MEANING;
        // (Of an entry phrased fewer ways, or an out-of-scope question, as many as it has.)
        const needed = Math.min(SUBJECT_PHRASINGS, this.#phrasings[entry]!.length);
        let phrasings = 0;
        for (const ids of this.#phrasings[entry]!) if (ids.some(named) && ++phrasings >= needed) return false;
        return !this.#keywords[entry]!.some(named);
      });
      // How much of its closest phrasing the question covers.
      let phrasing = 0;
      const rich = !this.#sparseness[entry];
      if (rank < PHRASED)
        for (const ids of this.#phrasings[entry]!) {
          let has = 0;
          let all = 0;
          for (const id of ids) {
            all += this.#idf[id]!;
            has += this.#idf[id]! * (rich && matched[id] === SAME_MEANING ? 0 : matched[id]!);
          }
          if (all && has / all > phrasing) phrasing = has / all;
        }
      // An entry phrased a few ways scores lower for the same question than one phrased many (fewer of the visitor's
      // words are in it): up to SPARSE_BOOST more, so that one threshold serves both. (Not the out-of-scope questions.)
      const score = (QUESTION_SHARE * cover[entry]! + (1 - QUESTION_SHARE) * phrasing) * (vetoed ? OFF_SUBJECT : 1);
      const raised = score * (1 + SPARSE_BOOST * this.#sparseness[entry]!);
      const match = { entry: this.#all[entry]!, score: Math.min(1, raised) };
      unboosted.set(match, [score, raised]);
      scored.push(match);
    });
    for (const id of touched) matched[id] = 0;
    // (Entries phrased a few ways may reach the cap of 1 together: then the closer before the boost comes first.)
    scored.sort((a, b) => b.score - a.score || unboosted.get(b)![0] - unboosted.get(a)![0]);
    // The best entry that gives what the question asks for (a price, a time, a phone number… see asked-for.ts), or one
    // a little below it that does; none when a question that is not the council's comes nearly as close: not sure.
    const outside = scored.find((match) => !match.entry.id)?.score ?? -Infinity;
    const misses = whatIsAsked(text, this.language);
    let top: Match | undefined;
    for (const match of scored) {
      if (!match.entry.id || match.score < this.threshold || match.score < scored[0]!.score - FALLBACK) break;
      const [score, raised] = unboosted.get(match)!;
      const trusted = score >= TRUSTED;
      // (The score after the boost, above 1 too: an out-of-scope question is phrased once, as the entries the boost is
      // for are, and held against the score before it, it kept a FAQ phrased once or twice from answering half the
      // questions it could; held against the capped one, "horari de la biblioteca" against "Horario de la biblioteca",
      // phrased once, came near "Horario de la biblioteca de la universidad".)
      const near = !trusted && outside > raised - NEAR_OUTSIDE;
      if (trusted || (!near && !misses?.(match.entry))) top = match;
      if (top || near) break;
    }
    const closest = scored.filter((match) => match.entry.id && match.score >= SUGGEST_FLOOR).slice(0, 3);
    return { ...(top ? { best: top } : {}), closest, ...(language ? { language } : {}) };
  }

  /**
   * Calls `visit` with every term that may be a stem or a one-typo neighbour of `word` (some twice), not all of them
   * being one: a stem shares its first four letters, and a word of five or more letters one edit from another shares
   * either its first two or, when the edit is in them, its last two (at least two letters follow an edit there).
   */
  #near(word: string, visit: (id: number) => void): void {
    if (word.length < 4) return;
    for (const id of this.#byStart.get(word.slice(0, 2)) ?? []) visit(id);
    if (word.length >= 5) for (const id of this.#byEnd.get(word.slice(-2)) ?? []) visit(id);
  }

  /** The language `text` seems written in, among the FAQ's (undefined when it cannot tell), as answer() reads it. */
  languageOf(text: string): string | undefined {
    return this.#languageOf(words(fold(text.slice(0, MAX_QUESTION_CHARS))).slice(0, MAX_WORDS));
  }

  /** The concept a word belongs to (language.concepts), as it is or as its singular; -1 when none. */
  #conceptOf(word: string): number {
    const concepts = this.#concepts;
    return concepts.get(word) ?? (word.endsWith('s') ? (concepts.get(word.slice(0, -1)) ?? (word.endsWith('es') ? concepts.get(word.slice(0, -2)) : undefined)) : undefined) ?? -1;
  }

  /** Whether a word names a subject of local life (topics.ts), as it is or as a word of the same stem (plural, verb). */
  #topicOf(word: string): boolean {
    const topics = this.language.topics;
    return topics.has(word) || (word.endsWith('s') && (topics.has(word.slice(0, -1)) || (word.endsWith('es') && topics.has(word.slice(0, -2)))));
  }

  /**
   * The language most of the question's words belong to (small words first), when one stands out among the FAQ's
   * languages; none for a FAQ in one language, where any word it knows would make a question of any language its own.
   */
  #languageOf(all: string[]): string | undefined {
    if (this.#languageWords.size < 2) return undefined;
    const counts = new Map<string, number>();
    for (const [lang, known] of this.#languageWords) {
      const small = SMALL_BY_LANGUAGE.find(([code]) => code === lang)?.[1];
      let count = 0;
      for (const word of all) if (known.has(word) || small?.has(word)) count++;
      counts.set(lang, count);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    return first && first[1] > 0 && (!second || first[1] > second[1]) ? first[0] : undefined;
  }
}

/**
 * An entry's texts in `language` (a translation where it has one, else its own), with the language they are in: the
 * answer's (`lang`) and the question's, which is the entry's own when the translation has an answer but no question.
 */
export function entryTexts(
  entry: FaqEntry,
  language: string,
  feedLanguage: string,
): { question: string; questionLang: string; answer: string; alternatives: string[]; lang: string } {
  const primary = language.toLowerCase().split('-')[0]!;
  const base = feedLanguage.toLowerCase().split('-')[0]!;
  const translation = primary === base ? undefined : Object.entries(entry.i18n).find(([lang]) => lang.split('-')[0] === primary)?.[1];
  if (translation?.answer) {
    const { question } = translation;
    return { question: question ?? entry.question, questionLang: question ? primary : base, answer: translation.answer, alternatives: translation.alternatives ?? [], lang: primary };
  }
  return { question: entry.question, questionLang: base, answer: entry.answer, alternatives: entry.alternatives, lang: base };
}
