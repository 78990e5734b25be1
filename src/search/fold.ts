/**
 * Text as the search compares it: lower case, without accents or other marks, compatibility forms
 * unfolded (`ﬁ` → `fi`), Catalan's `l·l` as `ll`, and the few Latin letters that have no decomposition
 * spelt the way people type them without the key (`ø` → `o`, `ß` → `ss`). `participació` and
 * `PARTICIPACIO` both fold to `participacio`.
 */

const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\0-\x7f]/;
/** The Catalan middle dot (and its look-alikes) joins the two l's of a word: drop it. */
const MIDDLE_DOTS = /[·‧•∙⋅]/g;
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const SPECIAL = /[øæœßłđðþıħ]/g;
/** One run of letters or digits. After folding, a word of any script is one token. */
const NON_WORD = /[^\p{L}\p{N}]+/u;
const NON_WORD_ASCII = /[^a-z0-9]+/;

export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(MARKS, '').replace(MIDDLE_DOTS, '').replace(SPECIAL, (c) => LETTERS[c] ?? c);
}

/** The words of an already folded text, in order (no empty strings). */
export function words(folded: string): string[] {
  const parts = folded.split(NON_ASCII.test(folded) ? NON_WORD : NON_WORD_ASCII);
  if (parts[0] === '') parts.shift();
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** The words of any text, folded. */
export const tokenize = (text: string): string[] => words(fold(text));

/**
 * Where the words of `text` are, as `[start, end)` offsets into `text` itself (not its folded
 * form), each with its folded form: what highlighting needs to mark the original characters.
 */
export function wordSpans(text: string): { start: number; end: number; word: string }[] {
  const spans: { start: number; end: number; word: string }[] = [];
  // Letters, marks and digits, and the middle dot inside a word: `col·laboració` is one word.
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}·]*/gu)) {
    // Trailing middle dots belong to no word (a loop: a regex anchored at the end is quadratic on a long run).
    let length = match[0].length;
    while (length > 0 && match[0].charCodeAt(length - 1) === 0xb7) length--;
    const raw = match[0].slice(0, length);
    const folded = words(fold(raw));
    // A run that folds into several words (rare: `ǆ`-like ligatures of two scripts) is matched by its first one.
    spans.push({ start: match.index, end: match.index + raw.length, word: folded[0] ?? '' });
  }
  return spans;
}
