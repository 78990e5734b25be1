import type { MainMessages } from '../messages.js';

/** The Catalan UI strings. Typed as `MainMessages`: a key missing, misspelt or extra fails the type check. */
const ca: MainMessages = {
  'area.citizen-care': 'Primera línia d’atenció ciutadana',
  'area.services': 'Serveis i tràmits',
  'area.social': 'Serveis socials',
  'area.participation': 'Participació i govern obert',
  'area.management': 'Planificació i gestió pública',
  'area.transformation': 'Transformació i canvi cultural',

  'phase.label': 'Fase',
  'phase.prototype': 'Prototip',
  'phase.pilot': 'Pilot',
  'phase.implemented': 'Implantat',

  'card.council': 'Ens local',
  'savings.label': 'Estalvi',
  'savings.year': '{amount} l’any',
  'savings.once': '{amount} una sola vegada',
  'savings.month': '{amount} al mes',
  'card.areas': 'Àmbits',
  'card.moreDetails': 'Més detalls',
  'card.detailsFailed': 'No s’han pogut carregar els detalls.',
  'card.permalink': 'Enllaç a aquest projecte',
  'card.discuss': 'Comenteu-lo al fòrum',
  'card.projectPage': 'Pàgina del projecte',
  'card.loading': 'S’està carregant el projecte…',

  'list.loading': 'S’estan carregant els projectes…',
  'list.loadingMore': 'Encara s’estan carregant més projectes.',
  'list.partial': 'Projectes {from}–{to}; se n’estan carregant més…',
  'list.pageLabel': 'Pàgina {page} de {pages}: projectes {from}–{to}',
  'list.count': { one: '{count} projecte', other: '{count} projectes' },
  'list.range': { one: 'Projecte {from}–{to}. Total: {count}', other: 'Projectes {from}–{to}. Total: {count}' },
  'list.empty': 'Aquest canal encara no té cap projecte.',
  'sort.label': 'Ordena per',
  'sort.feed': 'Ordre per defecte',
  'sort.newest': 'Més recents primer',
  'sort.title': 'Títol',
  'sort.savings': 'Més estalvi',
  'list.pagination': 'Pàgines de resultats',
  'list.previous': 'Anterior',
  'list.next': 'Següent',
  'list.pageOf': 'Pàgina {page} de {pages}',

  'error.network': 'No s’ha pogut accedir al canal. Comproveu la connexió i torneu-ho a provar.',
  'error.timeout': 'El canal ha trigat massa a respondre.',
  'error.retry': 'Torna-ho a provar',
};

export default ca;
