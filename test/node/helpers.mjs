// Shared by the Node-side tests: the repo's files, the two schemas compiled once, and a way to
// run the command line and keep its output and exit status.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const repoFile = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
export const readJson = (path) => JSON.parse(readFileSync(repoFile(path), 'utf8'));

function compile(AjvClass, schemaPath, options = {}) {
  const ajv = new AjvClass({ allErrors: true, ...options });
  addFormats(ajv);
  return ajv.compile(readJson(schemaPath));
}

export const validateDigiCanvis = compile(Ajv2020, 'schema/digicanvis-feed.schema.json');
// The upstream JSON Feed schema uses keywords ajv's strict mode would reject; it is not ours to fix.
export const validateJsonFeed = compile(Ajv, 'test/fixtures/external/jsonfeed-1.1.schema.json', { strict: false });

/** Runs bin/digicanvis.mjs; resolves with its exit status and output, whatever the status. */
export function runCli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [repoFile('bin/digicanvis.mjs'), ...args], { cwd: repoFile('.'), timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** Each invalid fixture and the JSON path of the mistake it carries. */
export const INVALID_FIXTURES = {
  'invalid-missing-title.json': '$.title',
  'invalid-bad-phase.json': '$.items[0]._digicanvis.phase',
  'invalid-lat-out-of-range.json': '$._digicanvis.councils[0].location.lat',
  'invalid-version-2.json': '$._digicanvis.version',
  'invalid-bad-area.json': '$.items[0]._digicanvis.areas[0]',
  'invalid-no-digicanvis.json': '$._digicanvis',
  'invalid-council-id.json': '$._digicanvis.councils[0].id',
  'invalid-savings-currency.json': '$.items[0]._digicanvis.savings.currency',
  'invalid-attachment-mime-type.json': '$.items[0].attachments[0].mime_type',
  'invalid-no-content.json': '$.items[0]',
  'invalid-started-date.json': '$.items[0]._digicanvis.started',
  'invalid-country.json': '$._digicanvis.councils[0].country',
};
