/**
 * What kind of fact a question asks for — a price, a length of time, a number, a share or a limit, a phone number,
 * opening hours, a day or a date, an address, who someone is — and whether an entry gives one. An entry about the right
 * subject that does not give the fact asked for does not answer the question ("how long does a major works licence
 * take?" is not answered by an entry on how to apply for one that says nothing of time): the assistant says it is not
 * sure and offers a person instead of a near miss. So with a turn the question gives its subject, or a case apart
 * (leaving instead of joining; for someone who has died), that the entry never mentions.
 *
 * The cues themselves (cues.ts) are data, loaded with the assistant's other language data (language.ts).
 */
import type { FaqEntry } from '../feed/types.js';
import { fold } from '../search/fold.js';

/** How questions ask for kinds of fact, turns and cases apart, and who (cues.ts). */
export interface Cues {
  kinds: readonly (readonly [asks: RegExp, gives: RegExp])[];
  turns: readonly RegExp[];
  who?: RegExp | undefined;
}

/** Each entry's answers, and its questions, alternatives and keywords, folded once (in all its languages). */
const folded = new WeakMap<FaqEntry, [answers: string, questions: string]>();
function textsOf(entry: FaqEntry): [answers: string, questions: string] {
  let texts = folded.get(entry);
  if (!texts) {
    const translations = Object.values(entry.i18n);
    texts = [
      fold([entry.answer, ...translations.map((t) => t.answer ?? '')].join('\n')),
      fold([entry.question, ...entry.alternatives, ...entry.keywords, ...translations.flatMap((t) => [t.question ?? '', ...(t.alternatives ?? [])])].join('\n')),
    ];
    folded.set(entry, texts);
  }
  return texts;
}

/**
 * What `question` asks for (by `cues`), read once: undefined when it asks for nothing the entries must show (most questions), else
 * a test that is true of an entry that is about the subject but does not answer what was asked.
 */
export function whatIsAsked(question: string, cues: Cues): ((entry: FaqEntry) => boolean) | undefined {
  const asked = fold(question);
  const kinds = cues.kinds.filter(([asks]) => asks.test(asked));
  const turns = cues.turns.filter((turn) => turn.test(asked));
  const who = !!cues.who?.test(question.toLowerCase());
  if (!kinds.length && !turns.length && !who) return undefined;
  return (entry) => {
    const [answers, questions] = textsOf(entry);
    return kinds.some(([, gives]) => !gives.test(answers)) || turns.some((turn) => !turn.test(answers) && !turn.test(questions)) || (who && !/\b(?:qui|quien|who)\b/.test(questions));
  };
}

/** True when `question` asks for a kind of fact, a turn or a case apart that `entry` does not give. */
export const missesWhatIsAsked = (question: string, entry: FaqEntry, cues: Cues): boolean => whatIsAsked(question, cues)?.(entry) ?? false;
