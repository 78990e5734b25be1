/**
 * The English strings of a card's details (see `details.ts`), downloaded with the details rather than with every
 * element: the reference for the other languages' `*-details.ts`.
 */
const enDetails = {
  'kind.label': 'What changed',
  'kind.service': 'A service',
  'kind.process': 'A process or procedure',
  'kind.organization': 'The organization',

  'attachment.article': 'Article',
  'attachment.pdf': 'PDF document',
  'attachment.document': 'Document',
  'attachment.video': 'Video',
  'attachment.audio': 'Audio',
  'attachment.slides': 'Slides',
  'attachment.demo': 'Demo',
  'attachment.image': 'Image',
  'attachment.file': 'File',

  'card.partners': 'Partners',
  'card.contacts': 'Contacts',
  'card.requestVisit': 'Request a study visit',
  'card.visitSubject': 'Study visit: {title}',
  'card.description': 'Description',
  'card.value': 'Value for citizens and the administration',
  'card.barriers': 'Barriers',
  'card.benefits': 'Benefits',
  'card.technologies': 'Technologies',
  'card.methodologies': 'Methodologies',
  'card.tools': 'Tools',
  'card.started': 'Started',
  'card.documentation': 'Documentation',
  'card.email': 'Email',
  'card.phone': 'Phone',
};

export default enDetails;
