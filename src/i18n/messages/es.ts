import type { MainMessages } from '../messages.js';

/** The Spanish UI strings. Typed as `MainMessages`: a key missing, misspelt or extra fails the type check. */
const es: MainMessages = {
  'area.citizen-care': 'Primera línea de atención ciudadana',
  'area.services': 'Servicios y trámites',
  'area.social': 'Servicios sociales',
  'area.participation': 'Participación y gobierno abierto',
  'area.management': 'Planificación y gestión pública',
  'area.transformation': 'Transformación y cambio cultural',

  'phase.label': 'Fase',
  'phase.prototype': 'Prototipo',
  'phase.pilot': 'Piloto',
  'phase.implemented': 'Implantado',

  'card.council': 'Entidad local',
  'savings.label': 'Ahorro',
  'savings.year': '{amount} al año',
  'savings.once': '{amount} una sola vez',
  'savings.month': '{amount} al mes',
  'card.areas': 'Ámbitos',
  'card.moreDetails': 'Más detalles',
  'card.detailsFailed': 'No se han podido cargar los detalles.',
  'card.permalink': 'Enlace a este proyecto',
  'card.discuss': 'Comentarlo en el foro',
  'card.projectPage': 'Página del proyecto',
  'card.loading': 'Cargando el proyecto…',

  'list.loading': 'Cargando proyectos…',
  'list.loadingMore': 'Todavía se están cargando más proyectos.',
  'list.partial': 'Proyectos {from}–{to}; se están cargando más…',
  'list.pageLabel': 'Página {page} de {pages}: proyectos {from}–{to}',
  'list.count': { one: '{count} proyecto', other: '{count} proyectos' },
  'list.range': { one: 'Se muestran {from}–{to} de {count} proyecto', other: 'Se muestran {from}–{to} de {count} proyectos' },
  'list.empty': 'Este canal todavía no tiene ningún proyecto.',
  'sort.label': 'Ordenar por',
  'sort.feed': 'Orden predeterminado',
  'sort.newest': 'Más recientes primero',
  'sort.title': 'Título',
  'sort.savings': 'Mayor ahorro',
  'list.pagination': 'Páginas de resultados',
  'list.previous': 'Anterior',
  'list.next': 'Siguiente',
  'list.pageOf': 'Página {page} de {pages}',

  'error.network': 'No se ha podido acceder al canal. Compruebe la conexión y vuelva a intentarlo.',
  'error.timeout': 'El canal ha tardado demasiado en responder.',
  'error.retry': 'Reintentar',
};

export default es;
