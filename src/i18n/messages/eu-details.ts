import type { DetailMessages } from '../messages.js';

/** Fitxa baten xehetasunen euskarazko testuak, `DetailMessages` motakoak. */
const euDetails: DetailMessages = {
  'kind.label': 'Zer aldatu da',
  'kind.service': 'Zerbitzu bat',
  'kind.process': 'Prozesu edo prozedura bat',
  'kind.organization': 'Erakundea',

  'attachment.article': 'Artikulua',
  'attachment.pdf': 'PDF dokumentua',
  'attachment.document': 'Dokumentua',
  'attachment.video': 'Bideoa',
  'attachment.audio': 'Audioa',
  'attachment.slides': 'Aurkezpena',
  'attachment.demo': 'Erakustaldia',
  'attachment.image': 'Irudia',
  'attachment.file': 'Fitxategia',

  'card.partners': 'Bazkideak',
  'card.contacts': 'Kontaktuak',
  'card.requestVisit': 'Eskatu ikasketa-bisita bat',
  'card.visitSubject': 'Ikasketa-bisita: {title}',
  'card.description': 'Deskribapena',
  'card.value': 'Balioa herritarrentzat eta administrazioarentzat',
  'card.barriers': 'Oztopoak',
  'card.benefits': 'Onurak',
  'card.technologies': 'Teknologiak',
  'card.methodologies': 'Metodologiak',
  'card.tools': 'Tresnak',
  'card.started': 'Hasiera',
  'card.documentation': 'Dokumentazioa',
  'card.email': 'Posta elektronikoa',
  'card.phone': 'Telefonoa',
};

export default euDetails;
