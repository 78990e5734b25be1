/**
 * Phrases that say the assistant is not helping, in Catalan, Spanish and English, read on a message's folded words
 * joined by spaces ("no m'entens" is `no m entens`): data the assistant loads with itself (language.ts), read by
 * intents.ts. Said to the assistant, not of something else: "la app no funciona", "el meu certificat no serveix per a
 * res" and "the receptionist was not helpful" are questions for the FAQ.
 */

/** Addressed to it (second person, or naming it): anywhere in a message. */
const ADDRESSED = [
  // Catalan.
  'no (?:m |em )?(?:entens|has entes|estas entenent|serveixes|ajudes|has ajudat|estas ajudant)',
  'ets (?:un |una )?(?:inutil|desastre)',
  // Spanish.
  'no (?:me )?(?:entiendes|has entendido|estas entendiendo|sirves|ayudas|has ayudado|estas ayudando)',
  'eres (?:un |una )?(?:inutil|desastre)',
  // English.
  'you (?:don t|do not|didn t|did not|can t|cannot) (?:understand|get it|help)',
  'you (?:re|are) (?:useless|not helping|not helpful|not listening|no help)',
  'you (?:aren t|are not) (?:helping|listening)',
  // The chat itself, in any of the three.
  '(?:aquest|este|this|el|the) (?:xat|chat|bot|chatbot|assistent|asistente|assistant) (?:no (?:serveix|sirve|funciona|ajuda|ayuda)|es (?:inutil|useless)|is (?:useless|rubbish|no help)|(?:doesn t|does not) (?:work|help))',
  '(?:useless|stupid) (?:bot|chatbot|chat|assistant)',
];

/**
 * Only as a whole message (after an interjection, before "at all"): "no serveix de res" on its own is said to the
 * assistant, "el meu certificat no serveix per a res" is a question about a certificate.
 */
const WHOLE = [
  // Catalan.
  'no (?:em |m )?(?:serveix|ajuda)(?: de res| per a res| per res)?',
  '(?:aixo|aquesta resposta) no (?:m |em )?(?:ajuda|serveix)',
  '(?:aixo|aquesta resposta) es (?:inutil|incorrecta)',
  '(?:aixo )?no es (?:aixo|el que (?:t )?(?:he )?(?:preguntat|demanat|demanava|volia|buscava))',
  'resposta (?:incorrecta|equivocada|erronia)',
  // Spanish.
  'no (?:me )?(?:sirve|ayuda)(?: de nada| para nada| pa nada)?',
  '(?:esto|eso|esta respuesta) no (?:me )?(?:ayuda|sirve)',
  '(?:esto|eso|esta respuesta) es (?:inutil|incorrecta)',
  '(?:eso |esto )?no es (?:eso|esto|lo que (?:te )?(?:he )?(?:preguntado|pregunte|pedido|pedi|queria|buscaba))',
  'respuesta (?:incorrecta|equivocada|erronea)',
  // English.
  '(?:this|that|it) is useless',
  '(?:that s |thats |that is |this is |it s |its )?not (?:helpful|what i (?:asked|meant|wanted|needed|need|was looking for))',
  '(?:that s |thats |that is |this is |it s |its )?(?:the |a )?(?:wrong|useless) answer',
  '(?:this|that|it) (?:doesn t|does not|didn t|did not) (?:help|answer (?:my|the) question)',
];

const INTERJECTION = '(?:(?:pero|pues|bueno|vaja|uf|ostres|bah|but|well|no|sorry|perdona|perdon) )?';
/** "…per a res", "…para nada", "…at all". */
const TAIL = '(?: (?:per a |per |para |pa |de )?(?:res|nada|gens|nothing|anything|at all|again|mai|nunca|never))?';

export const FRUSTRATION = new RegExp(`\\b(?:${ADDRESSED.join('|')})${TAIL}\\b|^${INTERJECTION}(?:${WHOLE.join('|')})${TAIL}$`, 'g');
