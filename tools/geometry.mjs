#!/usr/bin/env node
/**
 * `node tools/geometry.mjs`: the map geometry that ships with the package, as TypeScript modules in
 * src/geo/geometry/ — one for the countries of Europe and one per Spanish province with its municipalities — plus
 * parts.ts, the table of them that src/geo/geometry/index.ts loads from. The modules are committed, so typecheck,
 * tests and builds need no generation step; run this again only when the sources or the settings below change.
 * The output is the same byte for byte from one run to the next.
 *
 * Sources (dev dependencies): es-atlas (IGN/CNIG boundaries, CC BY 4.0; packaging MIT) and world-atlas (Natural
 * Earth, public domain). docs/geometry.md explains the choices made here and lists the sizes this prints.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoBounds } from 'd3-geo';

// Both topojson packages point `main` at a UMD file, which Node can only load as CommonJS.
const require = createRequire(import.meta.url);
const { feature, quantize } = require('topojson-client');
const { presimplify, simplify, sphericalTriangleArea } = require('topojson-simplify');

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}src/geo/geometry/`;
const readJson = (path) => JSON.parse(readFileSync(`${root}node_modules/${path}`, 'utf8'));

/** Mean Earth radius in km, as src/geo/distance.ts: turns km² into the steradians topojson-simplify weighs in. */
const EARTH_RADIUS_KM = 6371.0088;
const steradians = (km2) => km2 / EARTH_RADIUS_KM ** 2;

/**
 * Municipalities are drawn in views about 30 to 200 km wide: at 30 km on a 600 px map a pixel is 50 m. es-atlas
 * already dropped every vertex whose Visvalingam triangle was under 1e-4 square degrees (about 0.9 km² at 40° N;
 * the smallest triangle left is 0.4 km² of ground) and snapped the rest to a grid of about 190 m. So nothing that
 * matters at 30 km is left to take away: triangles under 0.05 km² of true (spherical) area go — a bump of at most
 * 50 m on a 2 km side, under a pixel — which in es-atlas 0.6.0 is none, and keeps sub-pixel detail out should a
 * later es-atlas ship finer lines. Spherical, not planar in degrees, so that the threshold means the same detail
 * on the ground in the Canaries (28° N) and in the Pyrenees (43° N), as a degree of longitude shrinks northwards.
 */
const MUNICIPALITY_MIN_KM2 = 0.05;
/**
 * Municipalities are worth drawing in views at most this wide, in degrees of longitude: 6° is about 500 km in
 * Catalonia, what a wide map (16:9) shows when it fits the widest radius the map offers (100 km, a 200 km circle
 * in its height). Wider, a municipality of 30 km² is a few pixels across and the borders are noise.
 */
const MUNICIPALITY_MAX_VIEW_DEG = 6;

/** The window Europe is cut to: the Azores to the Caucasus, the Canaries to Svalbard. */
const EUROPE_WINDOW = [-32, 27, 45, 82];
/**
 * Natural Earth's 1:50m countries are drawn from continent-wide views down to the 30 km ones, where they are the
 * backdrop around the municipalities. Inside the window, triangles under 0.3 km² go (a bump of 120 m on a 5 km
 * side: under a pixel of a 600 px view 75 km wide). Outside it only the context at the window's edges is ever
 * seen, so there a triangle weighs a thousand times less (300 km²) — a soft cut that keeps every border whole,
 * shared arcs and all, where cutting the polygons would mean rebuilding the topology.
 */
const EUROPE_MIN_KM2 = 0.3;
const EUROPE_OUTSIDE_FACTOR = 1000;

const IGN_CREDIT = 'Boundaries © Instituto Geográfico Nacional / CNIG (CC BY 4.0), via es-atlas 0.6.0 (MIT)';
const NATURAL_EARTH_CREDIT = 'Countries: Natural Earth (public domain), via world-atlas 2.0.2 (ISC)';

// ---------------------------------------------------------------------------------------------------------------
// Topology helpers

/** Absolute coordinates of every arc of a quantized, delta-encoded topology. */
function decodeArcs(topology) {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx) * scale[0] + translate[0], (y += dy) * scale[1] + translate[1]]);
  });
}

const arcIndex = (i) => (i < 0 ? ~i : i);

/** The rings (lists of arc indices) of a Polygon or MultiPolygon geometry. */
const ringsOf = (geometry) => (geometry.type === 'Polygon' ? geometry.arcs : geometry.type === 'MultiPolygon' ? geometry.arcs.flat() : []);

/**
 * A topology of only `geometries` (as one GeometryCollection called `name`), with only the arcs they use, renumbered
 * in order of first use so the output does not depend on what was left out. Arcs are absolute coordinates, not
 * quantized: ready for presimplify.
 */
function subset(arcs, name, geometries) {
  const renumbered = new Map();
  const renumber = (i) => {
    const index = arcIndex(i);
    if (!renumbered.has(index)) renumbered.set(index, renumbered.size);
    const j = renumbered.get(index);
    return i < 0 ? ~j : j;
  };
  const mapArcs = (value) => (typeof value === 'number' ? renumber(value) : value.map(mapArcs));
  const copy = geometries.map((geometry) => ({ type: geometry.type, arcs: mapArcs(geometry.arcs), id: geometry.id, properties: { name: geometry.properties.name } }));
  const used = [...renumbered.keys()];
  return { type: 'Topology', objects: { [name]: { type: 'GeometryCollection', geometries: copy } }, arcs: used.map((i) => arcs[i]) };
}

/**
 * Simplifies a presimplified topology at `minWeight`, but never below three corners per ring: a small islet or
 * exclave keeps its best two interior points rather than collapsing to a line and vanishing from the map.
 */
function simplifyKeepingRings(topology, minWeight) {
  for (const object of Object.values(topology.objects)) {
    for (const geometry of object.geometries) {
      for (const ring of ringsOf(geometry)) {
        const kept = new Set();
        const candidates = [];
        for (const i of ring) {
          for (const point of topology.arcs[arcIndex(i)]) {
            if (point[2] >= minWeight) kept.add(`${point[0]},${point[1]}`);
            else candidates.push(point);
          }
        }
        candidates.sort((a, b) => b[2] - a[2]);
        for (const point of candidates) {
          if (kept.size >= 3) break;
          const key = `${point[0]},${point[1]}`;
          if (kept.has(key)) continue;
          point[2] = Infinity;
          kept.add(key);
        }
      }
    }
  }
  return simplify(topology, minWeight);
}

/**
 * Quantizes a simplified topology on the grid of the source it came from, moved to its own south-west corner: the
 * numbers get small, and no point is rounded a second time.
 */
function onSourceGrid(topology, { scale, translate }) {
  const cell = (value, axis) => Math.round((value - translate[axis]) / scale[axis]);
  const points = topology.arcs.flat();
  const [x0, y0, x1, y1] = [
    Math.min(...points.map(([x]) => cell(x, 0))),
    Math.min(...points.map(([, y]) => cell(y, 1))),
    Math.max(...points.map(([x]) => cell(x, 0))),
    Math.max(...points.map(([, y]) => cell(y, 1))),
  ];
  const bbox = [translate[0] + x0 * scale[0], translate[1] + y0 * scale[1], translate[0] + x1 * scale[0], translate[1] + y1 * scale[1]];
  return quantize({ ...topology, bbox }, { scale, translate: [bbox[0], bbox[1]] });
}

/**
 * d3-geo reads a ring's winding to tell its inside from its outside. A few slivers that es-atlas's own
 * simplification left (in Tormos, Ataun and the Facería de Aldape) wind the other way, so they would cover the
 * whole globe and every point on Earth would be "in" Tormos. Such a polygon is turned round; one that then
 * encloses nothing (its corners on one line) is dropped, unless it is all there is of its feature.
 */
function windInwards(topology) {
  const area = (polygon) => geoArea(feature(topology, { type: 'Polygon', arcs: polygon }));
  const hemisphere = 2 * Math.PI;
  const notes = { turned: [], flat: [], empty: [] };
  for (const geometry of Object.values(topology.objects).flatMap((object) => object.geometries)) {
    const label = `${geometry.id} ${geometry.properties.name}`;
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    const turned = polygons.map((polygon) => {
      if (area(polygon) <= hemisphere) return polygon;
      notes.turned.push(label);
      return [polygon[0].map((i) => ~i).reverse(), ...polygon.slice(1)];
    });
    const kept = turned.filter((polygon) => area(polygon) > 0 && area(polygon) <= hemisphere);
    if (kept.length && kept.length < turned.length) notes.flat.push(label);
    if (!kept.length) {
      if (turned.some((polygon) => area(polygon) > hemisphere)) throw new Error(`${geometry.id} still covers the globe`);
      // Nothing left to draw: es-atlas simplified the whole municipality away. It stays, so its name does.
      notes.empty.push(label);
      kept.push(turned[0]);
    }
    geometry.type = kept.length === 1 ? 'Polygon' : 'MultiPolygon';
    geometry.arcs = kept.length === 1 ? kept[0] : kept;
  }
  return notes;
}

/**
 * The part's topology, simplified with `weight` at `minKm2`, its windings put right, and only the arcs it still
 * uses; coordinates absolute, not yet quantized.
 */
function simplified(arcs, name, geometries, weight, minKm2) {
  const topology = simplifyKeepingRings(presimplify(subset(arcs, name, geometries), weight), steradians(minKm2));
  const notes = windInwards(topology);
  return { topology: subset(topology.arcs, name, topology.objects[name].geometries), notes };
}

/** Bounds [west, south, east, north] of a feature collection, rounded outwards to 0.001°. */
function boundsOf(collection) {
  const [[west, south], [east, north]] = geoBounds(collection);
  // To about a kilometre, outwards: the box only decides whether a view needs the part.
  const down = (value) => Math.floor(value * 100) / 100;
  const up = (value) => Math.ceil(value * 100) / 100;
  return [down(west), down(south), up(east), up(north)];
}

/**
 * The module text: the topology as a JSON string literal (faster to parse than the same object as code), ASCII
 * only, so a page served without a charset still reads "Vilanova i la Geltrú" right.
 */
function moduleText(topology, objectName, source, credit) {
  const json = JSON.stringify(topology)
    .replace(/[\\']/g, (c) => `\\${c}`)
    .replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `// Generated by tools/geometry.mjs from ${source} — do not edit.
// ${credit}
import type { GeometryCollection, Topology } from 'topojson-specification';

export default JSON.parse('${json}') as Topology<{ ${objectName}: GeometryCollection<{ name: string }> }>;
`;
}

const sizes = [];

function write(file, text) {
  writeFileSync(`${out}${file}`, text);
  sizes.push({ file, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
}

// ---------------------------------------------------------------------------------------------------------------
// Spain: one module per province

/**
 * The province (INE code) each shared territory belongs to. es-atlas keeps the "territorios no asociados" —
 * lands held in common by neighbouring municipalities, such as Bardenas Reales — under the pseudo-province 53,
 * which no council id ever names. Left out, each would be a hole in its province; they go with the province
 * whose municipalities they share the longest border with (counted in arc points; ties to the lower code).
 */
function provinceOfSharedLands(municipalities, arcs) {
  const provincesOfArc = new Map();
  for (const geometry of municipalities) {
    if (geometry.id.startsWith('53')) continue;
    for (const ring of ringsOf(geometry)) {
      for (const i of ring) {
        const index = arcIndex(i);
        if (!provincesOfArc.has(index)) provincesOfArc.set(index, new Set());
        provincesOfArc.get(index).add(geometry.id.slice(0, 2));
      }
    }
  }
  const owner = new Map();
  for (const geometry of municipalities) {
    if (!geometry.id.startsWith('53')) continue;
    const shared = new Map();
    for (const ring of ringsOf(geometry)) {
      for (const i of ring) {
        for (const province of provincesOfArc.get(arcIndex(i)) ?? []) {
          shared.set(province, (shared.get(province) ?? 0) + arcs[arcIndex(i)].length);
        }
      }
    }
    const [best] = [...shared].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
    if (!best) throw new Error(`shared land ${geometry.id} (${geometry.properties.name}) touches no province`);
    owner.set(geometry.id, best[0]);
  }
  return owner;
}

function buildSpain() {
  const atlas = readJson('es-atlas/es/municipalities.json');
  const arcs = decodeArcs(atlas);
  const municipalities = atlas.objects.municipalities.geometries;
  const provinceNames = new Map(atlas.objects.provinces.geometries.map((g) => [g.id, g.properties.name]));
  const sharedLands = provinceOfSharedLands(municipalities, atlas.arcs);

  const byProvince = new Map();
  for (const geometry of municipalities) {
    // 54: Gibraltar, which IGN's files carry but which is no Spanish municipality.
    if (geometry.id.startsWith('54')) continue;
    const province = sharedLands.get(geometry.id) ?? geometry.id.slice(0, 2);
    if (!byProvince.has(province)) byProvince.set(province, []);
    byProvince.get(province).push(geometry);
  }

  const parts = [];
  for (const province of [...byProvince.keys()].sort()) {
    // Municipalities in code order, shared lands after them: the same file whatever order the source had.
    const geometries = byProvince.get(province).sort((a, b) => a.id.localeCompare(b.id));
    const { topology, notes } = simplified(arcs, 'municipalities', geometries, sphericalTriangleArea, MUNICIPALITY_MIN_KM2);
    const quantized = onSourceGrid(topology, atlas.transform);
    const collection = feature(quantized, quantized.objects.municipalities);
    const name = provinceNames.get(province);
    if (!name) throw new Error(`no name for province ${province}`);
    const id = `es-${province}`;
    write(`${id}.ts`, moduleText(quantized, 'municipalities', 'es-atlas 0.6.0 (es/municipalities.json)', IGN_CREDIT));
    parts.push({ id, kind: 'municipalities', name, bbox: boundsOf(collection), count: collection.features.length, shared: geometries.filter((g) => g.id.startsWith('53')).length, notes });
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------------------------
// Europe

/** Whether bounds (west may exceed east across the antimeridian) meet the window. */
function meets([[west, south], [east, north]], [left, bottom, right, top]) {
  if (north < bottom || south > top) return false;
  if (west <= east) return west <= right && east >= left;
  return west <= right || east >= left;
}

function buildEurope() {
  const atlas = readJson('world-atlas/countries-50m.json');
  const arcs = decodeArcs(atlas);
  const [left, bottom, right, top] = EUROPE_WINDOW;
  const inside = ([x, y]) => x >= left && x <= right && y >= bottom && y <= top;

  // Countries that reach into the window, each without its polygons that lie wholly outside it (French Guiana,
  // Russia's Pacific islands): the Mediterranean's southern and eastern shores stay, as the Canaries, Ceuta and
  // Cyprus need them around.
  const countries = [];
  for (const geometry of atlas.objects.countries.geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    const kept = polygons.filter((polygon) => meets(geoBounds(feature(atlas, { type: 'Polygon', arcs: polygon })), EUROPE_WINDOW));
    if (!kept.length) continue;
    countries.push({
      type: kept.length === 1 ? 'Polygon' : 'MultiPolygon',
      arcs: kept.length === 1 ? kept[0] : kept,
      id: geometry.id,
      properties: geometry.properties,
    });
  }
  // Natural Earth gives Kosovo and Northern Cyprus no ISO code: they keep no id, and go by name.
  countries.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));

  const weight = (triangle) => sphericalTriangleArea(triangle) / (inside(triangle[1]) ? 1 : EUROPE_OUTSIDE_FACTOR);
  const { topology, notes } = simplified(arcs, 'countries', countries, weight, EUROPE_MIN_KM2);
  const quantized = onSourceGrid(topology, atlas.transform);
  const collection = feature(quantized, quantized.objects.countries);
  write('europe.ts', moduleText(quantized, 'countries', 'world-atlas 2.0.2 (countries-50m.json)', NATURAL_EARTH_CREDIT));
  // Its bbox is the window: the soft-cut outlines beyond it (Russia to the Pacific) are not what it is for.
  return { id: 'europe', kind: 'countries', name: 'Europe', bbox: EUROPE_WINDOW, count: collection.features.length, notes };
}

// ---------------------------------------------------------------------------------------------------------------
// The table of parts

function partsText([europe, ...provinces]) {
  const [west, south, east, north] = europe.bbox;
  const rows = provinces.map(({ id, name, bbox }) => `    ['${id.slice(3)}', ${JSON.stringify(name)}, ${bbox.join(', ')}, () => import('./${id}.js')],`);
  return `// Generated by tools/geometry.mjs — do not edit. The geometry modules this package ships, for index.ts.
// Each import is a literal, so every bundler sees it and makes one chunk per part.
import type { PartSource } from './index.js';

/** Municipalities are worth drawing in views at most this wide (degrees of longitude); see tools/geometry.mjs. */
const MUNICIPALITY_MAX_VIEW_DEG = ${MUNICIPALITY_MAX_VIEW_DEG};

type Topology = PartSource['topology'];

/** A Spanish province's municipalities: INE code, official name, bounding box (west, south, east, north), module. */
const province = ([code, name, west, south, east, north, topology]: [string, string, number, number, number, number, Topology]): PartSource => ({
  id: \`es-\${code}\`,
  kind: 'municipalities',
  name,
  bbox: [west, south, east, north],
  maxViewWidthDeg: MUNICIPALITY_MAX_VIEW_DEG,
  topology,
});

export const PARTS: readonly PartSource[] = [
  { id: '${europe.id}', kind: 'countries', name: ${JSON.stringify(europe.name)}, bbox: [${[west, south, east, north].join(', ')}], maxViewWidthDeg: Infinity, topology: () => import('./${europe.id}.js') },
  ...([
${rows.join('\n')}
  ] satisfies Parameters<typeof province>[0][]).map(province),
];
`;
}

mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) if (/^(europe|es-\d\d|parts)\.ts$/.test(file)) rmSync(`${out}${file}`);
const europe = buildEurope();
const spain = buildSpain();
write('parts.ts', partsText([europe, ...spain]));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const { file, raw, gzip } of sizes) console.log(`${file.padEnd(12)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(8)} gzip`);
const catalonia = sizes.filter(({ file }) => /^es-(08|17|25|43)\.ts$/.test(file));
const sum = (list, key) => list.reduce((total, entry) => total + entry[key], 0);
console.log(`Catalonia (es-08, es-17, es-25, es-43): ${kb(sum(catalonia, 'raw'))} raw, ${kb(sum(catalonia, 'gzip'))} gzip (budget 150 KB)`);
console.log(`All of Spain: ${kb(sum(sizes.filter(({ file }) => file.startsWith('es-')), 'gzip'))} gzip in ${spain.length} provinces`);
console.log(`Europe: ${europe.count} countries`);
for (const part of spain.filter((p) => p.shared)) console.log(`${part.id} ${part.name}: ${part.count} features, ${part.shared} shared lands`);
const notes = (key) => [europe, ...spain].flatMap((part) => part.notes[key]);
console.log(`Turned round: ${notes('turned').join('; ')}`);
console.log(`Flat slivers dropped from ${notes('flat').length} features`);
console.log(`Nothing left to draw (kept, with zero area): ${notes('empty').join('; ')}`);
