import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { problemsFromSchema } from '../../bin/digicanvis.mjs';
import { generateFeed } from '../../tools/example-feed/generate.mjs';
import { INVALID_FIXTURES, readJson, repoFile, validateDigiCanvis, validateJsonFeed } from './helpers.mjs';

describe('schema/digicanvis-feed.schema.json', () => {
  it('compiles under ajv strict mode as draft 2020-12', () => {
    const schema = readJson('schema/digicanvis-feed.schema.json');
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
    addFormats(ajv);
    assert.equal(typeof ajv.compile(schema), 'function');
  });

  it('accepts demo/feed.json', () => {
    assert.ok(validateDigiCanvis(readJson('demo/feed.json')), JSON.stringify(validateDigiCanvis.errors?.slice(0, 3)));
  });

  it('has an expectation for every invalid fixture on disk', () => {
    const onDisk = readdirSync(repoFile('test/fixtures')).filter((name) => /^invalid-.*\.json$/.test(name));
    assert.deepEqual(onDisk.sort(), Object.keys(INVALID_FIXTURES).sort());
  });

  for (const [fixture, path] of Object.entries(INVALID_FIXTURES)) {
    it(`rejects ${fixture} at ${path}`, () => {
      const json = readJson(`test/fixtures/${fixture}`);
      assert.equal(validateDigiCanvis(json), false);
      const paths = problemsFromSchema(validateDigiCanvis.errors, json).map((problem) => problem.path);
      assert.ok(paths.includes(path), `reported at ${paths.join(', ')}`);
    });
  }

  it('accepts keys it does not know, at every level (forward compatibility)', () => {
    const json = readJson('demo/feed.json');
    json._future = { anything: true };
    json._digicanvis.newFeedKey = 1;
    json._digicanvis.councils[0].newCouncilKey = 'x';
    json.items[0]._digicanvis.newItemKey = [1, 2];
    json.items[0]._digicanvis.contacts[0].newContactKey = {};
    assert.ok(validateDigiCanvis(json), JSON.stringify(validateDigiCanvis.errors?.slice(0, 3)));
  });

  it('requires the item fields the contract requires', () => {
    const json = readJson('demo/feed.json');
    for (const key of ['council', 'areas', 'kind', 'phase']) delete json.items[0]._digicanvis[key];
    json.items[0]._digicanvis.partners = ['not a council id'];
    assert.equal(validateDigiCanvis(json), false);
    const problems = problemsFromSchema(validateDigiCanvis.errors, json);
    assert.deepEqual(
      problems.map((problem) => problem.path).sort(),
      ['council', 'areas', 'kind', 'phase', 'partners[0]'].map((key) => `$.items[0]._digicanvis.${key}`).sort(),
    );
    assert.ok(problems.every((problem) => problem.itemId === json.items[0].id));
  });
});

describe('JSON Feed 1.1 compatibility', () => {
  it('demo/feed.json passes the JSON Feed 1.1 schema', () => {
    assert.ok(validateJsonFeed(readJson('demo/feed.json')), JSON.stringify(validateJsonFeed.errors?.slice(0, 3)));
  });

  it('every page of a generated feed passes the JSON Feed 1.1 schema', () => {
    for (const page of generateFeed({ count: 400, seed: 11, pageSize: 150 })) {
      assert.ok(validateJsonFeed(page), JSON.stringify(validateJsonFeed.errors?.slice(0, 3)));
    }
  });

  it('the valid parts of the invalid fixtures are still JSON Feeds, so only the DigiCanvis rules reject them', () => {
    for (const fixture of ['invalid-bad-phase.json', 'invalid-version-2.json', 'invalid-no-digicanvis.json']) {
      assert.ok(validateJsonFeed(readJson(`test/fixtures/${fixture}`)), fixture);
    }
  });
});
