import { expect } from '@open-wc/testing';
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import { GEOMETRY_CREDIT } from '../../src/geo/geometry/credit.js';
import {
  GEOMETRY_PARTS,
  geometryPart,
  municipalityOf,
  partsInView,
  type Bbox,
  type GeometryPart,
  type NamedFeatures,
} from '../../src/geo/geometry/index.js';

/*
 * The map geometry that ships with the package, loaded as the map loads it (one dynamic import per part), checked
 * against the Catalan municipalities of demo/data (GeoNames, CC BY 4.0): their INE codes and their town centres.
 */

interface Place {
  code: string;
  name: string;
  point: [lon: number, lat: number];
}

let catalonia: Place[];
const loaded = new Map<string, NamedFeatures>();

before(async () => {
  const text = await (await fetch('/demo/data/municipalities-catalonia.csv')).text();
  catalonia = text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code, name, lat, lon] = line.split(',') as [string, string, string, string];
      return { code, name, point: [Number(lon), Number(lat)] };
    });
  for (const part of GEOMETRY_PARTS) loaded.set(part.id, await part.load());
});

const partNamed = (id: string): GeometryPart => {
  const part = GEOMETRY_PARTS.find((candidate) => candidate.id === id);
  if (!part) throw new Error(`no part ${id}`);
  return part;
};
const featuresOf = (id: string) => (loaded.get(id) as NamedFeatures).features;
const featureOf = (part: string, id: string) => featuresOf(part).find((feature) => feature.id === id);
const place = (name: string): Place => catalonia.find((candidate) => candidate.name === name) as Place;
/** Names as the two sources may write them: case, accents and the typographic apostrophe aside. */
const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();

/** A box `width` degrees wide and half as high, centred on a point. */
const boxAround = ([lon, lat]: [number, number], width: number): Bbox => [lon - width / 2, lat - width / 4, lon + width / 2, lat + width / 4];

/** Catalonia's municipalities by province (Idescat and INE, 2024 register), as es-atlas 0.6.0 has them. */
const CATALAN_MUNICIPALITIES = { '08': 311, '17': 221, '25': 231, '43': 184 } as const;

describe('GEOMETRY_PARTS', () => {
  it('has Europe first, then the 52 provinces of Spain (Ceuta and Melilla included) in INE order', () => {
    const ids = GEOMETRY_PARTS.map((part) => part.id);
    expect(ids[0]).to.equal('europe');
    expect(ids.slice(1)).to.deep.equal(Array.from({ length: 52 }, (_, i) => `es-${String(i + 1).padStart(2, '0')}`));
    expect(partNamed('es-08').name).to.equal('Barcelona');
    expect(partNamed('es-46').name).to.equal('València/Valencia');
    expect(GEOMETRY_PARTS.every((part) => part.kind === (part.id === 'europe' ? 'countries' : 'municipalities'))).to.equal(true);
  });

  it('loads every part: named features, with a geometry that encloses a small area, never the whole globe', () => {
    for (const part of GEOMETRY_PARTS) {
      const features = featuresOf(part.id);
      expect(features.length, part.id).to.be.above(0);
      for (const feature of features) {
        expect(feature.properties.name, `${part.id} ${feature.id}`).to.be.a('string').and.not.equal('');
        // A ring wound the wrong way would cover the Earth (4π sr); Russia, the largest, is 0.4 sr.
        expect(geoArea(feature), `${part.id} ${feature.id} ${feature.properties.name}`).to.be.below(1);
        if (part.kind === 'municipalities') expect(feature.id, part.id).to.match(/^\d{5}$/);
      }
      const [[west, south], [east, north]] = geoBounds(loaded.get(part.id) as NamedFeatures);
      if (part.kind === 'municipalities') {
        expect([west >= part.bbox[0], south >= part.bbox[1], east <= part.bbox[2], north <= part.bbox[3]], `${part.id} lies in its bbox`).to.deep.equal([true, true, true, true]);
      }
    }
  });

  it('gives Europe its countries: Spain with the Canaries, Portugal with the Azores, Iceland, Cyprus, Morocco around Ceuta', () => {
    const names = featuresOf('europe').map((feature) => feature.properties.name);
    expect(names).to.include.members(['Spain', 'Portugal', 'France', 'Iceland', 'Cyprus', 'Morocco', 'Turkey', 'Finland', 'Greece']);
    const country = (name: string) => featuresOf('europe').find((feature) => feature.properties.name === name);
    expect(geoContains(country('Spain')!, [-15.43, 28.1]), 'Las Palmas de Gran Canaria').to.equal(true);
    expect(geoContains(country('Spain')!, [-3.7, 40.42]), 'Madrid').to.equal(true);
    expect(geoContains(country('Portugal')!, [-25.45, 37.78]), 'São Miguel, Azores').to.equal(true);
    expect(geoContains(country('Portugal')!, [-16.97, 32.75]), 'Madeira').to.equal(true);
    expect(geoContains(country('Iceland')!, [-21.9, 64.14]), 'Reykjavík').to.equal(true);
    expect(geoContains(country('France')!, [-52.33, 4.94]), 'French Guiana is not Europe').to.equal(false);
  });

  it('loads each part once, however often it is asked for', async () => {
    const part = partNamed('es-17');
    expect(await part.load()).to.equal(loaded.get('es-17'));
    expect(part.load()).to.equal(part.load());
  });

  it('forgets a load that failed, so the next call tries again', async () => {
    const real = partNamed('es-51');
    let calls = 0;
    const part = geometryPart({
      ...real,
      // A real network failure first (the test server answers 503), the real module after.
      topology: () => (++calls === 1 ? import(`${location.origin}/faults/status/503`) : import('../../src/geo/geometry/es-51.js')),
    });
    let failure: unknown;
    await part.load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.an('error');
    const features = await part.load();
    expect(calls).to.equal(2);
    expect(features.features.map((feature) => feature.properties.name)).to.deep.equal(['Ceuta']);
  });
});

describe('municipalities', () => {
  it('has Barcelona (08019) in es-08, and its polygon contains the city centre', () => {
    const barcelona = featureOf('es-08', '08019');
    expect(barcelona?.properties.name).to.equal('Barcelona');
    expect(geoContains(barcelona!, place('Barcelona').point)).to.equal(true);
    expect(geoContains(barcelona!, place('Girona').point)).to.equal(false);
    expect(geoContains(barcelona!, place("L'Hospitalet de Llobregat").point), 'its neighbour').to.equal(false);
  });

  it('has Girona (17079) in es-17, and its polygon contains the city centre', () => {
    const girona = featureOf('es-17', '17079');
    expect(girona?.properties.name).to.equal('Girona');
    expect(geoContains(girona!, place('Girona').point)).to.equal(true);
    expect(geoContains(girona!, place('Barcelona').point)).to.equal(false);
  });

  it("has every municipality of each Catalan province, and every INE code of demo/data's list among them", () => {
    for (const [province, count] of Object.entries(CATALAN_MUNICIPALITIES)) {
      const features = featuresOf(`es-${province}`);
      const ids = new Set(features.map((feature) => feature.id));
      const municipalities = features.filter((feature) => !String(feature.id).startsWith('53'));
      // The list in demo/data is GeoNames' towns (506 of Catalonia's 947): a subset, not the whole.
      const listed = catalonia.filter((entry) => entry.code.startsWith(province));
      expect(municipalities.length, `es-${province}`).to.equal(count);
      expect(listed.length, `es-${province} listed`).to.be.within(1, count);
      expect(listed.filter((entry) => !ids.has(entry.code)).map((entry) => entry.code), `es-${province}`).to.deep.equal([]);
    }
    // Plus one land held in common, which belongs to no municipality: drawn with Lleida so it leaves no hole.
    expect(featuresOf('es-25').filter((feature) => String(feature.id).startsWith('53')).map((feature) => feature.properties.name)).to.deep.equal([
      'Comunidad de El Pont de Bar y Cava',
    ]);
  });

  it("puts at least 95 % of demo/data's Catalan town centres inside the municipality of that name", () => {
    const catalan = ['08', '17', '25', '43'].flatMap((province) => featuresOf(`es-${province}`));
    const byName = new Map(catalan.map((feature) => [fold(feature.properties.name), feature]));
    // Matched by name, whatever the code (demo/data/README.md says which codes were corrected).
    const named = catalonia.filter((entry) => byName.has(fold(entry.name)));
    const inside = named.filter((entry) => geoContains(byName.get(fold(entry.name))!, entry.point));
    expect(named.length).to.be.above(480);
    // The misses are towns on the coast or by a border: es-atlas keeps lines to about 200 m.
    expect(inside.length / named.length).to.be.at.least(0.95);
  });

  it("gives each Spanish council of the example feed the municipality of its name, which holds its point (the coast aside)", async () => {
    const feed = (await (await fetch('/demo/feed.json')).json()) as { _digicanvis: { councils: { id: string; name: string; location: { lat: number; lon: number } }[] } };
    const spanish = feed._digicanvis.councils.filter((council) => council.id.startsWith('es-ine:'));
    expect(spanish.length).to.be.above(40);
    let inside = 0;
    for (const council of spanish) {
      const where = municipalityOf(council.id)!;
      const feature = featureOf(where.part, where.id)!;
      // IGN writes some names with both languages ("Barcelona") or the article first: compare the folded words.
      expect(fold(feature.properties.name).replace(/[^a-z]/g, ''), council.id).to.equal(fold(council.name).replace(/[^a-z]/g, ''));
      if (geoContains(feature, [council.location.lon, council.location.lat])) inside++;
    }
    // L'Escala's point is in the sea as es-atlas draws the coast.
    expect(inside).to.be.at.least(spanish.length - 1);
  });
});

describe('partsInView', () => {
  const barcelona = () => place('Barcelona').point;

  it('gives Europe and Barcelona (and the neighbours the box reaches) for a box 1° wide around Barcelona', () => {
    const ids = partsInView(boxAround(barcelona(), 1)).map((part) => part.id);
    expect(ids[0]).to.equal('europe');
    expect(ids).to.include('es-08');
    expect(ids.every((id) => ['europe', 'es-08', 'es-17', 'es-25', 'es-43'].includes(id)), ids.join()).to.equal(true);
  });

  it('gives only Europe for a box 20° wide, and for a box wider than the municipalities are drawn in', () => {
    expect(partsInView(boxAround(barcelona(), 20)).map((part) => part.id)).to.deep.equal(['europe']);
    const widest = partNamed('es-08').maxViewWidthDeg;
    expect(partsInView(boxAround(barcelona(), widest)).map((part) => part.id)).to.include('es-08');
    expect(partsInView(boxAround(barcelona(), widest + 0.01)).map((part) => part.id)).to.deep.equal(['europe']);
  });

  it('gives the Canaries for a view of Tenerife, and nothing for the middle of the Atlantic or a box of nonsense', () => {
    expect(partsInView(boxAround([-16.5, 28.3], 1)).map((part) => part.id)).to.deep.equal(['europe', 'es-38']);
    expect(partsInView(boxAround([-45, 40], 1))).to.deep.equal([]);
    expect(partsInView([Number.NaN, 0, Number.NaN, 1])).to.deep.equal([]);
  });
});

describe('municipalityOf', () => {
  it('maps an INE council id to its part and feature', () => {
    expect(municipalityOf('es-ine:08019')).to.deep.equal({ part: 'es-08', id: '08019' });
    expect(municipalityOf('es-ine:17079')).to.deep.equal({ part: 'es-17', id: '17079' });
    expect(municipalityOf('ES-INE:51001')).to.deep.equal({ part: 'es-51', id: '51001' });
  });

  it('rejects ids that are not a Spanish municipality', () => {
    for (const id of ['', '08019', 'es-ine:8019', 'es-ine:080193', 'es-ine:08019 ', ' es-ine:08019', 'es-ine:53078', 'es-ine:00001', 'es-ine:99001', 'geonames:2950159', 'nuts:ES51', 'es-ine:O8019']) {
      expect(municipalityOf(id), JSON.stringify(id)).to.equal(undefined);
    }
  });
});

it('credits the sources under the map', () => {
  expect(GEOMETRY_CREDIT).to.match(/IGN/).and.match(/CC BY 4\.0/).and.match(/Natural Earth/);
});
