export {
  EARTH_RADIUS_KM,
  councilList,
  councilMap,
  formatDistance,
  greatCircleKm,
  nearbyCouncils,
  nearbyProjects,
  type CouncilSource,
  type NearbyCouncil,
  type NearbyProject,
} from './distance.js';
export {
  DEFAULT_WEIGHTS,
  REASON_THRESHOLD,
  SimilarityIndex,
  normalizeWeights,
  populationSimilarity,
  similarCouncils,
  type SimilarCouncil,
  type SimilarOptions,
  type SimilarityReason,
  type SimilarityWeights,
} from './similarity.js';
export { isGeoPoint, nearestCouncil, parseHome, type Home, type NearestOptions } from './home.js';
