import type { ErrorMessages } from '../messages.js';

/** As mensaxes en galego do que pode saír mal, que se descargan cando un elemento mostra a primeira. */
const glErrors: ErrorMessages = {
  'card.notFound': 'Este proxecto non está na canle. Pode que se retirase ou que a ligazón non sexa correcta.',
  'list.skipped': {
    one: '{count} proxecto non se puido mostrar (consulte a consola do navegador).',
    other: '{count} proxectos non se puideron mostrar (consulte a consola do navegador).',
  },
  'list.cut': 'Non se puideron cargar todas as páxinas da canle: pode que falten proxectos (consulte a consola do navegador).',
  'error.http': 'O enderezo da canle respondeu co erro {status}.',
  'error.not-json': 'O enderezo non devolveu unha canle: o contido non é JSON válido.',
  'error.html': 'O enderezo devolveu unha páxina web, non unha canle.',
  'error.not-jsonfeed': 'O enderezo devolveu JSON, pero non é un JSON Feed.',
  'error.not-digicanvis': 'Isto é un JSON Feed, pero non é unha canle de proxectos DigiCanvis.',
  'error.version-unsupported':
    'Esta canle é da versión {version} e este trebello le a versión {supported}. Actualice o trebello para mostrala.',
  'error.invalid': 'A canle non segue o formato DigiCanvis e non se pode mostrar.',
};

export default glErrors;
