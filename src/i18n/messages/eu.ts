import type { MainMessages } from '../messages.js';

/** Euskarazko interfaze-testuak. `MainMessages` motakoak: gakoren bat falta bada, gaizki idatzita badago edo soberan badago, mota-egiaztapenak huts egiten du. */
const eu: MainMessages = {
  'area.citizen-care': 'Herritarrentzako lehen arreta',
  'area.services': 'Zerbitzuak eta izapideak',
  'area.social': 'Gizarte-zerbitzuak',
  'area.participation': 'Partaidetza eta gobernu irekia',
  'area.management': 'Plangintza eta kudeaketa publikoa',
  'area.transformation': 'Eraldaketa eta kultura-aldaketa',

  'phase.label': 'Fasea',
  'phase.prototype': 'Prototipoa',
  'phase.pilot': 'Proba pilotua',
  'phase.implemented': 'Ezarrita',

  'card.council': 'Toki-erakundea',
  'savings.label': 'Aurrezpena',
  'savings.year': '{amount} urtean',
  'savings.once': '{amount} behin bakarrik',
  'savings.month': '{amount} hilean',
  'card.areas': 'Eremuak',
  'card.moreDetails': 'Xehetasun gehiago',
  'card.detailsFailed': 'Ezin izan dira xehetasunak kargatu.',
  'card.permalink': 'Proiektu honetarako esteka',
  'card.discuss': 'Eztabaidatu foroan',
  'card.projectPage': 'Proiektuaren orria',
  'card.loading': 'Proiektua kargatzen…',

  'list.loading': 'Proiektuak kargatzen…',
  'list.loadingMore': 'Proiektu gehiago kargatzen ari dira oraindik.',
  'list.partial': 'Proiektuak: {from}–{to}; gehiago kargatzen…',
  'list.pageLabel': '{page}/{pages} orria: {from}–{to} proiektuak',
  'list.count': { one: 'Proiektu {count}', other: '{count} proiektu' },
  'list.range': { one: 'Proiektua: {from}–{to}. Guztira: proiektu {count}', other: 'Proiektuak: {from}–{to}. Guztira: {count} proiektu' },
  'list.empty': 'Jario honetan ez dago proiekturik oraindik.',
  'sort.label': 'Ordenatu honen arabera',
  'sort.feed': 'Ordena lehenetsia',
  'sort.newest': 'Berrienak lehenengo',
  'sort.title': 'Izenburua',
  'sort.savings': 'Aurrezpen handiena',
  'list.pagination': 'Emaitzen orriak',
  'list.previous': 'Aurrekoa',
  'list.next': 'Hurrengoa',
  'list.pageOf': '{page}/{pages} orria',

  'error.network': 'Ezin izan da jariora iritsi. Egiaztatu konexioa eta saiatu berriro.',
  'error.timeout': 'Jarioak denbora gehiegi behar izan du erantzuteko.',
  'error.retry': 'Saiatu berriro',
};

export default eu;
