import type { DetailMessages } from '../messages.js';

/**
 * The Catalan strings of a card's details. Typed as `DetailMessages`: a key missing, misspelt or extra fails the type
 * check.
 */
const caDetails: DetailMessages = {
  'kind.label': 'Què ha canviat',
  'kind.service': 'Un servei',
  'kind.process': 'Un procés o procediment',
  'kind.organization': 'L’organització',

  'attachment.article': 'Article',
  'attachment.pdf': 'Document PDF',
  'attachment.document': 'Document',
  'attachment.video': 'Vídeo',
  'attachment.audio': 'Àudio',
  'attachment.slides': 'Presentació',
  'attachment.demo': 'Demostració',
  'attachment.image': 'Imatge',
  'attachment.file': 'Fitxer',

  'card.partners': 'Socis',
  'card.contacts': 'Contactes',
  'card.requestVisit': 'Sol·liciteu una visita d’estudi',
  'card.visitSubject': 'Visita d’estudi: {title}',
  'card.description': 'Descripció',
  'card.value': 'Valor per a la ciutadania i l’administració',
  'card.barriers': 'Barreres',
  'card.benefits': 'Beneficis',
  'card.technologies': 'Tecnologies',
  'card.methodologies': 'Metodologies',
  'card.tools': 'Eines',
  'card.started': 'Inici',
  'card.documentation': 'Documentació',
  'card.email': 'Correu electrònic',
  'card.phone': 'Telèfon',
};

export default caDetails;
