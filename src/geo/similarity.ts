/**
 * "Similar councils elsewhere": councils ranked by how much they resemble a home council — size, kind of body,
 * the areas they worked in. The formula is documented for webmasters in docs/similarity.md; keep the two in step.
 */
import { AREAS, type AreaId, type Council, type CouncilKind, type Project } from '../feed/types.js';
import { councilList, type CouncilSource } from './distance.js';

/** How much each component counts. Any non-negative numbers: they are used in proportion to their sum. */
export interface SimilarityWeights {
  population: number;
  kind: number;
  areas: number;
}

export const DEFAULT_WEIGHTS: Readonly<SimilarityWeights> = Object.freeze({ population: 0.5, kind: 0.2, areas: 0.3 });

/** A component must reach this value for its reason to be given. */
export const REASON_THRESHOLD = 0.6;

/** Why a council is similar, for the element to put into words in each language. */
export type SimilarityReason =
  /** Similar size; `population` is the similar council's own. */
  | { kind: 'population'; population: number }
  /** The same kind of body as the home council. */
  | { kind: 'same-kind'; councilKind: CouncilKind }
  /** Areas both councils worked in, in the order of AREAS. */
  | { kind: 'areas'; shared: AreaId[] };

export interface SimilarCouncil {
  council: Council;
  /** 0 (nothing in common) to 1 (alike in every component that could be compared). */
  score: number;
  reasons: SimilarityReason[];
}

export interface SimilarOptions {
  /** Overrides of DEFAULT_WEIGHTS, key by key; see normalizeWeights. */
  weights?: Partial<Record<keyof SimilarityWeights, unknown>> | null;
  /** Ids of councils to leave out, e.g. those already shown as nearby. */
  exclude?: ReadonlySet<string>;
  /** At most this many councils. */
  limit?: number;
}

const KEYS = ['population', 'kind', 'areas'] as const;

/**
 * The weights to use, summing to 1: each key the page gave as a finite non-negative number replaces the default,
 * anything else keeps the default; if they add up to 0, the defaults.
 */
export function normalizeWeights(weights?: Partial<Record<keyof SimilarityWeights, unknown>> | null): SimilarityWeights {
  const merged = { ...DEFAULT_WEIGHTS };
  for (const key of KEYS) {
    const value = weights?.[key];
    // Number.isFinite is false for anything but a finite number (no conversion).
    if (Number.isFinite(value) && (value as number) >= 0) merged[key] = value as number;
  }
  const sum = (w: SimilarityWeights) => w.population + w.kind + w.areas;
  const use = sum(merged) > 0 ? merged : DEFAULT_WEIGHTS;
  return { population: use.population / sum(use), kind: use.kind / sum(use), areas: use.areas / sum(use) };
}

/** log10 of a population worth comparing; undefined when unknown (absent, 0 as GeoNames writes it, or not a number). */
function logPopulation(council: Council): number | undefined {
  const { population } = council;
  return Number.isFinite(population) && population! > 0 ? Math.log10(population!) : undefined;
}

const logSimilarity = (logA: number, logB: number) => 1 - Math.min(1, Math.abs(logA - logB) / 2);

/** Population component: 1 for the same size, falling linearly with the log of the ratio, 0 from a factor of 100. */
export function populationSimilarity(a: number, b: number): number {
  return logSimilarity(Math.log10(a), Math.log10(b));
}

/** Areas component: shared areas over areas of either (Jaccard), on bit sets of AREAS. */
function jaccard(a: number, b: number): number {
  return bitCount(a & b) / bitCount(a | b);
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1) count++;
  return count;
}

const AREA_BIT = new Map<AreaId, number>(AREAS.map((area, i) => [area, 1 << i]));

const areasOfBits = (bits: number): AreaId[] => AREAS.filter((_, i) => bits & (1 << i));

interface Entry {
  council: Council;
  logPopulation?: number;
  /** Bit i set: the council led a project in AREAS[i]. */
  areas: number;
}

/**
 * The councils of a feed prepared for "similar councils": each council's population log and the set of areas of
 * the projects it led (as a bit set) are computed once, so ranking 1,000 councils is a single cheap pass.
 * Build a new index when the feed changes.
 */
export class SimilarityIndex {
  private readonly entries: Entry[];
  private readonly areaBits = new Map<string, number>();

  constructor(councils: CouncilSource, projects: readonly Project[]) {
    for (const project of projects) {
      let bits = this.areaBits.get(project.council) ?? 0;
      for (const area of project.areas) bits |= AREA_BIT.get(area) ?? 0;
      this.areaBits.set(project.council, bits);
    }
    this.entries = councilList(councils).map((council) => ({
      council,
      logPopulation: logPopulation(council),
      areas: this.areaBits.get(council.id) ?? 0,
    }));
  }

  /** The areas of the projects a council led, in the order of AREAS. */
  areasOf(councilId: string): AreaId[] {
    return areasOfBits(this.areaBits.get(councilId) ?? 0);
  }

  /** The councils of the index ranked by similarity to `home`, best first, then by name; `home` itself left out. */
  similar(home: Council, options: SimilarOptions = {}): SimilarCouncil[] {
    const weights = normalizeWeights(options.weights);
    const homeLog = logPopulation(home);
    const homeAreas = this.areaBits.get(home.id) ?? 0;
    const results: SimilarCouncil[] = [];
    for (const entry of this.entries) {
      const { council } = entry;
      if (council.id === home.id || options.exclude?.has(council.id)) continue;
      const reasons: SimilarityReason[] = [];
      let sum = 0;
      let weight = 0;
      /** A component that could be compared (`value` in [0, 1]) counts with its weight, and gives its reason when high. */
      const add = (key: keyof SimilarityWeights, value: number | false, reason: () => SimilarityReason) => {
        if (value === false) return;
        sum += weights[key] * value;
        weight += weights[key];
        if (weights[key] > 0 && value >= REASON_THRESHOLD) reasons.push(reason());
      };
      add('population', homeLog !== undefined && entry.logPopulation !== undefined && logSimilarity(homeLog, entry.logPopulation), () => ({
        kind: 'population',
        population: council.population as number,
      }));
      add('kind', council.kind === home.kind ? 1 : 0, () => ({ kind: 'same-kind', councilKind: council.kind }));
      add('areas', !!homeAreas && !!entry.areas && jaccard(homeAreas, entry.areas), () => ({ kind: 'areas', shared: areasOfBits(homeAreas & entry.areas) }));
      // Nothing the page weighs could be compared (say, only population counts and it is unknown): no likeness shown.
      results.push({ council, score: weight > 0 ? sum / weight : 0, reasons });
    }
    results.sort((a, b) => b.score - a.score || a.council.name.localeCompare(b.council.name) || (a.council.id < b.council.id ? -1 : 1));
    const limit = options.limit!;
    // Not a limit (undefined, NaN, negative): all of them. slice() drops a fraction as floor would.
    return limit >= 0 ? results.slice(0, limit) : results;
  }
}

/** Councils ranked by similarity to `home`; for repeated rankings over one feed, keep a SimilarityIndex. */
export function similarCouncils(home: Council, councils: CouncilSource, projects: readonly Project[], options: SimilarOptions = {}): SimilarCouncil[] {
  return new SimilarityIndex(councils, projects).similar(home, options);
}
