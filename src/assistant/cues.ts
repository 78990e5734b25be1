/**
 * The cues of the fact a question asks for (see asked-for.ts), in Catalan, Spanish and English: data the assistant loads
 * with itself (language.ts), apart from its code. The cues are the ways each language asks for each kind of fact; the
 * evidence, the ways an answer gives it. Both are read folded, as the matcher reads words (lower case, no accents),
 * except who-questions, where the accent tells Catalan "qui és" (who is) from "qui es pot" (who can).
 */
const UNITS = '(?:dies|dia|dias|days?|setmanes?|semanas?|weeks?|mesos|mes|meses|months?|hores?|horas?|hours?|minuts?|minutos?|minutes?|anys?|anos?|years?)';
const NUMBER_WORDS = '(?:\\d+|un|una|dos|tres|quatre|cuatro|cinc|cinco|deu|diez|quinze|quince|trenta|treinta|a|an|one|two|three|four|five|ten|fifteen|thirty)';
const MONTHS =
  '(?:gener|febrer|marc|abril|maig|juny|juliol|agost|setembre|octubre|novembre|desembre|enero|febrero|marzo|mayo|junio|julio|agosto|septiembre|noviembre|diciembre|january|february|march|april|june|july|august|september|october|november|december)';
/** A length of time ("dos dies", "3 weeks"), or at once ("al moment", "the same day"). */
const DURATION = `\\b${NUMBER_WORDS}\\s+${UNITS}\\b|\\b(?:al moment|al momento|a l'instant|al instante|immediatament|inmediatamente|immediately|instantly|en el acto|on the spot|el mateix dia|el mismo dia|the same day)\\b`;
/**
 * A number of things or a share ("30 dies", "fins a 6 persones", "50%", "Màxim: 6."), not a time of day or a date
 * ("a les 20 h", "de 9 a 14 h", "l'1 d'octubre", "31 January", "since 2024", "9 p.m.").
 */
const AMOUNT = `(?<!(?:\\ba les|\\ba las|\\bat|\\bde|\\bfrom|\\bsince|\\bto|\\bentre les|\\bentre las|\\bbetween|l'|\\bel|\\bthe|\\bles|\\blas)\\s?)\\b\\d+(?:[.,]\\d+)?(?:\\s?%|\\s+(?!(?:h|i|y|a|and|to|in|de|d|del|of)\\b|[ap]\\.?m\\b|hor|hour|${MONTHS}\\b)[a-z]|\\s*(?:[.;,)]|$))`;

/** Per kind of fact: how a question asks for it, and how an entry's answers give it. */
export const KINDS: readonly [asks: RegExp, gives: RegExp][] = [
  // A price or an amount of money.
  [
    /\b(?:quant\w*|cuant\w*|how much)\b.{0,24}\b(?:cost(?:a|en|s)?|cuestan?|val|vale|valen|cobr\w*|diners|dinero|money|is|are|pag(?:ar?|o|an|uen|ues?)|pay)\b|\b(?:preus?|precios?|prices?)\b|\b(?:cobr\w*|charge|costa?|cuesta) (?:res|algo|anything)\b|\bis it free\b|\bes gratu/,
    // An amount, free of charge, or what the cost depends on ("el cost depèn dels ingressos"); not a fee merely named
    // ("la taxa es cobra cada any" does not say how much).
    /\d[\d.,]*\s?(?:€|eur\b|euros?\b)|€|\d\s?%|\b(?:gratu\w*|gratis|free|de franc)\b|\b(?:costs?|coste|costo|preus?|precios?|prices?|imports?|importe|fees?|quota|cuota|taxa|tasa)\b.{0,30}\b(?:depen\w*|segons|segun)\b/,
  ],
  // A length of time.
  [
    /\b(?:quant (?:de )?temps|quant triga|quant trigue[mn]|quants dies|cuanto (?:tiempo|tarda|tardan|dura|duran)|cuantos dias|how long|how many days|antelacio|antelacion|in advance)\b/,
    new RegExp(DURATION),
  ],
  // How long a document or a card is valid, or when it expires: what the entry says of its validity, not any length of
  // time ("es lliura en 3 dies" is not how long it is valid; "el certificat no és vàlid" asks nothing of it).
  [
    /\b(?:quant (?:de )?temps|cuanto tiempo|how long|fins quan|hasta cuando|until when|(?:quants|quantes|cuantos|cuantas|how many) \w+)\b[^?.!]{0,40}\b(?:valid|vigen|caduc|expir)|\b(?:valid|vigen)\w*[^?.!]{0,30}\b(?:quant (?:de )?temps|cuanto tiempo|how long)\b|\b(?:quan|cuando|when) (?:caduca|expira|expires?|vence)\b/,
    /\b(?:valid|vigen|caduc|expir)|\bvalen?\s\d/,
  ],
  // A number of things ("how many", not "a few": "uns quants sacs").
  [
    /(?<!\b(?:uns|unes|unos|unas|a few) )\b(?:quants|quantes|cuantos|cuantas|how many)\b/,
    new RegExp(`${AMOUNT}|\\b(?:dos|dues|tres|quatre|cuatro|cinc|cinco|sis|seis|siete|vuit|ocho|nueve|deu|diez|cent|cien|mil|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|dozens?|desenes|decenas|centenars|cientos)\\b`),
  ],
  // A share or a limit ("quin percentatge…?", "com a màxim", "is there a limit?"; not a deadline, "la data límit").
  [
    /\b(?:quin|quina|quins|quines|que|cual|what|which)\s+(?:\w+\s+){0,2}?(?:percentatge|porcentaje|percentage|maxim\w*|minim\w*|(?<!(?:data|fecha) )limite?)\b|\b(?:com a|como|at the) (?:maxim|maximo|most)\b|\b(?:hi ha|hay|is there) (?:un |una |a )?(?:\w+ )?(?:limit|limite|maxim|maximo|maximum)\b|\b(?:edat|edad) minima\b|\bminimum age\b/,
    new RegExp(`${AMOUNT}|\\b(?:maxim|minim|limit)`),
  ],
  // A phone number.
  // (The number of a place or service: "el telèfon de la policia", not "l'app al meu telèfon".)
  [/\b(?:telefon|telefono|phone|telephone)\s+(?:de|del|dels|d'|of|for)\b|\bphone number\b|\bnumero de telef/, /\+?\b\d{3}(?:[ .]?\d{3}[ .]?\d{3})?\b|tel:/],
  // Opening hours.
  [
    /\b(?:a quina hora|a que hora|what time|horari|horaris|horario|horarios|opening (?:hours|times))\b/,
    /\b\d{1,2}(?:[:.]\d{2}|\s?h)\b|\b(?:dilluns|divendres|lunes|viernes|monday|friday|matins|mananas|mornings)\b/,
  ],
  // A day or a date: a question that asks when ("Quan s'obre?", "Sabeu quan…?", "fins a quan…?"), not a sentence that
  // starts with when ("Quan em canvio de pis, he d'avisar?", "Quan vaig a signar em diu que…").
  [
    /(?:^|[?¿.!] *)(?:i |y |and |but |pero )?(?:(?:fins|hasta|until|des de|desde|since)\s+(?:a\s+)?)?(?:quan|cuando|when)\b[^,.;:!?]*\?|\b(?:saps|sabeu|sap|sabes|sabe|sabeis|do you know) (?:quan|cuando|when)\b|\b(?:quin|quina|quins|quines|que|which|what) (?:dia|dies|dias|days?|dates?|data|fechas?)\b/,
    new RegExp(
      `${DURATION}|\\b\\d{1,2}(?:[:.]\\d{2}|\\s?h)\\b|\\b\\d{1,2}[/-]\\d{1,2}\\b|\\b${MONTHS}\\b|\\b(?:19|20)\\d\\d\\b|\\b(?:di(?:lluns|marts|mecres|jous|vendres|ssabte|umenge)s?|(?:lun|mart|miercol|juev|viern)es|sabados?|domingos?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|primavera|estiu|tardor|hivern|verano|otono|invierno|spring|summer|autumn|winter|cada|every|termini|plazo|deadline|abans|antes|before|dies|dias|days)\\b`,
    ),
  ],
  // An address.
  [
    // (Where a place is, not "our new address", which a change of address entry answers.)
    /\b(?:quina es l'adreca|cual es la direccion|what is the address|address of|adreca de|direccion de|a quina adreca|on (?:es troba|esta|queda)|(?:on|donde|where) (?:es|son|esta|estan|is|are) (?:l'|la |les |el |els |las |los |the )?(?:oficin\w*|offices?|centre|centro|center|edifici|edificio|building)|donde (?:esta|estan|queda|se encuentra)|where is the|where are the)\b/,
    /\b(?:carrer|placa|avinguda|passeig|rambla|ronda|cami|carretera|calle|plaza|avenida|paseo|camino|street|square|avenue|road|lane)\b|\bc\/|\bs\/n\b|\b\d{5}\b/,
  ],
];

/**
 * Actions that turn a subject around, and cases apart: leaving the register is not joining it, appealing a bill is not
 * paying it, renewing a certificate is not getting one, and doing it for someone else, for someone who has died, for a
 * minor, from abroad or anonymously is a case of its own; so is paying in instalments, a refund, a discount or an
 * exemption, which an entry on the subject often does not say. Each a line of stems of one
 * meaning, in the three languages: a
 * question with a word that starts with one is not answered by an entry that has no word starting with any of its line
 * (so a Spanish "baja" is answered by a Catalan entry on the "baixa").
 */
export const TURNS = `baixa\\b baja\\b deregist unregist unsubscrib
renov renuev renew
recorre recurs recurr(?!ing) appeal
actualitz actualiz updat
anonim anonym
behalf represent apodera
estranger extranjer abroad
difunt fallec died deceased
menor minor
desist withdraw
anul cancel
recuper recover retriev
fraccion ajorna aplaza instalment installment
devolu devuelv devolv retorn reembols reintegr refund
bonific descompt descuent discount exempc exenc exempt exent`
  .split('\n')
  .map((line) => new RegExp(`\\b(?:${line.split(' ').join('|')})`));

/**
 * Who someone is, or who pays or runs something, asked ("Qui és el síndic?", "…, qui paga l'IBI?"; not "qui es pot
 * casar?" nor "people who are over 65"): no answer shows that it gives a name, so the entry's own questions must ask who as well.
 */
export const WHO =
  /(?:^|[?¿.!,] *)(?:i |y |and |but |pero )?(?:qui (?:és|són|paga|finança|porta|gestiona|dirigeix)|qui[eé]n(?:es)? (?:es|son|(?:lo |la )?(?:paga|financia|lleva|gestiona|dirige))|who (?:is|are|pays|funds|runs|manages))\b/;

