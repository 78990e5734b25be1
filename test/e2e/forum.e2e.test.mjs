// <dc-forum-thread> against the forum server as a council deploys it: `digicanvis forum` in a process of its own, on
// a free port, with a temporary data folder, on another origin than the page (so CORS is real too), driven in
// headless Chromium. Post, moderate, reply, page through; the server stopped while a visitor posts, and, through a
// proxy that breaks posts on purpose, a dropped connection, a 500, a 429, a slow answer and a lost one: after each,
// the posts that exist are exactly those written, once each.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { runCli } from '../node/helpers.mjs';
import { startServer } from '../../tools/serve.mjs';
import { forumFaults } from '../forum-faults.mjs';
import { eventually as waitFor } from './page.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let page;
let browser;
let dataDir;
let forum;
let forumPort = 0;
let moderator;
let memberToken;
/** Two more members: the long discussion takes more posts than one member may send at once (rate limits). */
const otherMembers = [];

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The test page: the one-script bundle and one forum element, its attributes from the query string. */
function testPage(req, res) {
  const query = new URL(req.url, 'http://localhost').searchParams;
  const attributes = [...query].map(([name, value]) => `${name.replace(/[^a-z-]/g, '')}="${escapeAttribute(value)}"`).join(' ');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="ca"><head><meta charset="utf-8"><title>Fòrum</title>
<script type="module" src="/dist/digicanvis.js"></script></head>
<body><main><h1>Fòrum</h1><dc-forum-thread ${attributes}></dc-forum-thread></main></body></html>`);
}

/** Starts `digicanvis forum` on the data folder (the same port again after a stop); resolves once it listens. */
async function startForum(pageOrigin) {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'digicanvis.mjs'), 'forum', '--port', String(forumPort), '--data', dataDir, '--seed', '--origin', pageOrigin], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolveUrl, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /Forum API: (\S+)/.exec(output);
      if (found) resolveUrl(found[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`the forum exited (${code}): ${output}`)));
  });
  forumPort = Number(new URL(url).port);
  return {
    url,
    stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once('exit', done), child.kill('SIGTERM')))),
  };
}

const api = (path) => new URL(path, forum.url).href;

/** A proxy between the page and the forum, which breaks the next posts on purpose (test/forum-faults.mjs). */
const faults = forumFaults();
const proxy = createServer((req, res) =>
  faults.handle(req, res, () => {
    const target = new URL(req.url, forum.url);
    const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  }),
);
const proxyUrl = () => `http://127.0.0.1:${proxy.address().port}/`;

async function memberPost(thread, text, token = memberToken) {
  const response = await fetch(api(`threads/${thread}/posts`), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Authorization: `Bearer ${token}` },
    body: JSON.stringify({ text }),
  });
  assert.equal(response.status, 201);
  return (await response.json()).post;
}

async function allPosts(thread) {
  const posts = [];
  let next = null;
  do {
    const body = await (await fetch(api(`threads/${thread}?limit=100${next ? `&after=${next}` : ''}`))).json();
    posts.push(...body.posts);
    next = body.next;
  } while (next);
  return posts;
}

async function queue() {
  return (await (await fetch(api('moderation/queue?limit=100'), { headers: { Authorization: `Bearer ${moderator}` } })).json()).posts;
}

const forumEl = () => page.locator('dc-forum-thread');
const outcome = async () => ((await forumEl().locator('#outcome').textContent()) ?? '').trim();

/** The forum's round trips go through a faulty proxy: they get more time than the demo's. */
const eventually = (check, what, timeout = 10_000) => waitFor(check, what, timeout);

let server;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digicanvis-forum-e2e-'));
  // Tokens are made on the data folder before the server holds it.
  const made = await runCli('forum', 'token', '--name', 'Moderació', '--moderator', '--data', dataDir);
  assert.equal(made.code, 0, made.stderr);
  moderator = made.stdout.trim();
  memberToken = (await runCli('forum', 'token', '--name', 'Jordi Ferré', '--council', 'es-ine:43039', '--data', dataDir)).stdout.trim();
  for (const name of ['Laia Casals', 'Albert Puig']) otherMembers.push((await runCli('forum', 'token', '--name', name, '--data', dataDir)).stdout.trim());
  server = await startServer({ port: 0, mounts: { '/forum-e2e/': testPage } });
  forum = await startForum(new URL(server.url).origin);
  await new Promise((listening) => proxy.listen(0, '127.0.0.1', listening));
  browser = await chromium.launch(chromiumLaunchOptions);
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  await forum?.stop();
  proxy.closeAllConnections();
  await new Promise((closed) => proxy.close(closed));
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('<dc-forum-thread> and `digicanvis forum`, each on its own origin', () => {
  test('post, moderate, reply: a visitor’s post waits, is approved, and a member replies to it', async () => {
    await page.goto(`${server.url}forum-e2e/?api=${encodeURIComponent(forum.url)}&thread=benvinguda`);
    await forumEl().locator('article.post').first().waitFor();
    await forumEl().locator('#text').fill('Hi ha algun ajuntament que ho faci amb programari lliure?');
    await forumEl().locator('#name').fill('Rosa Pons');
    await forumEl().locator('button.send').click();
    await eventually(async () => /moderador/.test(await outcome()), 'the post was received');
    const waiting = (await queue()).filter((post) => post.text.startsWith('Hi ha algun ajuntament'));
    assert.equal(waiting.length, 1, 'once in the queue');
    assert.equal((await fetch(api(`moderation/posts/${waiting[0].id}/approve`), { method: 'POST', headers: { Authorization: `Bearer ${moderator}` } })).status, 200);

    // A member answers it from the page.
    await page.reload();
    // The element listens for the token once it runs: a token sent before that is the page's to give again.
    await forumEl().locator('article.post').first().waitFor();
    await page.evaluate((token) => dispatchEvent(new CustomEvent('dc-forum-token', { detail: { token } })), memberToken);
    const approved = forumEl().locator('article.post', { hasText: 'programari lliure' });
    await approved.waitFor();
    assert.equal(await approved.locator('[part="pending"]').count(), 0);
    await approved.getByRole('button', { name: 'Respon a Rosa Pons' }).click();
    await forumEl().locator('#text').fill('Nosaltres, amb Decidim.');
    await forumEl().locator('button.send').click();
    await eventually(async () => /publicat/.test(await outcome()), 'the reply was published');
    const stored = await allPosts('benvinguda');
    const reply = stored.filter((post) => post.text === 'Nosaltres, amb Decidim.');
    assert.equal(reply.length, 1);
    assert.equal(reply[0].reply_to, waiting[0].id);
    assert.deepEqual(reply[0].author, { name: 'Jordi Ferré', council: 'es-ine:43039' });
  });

  test('pages through a long discussion with "Show later posts"', async () => {
    const started = await fetch(api('threads'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Authorization: `Bearer ${memberToken}` },
      body: JSON.stringify({ title: 'Una conversa llarga', text: 'Missatge 1' }),
    });
    const { thread } = await started.json();
    for (let n = 2; n <= 60; n++) await memberPost(thread.id, `Missatge ${n}`, [memberToken, ...otherMembers][n % 3]);
    await page.goto(`${server.url}forum-e2e/?api=${encodeURIComponent(forum.url)}&thread=${thread.id}`);
    await forumEl().locator('article.post').first().waitFor();
    assert.equal(await forumEl().locator('article.post').count(), 50, 'a first page of 50');
    await forumEl().getByRole('button', { name: 'Mostra els missatges posteriors' }).click();
    await eventually(async () => (await forumEl().locator('article.post').count()) === 60, 'the second page');
    const texts = await forumEl().locator('article.post .text').allTextContents();
    assert.deepEqual(texts, Array.from({ length: 60 }, (_, i) => `Missatge ${i + 1}`), 'every post once, oldest first');
  });

  test('the server stops while a visitor posts: the draft stays, and once it is back the same post is stored once', async () => {
    await page.goto(`${server.url}forum-e2e/?api=${encodeURIComponent(forum.url)}&thread=plens-accessibles-subtitols`);
    await forumEl().locator('article.post').first().waitFor();
    const text = `Quin proveïdor de subtítols feu servir? (${Date.now()})`;
    await forumEl().locator('#text').fill(text);
    await forumEl().locator('#name').fill('Marta');
    await forum.stop();
    await forumEl().locator('button.send').click();
    await eventually(async () => /No s'ha pogut enviar/.test(await outcome()), 'the failure is told');
    assert.equal(await forumEl().locator('#text').inputValue(), text, 'the text is still there');

    // The page is reloaded while the forum is down: the draft is still there.
    await page.reload();
    await forumEl().waitFor();
    forum = await startForum(new URL(server.url).origin);
    await page.reload();
    await forumEl().locator('article.post').first().waitFor();
    assert.equal(await forumEl().locator('#text').inputValue(), text);
    await forumEl().locator('button.send').click();
    await eventually(async () => /moderador/.test(await outcome()), 'received once the forum is back');
    assert.equal((await queue()).filter((post) => post.text === text).length, 1, 'stored once');
  });

  for (const [name, what] of [
    ['down', 'the connection drops before the forum sees the post'],
    ['500', 'the forum answers 500'],
    ['429', 'the forum says to wait (429)'],
    ['slow', 'the answer comes 2 s late'],
    ['lost', 'the forum stores the post and its answer is lost'],
  ]) {
    // (With its key when the forum may have it; after the 429, which is definitive, with a new one.)
    test(`${what}: the post is sent again, and stored once`, async () => {
      await page.goto(`${server.url}forum-e2e/?api=${encodeURIComponent(proxyUrl())}&thread=residus-sensors-ompliment`);
      await forumEl().locator('article.post').first().waitFor();
      const text = `Fallada ${name} (${Date.now()})`;
      await forumEl().locator('#text').fill(text);
      await forumEl().locator('#name').fill('Agnieszka');
      // Chromium itself sends a post again once when a reused connection drops: the fault holds for both tries.
      faults.arm(name, name === 'down' || name === 'lost' ? 2 : 1);
      await forumEl().locator('button.send').click();
      if (name === 'slow') {
        await eventually(async () => (await forumEl().locator('button.send').getAttribute('aria-disabled')) === 'true', 'sending');
        // Pressed again while it sends (Playwright would wait for aria-disabled to go: a person does not).
        await forumEl().locator('button.send').click({ force: true });
      } else if (name === '429') {
        await eventually(async () => /tornar a enviar/.test(await outcome()), 'the wait is told');
        await eventually(async () => await forumEl().locator('button.send').isEnabled(), 'the button back after the wait', 5000);
        await forumEl().locator('button.send').click();
      } else {
        await eventually(async () => /No s'ha pogut enviar/.test(await outcome()), 'the failure is told');
        assert.equal(await forumEl().locator('#text').inputValue(), text);
        await forumEl().locator('button.send').click();
      }
      await eventually(async () => /moderador/.test(await outcome()), 'received in the end');
      assert.equal((await queue()).filter((post) => post.text === text).length, 1, 'stored once');
      assert.equal(await forumEl().locator('article.post', { hasText: text }).count(), 1, 'shown once, to its author');
    });
  }
});
