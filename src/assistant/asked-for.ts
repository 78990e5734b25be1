/**
 * What kind of fact a question asks for — a price, a length of time, a number, a phone number, opening hours, an
 * address — and whether an answer gives one. An entry about the right subject that does not give the fact asked for
 * does not answer the question ("how long does a major works licence take?" is not answered by an entry on how to apply for
 * one that says nothing of time): the assistant says it is not sure and offers a person instead of a near miss.
 *
 * The cues are the ways Catalan, Spanish and English ask for each kind of fact; the evidence, the ways an answer
 * gives it. Both are read folded, as the matcher reads words (lower case, no accents).
 */
import type { FaqEntry } from '../feed/types.js';
import { fold } from '../search/fold.js';

const UNITS = '(?:dies|dia|dias|days?|setmanes?|semanas?|weeks?|mesos|mes|meses|months?|hores?|horas?|hours?|minuts?|minutos?|minutes?|anys?|anos?|years?)';
const NUMBER_WORDS = '(?:\\d+|un|una|dos|tres|quatre|cuatro|cinc|cinco|deu|diez|quinze|quince|trenta|treinta|a|an|one|two|three|four|five|ten|fifteen|thirty)';

/** A number of things or a share ("30 dies", "3 persones", "50%"), not a time of day or a date ("a les 20 h", "31 de gener"). */
const AMOUNT = '\\b\\d+(?:[.,]\\d+)?(?:\\s?%|\\s+(?!(?:h|de|i|y|a|and|to|[ap]m)\\b|hor|hour|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z])';

/** Per kind of fact: how a question asks for it, and how an answer gives it. */
const KINDS: readonly [asks: RegExp, gives: RegExp][] = [
  // A price or an amount of money.
  [
    /\b(?:quant\w*|cuant\w*|how much)\b.{0,24}\b(?:cost(?:a|en|s)?|cuestan?|val|vale|valen|cobr\w*|diners|dinero|money|is|are|pag\w*|pay)\b|\b(?:preus?|precios?|prices?)\b|\b(?:cobr\w*|charge|costa?|cuesta) (?:res|algo|anything)\b|\bis it free\b|\bes gratu/,
    // An amount, free of charge, or what the cost depends on ("el cost depèn dels ingressos"); not a fee merely named
    // ("la taxa es cobra cada any" does not say how much).
    /\d[\d.,]*\s?(?:€|eur\b|euros?\b)|€|\d\s?%|\b(?:gratu\w*|gratis|free|de franc)\b|\b(?:cost|coste|costo|preu|precio|price|import|importe)\b.{0,30}\b(?:depen\w*|segons|segun)\b/,
  ],
  // A length of time.
  [
    /\b(?:quant (?:de )?temps|quant triga|quant trigue[mn]|quants dies|cuanto (?:tiempo|tarda|tardan|dura|duran)|cuantos dias|how long|how many days|antelacio|antelacion|in advance)\b/,
    new RegExp(`\\b${NUMBER_WORDS}\\s+${UNITS}\\b|\\b(?:al moment|al momento|a l'instant|al instante|immediatament|inmediatamente|immediately|instantly|en el acto|on the spot|el mateix dia|el mismo dia|the same day)\\b`),
  ],
  // A number of things.
  [
    /\b(?:quants|quantes|cuantos|cuantas|how many)\b/,
    new RegExp(`${AMOUNT}|\\b(?:dos|dues|tres|quatre|cuatro|cinc|cinco|sis|seis|siete|vuit|ocho|nueve|deu|diez|cent|cien|mil|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|dozens?|desenes|decenas|centenars|cientos)\\b`),
  ],
  // A share or a limit: a percentage, a most or a least.
  [
    /\b(?:percentatge|porcentaje|percentage|maxim\w*|minim\w*|limite?)\b/,
    new RegExp(`${AMOUNT}|\\b(?:maxim|minim|limit)\\w*|sense limit|sin limite|no limit`),
  ],
  // A phone number.
  // (The number of a place or service: "el telèfon de la policia", not "l'app al meu telèfon".)
  [/\b(?:telefon|telefono|phone|telephone)\s+(?:de|del|dels|d'|of|for)\b|\bphone number\b|\bnumero de telef/, /\+?\b\d{3}(?:[ .]?\d{3}[ .]?\d{3})?\b|tel:/],
  // Opening hours.
  [
    /\b(?:a quina hora|a que hora|what time|horari|horaris|horario|horarios|opening (?:hours|times))\b/,
    /\b\d{1,2}(?:[:.]\d{2}|\s?h)\b|\b(?:dilluns|divendres|lunes|viernes|monday|friday|matins|mananas|mornings)\b/,
  ],
  // A day or a date: when something happens, or until when ("quan" asking, not "què faig quan…").
  [
    /(?:^|[?¿.!,] *)(?:i |y |and )?(?:fins |hasta |until |by )?(?:quan|cuando|when)\b|\b(?:quin|que|which|what) (?:dia|day|date|data|fecha)\b/,
    /\b\d{1,2}(?:[:.]\d{2}|\s?h| de)\b|\b(?:di(?:lluns|marts|mecres|jous|vendres|ssabte|umenge)s?|(?:lun|mart|miercol|juev|viern)es|sabados?|domingos?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|primavera|estiu|tardor|hivern|verano|otono|invierno|spring|summer|autumn|winter|cada|every|termini|plazo|deadline|abans|antes|before|dies|dias|days)\b/,
  ],
  // An address.
  [
    // (Where a place is, not "our new address", which a change of address entry answers.)
    /\b(?:quina es l'adreca|cual es la direccion|what is the address|address of|adreca de|direccion de|a quina adreca|on (?:es troba|esta|queda)|donde (?:esta|estan|queda|se encuentra)|where is the|where are the)\b/,
    /\b(?:carrer|placa|avinguda|passeig|calle|plaza|avenida|paseo|street|square|avenue|road)\b|\bc\/|\b\d{5}\b/,
  ],
];

/**
 * Actions that turn a subject around, and cases apart: leaving the register is not joining it, appealing a bill is not
 * paying it, renewing a certificate is not getting one, and doing it for someone else, for someone who has died, for a
 * minor, from abroad or anonymously is a case of its own. A question that asks for one of these is not answered by an
 * entry that never mentions it.
 */
const TURNS = /\b(?:baixa|baja|deregister|unregister|unsubscribe|(?:ren(?:ov|uev|ew)|recorre|recur[rs]|actuali[tz]|update|anon[iy]m|represent|apodera|difunt|fallec|m[ei]nor|appeal|desist|withdraw|anul|cancel|rec[ou][pv]er|retrieve)\w*|behalf|estranger|extranjero|abroad|died|deceased)\b/g;

/**
 * Who someone is, or who pays or runs something: no answer shows that it gives a name, so the entry's own questions must
 * ask who as well ("qui és l'alcalde?" is not answered by how a wedding at the town hall is arranged).
 */
const WHO = /\b(?:qui|quien|who)\s+(?:(?:lo|la|ho|el|it)\s+)?(?:es|son|is|are|financa|financia|funds|paga|pays|porta|runs|gestiona|manages)\b/;

/**
 * True when `question` asks for a kind of fact that no answer of `entry` (in any of its languages) gives, or turns
 * the subject around in a way the entry never mentions: the entry is about the subject but does not answer what was
 * asked.
 */
export function missesWhatIsAsked(question: string, entry: FaqEntry): boolean {
  const asked = fold(question);
  const kinds = KINDS.filter(([asks]) => asks.test(asked));
  const turns = asked.match(TURNS) ?? [];
  const who = WHO.test(asked);
  if (!kinds.length && !turns.length && !who) return false;
  const answers = fold([entry.answer, ...Object.values(entry.i18n).map((t) => t.answer ?? '')].join('\n'));
  const questions = fold([entry.question, ...entry.alternatives, ...entry.keywords, ...Object.values(entry.i18n).flatMap((t) => [t.question ?? '', ...(t.alternatives ?? [])])].join('\n'));
  return (
    kinds.some(([, gives]) => !gives.test(answers)) ||
    turns.some((turn) => !(answers + questions).includes(turn.slice(0, 5))) ||
    (who && !/\b(?:qui|quien|who)\b/.test(questions))
  );
}
