// The forum server against its contract (docs/forum-api.md), on both of its databases: embedded PostgreSQL
// (PGlite, in a temporary folder) and a PostgreSQL server (a throwaway Debian cluster on loopback). Real HTTP on a
// free port, real SQL: the same suite, the same assertions, for both.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { LOCK_FILE } from '../../server/data-folder.mjs';
import { addMember } from '../../server/forum.mjs';
import { SEED_THREADS } from '../../server/seed.mjs';
import { startForum } from '../../server/start.mjs';
import { repoFile, runCli } from './helpers.mjs';
import { postgresBin, startThrowawayPostgres } from './postgres.mjs';

const ALLOWED = 'https://www.ajuntament.example';

/** Where each run keeps its database; `open()` gives the options for startForum and the cleanup. */
const backends = [
  {
    name: 'embedded PostgreSQL (PGlite)',
    async open() {
      const dataDir = await mkdtemp(join(tmpdir(), 'digicanvis-forum-'));
      return { options: { dataDir }, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgreSQL server',
    /** The server of DATABASE_URL when set, else a throwaway cluster; a database of its own for this run. */
    async open() {
      const cluster = process.env.FORUM_TEST_DATABASE_URL ? undefined : await startThrowawayPostgres();
      const admin = process.env.FORUM_TEST_DATABASE_URL ?? cluster.url;
      const name = `forum_test_${randomUUID().replaceAll('-', '')}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
      const url = new URL(admin);
      url.pathname = `/${name}`;
      return {
        options: { databaseUrl: url.href },
        async cleanup() {
          const drop = new pg.Client({ connectionString: admin });
          await drop.connect();
          await drop.query(`drop database if exists ${name} with (force)`);
          await drop.end();
          await cluster?.stop();
        },
      };
    },
    // Without PostgreSQL's binaries (a developer's machine), this half is skipped and says why; CI installs them.
    skip: !process.env.FORUM_TEST_DATABASE_URL && !postgresBin() && !process.env.CI ? 'PostgreSQL is not installed (apt-get install -y postgresql)' : false,
  },
];

for (const backend of backends) {
  describe(`forum server on ${backend.name}`, { skip: backend.skip }, () => {
    let forum;
    let cleanup;
    let moderatorToken;
    let memberToken;
    const api = (path) => new URL(path.replace(/^\//, ''), forum.url).href;
    const get = async (path, headers = {}) => {
      const response = await fetch(api(path), { headers });
      return { response, body: await response.json() };
    };
    const post = async (path, body, { key = randomUUID(), headers = {} } = {}) => {
      const response = await fetch(api(path), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { response, body: await response.json() };
    };
    const asModerator = { Authorization: `Bearer ${moderatorTokenOf()}` };
    function moderatorTokenOf() {
      return moderatorToken;
    }
    /** Every post of a thread, all pages. */
    async function allPosts(threadId) {
      const posts = [];
      let next = null;
      do {
        const { body } = await get(`/threads/${threadId}?limit=2${next ? `&after=${next}` : ''}`);
        posts.push(...body.posts);
        next = body.next;
      } while (next);
      return posts;
    }

    before(async () => {
      const opened = await backend.open();
      cleanup = opened.cleanup;
      forum = await startForum({ ...opened.options, seed: true, origins: [ALLOWED], rate: { visitor: { burst: 1000, perMinute: 1000 }, member: { burst: 1000, perMinute: 1000 } } });
      moderatorToken = await addMember(forum.db, { name: 'Moderadora', council: 'digicanvis:consorci-aoc', role: 'moderator' });
      memberToken = await addMember(forum.db, { name: 'Jordi Ferré', council: 'es-ine:43039' });
      asModerator.Authorization = `Bearer ${moderatorToken}`;
    });

    after(async () => {
      await forum?.close();
      await cleanup?.();
    });

    test('serves its OpenAPI 3.1 document, naming every route it answers', async () => {
      const { response, body } = await get('/openapi.json');
      assert.equal(response.status, 200);
      assert.equal(body.openapi, '3.1.0');
      assert.deepEqual(Object.keys(body.paths).sort(), [
        '/moderation/posts/{postId}/approve',
        '/moderation/posts/{postId}/reject',
        '/moderation/queue',
        '/threads',
        '/threads/{threadId}',
        '/threads/{threadId}/posts',
      ]);
      for (const [path, operations] of Object.entries(body.paths)) {
        for (const operation of Object.values(operations)) {
          for (const [, response] of Object.entries(operation.responses)) {
            const schema = response.content?.['application/json']?.schema;
            for (const name of JSON.stringify(schema ?? {}).matchAll(/#\/components\/schemas\/(\w+)/g)) assert.ok(body.components.schemas[name[1]], `${path}: ${name[1]} is defined`);
          }
        }
      }
    });

    test('lists the seeded discussions newest activity first, by project, a page at a time', async () => {
      const { response, body } = await get('/threads');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /^application\/json; charset=utf-8/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      const times = body.threads.map((thread) => Date.parse(thread.last_post));
      assert.deepEqual(times, [...times].sort((a, b) => b - a), 'newest activity first');
      assert.equal(body.threads.length, SEED_THREADS.length);
      const rpa = body.threads.find((thread) => thread.id === 'rpa-factures-manteniment');
      assert.equal(rpa.posts, 2, 'the pending post is not counted');
      const { body: one } = await get('/threads?project=granollers-residus-sensors');
      assert.deepEqual(one.threads.map((thread) => thread.id), ['residus-sensors-ompliment']);
      const seen = [];
      let next = null;
      do {
        const { body: page } = await get(`/threads?limit=3${next ? `&after=${encodeURIComponent(next)}` : ''}`);
        assert.ok(page.threads.length <= 3);
        seen.push(...page.threads.map((thread) => thread.id));
        next = page.next;
      } while (next);
      assert.deepEqual(seen, body.threads.map((thread) => thread.id), 'pages add up to the whole list, in order');
      assert.equal((await get('/threads?after=nonsense')).response.status, 400);
      assert.equal((await get('/threads?limit=0')).response.status, 400);
    });

    test('reads a discussion oldest first, with what each post answers, and 404 for one that does not exist', async () => {
      const { body } = await get('/threads/capafonts-assistent-virtual');
      assert.deepEqual(body.thread, { id: 'capafonts-assistent-virtual', title: 'Assistent virtual en un municipi petit: val la pena?', project: 'capafonts-assistent-virtual', closed: false });
      assert.deepEqual(body.posts.map((p) => p.id), ['capafonts-assistent-virtual-1', 'capafonts-assistent-virtual-2', 'capafonts-assistent-virtual-3', 'capafonts-assistent-virtual-4']);
      assert.deepEqual(body.posts[1].author, { name: 'Jordi Ferré', council: 'es-ine:43039' });
      assert.equal(body.posts[1].reply_to, 'capafonts-assistent-virtual-1');
      assert.equal(body.posts[0].created, '2026-10-06T08:42:00.000Z');
      assert.equal(body.next, null);
      assert.deepEqual((await allPosts('capafonts-assistent-virtual')).map((p) => p.id), body.posts.map((p) => p.id), 'paged two at a time');
      const missing = await get('/threads/no-such-thread');
      assert.equal(missing.response.status, 404);
      assert.ok(missing.body.errors.thread);
      const rpa = await allPosts('rpa-factures-manteniment');
      assert.ok(!rpa.some((p) => p.id === 'rpa-factures-manteniment-3'), 'a pending post is not shown');
    });

    test('a visitor’s post waits for a moderator; approved, it shows; rejected, it never does', async () => {
      const sent = await post('/threads/plens-accessibles-subtitols/posts', { text: 'I quant costa el servei de subtitulació?', author_name: 'Rosa Pons' });
      assert.equal(sent.response.status, 201);
      assert.equal(sent.body.status, 'pending');
      assert.equal(sent.body.post.text, 'I quant costa el servei de subtitulació?');
      assert.deepEqual(sent.body.post.author, { name: 'Rosa Pons', council: null });
      assert.ok(!(await allPosts('plens-accessibles-subtitols')).some((p) => p.id === sent.body.post.id));

      assert.equal((await get('/moderation/queue')).response.status, 401);
      assert.equal((await get('/moderation/queue', { Authorization: `Bearer ${memberToken}` })).response.status, 403);
      const { body: queue } = await get('/moderation/queue', asModerator);
      const queued = queue.posts.find((p) => p.id === sent.body.post.id);
      assert.equal(queued.thread.id, 'plens-accessibles-subtitols');

      const approved = await post(`/moderation/posts/${sent.body.post.id}/approve`, {}, { headers: asModerator });
      assert.equal(approved.response.status, 200);
      assert.equal(approved.body.status, 'published');
      const posts = await allPosts('plens-accessibles-subtitols');
      assert.equal(posts.at(-1).id, sent.body.post.id, 'shown last: oldest first');
      const { body: list } = await get('/threads?project=santa-coloma-de-gramenet-plens-accessibles');
      assert.equal(list.threads[0].posts, 5);
      assert.equal((await post(`/moderation/posts/${sent.body.post.id}/reject`, {}, { headers: asModerator })).response.status, 409, 'decided once');

      const spam = await post('/threads/plens-accessibles-subtitols/posts', { text: 'Compra seguidors barats!', author_name: 'x' });
      assert.equal((await post(`/moderation/posts/${spam.body.post.id}/reject`, {}, { headers: asModerator })).body.status, 'rejected');
      assert.ok(!(await allPosts('plens-accessibles-subtitols')).some((p) => p.id === spam.body.post.id));
      assert.ok(!(await get('/moderation/queue', asModerator)).body.posts.some((p) => p.id === spam.body.post.id));
    });

    test('a verified member’s post is published at once, under the member’s name and council', async () => {
      const sent = await post('/threads/capafonts-assistent-virtual/posts', { text: 'Ara també tenim la versió en castellà.', author_name: 'Algú altre', reply_to: 'capafonts-assistent-virtual-3' }, { headers: { Authorization: `Bearer ${memberToken}` } });
      assert.equal(sent.response.status, 201);
      assert.equal(sent.body.status, 'published');
      assert.deepEqual(sent.body.post.author, { name: 'Jordi Ferré', council: 'es-ine:43039' });
      assert.equal(sent.body.post.reply_to, 'capafonts-assistent-virtual-3');
      assert.equal((await allPosts('capafonts-assistent-virtual')).at(-1).id, sent.body.post.id);
      const bad = await post('/threads/capafonts-assistent-virtual/posts', { text: 'x' }, { headers: { Authorization: 'Bearer not-a-token' } });
      assert.equal(bad.response.status, 401);
    });

    test('the same Idempotency-Key creates one post, however often and however concurrently it is sent', async () => {
      const key = randomUUID();
      const body = { text: 'Enviat tres vegades, publicat una.', author_name: 'Pere' };
      const member = { Authorization: `Bearer ${memberToken}` };
      const first = await post('/threads/benvinguda/posts', body, { key, headers: member });
      const again = await post('/threads/benvinguda/posts', body, { key, headers: member });
      assert.equal(again.response.status, 201);
      assert.equal(again.response.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(again.body, first.body);
      // The contract has one answer for a key already used: the first. The same post sent as other JSON (key order,
      // `reply_to: null` for none), or sent again after signing out, or even another text, creates nothing.
      const reordered = await post('/threads/benvinguda/posts', `{"author_name":"Pere","reply_to":null,"text":"${body.text}"}`, { key, headers: member });
      assert.equal(reordered.response.status, 201);
      assert.equal(reordered.response.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(reordered.body, first.body, 'the same post, in other JSON, gets the first answer');
      for (const [other, headers] of [[{ ...body, text: 'Un altre text' }, member], [body, {}]]) {
        const answer = await post('/threads/benvinguda/posts', other, { key, headers });
        assert.equal(answer.response.status, 201, 'no 422: the first answer');
        assert.deepEqual(answer.body, first.body);
      }
      assert.equal((await allPosts('benvinguda')).filter((p) => p.text === 'Un altre text').length, 0, 'nothing created');

      // A draft's key lives on the visitor's device with no end date: a year later it still gets the first answer.
      await forum.db.query("update idempotent_answers set created = now() - interval '400 days' where key like $1", [`% ${key}`]);
      const late = await post('/threads/benvinguda/posts', body, { key, headers: member });
      assert.equal(late.response.status, 201);
      assert.equal(late.response.headers.get('idempotent-replayed'), 'true', 'a late retry is answered, not posted again');
      assert.deepEqual(late.body, first.body);
      assert.equal((await allPosts('benvinguda')).filter((p) => p.text === body.text).length, 1);
      // Kept as long as its post: a post taken out of the database takes its answer with it.
      const gone = await post('/threads/benvinguda/posts', { text: 'Esborrat per l’administració', author_name: 'Pere' }, { headers: member });
      await forum.db.query('delete from posts where id = $1', [gone.body.post.id]);
      const { rows: left } = await forum.db.query('select count(*)::int as n from idempotent_answers where post_id = $1', [gone.body.post.id]);
      assert.equal(left[0].n, 0);

      const racing = randomUUID();
      const answers = await Promise.all(Array.from({ length: 6 }, () => post('/threads/benvinguda/posts', { text: 'En cursa', author_name: 'Pere' }, { key: racing, headers: member })));
      assert.deepEqual(new Set(answers.map((answer) => answer.response.status)), new Set([201]));
      assert.equal(new Set(answers.map((answer) => answer.body.post.id)).size, 1);
      const posts = await allPosts('benvinguda');
      assert.equal(posts.filter((p) => p.text === 'Enviat tres vegades, publicat una.').length, 1);
      assert.equal(posts.filter((p) => p.text === 'En cursa').length, 1);
      assert.equal((await post('/threads/benvinguda/posts', body, { key: null })).response.status, 400, 'a post needs a key');
    });

    test('bad input is refused field by field, and nothing is stored', async () => {
      const empty = await post('/threads/benvinguda/posts', { text: '   ', author_name: '' });
      assert.equal(empty.response.status, 400);
      assert.deepEqual(Object.keys(empty.body.errors).sort(), ['author_name', 'text']);
      const long = await post('/threads/benvinguda/posts', { text: 'a'.repeat(100_001), author_name: 'Pere' });
      assert.equal(long.response.status, 400);
      assert.match(long.body.errors.text, /100,000/);
      const reply = await post('/threads/benvinguda/posts', { text: 'Resposta', author_name: 'Pere', reply_to: 'capafonts-assistent-virtual-1' });
      assert.equal(reply.response.status, 400);
      assert.ok(reply.body.errors.reply_to);
      assert.equal((await post('/threads/benvinguda/posts', '{"text": ')).response.status, 400);
      const notJson = await fetch(api('/threads/benvinguda/posts'), { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': randomUUID() }, body: 'hola' });
      assert.equal(notJson.status, 415);
      const huge = await post('/threads/benvinguda/posts', { text: 'é'.repeat(300_000), author_name: 'Pere' });
      assert.equal(huge.response.status, 413);
      assert.equal((await post('/threads/no-such-thread/posts', { text: 'Hola', author_name: 'Pere' })).response.status, 404);
      const sneaky = await post('/threads/benvinguda/posts', { title: 1, text: '', author_name: '' });
      assert.equal(sneaky.response.status, 400, 'a title in a post does not skip its checks');
      assert.equal((await get('/threads/%E0')).response.status, 400, 'a badly encoded address');
      const title = await post('/threads', { title: 'Hi', text: 'Hola', author_name: 'Pere' });
      assert.equal(title.response.status, 400);
      assert.ok(title.body.errors.title);
      const { body: queue } = await get('/moderation/queue', asModerator);
      assert.ok(!queue.posts.some((p) => p.author.name === 'Pere'), 'none of them reached the queue');
    });

    test('a filled honeypot is answered as pending and discarded', async () => {
      const bot = await post('/threads/benvinguda/posts', { text: 'Visit my site', author_name: 'Bot', website: 'https://spam.example' });
      assert.equal(bot.response.status, 201);
      assert.equal(bot.body.status, 'pending');
      const { body: queue } = await get('/moderation/queue', asModerator);
      assert.ok(!queue.posts.some((p) => p.id === bot.body.post.id || p.text === 'Visit my site'));
      const { rows } = await forum.db.query('select count(*)::int as n from posts where text = $1', ['Visit my site']);
      assert.equal(rows[0].n, 0, 'not stored');
      // Checked first: no validation, no key, no thread, no token tells a robot what a person would not be told.
      for (const [path, body, options] of [
        ['/threads/benvinguda/posts', '{"text":"","author_name":"bot","website":"spam"}', {}],
        ['/threads/benvinguda/posts', { text: 'Sense clau', website: 'x' }, { key: null }],
        ['/threads/no-such-thread/posts', { text: 'Enlloc', author_name: 'Bot', website: 'x' }, {}],
        ['/threads/benvinguda/posts', { text: 'Amb testimoni fals', author_name: 'Bot', website: 'x' }, { headers: { Authorization: 'Bearer not-a-token' } }],
      ]) {
        const answer = await post(path, body, options);
        assert.equal(answer.response.status, 201, JSON.stringify(body));
        assert.equal(answer.body.status, 'pending');
        assert.ok(answer.body.post.id);
      }
      const thread = await post('/threads', { title: '', text: '', website: 'https://spam.example' });
      assert.equal(thread.response.status, 201);
      assert.equal(thread.body.status, 'pending');
      assert.equal(thread.body.thread.closed, false);
      assert.equal((await get(`/threads/${thread.body.thread.id}`)).response.status, 404, 'no discussion was made');
      const { rows: answers } = await forum.db.query("select count(*)::int as n from idempotent_answers where body->>'status' = 'pending' and body->'post'->>'id' = $1", [bot.body.post.id]);
      assert.equal(answers[0].n, 0, 'nor an answer kept for its key');
    });

    test('hostile text is stored and served as the characters it is', async () => {
      const texts = ['<script>alert(1)</script><img src=x onerror=alert(2)>', 'Nom \u202Etxt.exe\u202C normal', '"; drop table posts; --', 'x'.repeat(100_000), 'Emoji 👩‍👩‍👧 i àccents'];
      const member = { Authorization: `Bearer ${memberToken}` };
      for (const text of texts) {
        const sent = await post('/threads/benvinguda/posts', { text }, { headers: member });
        assert.equal(sent.response.status, 201);
        assert.equal(sent.body.post.text, text);
      }
      const stored = (await allPosts('benvinguda')).map((p) => p.text);
      for (const text of texts) assert.ok(stored.includes(text), `stored as sent: ${text.slice(0, 30)}`);
      const raw = await (await fetch(api('/threads/benvinguda?limit=100'))).text();
      assert.ok(!raw.includes('<script>') || raw.includes('"<script>alert(1)</script>'), 'only inside a JSON string');
    });

    test('a visitor starts a discussion: hidden until its first post is approved', async () => {
      const started = await post('/threads', { title: 'Qui fa servir cita prèvia per WhatsApp?', text: 'Ens interessa saber-ne l’experiència.', author_name: 'Rosa Pons', project: 'pineda-de-mar-cita-previa' });
      assert.equal(started.response.status, 201);
      assert.equal(started.body.status, 'pending');
      assert.equal(started.body.thread.project, 'pineda-de-mar-cita-previa');
      assert.equal((await get(`/threads/${started.body.thread.id}`)).response.status, 404);
      assert.equal((await get('/threads?project=pineda-de-mar-cita-previa')).body.threads.length, 0);
      await post(`/moderation/posts/${started.body.post.id}/approve`, {}, { headers: asModerator });
      const { body } = await get('/threads?project=pineda-de-mar-cita-previa');
      assert.deepEqual(body.threads.map((thread) => [thread.id, thread.posts]), [[started.body.thread.id, 1]]);
      const member = await post('/threads', { title: 'Una altra', text: 'Directament publicada', project: 'seva-avisos-proactius' }, { headers: { Authorization: `Bearer ${memberToken}` } });
      assert.equal(member.body.status, 'published');
      assert.equal((await get(`/threads/${member.body.thread.id}`)).response.status, 200);
    });

    test('a closed discussion takes no posts', async () => {
      await forum.db.query("update threads set closed = true where id = 'pressupostos-participatius-vot'");
      const { response, body } = await post('/threads/pressupostos-participatius-vot/posts', { text: 'Hola', author_name: 'Pere' });
      assert.equal(response.status, 403);
      assert.ok(body.errors.thread);
      assert.equal((await get('/threads/pressupostos-participatius-vot')).body.thread.closed, true);
    });

    test('only the listed origins may post from a browser; any page may read', async () => {
      const read = await get('/threads', { Origin: 'https://elsewhere.example' });
      assert.equal(read.response.headers.get('access-control-allow-origin'), '*');
      const preflight = (origin) =>
        fetch(api('/threads/benvinguda/posts'), { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' } });
      const ok = await preflight(ALLOWED);
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), ALLOWED);
      assert.match(ok.headers.get('access-control-allow-headers'), /Idempotency-Key/);
      // The preflight passes, so that the page can read why its post is then refused.
      assert.equal((await preflight('https://elsewhere.example')).status, 204);
      const refused = await post('/threads/benvinguda/posts', { text: 'Hola', author_name: 'Pere' }, { headers: { Origin: 'https://elsewhere.example' } });
      assert.equal(refused.response.status, 403);
      assert.ok(refused.body.errors.origin);
      assert.equal(refused.response.headers.get('access-control-allow-origin'), 'https://elsewhere.example');
      const { rows } = await forum.db.query("select count(*)::int as n from posts where text = 'Hola' and author_name = 'Pere'");
      assert.equal(rows[0].n, 0, 'nothing stored');
      const allowed = await post('/threads/benvinguda/posts', { text: 'Hola des del web municipal', author_name: 'Pere' }, { headers: { Origin: ALLOWED } });
      assert.equal(allowed.response.status, 201);
      assert.equal(allowed.response.headers.get('access-control-allow-origin'), ALLOWED);

    });

    test('a moderation page on another origin may send its token: every moderation route’s preflight allows Authorization', async () => {
      const moderationPage = 'https://moderacio.example';
      const preflight = (path, method) =>
        fetch(api(path), { method: 'OPTIONS', headers: { Origin: moderationPage, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization' } });
      const pending = await post('/threads/benvinguda/posts', { text: 'Per moderar des d’un altre lloc', author_name: 'Pere' });
      for (const [path, method] of [
        ['/moderation/queue', 'GET'],
        [`/moderation/posts/${pending.body.post.id}/approve`, 'POST'],
        [`/moderation/posts/${pending.body.post.id}/reject`, 'POST'],
      ]) {
        const answer = await preflight(path, method);
        assert.equal(answer.status, 204, path);
        assert.ok([moderationPage, '*'].includes(answer.headers.get('access-control-allow-origin')), path);
        assert.match(answer.headers.get('access-control-allow-methods'), new RegExp(`\\b${method}\\b`), path);
        // The CORS check: each requested header named in the answer (a `*` would not cover Authorization).
        assert.ok(answer.headers.get('access-control-allow-headers').split(/\s*,\s*/).map((name) => name.toLowerCase()).includes('authorization'), `${path}: Authorization allowed`);
      }
      const queue = await get('/moderation/queue', { ...asModerator, Origin: moderationPage });
      assert.equal(queue.response.status, 200);
      assert.equal(queue.response.headers.get('access-control-allow-origin'), '*');
      const approved = await post(`/moderation/posts/${pending.body.post.id}/approve`, {}, { headers: { ...asModerator, Origin: moderationPage } });
      assert.equal(approved.response.status, 200);
      assert.equal(approved.response.headers.get('access-control-allow-origin'), moderationPage);
    });
  });
}

describe('forum rate limits', () => {
  test('a client that posts too fast gets 429 with Retry-After, and its allowance comes back', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const forum = await startForum({ seed: true, now: () => clock, rate: { visitor: { burst: 2, perMinute: 2 }, member: { burst: 2, perMinute: 2 } } });
    try {
      const send = (key = randomUUID()) =>
        fetch(new URL('threads/benvinguda/posts', forum.url), { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify({ text: 'Hola', author_name: 'Pere' }) });
      const firstKey = randomUUID();
      assert.equal((await send(firstKey)).status, 201);
      assert.equal((await send()).status, 201);
      const limited = await send();
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('retry-after'), '30');
      assert.match((await limited.json()).errors.rate, /30 s/);
      assert.equal((await send(firstKey)).status, 201, 'a retry of a post already made is answered, not limited');
      const robot = await fetch(new URL('threads/benvinguda/posts', forum.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ text: 'Spam', author_name: 'Bot', website: 'https://spam.example' }),
      });
      assert.equal(robot.status, 201, 'a filled honeypot is answered as pending, even with the allowance spent');
      assert.equal((await robot.json()).status, 'pending');
      clock += 30_000;
      assert.equal((await send()).status, 201, 'one more after the wait');
      assert.equal((await send()).status, 429);
    } finally {
      await forum.close();
    }
  });
});

describe('forum rate limits behind a proxy', () => {
  test('count the address the proxy added, not what the client wrote before it, and an IPv6 client by its /64', async () => {
    const forum = await startForum({ seed: true, trustProxy: true, rate: { visitor: { burst: 1, perMinute: 1 }, member: { burst: 1, perMinute: 1 } } });
    try {
      const send = (forwarded) =>
        fetch(new URL('threads/benvinguda/posts', forum.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'X-Forwarded-For': forwarded },
          body: JSON.stringify({ text: 'Hola', author_name: 'Pere' }),
        });
      assert.equal((await send('1.1.1.1, 203.0.113.7')).status, 201);
      assert.equal((await send('2.2.2.2, 203.0.113.7')).status, 429, 'a made-up first address does not buy a new allowance');
      assert.equal((await send('2001:db8:1:2::1')).status, 201);
      assert.equal((await send('2001:db8:1:2:ffff::9')).status, 429, 'the same /64');
      assert.equal((await send('2001:db8:1:3::1')).status, 201, 'another /64');
    } finally {
      await forum.close();
    }
  });
});

describe('digicanvis forum (the command a council deploys)', () => {
  /** `digicanvis forum` on `dataDir`, as a council runs it: resolves once it says where it listens. */
  const start = async (dataDir, ...extra) => {
    const child = spawn(process.execPath, [repoFile('bin/digicanvis.mjs'), 'forum', '--port', '0', '--data', dataDir, ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const url = await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const found = /Forum API: (\S+)/.exec(output);
        if (found) resolve(found[1]);
      });
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    return { child, url, stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))) };
  };
  const queue = (url, token) => fetch(new URL('moderation/queue', url), { headers: { Authorization: `Bearer ${token}` } });

  test('serves a seeded forum on a data folder, stops on SIGTERM, and makes a moderator token that the next start honours', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'digicanvis-forum-cli-'));
    try {
      const first = await start(dataDir, '--seed', '--origin', ALLOWED);
      const { threads } = await (await fetch(new URL('threads', first.url))).json();
      assert.equal(threads.length, SEED_THREADS.length);
      assert.equal(await first.stop(), 0, 'exits 0 on SIGTERM');
      assert.equal(existsSync(join(dataDir, LOCK_FILE)), false, 'the folder is given back on exit');
      const made = await runCli('forum', 'token', '--name', 'Moderació', '--moderator', '--data', dataDir);
      assert.equal(made.code, 0, made.stderr);
      const token = made.stdout.trim();
      assert.match(token, /^[\w-]{32}$/);
      const second = await start(dataDir, '--seed', '--origin', ALLOWED);
      const answer = await queue(second.url, token);
      assert.equal(answer.status, 200);
      assert.equal((await answer.json()).posts.length, 1, 'the seeded pending post, seeded once');
      await second.stop();
      assert.equal((await runCli('forum', '--port', 'x')).code, 2);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('as the README goes: tokens made while the server runs work at once, and still after a restart; a second server is refused', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'digicanvis-forum-cli-'));
    try {
      const running = await start(dataDir, '--seed');
      const lock = join(dataDir, LOCK_FILE);
      assert.equal(readFileSync(lock, 'utf8').trim(), String(running.child.pid), 'the server holds the folder');
      if (process.platform !== 'win32') {
        assert.equal(statSync(join(dataDir, 'digicanvis-admin')).mode & 0o777, 0o700, 'only the server’s user can reach its token socket');
      }

      const member = await runCli('forum', 'token', '--name', 'Jordi Ferré', '--council', 'es-ine:43039', '--data', dataDir);
      assert.equal(member.code, 0, member.stderr);
      assert.match(member.stderr, /made by the forum server running on/);
      const moderator = await runCli('forum', 'token', '--name', 'Moderació', '--moderator', '--data', dataDir);
      assert.equal(moderator.code, 0, moderator.stderr);
      const [memberToken, moderatorToken] = [member.stdout.trim(), moderator.stdout.trim()];
      assert.match(memberToken, /^[\w-]{32}$/);

      // At once, on the running server.
      assert.equal((await queue(running.url, moderatorToken)).status, 200);
      const posted = await fetch(new URL('threads/benvinguda/posts', running.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), Authorization: `Bearer ${memberToken}` },
        body: JSON.stringify({ text: 'Bon dia des de Vilanova', author_name: 'Jordi' }),
      });
      assert.equal(posted.status, 201);
      assert.equal((await posted.json()).status, 'published');

      const second = await runCli('forum', '--port', '0', '--data', dataDir);
      assert.equal(second.code, 1, 'a second server on the folder is refused');
      assert.match(second.stderr, new RegExp(`is in use by another process \\(process ${running.child.pid}\\)`));

      assert.equal(await running.stop(), 0);
      const restarted = await start(dataDir);
      assert.equal((await queue(restarted.url, moderatorToken)).status, 200, 'the moderator token outlives the restart');
      assert.equal((await queue(restarted.url, memberToken)).status, 403, 'the member token too: known, but not a moderator’s');
      await restarted.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('forum token refuses a folder a live process holds without a server to ask, and takes over a stale lock', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'digicanvis-forum-cli-'));
    const lock = join(dataDir, LOCK_FILE);
    try {
      // A database made first by the server, whose start waits as long as a slow machine needs (runCli gives 30 s).
      await (await start(dataDir)).stop();
      // This test's own process holds it: alive, and no server listens.
      writeFileSync(lock, `${process.pid}\n`);
      const refused = await runCli('forum', 'token', '--name', 'Moderació', '--moderator', '--data', dataDir);
      assert.equal(refused.code, 1);
      assert.equal(refused.stdout, '', 'no token printed');
      assert.match(refused.stderr, /in use by a forum server \(process \d+\).*Stop it.*DATABASE_URL/s);

      // A process that has ended: its lock is stale.
      const ended = spawn(process.execPath, ['-e', '0']);
      await new Promise((resolve) => ended.once('exit', resolve));
      writeFileSync(lock, `${ended.pid}\n`);
      const made = await runCli('forum', 'token', '--name', 'Moderació', '--moderator', '--data', dataDir);
      assert.equal(made.code, 0, made.stderr);
      assert.equal(existsSync(lock), false, 'given back after use');
      const running = await start(dataDir);
      assert.equal((await queue(running.url, made.stdout.trim())).status, 200);
      await running.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
