// Real councils for the example feeds, read from the GeoNames extracts copied into demo/data.

import { readFileSync } from 'node:fs';

const DATA = new URL('../../demo/data/', import.meta.url);

/** Splits one CSV line; fields may be quoted (a few place names carry commas). */
function splitCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

function readCsv(name) {
  const [header, ...rows] = readFileSync(new URL(name, DATA), 'utf8').trim().split(/\r?\n/);
  const keys = splitCsvLine(header);
  return rows.map((row) => Object.fromEntries(splitCsvLine(row).map((value, i) => [keys[i], value])));
}

/** Lower-case ASCII, for ids, URLs and e-mail domains. */
export function slugify(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "a Terrassa", "al Prat de Llobregat", "a l'Hospitalet": the Catalan locative of a town name. */
function catalanLocative(name) {
  const article = /^(El|Els|La|Les) (.*)$/.exec(name);
  if (article) {
    const [, word, rest] = article;
    return { El: `al ${rest}`, Els: `als ${rest}`, La: `a la ${rest}`, Les: `a les ${rest}` }[word];
  }
  if (/^L['’]/.test(name)) return `a l’${name.slice(2)}`;
  return `a ${name}`;
}

function municipality({ id, name, country, lat, lon, population, domain }) {
  const slug = slugify(name);
  return {
    council: {
      id,
      name,
      kind: 'municipality',
      country,
      population,
      location: { lat, lon },
      url: `https://www.${domain}/`,
    },
    domain,
    slug,
    /** How a project title names the place, per language. */
    where: { ca: catalanLocative(name), es: `en ${name}`, en: `in ${name}` },
  };
}

/** The 506 Catalan municipalities, largest first. */
export function catalanMunicipalities() {
  return readCsv('municipalities-catalonia.csv').map((row) =>
    municipality({
      id: `es-ine:${row.ine_code}`,
      name: row.name,
      country: 'ES',
      lat: Number(row.latitude),
      lon: Number(row.longitude),
      population: Number(row.population),
      domain: `${slugify(row.name)}.cat.example`,
    }),
  );
}

/** The EU towns of 5,000 or more people outside Catalonia, largest first. */
export function europeanTowns() {
  return readCsv('towns-eu.csv').map((row) => {
    // GeoNames lists some alternative names after a comma: the first is the usual one.
    const name = row.name.split(',')[0];
    return municipality({
      id: `geonames:${row.geonames_id}`,
      name,
      country: row.country,
      lat: Number(row.latitude),
      lon: Number(row.longitude),
      population: Number(row.population),
      domain: `${slugify(name)}.${row.country.toLowerCase()}.example`,
    });
  });
}

/**
 * Supra-municipal bodies that run projects for many municipalities, placed at the town of
 * their seat. Ids use NUTS 3 codes for provinces, Idescat's county codes for comarques, and a
 * local scheme for the consortium, which has no code in a register we could cite.
 */
const SUPRA = [
  {
    id: 'nuts:ES511', name: 'Diputació de Barcelona', kind: 'province', seat: 'es-ine:08019', url: 'https://www.diba.cat/',
    domain: 'diba.cat.example', slug: 'diputacio-barcelona',
    where: { ca: 'de la Diputació de Barcelona', es: 'de la Diputación de Barcelona', en: 'at Barcelona Provincial Council' },
  },
  {
    id: 'nuts:ES512', name: 'Diputació de Girona', kind: 'province', seat: 'es-ine:17079', url: 'https://www.ddgi.cat/',
    domain: 'ddgi.cat.example', slug: 'diputacio-girona',
    where: { ca: 'de la Diputació de Girona', es: 'de la Diputación de Girona', en: 'at Girona Provincial Council' },
  },
  {
    id: 'digicanvis:consorci-aoc', name: 'Consorci Administració Oberta de Catalunya (AOC)', kind: 'consortium',
    seat: 'es-ine:08019', url: 'https://www.aoc.cat/', domain: 'aoc.cat.example', slug: 'consorci-aoc',
    where: { ca: 'del Consorci AOC', es: 'del Consorcio AOC', en: 'at the AOC Consortium' },
  },
  {
    id: 'idescat-comarca:07', name: 'Consell Comarcal del Bages', kind: 'county', seat: 'es-ine:08113',
    domain: 'ccbages.cat.example', slug: 'consell-comarcal-bages',
    where: { ca: 'del Consell Comarcal del Bages', es: 'del Consejo Comarcal del Bages', en: 'at Bages County Council' },
  },
  {
    id: 'idescat-comarca:11', name: 'Consell Comarcal del Baix Llobregat', kind: 'county', seat: 'es-ine:08211',
    domain: 'elbaixllobregat.cat.example', slug: 'consell-comarcal-baix-llobregat',
    where: {
      ca: 'del Consell Comarcal del Baix Llobregat',
      es: 'del Consejo Comarcal del Baix Llobregat',
      en: 'at Baix Llobregat County Council',
    },
  },
];

/** @param {ReturnType<typeof catalanMunicipalities>} municipalities */
export function supraCouncils(municipalities) {
  return SUPRA.map(({ id, name, kind, seat, url, domain, slug, where }) => {
    const { location } = municipalities.find((place) => place.council.id === seat).council;
    return {
      council: { id, name, kind, country: 'ES', location, ...(url && { url }) },
      domain,
      slug,
      where,
    };
  });
}
