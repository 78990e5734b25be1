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
 * Words of more than three letters a message may have besides its complaint for it to be only a complaint ("no
 * m'entens, home"); none when it asks something ("what if you don't understand Catalan?").
 */
const FRUSTRATION_REST = 1;

const only = (list: string[], allowed: Set<string>) => list.length > 0 && list.every((word) => allowed.has(word));

/**
 * `frustration`: phrases that say the assistant is not helping (frustration.ts, with the assistant's language data;
 * without it, no message is read as one).
 */
export function intentOf(message: string, frustration?: RegExp): Intent {
  const folded = fold(message.slice(0, 400));
  const list = words(folded);
  if (only(list, GREETING)) return 'greeting';
  if (only(list, THANKS)) return 'thanks';
  const joined = list.join(' ');
  if (PERSON.test(joined) || (only(list, CONTACT) && list.some((word) => !CONTACT_FILLER.has(word)))) return 'person';
  // (A complaint with a question after it, "no m'entens: vull pagar l'IBI", is the question's.)
  const rest = frustration ? joined.replace(frustration, '') : joined;
  if (rest !== joined && rest.split(' ').filter((word) => word.length > 3).length <= (/[?¿]/.test(message) ? 0 : FRUSTRATION_REST)) return 'frustrated';
  return undefined;
}

/** The words of CONTACT that say nothing on their own ("i want a"): a message of only these is not a request. */
const CONTACT_FILLER = set('vull quiero want need necessito necesito amb con to with a an una un el la the please si plau favor i can puc puedo could de may real');
