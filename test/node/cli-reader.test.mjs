// The validator must run the very reader the browser runs (built into dist/node/validate.js), not only the
// schema: checks such as duplicate ids and dangling council references exist only there.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { repoFile, runCli } from './helpers.mjs';

test('validate runs the browser reader as well as the schema', async () => {
  assert.ok(existsSync(repoFile('dist/node/validate.js')), 'dist/node/validate.js is missing: run npm run build first');
  const { code, stdout, stderr } = await runCli('validate', 'test/fixtures/feed-small.json');
  assert.equal(code, 1);
  assert.doesNotMatch(stderr, /only the schema was checked/);
  assert.match(stdout, /\$\.items\[4\]\.id .*duplicate item id "girona-chatbot".*\[item girona-chatbot\]/);
  assert.match(stdout, /\$\.items\[3\]\._digicanvis\.council .*"es-ine:99999" is not in _digicanvis\.councils/);
});
