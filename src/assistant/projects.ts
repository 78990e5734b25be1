/**
 * Questions about the observatory's projects ("chatbots a prop de Girona", "open data projects"): what they ask
 * for (words, and a council to measure "near" from), and the projects of the feed that answer them.
 */
import type { Council, Project } from '../feed/types.js';
import { greatCircleKm } from '../geo/distance.js';
import { indexProjects } from '../search/build.js';
import { SearchIndex } from '../search/engine.js';
import { fold, words } from '../search/fold.js';
import { isSmallWord } from './match.js';

const set = (list: string) => new Set(list.split(' '));

/** Words that ask for projects. */
const PROJECT_WORDS = set(
  'projecte projectes proyecto proyectos project projects iniciativa iniciatives iniciativas initiative initiatives experiencia experiencies experiencias experience experiences cas casos case cases',
);
/** "near", before a place. */
const NEAR = /\b(?:a prop de|prop de|a la vora de|al voltant de|aprop de|cerca de|alrededor de|junto a|near|nearby|around|close to)\s+(.+)/;
/** Besides the small words of the three languages: words that ask for projects without saying what about. */
const FILLER = set(
  'show me find busca buscar cerca trobar ensenya mostra muestra muestrame list prop vora voltant aprop alrededor junto near nearby around close tens teniu tienes teneu hagi haya',
);
/** Projects in an answer. */
export const PROJECTS_SHOWN = 5;

export interface ProjectQuestion {
  /** The council the question names, for "near". */
  place?: Council;
  /** The words left to search for (folded, space-separated; empty for "projects near X"). */
  text: string;
  /** True when the question says "project" (or a synonym). */
  asked: boolean;
}

export interface FoundProject {
  project: Project;
  council?: Council;
  /** From the place asked about. */
  km?: number;
}

/**
 * What a message asks about projects, or undefined when it does not: it names projects, or a place after "near" that
 * is a council of the feed (the longest name wins; a municipality over a body of the same name).
 */
export function projectQuestion(message: string, councils: Iterable<Council>): ProjectQuestion | undefined {
  const folded = words(fold(message.slice(0, 400))).join(' ');
  const asked = folded.split(' ').some((word) => PROJECT_WORDS.has(word));
  const near = NEAR.exec(folded);
  let place: Council | undefined;
  let placeWords = '';
  if (near || asked) {
    const where = ` ${near ? near[1] : folded} `;
    for (const council of councils) {
      const name = words(fold(council.name)).join(' ');
      if (!name || !where.includes(` ${name} `)) continue;
      const better = !place || name.length > placeWords.length || (name.length === placeWords.length && council.kind === 'municipality' && place.kind !== 'municipality');
      if (better) [place, placeWords] = [council, name];
    }
  }
  if (!asked && !place) return undefined;
  const rest = ` ${folded} `.replace(place ? ` ${placeWords} ` : '\0', ' ');
  const text = rest
    .split(' ')
    .filter((word) => word.length > 1 && !PROJECT_WORDS.has(word) && !FILLER.has(word) && !isSmallWord(word))
    .join(' ');
  return { ...(place ? { place } : {}), text, asked };
}

/** One search index per list of projects, complete once its build has ended. */
const indexes = new WeakMap<readonly Project[], SearchIndex>();
const building = new WeakMap<readonly Project[], Promise<void>>();
const complete = new WeakSet<readonly Project[]>();

/** True once the projects' search index is complete (`findProjects` then answers at once). */
export function projectsIndexed(projects: readonly Project[]): boolean {
  return complete.has(projects);
}

/** Builds the projects' search index a slice at a time (a large catalogue would otherwise hold the page for seconds). */
export function indexProjectsFor(projects: readonly Project[], councils: ReadonlyMap<string, Council>): Promise<void> {
  let promise = building.get(projects);
  if (!promise) {
    const index = new SearchIndex();
    indexes.set(projects, index);
    promise = indexProjects(index, projects, councils).then(() => void complete.add(projects));
    building.set(projects, promise);
  }
  return promise;
}

/**
 * The projects that answer `question`: those matching its words (all of them, else the most), nearest first when it
 * names a place, else best first; at most `limit`.
 */
export function findProjects(question: ProjectQuestion, projects: readonly Project[], councils: ReadonlyMap<string, Council>, limit = PROJECTS_SHOWN): FoundProject[] {
  let found: Project[];
  if (question.text) {
    let index = indexes.get(projects);
    if (!index || !complete.has(projects)) {
      // Not built a slice at a time beforehand (a script, a test): built here, at once.
      index = new SearchIndex();
      index.add(projects, councils);
      indexes.set(projects, index);
      complete.add(projects);
    }
    found = Array.from(index.search(question.text).docs, (doc) => projects[doc]!);
  } else found = question.place ? [...projects] : [];
  const place = question.place;
  const results = found.map((project) => {
    const council = councils.get(project.council);
    return { project, ...(council ? { council } : {}), ...(place && council ? { km: greatCircleKm(place.location, council.location) } : {}) };
  });
  if (place) results.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
  return results.slice(0, limit);
}
