// Builds demo/feed.json, the example feed that the demo page, the stories and the tests read:
// about 85 projects by real Catalan and European councils. Run: node tools/example-feed/build.mjs

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_THREADS } from '../../server/seed.mjs';
import { ARCHETYPES } from './archetypes.mjs';
import { referencedCouncils } from './generate.mjs';
import { catalanMunicipalities, europeanTowns, supraCouncils } from './places.mjs';
import { makeFeed, makeProject, OBSERVATORY } from './project.mjs';
import { createRandom } from './random.mjs';

export const FEED_FILE = new URL('../../demo/feed.json', import.meta.url);

const SEED = 20240612;
/** Countries with one project each, so the catalogue shows councils across the EU. */
const EU_COUNTRIES = ['DE', 'FR', 'IT', 'ES', 'PT', 'NL', 'BE', 'AT', 'FI', 'EE', 'DK', 'IE', 'PL', 'SE', 'GR', 'SI', 'CZ'];
/** What each supra-municipal body does for its municipalities. */
const SUPRA_PROJECTS = {
  'nuts:ES511': ['dades-obertes', 'competencies-digitals'],
  'nuts:ES512': ['teleassistencia'],
  'digicanvis:consorci-aoc': ['signatura-mobil', 'interoperabilitat'],
  'idescat-comarca:07': ['recomanador-ajuts'],
  'idescat-comarca:11': ['residus-sensors'],
};
const PROVINCES = { '08': 'nuts:ES511', '17': 'nuts:ES512' };

export function buildExampleFeed() {
  const rng = createRandom(SEED);
  const catalan = catalanMunicipalities();
  const supra = supraCouncils(catalan);
  const european = europeanTowns();
  const placesById = new Map([...catalan, ...supra, ...european].map((place) => [place.council.id, place]));
  const aoc = 'digicanvis:consorci-aoc';

  // The 20 largest municipalities and 30 others of every size; the 12 largest run two projects.
  const municipalities = [...catalan.slice(0, 20), ...rng.shuffle(catalan.slice(20)).slice(0, 30)];
  const slots = [...municipalities, ...catalan.slice(0, 12)];
  for (const country of EU_COUNTRIES) {
    slots.push(rng.pick(european.filter((place) => place.council.country === country && place.council.population >= 20000)));
  }

  // Deal archetypes from a shuffled deck so that each appears about as often as the others.
  let deck = [];
  const used = new Map();
  const drawFor = (place) => {
    const taken = used.get(place) ?? new Set();
    const fits = (archetype) => !taken.has(archetype.key) && (!archetype.spainOnly || place.council.country === 'ES');
    if (!deck.some(fits)) deck = [...deck, ...rng.shuffle(ARCHETYPES)];
    const archetype = deck.splice(deck.findIndex(fits), 1)[0];
    used.set(place, taken.add(archetype.key));
    return archetype;
  };

  const assignments = slots.map((place) => ({ place, archetype: drawFor(place) }));
  for (const place of supra) {
    for (const key of SUPRA_PROJECTS[place.council.id]) {
      assignments.push({ place, archetype: ARCHETYPES.find((archetype) => archetype.key === key) });
    }
  }

  const items = assignments.map(({ place, archetype }, index) => {
    const partners = [];
    const isMunicipality = place.council.kind === 'municipality' && place.council.country === 'ES';
    if (isMunicipality && archetype.spainOnly && rng.chance(0.5)) partners.push(aoc);
    const province = PROVINCES[place.council.id.slice('es-ine:'.length, 'es-ine:'.length + 2)];
    if (isMunicipality && province && rng.chance(0.2)) partners.push(province);
    if (place.council.kind === 'county') partners.push(place.council.id === 'idescat-comarca:07' ? 'es-ine:08113' : 'es-ine:08211');
    return makeProject({ archetype, place, rng, index, id: `${place.slug}-${archetype.key}`, partners });
  });
  items.sort((a, b) => b.date_published.localeCompare(a.date_published) || a.id.localeCompare(b.id));
  // The projects the demo forum's example discussions are about (server/seed.mjs) name their thread.
  for (const thread of SEED_THREADS) {
    const item = items.find((candidate) => candidate.id === thread.project);
    if (thread.project && !item) throw new Error(`server/seed.mjs: thread ${thread.id} is about ${thread.project}, which the feed does not have`);
    if (item) item._digicanvis.thread = thread.id;
  }

  const councils = referencedCouncils(items, placesById).sort(
    (a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name, 'ca'),
  );
  // The demo server serves its own forum and gives its address instead of this one (tools/serve.mjs).
  return makeFeed({ items, councils, feedUrl: `${OBSERVATORY}feed.json`, forumApi: `${OBSERVATORY}forum/` });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const feed = buildExampleFeed();
  writeFileSync(FEED_FILE, `${JSON.stringify(feed, null, 2)}\n`);
  process.stderr.write(
    `demo/feed.json: ${feed.items.length} projects, ${feed._digicanvis.councils.length} councils, ` +
      `${feed._digicanvis.faq.length} FAQ entries\n`,
  );
}
