import type { ErrorMessages } from '../messages.js';

/** Es messatges en aranés de çò que pòt anar mau, descargadi eth prumèr còp qu’un element mòstre un error. Tipadi coma `ErrorMessages`. */
const ocErrors: ErrorMessages = {
  'card.notFound': 'Aguest projècte non ei en canau. Dilhèu s’a retirat o eth ligam non ei corrècte.',
  'list.skipped': {
    one: '{count} projècte non s’a pogut mostrar (consultatz era consòla deth navigador).',
    other: '{count} projèctes non s’an pogut mostrar (consultatz era consòla deth navigador).',
  },
  'list.cut': 'Non s’an pogut cargar totes es pagines deth canau: ei possible que i manquen projèctes (consultatz era consòla deth navigador).',
  'error.http': 'Era adreça deth canau a arresponut damb er error {status}.',
  'error.not-json': 'Era adreça non a tornat un canau: eth contengut non ei JSON valid.',
  'error.html': 'Era adreça a tornat ua pagina web, non un canau.',
  'error.not-jsonfeed': 'Era adreça a tornat JSON, mès non ei un JSON Feed.',
  'error.not-digicanvis': 'Açò ei un JSON Feed, mès non ei un canau de projèctes DigiCanvis.',
  'error.version-unsupported':
    'Aguest canau ei dera version {version} e aguest widget lieg era version {supported}. Actualizatz eth widget entà mostrar-lo.',
  'error.invalid': 'Eth canau non seguís eth format DigiCanvis e non se pòt mostrar.',
};

export default ocErrors;
