/**
 * The home of <dc-proximity-map>: where "near me" is measured from, as a page writes it in `home="…"`, or the
 * council nearest to a point the visitor gave.
 */
import type { Council, CouncilKind, GeoPoint } from '../feed/types.js';
import { councilList, councilMap, greatCircleKm, type CouncilSource, type NearbyCouncil } from './distance.js';

export interface Home {
  point: GeoPoint;
  /** The council, when the home was given as a council id of the feed. */
  council?: Council;
}

/** A plain decimal number: no exponent, no hex, no thousands separator. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * Reads a `home` value: a council id of the feed (`es-ine:08019`) gives that council and its location;
 * `lat,lon` in decimal degrees (`41.39,2.16`, `41.39, 2.16`, `41.39;2.16`, and with `;` between them also decimal
 * commas, `41,39;2,16`) gives that point. Anything else — out of range, unknown id, empty — gives undefined.
 */
export function parseHome(value: string | null | undefined, councils: CouncilSource): Home | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const council = councilMap(councils).get(text);
  // A copy: the home's point is not the feed's.
  if (council) return { point: { ...council.location }, council };
  const parts = text.includes(';') ? text.split(';').map((part) => part.replace(',', '.')) : text.split(',');
  if (parts.length !== 2) return undefined;
  // Number() reads past the whitespace around a number, as trim() does.
  const [lat, lon] = parts.map((part) => (NUMBER.test(part.trim()) ? Number(part) : Number.NaN)) as [number, number];
  const point = { lat, lon };
  return isGeoPoint(point) ? { point } : undefined;
}

/** True for WGS84 degrees a map can show: finite, latitude in [-90, 90], longitude in [-180, 180]. */
export function isGeoPoint(point: GeoPoint): boolean {
  const { lat, lon } = point;
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

export interface NearestOptions {
  /** Only councils of these kinds (e.g. `['municipality']`, so a point in a city is not taken for its province). */
  kinds?: readonly CouncilKind[];
}

/**
 * The council nearest to `point` and its distance in km (the first in feed order on a tie); undefined if there is
 * none or the point is not valid.
 */
export function nearestCouncil(point: GeoPoint, councils: CouncilSource, options: NearestOptions = {}): NearbyCouncil | undefined {
  if (!isGeoPoint(point)) return undefined;
  let nearest: NearbyCouncil | undefined;
  for (const council of councilList(councils)) {
    if (options.kinds && !options.kinds.includes(council.kind)) continue;
    const km = greatCircleKm(point, council.location);
    if (!nearest || km < nearest.km) nearest = { council, km };
  }
  return nearest;
}
