/**
 * What a message asks for besides a FAQ answer: a greeting, thanks, a person, or projects; or that the assistant is not
 * helping ("no m'entens", "that's not what I asked"), which it answers as the best front-line services do, by offering
 * a person at once. Read from its folded words in Catalan, Spanish and English, before the FAQ is searched.
 */
import { fold, words } from '../search/fold.js';

export type Intent = 'greeting' | 'thanks' | 'person' | 'frustrated' | undefined;

const set = (list: string) => new Set(list.split(' '));

const GREETING = set('hola bon bona dia tarda vespre nit bones buenos buenas dias tardes noches hello hi hey good morning afternoon evening ei ep ola');
const THANKS = set('gracies moltes merci gracias muchas thanks thank you very much ok okay vale perfecte perfecto genial great dacord acord d de');
/** Words that, with nothing else of substance, ask for a person. */
const CONTACT = set(
  'persona huma humana humano human agent agente operador operadora operator algu alguien someone somebody parlar hablar talk speak ' +
    'trucar llamar call telefon telefono phone contacte contacto contact correu correo email atencio atencion personal real vull quiero want ' +
    'need necessito necesito amb con to with a an una un el la the please si plau favor i can puc puedo could de may',
);
/** Phrases that ask for a person whatever else the message says. */
const PERSON = /\b(?:parlar amb (?:una persona|algu|un huma|un agent|un treballador|una treballadora)|hablar con (?:una persona|alguien|un humano|un agente)|(?:talk|speak) (?:to|with) (?:a person|someone|somebody|a human|an agent|a real person)|persona real|real person|(?:un|una) huma|humano|human being|operador|operadora)\b/;

/**
 * Phrases that say the assistant is not helping, addressed to it (second person, "this chat", "your answer"): a report
 * that something else does not work ("la app no funciona", "el certificat no serveix") is a question for the FAQ.
 */
const FRUSTRATION = new RegExp(
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

/** Words of more than three letters a message may have besides its complaint for it to be only a complaint. */
const FRUSTRATION_REST = 2;

const only = (list: string[], allowed: Set<string>) => list.length > 0 && list.every((word) => allowed.has(word));

export function intentOf(message: string): Intent {
  const folded = fold(message.slice(0, 400));
  const list = words(folded);
  if (only(list, GREETING)) return 'greeting';
  if (only(list, THANKS)) return 'thanks';
  const joined = list.join(' ');
  if (PERSON.test(joined) || (only(list, CONTACT) && list.some((word) => !CONTACT_FILLER.has(word)))) return 'person';
  // (A complaint with a question after it, "no m'entens: vull pagar l'IBI", is the question's.)
  const rest = joined.replace(FRUSTRATION, '');
  if (rest !== joined && rest.split(' ').filter((word) => word.length > 3).length <= FRUSTRATION_REST) return 'frustrated';
  return undefined;
}

/** The words of CONTACT that say nothing on their own ("i want a"): a message of only these is not a request. */
const CONTACT_FILLER = set('vull quiero want need necessito necesito amb con to with a an una un el la the please si plau favor i can puc puedo could de may real');
