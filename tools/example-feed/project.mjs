// Turns an archetype and a real council into one feed item, and wraps items into a feed.
// Shared by build.mjs (the committed example feed) and generate.mjs (benchmark feeds).

import { FAQ, HELP } from './faq.mjs';
import { slugify } from './places.mjs';

export const OBSERVATORY = 'https://observatori.digicanvis.example/';
const MEDIA = 'https://media.digicanvis.example/';

export const FEED_TITLE = 'Observatori DigiCanvis';
export const FEED_DESCRIPTION =
  'Projectes de transformació digital d’ajuntaments i altres ens locals: què han fet, quin valor aporta, ' +
  'quins obstacles han trobat i amb qui cal parlar per aprendre’n. Canal d’exemple: els projectes, les persones ' +
  'i les adreces de contacte són ficticis; els llocs, les coordenades i les poblacions són reals. ' +
  'Dades de llocs: GeoNames (geonames.org), CC BY 4.0.';

const CATALAN_NAMES = {
  first: ['Marta', 'Jordi', 'Núria', 'Pau', 'Laia', 'Oriol', 'Montse', 'Xavier', 'Anna', 'Joan', 'Mireia', 'Arnau', 'Carme', 'Sergi', 'Judit', 'Albert'],
  last: ['Puig', 'Ferrer', 'Vidal', 'Soler', 'Roca', 'Serra', 'Casals', 'Pujol', 'Vila', 'Font', 'Riera', 'Camps', 'Bosch', 'Costa', 'Mas', 'Sala'],
};
const EUROPEAN_NAMES = {
  first: ['Anna', 'Marie', 'Lukas', 'Elena', 'Pieter', 'Sofia', 'Jonas', 'Chiara', 'Mikko', 'Eva', 'Tomás', 'Ines', 'Jan', 'Léa'],
  last: ['Keller', 'Moreau', 'Rossi', 'De Vries', 'Virtanen', 'Novak', 'Jensen', 'Silva', 'Bauer', 'Lindqvist', 'Murphy', 'Horvat', 'Dubois', 'Costa'],
};
const ROLES = {
  'citizen-care': 'Cap de l’Oficina d’Atenció Ciutadana',
  services: 'Responsable d’Administració Electrònica',
  social: 'Coordinadora de Serveis Socials',
  participation: 'Cap de Participació i Govern Obert',
  management: 'Responsable d’Anàlisi de Dades',
  transformation: 'Responsable de Transformació Digital',
};

const DAY = 86_400_000;
const EPOCH = Date.UTC(2018, 0, 1);
const LAST_PUBLISHED = Date.UTC(2025, 9, 31);
/** Days after 2018-01-01 within which a project in each phase started. */
const START_WINDOW = { implemented: [0, 2200], pilot: [1100, 2550], prototype: [1850, 2600] };

const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const isoDateTime = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * Which translations an item carries. Most have both; a few lack one, or carry only a title and
 * summary, so that the widgets' fallback to the item's own language can be seen.
 */
export function translationCoverage(index) {
  if (index % 23 === 7) return 'no-en';
  if (index % 29 === 11) return 'no-es';
  if (index % 17 === 4) return 'partial-en';
  return 'full';
}

function translations(archetype, where, coverage) {
  const texts = (lang) => ({ ...archetype.texts[lang], title: `${archetype.texts[lang].title} ${where[lang]}` });
  const i18n = {};
  if (coverage !== 'no-es') i18n.es = texts('es');
  if (coverage === 'full' || coverage === 'no-es') i18n.en = texts('en');
  if (coverage === 'partial-en') {
    const { title, summary } = texts('en');
    i18n.en = { title, summary };
  }
  return i18n;
}

function contacts(rng, place, archetype, country) {
  const names = country === 'ES' ? CATALAN_NAMES : EUROPEAN_NAMES;
  const count = rng.chance(0.3) ? 2 : 1;
  return Array.from({ length: count }, (_, i) => {
    const first = rng.pick(names.first);
    const last = rng.pick(names.last);
    const contact = {
      name: `${first} ${last}`,
      role: i === 0 ? ROLES[archetype.areas[0]] : 'Cap de Sistemes d’Informació',
      email: `${slugify(first)}.${slugify(last).replace(/-/g, '')}@${place.domain}`,
    };
    if (rng.chance(0.35)) contact.phone = `+34 930 000 ${String(rng.int(100, 999))}`;
    return contact;
  });
}

function attachments(rng, place, archetype, id) {
  const site = place.council.url ?? `https://www.${place.domain}/`;
  const list = [
    { url: `${site}noticies/${archetype.key}`, mime_type: 'text/html', title: 'Article de presentació del projecte' },
  ];
  if (rng.chance(0.7)) {
    list.push({
      url: `${MEDIA}documents/${id}-memoria.pdf`,
      mime_type: 'application/pdf',
      title: 'Memòria del projecte',
      size_in_bytes: rng.int(180, 4800) * 1024,
    });
  }
  if (rng.chance(0.5)) {
    list.push({
      url: `${MEDIA}videos/${id}.mp4`,
      mime_type: 'video/mp4',
      title: 'Vídeo de presentació',
      size_in_bytes: rng.int(12, 180) * 1024 * 1024,
      duration_in_seconds: rng.int(75, 1500),
    });
  }
  if (rng.chance(0.35)) {
    list.push({
      url: `${MEDIA}presentacions/${id}.pdf`,
      mime_type: 'application/pdf',
      title: 'Diapositives de la jornada d’intercanvi',
      size_in_bytes: rng.int(600, 9000) * 1024,
    });
  }
  if (archetype.kind === 'service' && rng.chance(0.4)) {
    list.push({ url: `${site}demo/${archetype.key}`, mime_type: 'text/html', title: 'Demostració en línia' });
  }
  return list;
}

/**
 * @param {object} options
 * @param {import('./archetypes.mjs').Archetype} options.archetype
 * @param {{ council: object, domain: string, slug: string, where: Record<string, string> }} options.place
 * @param {ReturnType<typeof import('./random.mjs').createRandom>} options.rng
 * @param {number} options.index position in the feed, which decides the translations it lacks
 * @param {string} options.id
 * @param {string[]} [options.partners] council ids
 */
export function makeProject({ archetype, place, rng, index, id, partners = [] }) {
  const ca = archetype.texts.ca;
  const phase = rng.chance(0.55) ? archetype.phases[0] : rng.pick(archetype.phases);
  const [from, to] = START_WINDOW[phase];
  const started = EPOCH + rng.int(from, to) * DAY;
  const published = Math.min(started + rng.int(45, 220) * DAY, LAST_PUBLISHED) + rng.int(8, 17) * 3_600_000;
  const site = place.council.url ?? `https://www.${place.domain}/`;

  const extension = {
    council: place.council.id,
    ...(partners.length > 0 && { partners }),
    contacts: contacts(rng, place, archetype, place.council.country),
    value: ca.value,
  };
  if (archetype.savings && rng.chance(0.75)) {
    const { min, max, period, note } = archetype.savings;
    extension.savings = { amount: Math.round(rng.int(min, max) / 500) * 500, currency: 'EUR', period, note };
  }
  Object.assign(extension, {
    barriers: ca.barriers,
    benefits: ca.benefits,
    technologies: archetype.technologies,
    methodologies: archetype.methodologies,
    tools: archetype.tools,
    areas: archetype.areas,
    kind: archetype.kind,
    phase,
    started: isoDate(started),
  });
  if (phase !== 'prototype' && rng.chance(0.45)) extension.visits = true;
  extension.i18n = translations(archetype, place.where, translationCoverage(index));

  const item = {
    id,
    url: `${site}projectes/${archetype.key}`,
    title: `${ca.title} ${place.where.ca}`,
    summary: ca.summary,
  };
  if (archetype.html) item.content_html = archetype.html;
  else item.content_text = ca.content_text;
  item.date_published = isoDateTime(published);
  if (rng.chance(0.25)) item.date_modified = isoDateTime(Math.min(published + rng.int(10, 200) * DAY, LAST_PUBLISHED));
  item.tags = archetype.tags;
  item.authors = [{ name: place.council.name, url: site }];
  item.attachments = attachments(rng, place, archetype, id);
  item._digicanvis = extension;
  return item;
}

/**
 * The feed document around a list of items.
 * @param {{ items: object[], councils: object[], firstPage?: boolean, feedUrl?: string, nextUrl?: string }} parts
 */
export function makeFeed({ items, councils, firstPage = true, feedUrl, nextUrl, forumApi }) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: FEED_TITLE,
    home_page_url: OBSERVATORY,
    ...(feedUrl && { feed_url: feedUrl }),
    ...(nextUrl && { next_url: nextUrl }),
    description: FEED_DESCRIPTION,
    user_comment:
      'Example DigiCanvis feed, generated by tools/example-feed in the digicanvis-widgets repository. ' +
      'Place data: GeoNames (geonames.org), CC BY 4.0.',
    language: 'ca',
    authors: [{ name: 'Equip de l’Observatori DigiCanvis', url: OBSERVATORY }],
    _digicanvis: {
      version: 1,
      councils,
      ...(firstPage && { faq: FAQ, help: HELP }),
      ...(forumApi && { forum: { api: forumApi } }),
    },
    items,
  };
}
