import type { MainMessages } from '../messages.js';

/** As cadeas da interface en galego que pode mostrar calquera elemento. */
const gl: MainMessages = {
  'area.citizen-care': 'Primeira liña de atención á cidadanía',
  'area.services': 'Servizos e trámites',
  'area.social': 'Servizos sociais',
  'area.participation': 'Participación e goberno aberto',
  'area.management': 'Planificación e xestión pública',
  'area.transformation': 'Transformación e cambio cultural',

  'phase.label': 'Fase',
  'phase.prototype': 'Prototipo',
  'phase.pilot': 'Piloto',
  'phase.implemented': 'Implantado',

  'card.council': 'Entidade local',
  'savings.label': 'Aforro',
  'savings.year': '{amount} ao ano',
  'savings.once': '{amount} unha soa vez',
  'savings.month': '{amount} ao mes',
  'card.areas': 'Ámbitos',
  'card.moreDetails': 'Máis detalles',
  'card.detailsFailed': 'Non se puideron cargar os detalles.',
  'card.permalink': 'Ligazón a este proxecto',
  'card.discuss': 'Comentalo no foro',
  'card.projectPage': 'Páxina do proxecto',
  'card.loading': 'Cargando o proxecto…',

  'list.loading': 'Cargando os proxectos…',
  'list.loadingMore': 'Aínda se están a cargar máis proxectos.',
  'list.partial': 'Proxectos {from}–{to}; estanse a cargar máis…',
  'list.pageLabel': 'Páxina {page} de {pages}: proxectos {from}–{to}',
  'list.count': { one: '{count} proxecto', other: '{count} proxectos' },
  'list.range': { one: 'Móstrase {from}–{to} de {count} proxecto', other: 'Móstranse {from}–{to} de {count} proxectos' },
  'list.empty': 'Esta canle aínda non ten ningún proxecto.',
  'sort.label': 'Ordenar por',
  'sort.feed': 'Orde predeterminada',
  'sort.newest': 'Máis recentes primeiro',
  'sort.title': 'Título',
  'sort.savings': 'Maior aforro',
  'list.pagination': 'Páxinas de resultados',
  'list.previous': 'Anterior',
  'list.next': 'Seguinte',
  'list.pageOf': 'Páxina {page} de {pages}',

  'error.network': 'Non se puido acceder á canle. Comprobe a conexión e ténteo de novo.',
  'error.timeout': 'A canle tardou demasiado en responder.',
  'error.retry': 'Tentar de novo',
};

export default gl;
