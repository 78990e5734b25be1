#!/usr/bin/env node
/**
 * `node tools/example-feed/csv.mjs` (after `npm run build`): rewrites examples/csv/ — a few projects, their councils
 * and some FAQ entries of demo/feed.json as the spreadsheets `digicanvis from-csv` reads (docs/csv.md). Converting
 * them back gives those same projects, councils and entries; test/node/from-csv.test.mjs holds them to that.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { writeCsv, COUNCIL_COLUMNS, PROJECT_COLUMNS, FAQ_COLUMNS } = await import(new URL('dist/node/from-csv.js', `file://${root}`).href);

/** Chosen to show every kind of column: savings, partners, visits, a forum thread, HTML, partial translations… */
export const PROJECT_IDS = [
  'girona-pressupostos-participatius',
  'breda-llicencies-automatitzades',
  'reus-portal-transparencia',
  'tarragona-oficina-transformacio',
  'narva-cita-previa',
  'diputacio-girona-teleassistencia',
  'saldes-soledat-no-volguda',
];
export const FAQ_IDS = ['volant-empadronament', 'ajuts-socials', 'horaris-oac', 'observatori-afegir-projecte'];
const LANGUAGES = ['es', 'en'];

const list = (values) => (values ?? []).join(' | ');
const cell = (value) => (value === undefined ? '' : Array.isArray(value) ? list(value) : String(value));

/** The header (plain columns, as many numbered groups as the rows need, translations) and one row per object. */
function table(columns, objects, valueOf) {
  const groupCounts = Object.fromEntries(Object.keys(columns.groups).map((group) => [group, Math.max(0, ...objects.map((o) => valueOf(o, group).length))]));
  const header = [
    ...columns.plain,
    ...Object.entries(columns.groups).flatMap(([group, fields]) =>
      Array.from({ length: groupCounts[group] }, (_, i) => fields.map((field) => `${group}${i + 1}_${field}`)).flat(),
    ),
    ...LANGUAGES.flatMap((lang) => Object.keys(columns.translatable).map((field) => `${field}@${lang}`)),
  ];
  const rows = objects.map((o) =>
    header.map((column) => {
      const group = /^([a-z]+)(\d+)_([a-z_]+)$/.exec(column);
      if (group && columns.groups[group[1]]) return cell(valueOf(o, group[1])[Number(group[2]) - 1]?.[group[3]]);
      return cell(valueOf(o, column));
    }),
  );
  return writeCsv([header, ...rows]);
}

export function exampleCsv() {
  const feed = JSON.parse(readFileSync(`${root}demo/feed.json`, 'utf8'));
  const items = PROJECT_IDS.map((id) => feed.items.find((item) => item.id === id));
  const councilIds = new Set(items.flatMap((item) => [item._digicanvis.council, ...(item._digicanvis.partners ?? [])]));
  const councils = feed._digicanvis.councils.filter((council) => councilIds.has(council.id));
  const faq = FAQ_IDS.map((id) => feed._digicanvis.faq.find((entry) => entry.id === id));

  const translated = (i18n, column) => {
    const [field, lang] = column.split('@');
    return lang ? i18n?.[lang]?.[field] : undefined;
  };
  const groups = { contact: (item) => item._digicanvis.contacts, attachment: (item) => item.attachments, author: (item) => item.authors };
  return {
    'councils.csv': table(COUNCIL_COLUMNS, councils, (council, column) => (column === 'lat' || column === 'lon' ? council.location[column] : council[column])),
    'projects.csv': table(PROJECT_COLUMNS, items, (item, column) => {
      if (groups[column]) return groups[column](item) ?? [];
      const dc = item._digicanvis;
      if (column.includes('@')) return translated(dc.i18n, column);
      if (column.startsWith('savings_')) return dc.savings?.[column.slice('savings_'.length)];
      if (column === 'visits') return dc.visits === undefined ? undefined : dc.visits ? 'yes' : 'no';
      return column in item ? item[column] : dc[column];
    }),
    'faq.csv': table(FAQ_COLUMNS, faq, (entry, column) => {
      if (column === 'link') return entry.links ?? [];
      return column.includes('@') ? translated(entry.i18n, column) : entry[column];
    }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(`${root}examples/csv`, { recursive: true });
  for (const [name, text] of Object.entries(exampleCsv())) writeFileSync(`${root}examples/csv/${name}`, text);
  console.error('wrote examples/csv/councils.csv, projects.csv and faq.csv');
}
