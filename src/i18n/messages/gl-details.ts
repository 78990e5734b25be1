import type { DetailMessages } from '../messages.js';

/** As cadeas en galego dos detalles dunha ficha. */
const glDetails: DetailMessages = {
  'kind.label': 'Que cambiou',
  'kind.service': 'Un servizo',
  'kind.process': 'Un proceso ou procedemento',
  'kind.organization': 'A organización',

  'attachment.article': 'Artigo',
  'attachment.pdf': 'Documento PDF',
  'attachment.document': 'Documento',
  'attachment.video': 'Vídeo',
  'attachment.audio': 'Audio',
  'attachment.slides': 'Presentación',
  'attachment.demo': 'Demostración',
  'attachment.image': 'Imaxe',
  'attachment.file': 'Ficheiro',

  'card.partners': 'Socios',
  'card.contacts': 'Contactos',
  'card.requestVisit': 'Solicitar unha visita de estudo',
  'card.visitSubject': 'Visita de estudo: {title}',
  'card.description': 'Descrición',
  'card.value': 'Valor para a cidadanía e a administración',
  'card.barriers': 'Barreiras',
  'card.benefits': 'Beneficios',
  'card.technologies': 'Tecnoloxías',
  'card.methodologies': 'Metodoloxías',
  'card.tools': 'Ferramentas',
  'card.started': 'Inicio',
  'card.documentation': 'Documentación',
  'card.email': 'Correo electrónico',
  'card.phone': 'Teléfono',
};

export default glDetails;
