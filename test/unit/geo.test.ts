import { expect } from '@open-wc/testing';
import { readFeedPage } from '../../src/feed/read.js';
import { AREAS, type Council, type Feed, type GeoPoint, type Project } from '../../src/feed/types.js';
import {
  DEFAULT_WEIGHTS,
  EARTH_RADIUS_KM,
  SimilarityIndex,
  formatDistance,
  greatCircleKm,
  isGeoPoint,
  nearbyCouncils,
  nearbyProjects,
  nearestCouncil,
  normalizeWeights,
  parseHome,
  similarCouncils,
  type SimilarCouncil,
} from '../../src/geo/index.js';

/*
 * Distances, Km0, "similar councils" and the home attribute, on real places: the councils and projects of the
 * demo feed, and the Catalan municipalities and EU towns of demo/data (GeoNames, CC BY 4.0).
 */

/**
 * Vincenty's inverse formula on the WGS84 ellipsoid (T. Vincenty, Survey Review 23(176), 1975), in km: an
 * independent reference for the spherical distances below. Barcelona–Girona (the GeoNames points used here)
 * comes out at 86.204 km.
 */
function vincentyKm(p: GeoPoint, q: GeoPoint): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const b = a * (1 - f);
  const rad = Math.PI / 180;
  const L = (q.lon - p.lon) * rad;
  const U1 = Math.atan((1 - f) * Math.tan(p.lat * rad));
  const U2 = Math.atan((1 - f) * Math.tan(q.lat * rad));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lambda = L;
  let sinSigma = 0;
  let cosSigma = 1;
  let sigma = 0;
  let cosSqAlpha = 1;
  let cos2SigmaM = 0;
  for (let i = 0; i < 200; i++) {
    const [sinL, cosL] = [Math.sin(lambda), Math.cos(lambda)];
    sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    cosSqAlpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cosSqAlpha ? cosSigma - (2 * sinU1 * sinU2) / cosSqAlpha : 0;
    const C = (f / 16) * cosSqAlpha * (4 + f * (4 - 3 * cosSqAlpha));
    const previous = lambda;
    lambda = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - previous) < 1e-12) break;
  }
  const uSq = (cosSqAlpha * (a * a - b * b)) / (b * b);
  const A = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
  const B = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
  const deltaSigma =
    B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (-1 + 2 * cos2SigmaM ** 2) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
  return (b * A * (sigma - deltaSigma)) / 1000;
}

interface Place extends Council {
  population: number;
}

/** Rows of a demo/data CSV (no quoted fields in these files) as councils. */
async function places(file: string, row: (cells: string[]) => Place): Promise<Place[]> {
  const text = await (await fetch(`/demo/data/${file}`)).text();
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => row(line.split(',')));
}

const municipality = ([code, name, lat, lon, population]: string[]): Place => ({
  id: `es-ine:${code}`,
  name: name as string,
  kind: 'municipality',
  country: 'ES',
  // GeoNames writes 0 where it does not know the population: kept as it comes, as the demo feed does.
  population: Number(population),
  location: { lat: Number(lat), lon: Number(lon) },
});

const town = ([id, country, name, lat, lon, population]: string[]): Place => ({
  id: `geonames:${id}`,
  name: name as string,
  kind: 'municipality',
  country: country as string,
  population: Number(population),
  location: { lat: Number(lat), lon: Number(lon) },
});

let feed: Feed;
let catalonia: Place[];
let towns: Place[];

before(async () => {
  const url = new URL('/demo/feed.json', location.href).href;
  const result = readFeedPage(await (await fetch(url)).json(), { baseUrl: url });
  if (!result.ok) throw new Error(result.error.message);
  feed = result.feed;
  [catalonia, towns] = await Promise.all([places('municipalities-catalonia.csv', municipality), places('towns-eu.csv', town)]);
});

const named = (list: Iterable<Council>, name: string): Council => {
  const found = [...list].find((council) => council.name === name);
  if (!found) throw new Error(`no council named ${name}`);
  return found;
};
const feedCouncil = (name: string) => named(feed.councils.values(), name);
const names = (list: { council: Council }[]) => list.map((entry) => entry.council.name);

describe('greatCircleKm', () => {
  it('gives Barcelona–Girona within 1 km of Vincenty on WGS84 (86.2 km), about 86 km as the issue says', () => {
    const barcelona = named(catalonia, 'Barcelona').location;
    const girona = named(catalonia, 'Girona').location;
    expect(vincentyKm(barcelona, girona), 'the reference itself').to.be.closeTo(86.204, 0.001);
    const km = greatCircleKm(barcelona, girona);
    expect(km).to.be.closeTo(vincentyKm(barcelona, girona), 1);
    expect(km).to.be.closeTo(86, 0.5);
    expect(greatCircleKm(girona, barcelona), 'symmetric').to.equal(km);
  });

  it('gives Madrid–Barcelona about 505 km and Paris–London about 344 km, within 0.5 % of the ellipsoid', () => {
    const madrid = named(towns, 'Madrid').location;
    const barcelona = named(catalonia, 'Barcelona').location;
    const paris = named(towns, 'Paris').location;
    // The United Kingdom is not in towns-eu.csv: London as GeoNames 2643743 places it.
    const london = { lat: 51.50853, lon: -0.12574 };
    for (const [from, to, about] of [
      [madrid, barcelona, 505],
      [paris, london, 344],
    ] as const) {
      const km = greatCircleKm(from, to);
      expect(km).to.be.closeTo(about, 1);
      // A sphere is off the ellipsoid by at most about 0.5 %.
      expect(Math.abs(km - vincentyKm(from, to)) / vincentyKm(from, to)).to.be.below(0.005);
    }
  });

  it('gives zero for the same point and stays exact for points a metre apart', () => {
    const barcelona = named(catalonia, 'Barcelona').location;
    expect(greatCircleKm(barcelona, { ...barcelona })).to.equal(0);
    // Along a meridian the distance is the arc R·Δφ: 0.00001° of latitude is 1.11 m.
    const north = { lat: barcelona.lat + 0.00001, lon: barcelona.lon };
    expect(greatCircleKm(barcelona, north)).to.be.closeTo((EARTH_RADIUS_KM * 0.00001 * Math.PI) / 180, 1e-9);
  });

  it('gives half the circumference (20,015 km) for antipodes and stays accurate next to them', () => {
    const barcelona = named(catalonia, 'Barcelona').location;
    const antipode = { lat: -barcelona.lat, lon: barcelona.lon - 180 };
    expect(greatCircleKm(barcelona, antipode)).to.be.closeTo(Math.PI * EARTH_RADIUS_KM, 1e-6);
    expect(greatCircleKm(barcelona, antipode)).to.be.closeTo(20015.1, 0.1);
    // A millionth of a degree off the antipode is 11 cm short of half the circumference: no precision lost there.
    const offAntipode = { lat: antipode.lat + 0.000001, lon: antipode.lon };
    expect(Math.PI * EARTH_RADIUS_KM - greatCircleKm(barcelona, offAntipode)).to.be.closeTo((EARTH_RADIUS_KM * 0.000001 * Math.PI) / 180, 1e-9);
    // Along the equator the distance is the arc R·Δλ: 179.99° is 1.11 km short of the antipode.
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 179.99 })).to.be.closeTo((EARTH_RADIUS_KM * 179.99 * Math.PI) / 180, 1e-6);
    // Across the antimeridian: 179.5° E to 179.5° W is 1° of longitude.
    expect(greatCircleKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).to.be.closeTo((EARTH_RADIUS_KM * Math.PI) / 180, 1e-6);
  });
});

describe('nearbyProjects and nearbyCouncils', () => {
  it("lists the demo feed's councils within 10 km of Barcelona, nearest first, ties in feed order", () => {
    const home = feedCouncil('Barcelona').location;
    expect(names(nearbyCouncils(feed.councils, home, 10))).to.deep.equal([
      // All three at Barcelona's point, in the order the feed lists them.
      'Barcelona',
      'Consorci Administració Oberta de Catalunya (AOC)',
      'Diputació de Barcelona',
      "L'Hospitalet de Llobregat", // 5.9 km
      'Santa Coloma de Gramenet', // 8.1 km
      'El Prat de Llobregat', // 8.6 km
      // Both at Sant Feliu's point (9.1 km); the county council comes first in the feed.
      'Consell Comarcal del Baix Llobregat',
      'Sant Feliu de Llobregat',
      // Badalona, 10.04 km away, is just outside.
    ]);
  });

  it('takes the radius as inclusive', () => {
    const home = feedCouncil('Barcelona').location;
    const badalona = feedCouncil('Badalona');
    const km = greatCircleKm(home, badalona.location);
    expect(km).to.be.closeTo(10.04, 0.01);
    expect(names(nearbyCouncils(feed.councils, home, km))).to.include('Badalona');
    expect(names(nearbyCouncils(feed.councils, home, km - 1e-9))).not.to.include('Badalona');
    expect(nearbyProjects(feed.projects, feed.councils, home, km).some((near) => near.council === badalona)).to.equal(true);
    expect(nearbyProjects(feed.projects, feed.councils, home, km - 1e-9).some((near) => near.council === badalona)).to.equal(false);
  });

  it('sorts projects by distance, and projects at the same place in feed order, whatever their council', () => {
    const home = feedCouncil('Barcelona').location;
    const near = nearbyProjects(feed.projects, feed.councils, home, 25);
    for (let i = 1; i < near.length; i++) expect(near[i]!.km, near[i]!.project.id).to.be.at.least(near[i - 1]!.km);
    // Barcelona, the AOC and the Diputació share one point: their projects interleave as the feed lists them.
    expect(near.slice(0, 6).map((entry) => entry.project.id)).to.deep.equal([
      'consorci-aoc-signatura-mobil',
      'barcelona-residus-sensors',
      'diputacio-barcelona-dades-obertes',
      'diputacio-barcelona-competencies-digitals',
      'barcelona-consulta-ciutadana',
      'consorci-aoc-interoperabilitat',
    ]);
    expect(near[6]!.km).to.be.above(0);
    for (const entry of near) {
      expect(entry.council.id).to.equal(entry.project.council);
      expect(entry.km).to.be.at.most(25);
    }
  });

  it('skips a project whose council is not in the feed, and gives nothing for a radius that is not one', () => {
    const home = feedCouncil('Barcelona').location;
    const orphan: Project = { ...feed.projects[0]!, id: 'orphan', council: 'es-ine:99999', index: feed.projects.length };
    const everywhere = nearbyProjects([...feed.projects, orphan], feed.councils, home, Infinity);
    expect(everywhere).to.have.length(feed.projects.length);
    expect(everywhere.some((entry) => entry.project.id === 'orphan')).to.equal(false);
    expect(nearbyProjects(feed.projects, feed.councils, home, -1)).to.deep.equal([]);
    expect(nearbyProjects(feed.projects, feed.councils, home, Number.NaN)).to.deep.equal([]);
    expect(nearbyCouncils(feed.councils, home, Number.NaN)).to.deep.equal([]);
  });

  it('finds the Catalan municipalities within 6 km of Girona (a list of councils works as well as the map)', () => {
    const home = named(catalonia, 'Girona').location;
    const near = nearbyCouncils(catalonia, home, 6);
    // From the GeoNames points: Fornells de la Selva is 5.9 km away, the next one (Aiguaviva) 7.2 km.
    expect(names(near)).to.deep.equal(['Girona', 'Salt', 'Sarrià de Ter', 'Quart d’Onyar', 'Vilablareix', 'Sant Julià de Ramis', 'Fornells de la Selva']);
    expect(near[1]!.km).to.be.closeTo(2.8, 0.05);
  });
});

describe('formatDistance', () => {
  it('shows metres under 1 km, one decimal under 10 km, whole km beyond', () => {
    expect(formatDistance(0.85, 'en')).to.equal('850 m');
    expect(formatDistance(8.4, 'en')).to.equal('8.4 km');
    expect(formatDistance(8.4, 'ca')).to.equal('8,4 km');
    expect(formatDistance(12.3, 'en')).to.equal('12 km');
    expect(formatDistance(1234.4, 'en')).to.equal('1,234 km');
    expect(formatDistance(0, 'en')).to.equal('0 m');
  });

  it('rounds across the thresholds without "1,000 m" or "10.0 km"', () => {
    expect(formatDistance(0.9996, 'en')).to.equal('1 km');
    expect(formatDistance(9.96, 'en')).to.equal('10 km');
    expect(formatDistance(9.94, 'en')).to.equal('9.9 km');
    expect(formatDistance(5, 'en')).to.equal('5 km');
  });

  it('formats a real distance (Barcelona–Girona) and survives a bad language tag or a non-number', () => {
    const km = greatCircleKm(named(catalonia, 'Barcelona').location, named(catalonia, 'Girona').location);
    expect(formatDistance(km, 'ca')).to.equal('86 km');
    expect(formatDistance(12, 'not a language tag')).to.match(/^12\s?km$/);
    expect(formatDistance(Number.NaN, 'en')).to.equal('');
  });
});

describe('similarCouncils', () => {
  const score = (results: SimilarCouncil[], name: string) => results.find((entry) => entry.council.name === name)?.score;
  const rank = (results: SimilarCouncil[], name: string) => names(results).indexOf(name);

  it('reads the areas each council worked in from its projects', () => {
    const index = new SimilarityIndex(feed.councils, feed.projects);
    expect(index.areasOf('es-ine:08019')).to.deep.equal(['citizen-care', 'services', 'participation', 'management']);
    expect(index.areasOf(feedCouncil('Sant Feliu de Llobregat').id), 'a council with no project').to.deep.equal([]);
  });

  it('ranks a council of the same size and kind above one 100 times bigger', () => {
    // Foixà (334 inhabitants), Ullà (943) and Vilanova i la Geltrú (65,890) are municipalities that worked in
    // participation only: they differ only in size.
    const home = feedCouncil('Foixà');
    const results = similarCouncils(home, feed.councils, feed.projects);
    expect(rank(results, 'Ullà')).to.be.below(rank(results, 'Vilanova i la Geltrú'));
    expect(score(results, 'Ullà')).to.be.closeTo(0.5 * (1 - Math.log10(943 / 334) / 2) + 0.2 + 0.3, 1e-12);
    // 197 times bigger: nothing left of the population component.
    expect(score(results, 'Vilanova i la Geltrú')).to.be.closeTo(0.5, 1e-12);
    expect(names(results)).not.to.include('Foixà');
    expect(results).to.have.length(feed.councils.size - 1);
    for (let i = 1; i < results.length; i++) expect(results[i]!.score).to.be.at.most(results[i - 1]!.score);
  });

  it('changes the order as the weights say: size first by default, areas first when the page weighs them', () => {
    // Mura (204 inhabitants) is Foixà's size but worked in management; Vilanova i la Geltrú is 197 times bigger but
    // worked in participation, as Foixà did.
    const home = feedCouncil('Foixà');
    const byDefault = similarCouncils(home, feed.councils, feed.projects);
    expect(rank(byDefault, 'Mura')).to.be.below(rank(byDefault, 'Vilanova i la Geltrú'));
    const areasFirst = similarCouncils(home, feed.councils, feed.projects, { weights: { population: 0.1, areas: 0.9 } });
    expect(rank(areasFirst, 'Vilanova i la Geltrú')).to.be.below(rank(areasFirst, 'Mura'));
    // Weights used in proportion to their sum: population 0.1, kind 0.2 (the default), areas 0.9, over 1.2.
    expect(score(areasFirst, 'Vilanova i la Geltrú')).to.be.closeTo((0.2 + 0.9) / 1.2, 1e-12);
  });

  it('falls back to the default weights when the page gives none that can be used', () => {
    const home = feedCouncil('Foixà');
    const byDefault = similarCouncils(home, feed.councils, feed.projects);
    for (const weights of [{ population: -1, kind: Number.NaN, areas: Infinity }, { population: 0, kind: 0, areas: 0 }, { population: '2' }, null]) {
      expect(similarCouncils(home, feed.councils, feed.projects, { weights }), JSON.stringify(weights)).to.deep.equal(byDefault);
    }
    expect(normalizeWeights(undefined)).to.deep.equal(DEFAULT_WEIGHTS);
    const partial = normalizeWeights({ areas: 1.3 });
    expect(partial.population).to.be.closeTo(0.5 / 2, 1e-12);
    expect(partial.kind).to.be.closeTo(0.2 / 2, 1e-12);
    expect(partial.areas).to.be.closeTo(1.3 / 2, 1e-12);
  });

  it('gives a reason only for a component of at least 0.6', () => {
    const home = feedCouncil('Foixà');
    const results = similarCouncils(home, feed.councils, feed.projects);
    const reasonsOf = (name: string) => results.find((entry) => entry.council.name === name)!.reasons;
    expect(reasonsOf('Ullà')).to.deep.equal([
      { kind: 'population', population: 943 },
      { kind: 'same-kind', councilKind: 'municipality' },
      { kind: 'areas', shared: ['participation'] },
    ]);
    // Vallgorguina is 5.5 times bigger (component 0.63), Seva 8.8 times (0.53): only the first is "similar size".
    expect(reasonsOf('Vallgorguina')).to.deep.include({ kind: 'population', population: 1827 });
    expect(reasonsOf('Seva').map((reason) => reason.kind)).to.deep.equal(['same-kind']);
    expect(reasonsOf('Diputació de Girona'), 'another kind of body, other areas, no population').to.deep.equal([]);
    // Opava worked in citizen care and services: Narva in both (1), Rubí in services only (0.5).
    const opava = similarCouncils(feedCouncil('Opava'), feed.councils, feed.projects);
    const areasOf = (name: string) => opava.find((entry) => entry.council.name === name)!.reasons.filter((reason) => reason.kind === 'areas');
    expect(areasOf('Narva')).to.deep.equal([{ kind: 'areas', shared: ['citizen-care', 'services'] }]);
    expect(areasOf('Rubí')).to.deep.equal([]);
    // A component the page weighs 0 gives no reason.
    const kindless = similarCouncils(home, feed.councils, feed.projects, { weights: { kind: 0 } });
    expect(kindless.some((entry) => entry.reasons.some((reason) => reason.kind === 'same-kind'))).to.equal(false);
  });

  it('leaves an unknown population out and weighs the rest, ties by name', () => {
    // Capafonts' population is 0 in GeoNames (unknown). It worked in citizen care, as did three municipalities:
    // kind and areas alike, so 1. Sant Feliu de Llobregat has no project, so only the kind is compared: 1 too.
    const results = similarCouncils(feedCouncil('Capafonts'), feed.councils, feed.projects);
    expect(results.slice(0, 4).map((entry) => [entry.council.name, entry.score])).to.deep.equal([
      ['Néa Filadélfeia', 1],
      ['Sant Feliu de Llobregat', 1],
      ['Sant Pere de Ribes', 1],
      ['Vallgorguina', 1],
    ]);
    expect(results[4]!.score).to.be.below(1);
    expect(results.some((entry) => entry.reasons.some((reason) => reason.kind === 'population'))).to.equal(false);
    // Bolvir (population 0) for Foixà: same kind (0.2), no shared area (0.3 × 0), over 0.5.
    expect(score(similarCouncils(feedCouncil('Foixà'), feed.councils, feed.projects), 'Bolvir')).to.be.closeTo(0.4, 1e-12);
    // Population is all the page weighs and it is unknown: no likeness at all, not NaN.
    const sizeOnly = similarCouncils(feedCouncil('Capafonts'), feed.councils, feed.projects, { weights: { population: 1, kind: 0, areas: 0 } });
    expect(sizeOnly.every((entry) => entry.score === 0)).to.equal(true);
  });

  it('gives a score in [0, 1] for every council of the feed as home', () => {
    const index = new SimilarityIndex(feed.councils, feed.projects);
    for (const home of feed.councils.values()) {
      const results = index.similar(home);
      expect(results, home.name).to.have.length(feed.councils.size - 1);
      for (const entry of results) expect(entry.score, `${home.name} – ${entry.council.name}`).to.be.within(0, 1);
    }
  });

  it('leaves out excluded councils and stops at the limit', () => {
    const home = feedCouncil('Girona');
    const nearby = new Set(nearbyCouncils(feed.councils, home.location, 50).map((near) => near.council.id));
    expect(nearby.size).to.be.above(3);
    const elsewhere = similarCouncils(home, feed.councils, feed.projects, { exclude: nearby, limit: 5 });
    expect(elsewhere).to.have.length(5);
    expect(elsewhere.some((entry) => nearby.has(entry.council.id))).to.equal(false);
    // Reus worked in participation and transformation, as Girona did, and is its size (107,118 and 96,188).
    expect(elsewhere[0]!.council.name).to.equal('Reus');
  });

  it('ranks 1,000 councils over 10,000 projects', () => {
    const councils = [...catalonia, ...towns.slice(0, 1000 - catalonia.length)];
    expect(councils).to.have.length(1000);
    const template = feed.projects[0]!;
    const projects: Project[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      id: `p${i}`,
      council: councils[(i * 7) % councils.length]!.id,
      areas: [...new Set([AREAS[i % 6]!, AREAS[(i * 5 + 1) % 6]!])],
      index: i,
    }));
    const home = named(councils, 'Girona');
    const index = new SimilarityIndex(councils, projects);
    const results = index.similar(home);
    expect(results).to.have.length(999);
    for (let i = 1; i < results.length; i++) expect(results[i]!.score).to.be.at.most(results[i - 1]!.score);
    const near = nearbyProjects(projects, councils, home.location, 25);
    expect(near.length).to.be.above(0);
    for (let i = 1; i < near.length; i++) expect(near[i]!.km).to.be.at.least(near[i - 1]!.km);
  });
});

describe('parseHome and nearestCouncil', () => {
  it('takes a council id of the feed to that council and its location', () => {
    const home = parseHome('es-ine:08019', feed.councils);
    expect(home?.council?.name).to.equal('Barcelona');
    expect(home?.point).to.deep.equal({ lat: 41.38879, lon: 2.15899 });
    expect(parseHome(' es-ine:08019 ', [...feed.councils.values()])?.council?.name, 'a list of councils, spaces around').to.equal('Barcelona');
  });

  it('takes "lat,lon" in decimal degrees, with spaces or a semicolon', () => {
    const accepted: [string, GeoPoint][] = [
      ['41.39,2.16', { lat: 41.39, lon: 2.16 }],
      ['41.39, 2.16', { lat: 41.39, lon: 2.16 }],
      [' 41.39 ,  2.16 ', { lat: 41.39, lon: 2.16 }],
      ['41.39;2.16', { lat: 41.39, lon: 2.16 }],
      ['41.39; 2.16', { lat: 41.39, lon: 2.16 }],
      ['41,39;2,16', { lat: 41.39, lon: 2.16 }],
      ['-33.87,151.21', { lat: -33.87, lon: 151.21 }],
      ['90,-180', { lat: 90, lon: -180 }],
      ['0,0', { lat: 0, lon: 0 }],
    ];
    for (const [value, point] of accepted) expect(parseHome(value, feed.councils), value).to.deep.equal({ point });
  });

  it('rejects anything else', () => {
    for (const value of ['91,0', '-90.5,0', '0,181', '0,-180.01', 'abc', '41.3,', ',2.1', '41.39,2.16,3', '41.39 2.16', '1e1,2', 'NaN,0', 'Infinity,0', '0x10,0', '41,39,2,16', '', '   ', 'es-ine:99999', 'ES-INE:08019']) {
      expect(parseHome(value, feed.councils), JSON.stringify(value)).to.equal(undefined);
    }
    expect(parseHome(null, feed.councils)).to.equal(undefined);
    expect(isGeoPoint({ lat: Number.NaN, lon: 0 })).to.equal(false);
  });

  it('finds the nearest council, of the kinds asked for', () => {
    // The Sagrada Família: in Barcelona, 2.1 km from its GeoNames point.
    const sagradaFamilia = { lat: 41.4036, lon: 2.1744 };
    const nearest = nearestCouncil(sagradaFamilia, catalonia);
    expect(nearest?.council.name).to.equal('Barcelona');
    expect(nearest?.km).to.be.closeTo(2.1, 0.05);
    // In the feed the Diputació de Girona sits at Girona's point and comes first: a tie goes to feed order, unless
    // only municipalities are wanted.
    const girona = parseHome('41.98,2.82', feed.councils)!.point;
    expect(nearestCouncil(girona, feed.councils)?.council.name).to.equal('Diputació de Girona');
    expect(nearestCouncil(girona, feed.councils, { kinds: ['municipality'] })?.council.name).to.equal('Girona');
    expect(nearestCouncil(girona, [])).to.equal(undefined);
    expect(nearestCouncil({ lat: 100, lon: 0 }, feed.councils)).to.equal(undefined);
  });
});
