import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { checkFeed, main, mergeProblems, pointerToPath } from '../../bin/digicanvis.mjs';
import { INVALID_FIXTURES, readJson, repoFile, runCli } from './helpers.mjs';

describe('digicanvis validate <file>', () => {
  for (const [fixture, path] of Object.entries(INVALID_FIXTURES)) {
    it(`prints ${path} for ${fixture} and exits 1`, async () => {
      const { code, stdout } = await runCli('validate', `test/fixtures/${fixture}`);
      assert.equal(code, 1, stdout);
      assert.ok(stdout.split('\n').some((line) => line.startsWith(`${path}  `)), stdout);
      assert.match(stdout, new RegExp(`^${fixture.replace(/\./g, '\\.')}: \\d+ errors?`, 'm'));
    });
  }

  it('names the item a problem belongs to', async () => {
    const { stdout } = await runCli('validate', 'test/fixtures/invalid-bad-phase.json');
    assert.match(stdout, /^\$\.items\[0\]\._digicanvis\.phase {2}.*\[item barcelona-assistent-virtual\]$/m);
  });

  it('refuses a higher major version with a message that says so', async () => {
    const { stdout } = await runCli('validate', 'test/fixtures/invalid-version-2.json');
    assert.match(stdout, /^\$\._digicanvis\.version {2}.*version 2.*version 1/m);
  });

  for (const fixture of ['jsonfeed-1.1-simple.json', 'jsonfeed-1.1-podcast.json']) {
    it(`says clearly that the plain JSON Feed ${fixture} is not a DigiCanvis feed`, async () => {
      const { code, stdout, stderr } = await runCli('validate', `test/fixtures/external/${fixture}`);
      assert.equal(code, 1);
      assert.equal(stderr.includes('Error'), false, stderr);
      assert.match(stdout, /^\$\._digicanvis {2}a JSON Feed, but not a DigiCanvis feed \(no _digicanvis object\)$/m);
    });
  }

  it('says that a JSON document of another kind is not a JSON Feed', async () => {
    const { code, stdout } = await runCli('validate', 'test/fixtures/external/discourse-topic.json');
    assert.equal(code, 1);
    assert.match(stdout, /not a JSON Feed/);
  });

  it('exits 2 with a clear message when the file does not exist', async () => {
    const { code, stdout, stderr } = await runCli('validate', 'test/fixtures/no-such-feed.json');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /no-such-feed\.json: cannot read the file \(no such file\)/);
  });
});

describe('digicanvis validate <URL>', () => {
  const feedText = JSON.stringify(readJson('demo/feed.json'));
  let server;
  let base;
  before(async () => {
    server = createServer((request, response) => {
      const routes = {
        '/feed.json': [200, 'application/feed+json', feedText],
        '/page.html': [200, 'text/html; charset=utf-8', '<!doctype html><title>Ajuntament</title><p>Benvinguts</p>'],
        '/broken.json': [200, 'application/json', '{"version": "https://jsonfeed.org/version/1.1", "items": ['],
      };
      if (request.url === '/slow.json') return; // never answers: the client's timeout must end it
      const [status, type, body] = routes[request.url] ?? [404, 'text/plain', 'Not Found'];
      response.writeHead(status, { 'content-type': type }).end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('validates a feed served over HTTP and exits 0', async () => {
    const { code, stdout } = await runCli('validate', `${base}/feed.json`);
    assert.equal(code, 0, stdout);
    assert.match(stdout, new RegExp(`^${base.replace(/\./g, '\\.')}/feed\\.json: valid — \\d+ projects`, 'm'));
  });

  it('exits 2 and names the HTTP status on a 404', async () => {
    const { code, stderr } = await runCli('validate', `${base}/missing.json`);
    assert.equal(code, 2);
    assert.match(stderr, /missing\.json: the server answered HTTP 404/);
  });

  it('says that an HTML page is not a JSON feed, and exits 1', async () => {
    const { code, stdout } = await runCli('validate', `${base}/page.html`);
    assert.equal(code, 1);
    assert.match(stdout, /sent an HTML page .*not a JSON feed/);
  });

  it('says that broken JSON is not valid JSON, and exits 1', async () => {
    const { code, stdout } = await runCli('validate', `${base}/broken.json`);
    assert.equal(code, 1);
    assert.match(stdout, /broken\.json: not valid JSON/);
  });

  it('gives up after --timeout seconds and exits 2', async () => {
    const { code, stderr } = await runCli('validate', '--timeout', '0.5', `${base}/slow.json`);
    assert.equal(code, 2);
    assert.match(stderr, /slow\.json: no answer within 0\.5 s/);
  });
});

describe('digicanvis command line', () => {
  it('prints help listing the validate command, with exit status 0', async () => {
    const { code, stdout } = await runCli('--help');
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: digicanvis <command>/m);
    assert.match(stdout, /^ {2}validate /m);
    const validateHelp = await runCli('validate', '--help');
    assert.match(validateHelp.stdout, /Exit status: 0 valid/);
  });

  it('exits 2 on a missing command, an unknown command or option, or a missing file argument', async () => {
    for (const args of [[], ['frobnicate'], ['validate'], ['validate', '--verbose', 'demo/feed.json']]) {
      const { code, stderr } = await runCli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^digicanvis: /, args.join(' '));
    }
  });

  it('can be driven in-process, resolving to the exit status', async () => {
    const lines = [];
    const code = await main(['validate', repoFile('test/fixtures/invalid-country.json')], { out: (line) => lines.push(line), err: () => {} });
    assert.equal(code, 1);
    assert.ok(lines.some((line) => line.startsWith('$._digicanvis.councils[0].country  ')));
  });
});

describe('problem paths and merging', () => {
  it('turns JSON Pointers into $-paths', () => {
    assert.equal(pointerToPath(''), '$');
    assert.equal(pointerToPath('/items/3/_digicanvis/phase'), '$.items[3]._digicanvis.phase');
    assert.equal(pointerToPath('/items/0/_digicanvis/i18n/pt-BR/title'), '$.items[0]._digicanvis.i18n["pt-BR"].title');
    assert.equal(pointerToPath('/a~1b/c~0d'), '$["a/b"]["c~d"]');
  });

  it('reports the same path and message once, in path order with numeric indexes', () => {
    const problem = (path, message) => ({ path, message, severity: 'error' });
    const merged = mergeProblems(
      [problem('$.items[10].title', 'x'), problem('$.items[2].title', 'y')],
      [problem('$.items[2].title', 'y'), problem('$.title', 'z')],
    );
    assert.deepEqual(
      merged.map((p) => `${p.path} ${p.message}`),
      ['$.items[2].title y', '$.items[10].title x', '$.title z'],
    );
  });

  it('adds the reader’s problems, and lets its wording win where both flag the same path', () => {
    const json = readJson('test/fixtures/invalid-bad-phase.json');
    const problems = checkFeed(json, {
      semanticCheck: () => [
        { path: '$.items[0]._digicanvis.phase', message: 'reader wording', itemId: 'barcelona-assistent-virtual', severity: 'error' },
        { path: '$.items[0].id', message: 'duplicate item id', severity: 'warning' },
      ],
    });
    assert.deepEqual(
      problems.map((p) => [p.path, p.message, p.severity]),
      [
        ['$.items[0]._digicanvis.phase', 'reader wording', 'error'],
        ['$.items[0].id', 'duplicate item id', 'warning'],
      ],
    );
  });

  it('reports a failure of the reader’s checks instead of crashing', () => {
    const problems = checkFeed(readJson('demo/feed.json'), {
      semanticCheck: () => {
        throw new Error('boom');
      },
    });
    assert.deepEqual(problems, [{ path: '$', message: "the reader's checks failed: boom", severity: 'error' }]);
  });

  it('finds no problem in the example feed with the schema alone', () => {
    assert.deepEqual(checkFeed(readJson('demo/feed.json')), []);
  });
});
