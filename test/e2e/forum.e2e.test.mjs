// <dc-forum-thread> against the forum server as a council deploys it: `digicanvis forum` in a process of its own, on
// a free port, with a temporary data folder, on another origin than the page (so CORS is real too), driven in
// headless Chromium. Post, moderate, reply, page through, and the server stopped while a visitor posts: after each,
// the posts that exist are exactly those written, once each.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { runCli } from '../node/helpers.mjs';
import { startServer } from '../../tools/serve.mjs';

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

async function eventually(check, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) assert.fail(`${what}: not within ${timeout} ms`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

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
  browser = await chromium.launch(chromiumLaunchOptions);
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  await forum?.stop();
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
});
