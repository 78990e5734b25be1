import type { MainMessages } from '../messages.js';

/** Es tèxtes en aranés que mòstre cada element. Tipadi coma `MainMessages`: ua clau que manque, mau escrita o de mès hè fallar era verificacion de tipes. */
const oc: MainMessages = {
  'area.citizen-care': 'Prumèra linha d’atencion ciutadana',
  'area.services': 'Servicis e tramits',
  'area.social': 'Servicis sociaus',
  'area.participation': 'Participacion e govèrn daurit',
  'area.management': 'Planificacion e gestion publica',
  'area.transformation': 'Transformacion e cambi culturau',

  'phase.label': 'Fasa',
  'phase.prototype': 'Prototipe',
  'phase.pilot': 'Pilòt',
  'phase.implemented': 'Implantat',

  'card.council': 'Entitat locau',
  'savings.label': 'Estauvi',
  'savings.year': '{amount} per an',
  'savings.once': '{amount} en un sol còp',
  'savings.month': '{amount} per mes',
  'card.areas': 'Ambits',
  'card.moreDetails': 'Mès detalhs',
  'card.detailsFailed': 'Non s’an pogut cargar es detalhs.',
  'card.permalink': 'Ligam d’aguest projècte',
  'card.discuss': 'Comentatz-lo en fòrum',
  'card.projectPage': 'Pagina deth projècte',
  'card.loading': 'Se cargue eth projècte…',

  'list.loading': 'Se carguen es projèctes…',
  'list.loadingMore': 'Encara se carguen mès projèctes.',
  'list.partial': 'Projèctes {from}–{to}; se’n carguen mès…',
  'list.pageLabel': 'Pagina {page} de {pages}: projèctes {from}–{to}',
  'list.count': { one: '{count} projècte', other: '{count} projèctes' },
  'list.range': { one: 'Projècte {from}–{to}. Totau: {count}', other: 'Projèctes {from}–{to}. Totau: {count}' },
  'list.empty': 'Aguest canau encara non a cap projècte.',
  'sort.label': 'Ordenar per',
  'sort.feed': 'Orde per defècte',
  'sort.newest': 'Mès recents prumèr',
  'sort.title': 'Títol',
  'sort.savings': 'Mès estauvi',
  'list.pagination': 'Pagines de resultats',
  'list.previous': 'Anterior',
  'list.next': 'Següent',
  'list.pageOf': 'Pagina {page} de {pages}',

  'error.network': 'Non s’a pogut accedir ath canau. Comprovatz era connexion e tornatz-ac a provar.',
  'error.timeout': 'Eth canau a tardat massa a arrespóner.',
  'error.retry': 'Tornar a provar',
};

export default oc;
