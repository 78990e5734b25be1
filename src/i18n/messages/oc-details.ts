import type { DetailMessages } from '../messages.js';

/** Es tèxtes en aranés des detalhs d’ua fiche. Tipadi coma `DetailMessages`: ua clau que manque, mau escrita o de mès hè fallar era verificacion de tipes. */
const ocDetails: DetailMessages = {
  'kind.label': 'Qué a cambiat',
  'kind.service': 'Un servici',
  'kind.process': 'Un procès o procediment',
  'kind.organization': 'Era organizacion',

  'attachment.article': 'Article',
  'attachment.pdf': 'Document PDF',
  'attachment.document': 'Document',
  'attachment.video': 'Vidèo',
  'attachment.audio': 'Àudio',
  'attachment.slides': 'Presentacion',
  'attachment.demo': 'Demostracion',
  'attachment.image': 'Imatge',
  'attachment.file': 'Fichèr',

  'card.partners': 'Sòcis',
  'card.contacts': 'Contactes',
  'card.requestVisit': 'Demanatz ua visita d’estudi',
  'card.visitSubject': 'Visita d’estudi: {title}',
  'card.description': 'Descripcion',
  'card.value': 'Valor entara ciutadania e era administracion',
  'card.barriers': 'Obstacles',
  'card.benefits': 'Beneficis',
  'card.technologies': 'Tecnologies',
  'card.methodologies': 'Metodologies',
  'card.tools': 'Estruments',
  'card.started': 'Inici',
  'card.documentation': 'Documentacion',
  'card.email': 'Corrèu electronic',
  'card.phone': 'Telefòn',
};

export default ocDetails;
