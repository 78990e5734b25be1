import type { ErrorMessages } from '../messages.js';

/**
 * The Spanish messages of what can go wrong, downloaded when an element first shows one. Typed as
 * `ErrorMessages`: a key missing, misspelt or extra fails the type check.
 */
const esErrors: ErrorMessages = {
  'card.notFound': 'Este proyecto no está en el canal. Puede que se haya retirado o que el enlace no sea correcto.',
  'list.skipped': {
    one: '{count} proyecto no se ha podido mostrar (consulte la consola del navegador).',
    other: '{count} proyectos no se han podido mostrar (consulte la consola del navegador).',
  },
  'list.cut': 'No se han podido cargar todas las páginas del canal: puede que falten proyectos (consulte la consola del navegador).',
  'error.http': 'La dirección del canal ha respondido con el error {status}.',
  'error.not-json': 'La dirección no ha devuelto un canal: el contenido no es JSON válido.',
  'error.html': 'La dirección ha devuelto una página web, no un canal.',
  'error.not-jsonfeed': 'La dirección ha devuelto JSON, pero no es un JSON Feed.',
  'error.not-digicanvis': 'Esto es un JSON Feed, pero no es un canal de proyectos DigiCanvis.',
  'error.version-unsupported':
    'Este canal es de la versión {version} y este widget lee la versión {supported}. Actualice el widget para mostrarlo.',
  'error.invalid': 'El canal no sigue el formato DigiCanvis y no se puede mostrar.',
};

export default esErrors;
