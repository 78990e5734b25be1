/**
 * Distances on the Earth and what lies within a radius of a point: the Km0 half of <dc-proximity-map>.
 * Pure functions, no DOM: a council is a point (its `location`), and a project sits at its council's point.
 */
import type { Council, GeoPoint, Project } from '../feed/types.js';
import { intlLocales } from '../i18n/language.js';

/** Mean Earth radius (IUGG, R1 = (2a + b) / 3 of WGS84), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The councils of a feed: its `councils` map, or any list of councils. */
export type CouncilSource = ReadonlyMap<string, Council> | Iterable<Council>;

export interface NearbyProject {
  project: Project;
  council: Council;
  km: number;
}

export interface NearbyCouncil {
  council: Council;
  km: number;
}

const RAD = Math.PI / 180;

/**
 * Great-circle distance in km on a sphere of the mean Earth radius: the haversine h of the central angle θ and its
 * complement 1 − h, each written as a sum of squares so neither is a difference of nearly equal numbers, then
 * θ = 2·atan2(√h, √(1 − h)). The textbook 1 − h (or asin √h) loses half its digits next to the antipode, where
 * h is close to 1; this form keeps full precision from a millimetre to half the globe.
 */
export function greatCircleKm(a: GeoPoint, b: GeoPoint): number {
  const halfDLat = ((b.lat - a.lat) * RAD) / 2;
  const halfDLon = ((b.lon - a.lon) * RAD) / 2;
  const halfSumLat = ((b.lat + a.lat) * RAD) / 2;
  const [sinDLat, cosDLat, sinDLon, cosDLon] = [Math.sin(halfDLat), Math.cos(halfDLat), Math.sin(halfDLon), Math.cos(halfDLon)];
  const [sinSum, cosSum] = [Math.sin(halfSumLat), Math.cos(halfSumLat)];
  // h = sin²(Δφ/2)·cos²(Δλ/2) + sin²(Δλ/2)·cos²(Σφ/2), which equals sin²(Δφ/2) + cos φ1·cos φ2·sin²(Δλ/2).
  const h = (sinDLat * cosDLon) ** 2 + (sinDLon * cosSum) ** 2;
  const complement = (cosDLat * cosDLon) ** 2 + (sinDLon * sinSum) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(complement));
}

/** The councils of a source, in feed order. */
export function councilList(councils: CouncilSource): Council[] {
  return isMap(councils) ? [...councils.values()] : [...councils];
}

/** The councils of a source by id. */
export function councilMap(councils: CouncilSource): ReadonlyMap<string, Council> {
  return isMap(councils) ? councils : new Map([...councils].map((council) => [council.id, council]));
}

function isMap(councils: CouncilSource): councils is ReadonlyMap<string, Council> {
  return typeof (councils as Partial<ReadonlyMap<string, Council>>).get === 'function';
}

/** A radius a visitor or a page can mean: a number of km, not negative (Infinity means everywhere). */
const usableRadius = (radiusKm: number) => !Number.isNaN(radiusKm) && radiusKm >= 0;

/**
 * The projects whose council lies within `radiusKm` of `home` (the radius included), nearest first, then in feed
 * order. Projects whose council is not in `councils` are left out.
 */
export function nearbyProjects(projects: readonly Project[], councils: CouncilSource, home: GeoPoint, radiusKm: number): NearbyProject[] {
  if (!usableRadius(radiusKm)) return [];
  const byId = councilMap(councils);
  // Many projects share a council: each council's distance is worked out once.
  const kmOf = new Map<string, number>();
  const found: NearbyProject[] = [];
  for (const project of projects) {
    const council = byId.get(project.council);
    if (!council) continue;
    let km = kmOf.get(council.id);
    if (km === undefined) kmOf.set(council.id, (km = greatCircleKm(home, council.location)));
    if (km <= radiusKm) found.push({ project, council, km });
  }
  return found.sort((a, b) => a.km - b.km || a.project.index - b.project.index);
}

/** The councils within `radiusKm` of `home` (the radius included), nearest first, then in feed order. */
export function nearbyCouncils(councils: CouncilSource, home: GeoPoint, radiusKm: number): NearbyCouncil[] {
  if (!usableRadius(radiusKm)) return [];
  // Array.prototype.sort is stable, so councils at the same distance keep their feed order.
  return councilList(councils)
    .map((council) => ({ council, km: greatCircleKm(home, council.location) }))
    .filter((near) => near.km <= radiusKm)
    .sort((a, b) => a.km - b.km);
}

const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string | undefined, unit: 'kilometer' | 'meter', maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${unit}|${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale ? intlLocales(locale) : undefined, { style: 'unit', unit, maximumFractionDigits });
    } catch {
      // A malformed language tag from the page should not break the list: the browser's own language instead.
      format = new Intl.NumberFormat(undefined, { style: 'unit', unit, maximumFractionDigits });
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A distance as a person reads it, in `locale`: metres under 1 km ("850 m"), one decimal under 10 km ("8.4 km",
 * Catalan "8,4 km"), whole km from 10 km ("12 km"). A distance that is not a finite number gives "".
 */
export function formatDistance(km: number, locale?: string): string {
  if (!Number.isFinite(km)) return '';
  const distance = Math.max(0, km);
  // Rounded first, so 999.6 m reads "1 km" and 9.96 km reads "10 km", never "1,000 m" or "10.0 km".
  const metres = Math.round(distance * 1000);
  if (metres < 1000) return unitFormat(locale, 'meter', 0).format(metres);
  const tenths = Math.round(distance * 10) / 10;
  return tenths < 10 ? unitFormat(locale, 'kilometer', 1).format(tenths) : unitFormat(locale, 'kilometer', 0).format(distance);
}
