import type { ErrorMessages } from '../messages.js';

/**
 * The Catalan messages of what can go wrong, downloaded when an element first shows one. Typed as
 * `ErrorMessages`: a key missing, misspelt or extra fails the type check.
 */
const caErrors: ErrorMessages = {
  'card.notFound': 'Aquest projecte no és al canal. Potser s’ha retirat o l’enllaç no és correcte.',
  'list.skipped': {
    one: '{count} projecte no s’ha pogut mostrar (vegeu la consola del navegador).',
    other: '{count} projectes no s’han pogut mostrar (vegeu la consola del navegador).',
  },
  'list.cut': 'No s’han pogut carregar totes les pàgines del canal: pot ser que hi faltin projectes (vegeu la consola del navegador).',
  'error.http': 'L’adreça del canal ha respost amb l’error {status}.',
  'error.not-json': 'L’adreça no ha retornat un canal: el contingut no és JSON vàlid.',
  'error.html': 'L’adreça ha retornat una pàgina web, no un canal.',
  'error.not-jsonfeed': 'L’adreça ha retornat JSON, però no és un JSON Feed.',
  'error.not-digicanvis': 'Això és un JSON Feed, però no és un canal de projectes DigiCanvis.',
  'error.version-unsupported':
    'Aquest canal és de la versió {version} i aquest giny llegeix la versió {supported}. Actualitzeu el giny per mostrar-lo.',
  'error.invalid': 'El canal no segueix el format DigiCanvis i no es pot mostrar.',
};

export default caErrors;
