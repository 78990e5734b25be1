import type { DetailMessages } from '../messages.js';

/**
 * The Spanish strings of a card's details. Typed as `DetailMessages`: a key missing, misspelt or extra fails the type
 * check.
 */
const esDetails: DetailMessages = {
  'kind.label': 'Qué ha cambiado',
  'kind.service': 'Un servicio',
  'kind.process': 'Un proceso o procedimiento',
  'kind.organization': 'La organización',

  'attachment.article': 'Artículo',
  'attachment.pdf': 'Documento PDF',
  'attachment.document': 'Documento',
  'attachment.video': 'Vídeo',
  'attachment.audio': 'Audio',
  'attachment.slides': 'Presentación',
  'attachment.demo': 'Demostración',
  'attachment.image': 'Imagen',
  'attachment.file': 'Archivo',

  'card.partners': 'Socios',
  'card.contacts': 'Contactos',
  'card.requestVisit': 'Solicitar una visita de estudio',
  'card.visitSubject': 'Visita de estudio: {title}',
  'card.description': 'Descripción',
  'card.value': 'Valor para la ciudadanía y la administración',
  'card.barriers': 'Barreras',
  'card.benefits': 'Beneficios',
  'card.technologies': 'Tecnologías',
  'card.methodologies': 'Metodologías',
  'card.tools': 'Herramientas',
  'card.started': 'Inicio',
  'card.documentation': 'Documentación',
  'card.email': 'Correo electrónico',
  'card.phone': 'Teléfono',
};

export default esDetails;
