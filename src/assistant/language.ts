/**
 * What the assistant knows of Catalan, Spanish and English beyond a council's FAQ, loaded as data apart from the
 * element's code (`<dc-assistant>` imports it when its panel first opens, and answers without it if it cannot load):
 * the questions that are not a council's to answer, the subjects of local life, the cues of the fact a question asks
 * for, words of the same meaning (concepts.ts), and the ways a visitor says it is not helping (frustration.ts). The
 * matcher (match.ts), the fact check (asked-for.ts) and the intents (intents.ts) are the element's code; this is what
 * they read.
 */
import type { Language } from './match.js';
import { CONCEPTS } from './concepts.js';
import { KINDS, TURNS, WHO } from './cues.js';
import { FRUSTRATION } from './frustration.js';
import { OUT_OF_SCOPE } from './out-of-scope.js';
import { TOPICS } from './topics.js';

export const LANGUAGE: Language = { outOfScope: OUT_OF_SCOPE, topics: TOPICS, kinds: KINDS, turns: TURNS, who: WHO, concepts: CONCEPTS, frustration: FRUSTRATION };
