import type { ErrorMessages } from '../messages.js';

/** Zer gaizki joan daitekeen azaltzen duten euskarazko mezuak, `ErrorMessages` motakoak. */
const euErrors: ErrorMessages = {
  'card.notFound': 'Proiektu hau ez dago jarioan. Agian kendu egin da, edo esteka ez da zuzena.',
  'list.skipped': {
    one: 'Ezin izan da proiektu {count} erakutsi (ikusi nabigatzailearen kontsola).',
    other: 'Ezin izan dira {count} proiektu erakutsi (ikusi nabigatzailearen kontsola).',
  },
  'list.cut': 'Ezin izan dira jarioaren orri guztiak kargatu: baliteke proiektu batzuk falta izatea (ikusi nabigatzailearen kontsola).',
  'error.http': 'Jarioaren helbideak errore honekin erantzun du: {status}.',
  'error.not-json': 'Helbideak ez du jariorik itzuli: edukia ez da baliozko JSON formatuan.',
  'error.html': 'Helbideak web-orri bat itzuli du, ez jario bat.',
  'error.not-jsonfeed': 'Helbideak JSON itzuli du, baina ez da JSON Feed bat.',
  'error.not-digicanvis': 'JSON Feed bat da, baina ez da DigiCanvis proiektu-jario bat.',
  'error.version-unsupported':
    'Jario hau {version} bertsiokoa da, eta trepeta honek {supported} bertsioa irakurtzen du. Eguneratu trepeta jarioa erakusteko.',
  'error.invalid': 'Jarioak ez du DigiCanvis formatua betetzen; beraz, ezin da erakutsi.',
};

export default euErrors;
