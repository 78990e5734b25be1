// Large feeds for benchmarks (1k, 10k, 100k projects), built from the same archetypes as the
// example feed and from every real place in demo/data. Deterministic for a given seed.

import { ARCHETYPES } from './archetypes.mjs';
import { catalanMunicipalities, europeanTowns, supraCouncils } from './places.mjs';
import { makeFeed, makeProject, OBSERVATORY } from './project.mjs';
import { createRandom } from './random.mjs';

/** Councils that items refer to, in order of first mention, so each page stands on its own. */
export function referencedCouncils(items, placesById) {
  const ids = new Set(items.flatMap((item) => [item._digicanvis.council, ...(item._digicanvis.partners ?? [])]));
  return [...ids].map((id) => placesById.get(id).council);
}

/**
 * @param {object} [options]
 * @param {number} [options.count] number of projects
 * @param {number} [options.seed]
 * @param {number} [options.pageSize] when set, the result is an array of pages linked by `next_url`
 * @param {string} [options.baseUrl] where the pages will be served: page N is `${baseUrl}page-N.json`
 */
export function generateFeed({ count = 1000, seed = 1, pageSize, baseUrl = `${OBSERVATORY}bench/` } = {}) {
  const rng = createRandom(seed);
  const catalan = catalanMunicipalities();
  const supra = supraCouncils(catalan);
  const european = europeanTowns();
  const local = [...catalan, ...supra];
  const placesById = new Map([...local, ...european].map((place) => [place.council.id, place]));
  const aoc = supra.find((place) => place.council.kind === 'consortium').council.id;
  const everywhere = ARCHETYPES.filter((archetype) => !archetype.spainOnly);

  const items = [];
  for (let i = 0; i < count; i++) {
    // Six in ten projects are Catalan, as in the observatory's own catalogue.
    const place = rng.chance(0.6) ? rng.pick(local) : rng.pick(european);
    const archetype = rng.pick(place.council.country === 'ES' ? ARCHETYPES : everywhere);
    const partners = place.council.country === 'ES' && archetype.spainOnly && rng.chance(0.4) ? [aoc] : [];
    items.push(
      makeProject({
        archetype,
        place,
        rng,
        index: i,
        id: `${place.slug}-${archetype.key}-${i + 1}`,
        partners: partners.filter((id) => id !== place.council.id),
      }),
    );
  }

  if (!pageSize) return makeFeed({ items, councils: referencedCouncils(items, placesById) });

  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  return Array.from({ length: pageCount }, (_, page) => {
    const pageItems = items.slice(page * pageSize, (page + 1) * pageSize);
    return makeFeed({
      items: pageItems,
      councils: referencedCouncils(pageItems, placesById),
      firstPage: page === 0,
      feedUrl: page === 0 ? `${baseUrl}page-1.json` : undefined,
      nextUrl: page + 1 < pageCount ? `${baseUrl}page-${page + 2}.json` : undefined,
    });
  });
}
