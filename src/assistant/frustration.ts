/**
 * Phrases that say the assistant is not helping, in Catalan, Spanish and English, read on a message's folded words
 * joined by spaces ("no m'entens" is `no m entens`): data the assistant loads with itself (language.ts), read by
 * intents.ts. Addressed to it (second person, "this chat", "your answer"): a report that something else does not work
 * ("la app no funciona", "el certificat no serveix") is a question for the FAQ.
 */
export const FRUSTRATION = new RegExp(
  `\\b(?:${[
    // Catalan.
    'no (?:m |em )?(?:entens|has entes|serveixes|ajudes|has ajudat)',
    'no serveix(?:es)? (?:per a |per )?res',
    'ets (?:un |una )?inutil',
    '(?:aixo|aquesta resposta) no (?:m |em )?(?:ajuda|serveix)',
    'no es (?:aixo|el que (?:he |t he )?(?:preguntat|demanat|demanava|volia))',
    // Spanish.
    'no (?:me )?(?:entiendes|has entendido|sirves|ayudas|has ayudado)',
    'no sirves? (?:para|pa) nada',
    'eres (?:un |una )?inutil',
    '(?:esto|eso|esta respuesta) no (?:me )?(?:ayuda|sirve)',
    'no es (?:eso|esto|lo que (?:te )?(?:he )?(?:preguntado|pregunte|pedido|pedi|queria))',
    // Catalan and Spanish.
    '(?:resposta|respuesta) (?:incorrecta|equivocada|erronia|erronea)',
    // English.
    'you (?:don t|do not|didn t|did not) (?:understand|get it|help)',
    'you (?:re|are) (?:useless|not helping|not helpful)',
    '(?:that s|thats|that is|this is|it s|its) not what i (?:asked|meant|wanted|need)',
    '(?:wrong|useless) answer',
    'not helpful',
    '(?:this|that|it) (?:doesn t|does not|didn t|did not) help',
    '(?:useless|stupid) (?:bot|chatbot|chat|assistant)',
    // A bot, chat or assistant named as useless or wrong, in any of the three.
    '(?:aquest|este|this) (?:xat|chat|bot|chatbot|assistent|asistente|assistant) (?:no (?:serveix|sirve|funciona)|es (?:inutil|useless)|is (?:useless|rubbish))',
  ].join('|')})\\b`,
  'g',
);


