import type { Council } from '../feed/types.js';
import { intlLocales } from '../i18n/language.js';

/**
 * Spain's provinces by the first two digits of an INE municipality code, as ISO 3166-2 codes and
 * official names (the same in every language of the UI: they are the official names).
 */
const PROVINCES =
  'VI Araba/Álava|AB Albacete|A Alacant/Alicante|AL Almería|AV Ávila|BA Badajoz|PM Illes Balears|B Barcelona|BU Burgos|' +
  'CC Cáceres|CA Cádiz|CS Castelló/Castellón|CR Ciudad Real|CO Córdoba|C A Coruña|CU Cuenca|GI Girona|GR Granada|' +
  'GU Guadalajara|SS Gipuzkoa|H Huelva|HU Huesca|J Jaén|LE León|L Lleida|LO La Rioja|LU Lugo|M Madrid|MA Málaga|' +
  'MU Murcia|NA Navarra|OR Ourense|O Asturias|P Palencia|GC Las Palmas|PO Pontevedra|SA Salamanca|' +
  'TF Santa Cruz de Tenerife|S Cantabria|SG Segovia|SE Sevilla|SO Soria|T Tarragona|TE Teruel|TO Toledo|' +
  'V València/Valencia|VA Valladolid|BI Bizkaia|ZA Zamora|Z Zaragoza|CE Ceuta|ML Melilla';

const byInePrefix = new Map<string, { code: string; name: string }>();
const nameByCode = new Map<string, string>();
PROVINCES.split('|').forEach((entry, index) => {
  const space = entry.indexOf(' ');
  const code = `ES-${entry.slice(0, space)}`;
  const name = entry.slice(space + 1);
  byInePrefix.set(String(index + 1).padStart(2, '0'), { code, name });
  nameByCode.set(code, name);
});

/**
 * The region a council is counted in: its Spanish province (`ES-B`) when its id is an INE municipality
 * code (`es-ine:08019`), else its country (`FR`).
 */
export function regionOf(council: Council | undefined): string {
  if (!council) return '';
  const ine = /^es-ine:(\d{2})\d{3}$/i.exec(council.id);
  return (ine && byInePrefix.get(ine[1] as string)?.code) || council.country;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A region's name in `lang`: the province's official name, or the country's name (`Intl.DisplayNames`), in the
 * language that stands in for `lang` where the browser has no names in it (Basque and Galician as Spanish, Aranese as
 * Catalan: Chromium has none in them).
 */
export function regionName(code: string, lang: string): string {
  const province = nameByCode.get(code);
  if (province) return province;
  try {
    let names = displayNames.get(lang);
    if (!names) displayNames.set(lang, (names = new Intl.DisplayNames(intlLocales(lang), { type: 'region' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The country a region belongs to (`ES-B` → `ES`). */
export const regionCountry = (code: string): string => code.slice(0, 2);
