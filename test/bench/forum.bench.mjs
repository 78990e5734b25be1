#!/usr/bin/env node
// The forum server under load, on loopback: many posters for a fixed time, on the embedded database and on a
// PostgreSQL server (a throwaway Debian cluster, when PostgreSQL is installed). Each poster posts, one request at a
// time, to a few shared discussions; one post in ten is sent twice at once with the same Idempotency-Key (a client
// retrying a post whose answer it did not see yet). Reports posts per second and latency, then counts in the
// database that every acknowledged post is there exactly once and that nothing else is. Then <dc-forum-thread> as a
// page ships it (dist/, production Lit: run `npm run build` first) in headless Chromium, on a discussion of 2,000
// posts: how long the element takes to update at each key typed in its form, and the key's time to a painted frame
// (`BENCH_ONLY=typing`: that alone, printed, not written). Writes test/bench/forum-results.md; fails when a post is
// lost or doubled, or the update at a key is over budget.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { addMember } from '../../server/forum.mjs';
import { openForum, startForum } from '../../server/start.mjs';
import { startServer } from '../../tools/serve.mjs';
import { chromiumLaunchOptions } from '../chromium.mjs';
import { postgresBin, startThrowawayPostgres } from '../node/postgres.mjs';
import { measuredOn, percentile, reportOverBudget } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const POSTERS = Number(process.env.BENCH_POSTERS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const THREADS = ['benvinguda', 'capafonts-assistent-virtual', 'plens-accessibles-subtitols', 'residus-sensors-ompliment', 'ciberseguretat-ens'];
/** No rate limit gets in the way of measuring the server itself (each poster is a member with a token of its own). */
const UNLIMITED = { visitor: { burst: 1e9, perMinute: 1e9 }, member: { burst: 1e9, perMinute: 1e9 } };
const LONG_POSTS = 2000;
const KEYS = Number(process.env.BENCH_KEYS ?? 60);
/**
 * The element's own work at a key (the input event to its update done), median: well within a frame, however long the
 * discussion. (The painted frame also holds the browser's own work on a page of 2,000 posts, and this machine's load.)
 */
const UPDATE_BUDGET_MS = 16;

/** The page: the one-script bundle and one discussion of the forum mounted beside it. */
const typingPage = (thread) => (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="ca"><head><meta charset="utf-8"><title>Fòrum</title>
<script type="module" src="/dist/digicanvis.js"></script></head>
<body><main><dc-forum-thread api="/forum/" thread="${thread}" poll-seconds="0"></dc-forum-thread></main></body></html>`);
};

/**
 * Each key typed in the form of a discussion of LONG_POSTS posts, all shown ("Show later posts" until there are no
 * more): from its keydown to the frame painted after it (an animation frame, then a task after it), in the page; then
 * the element's update alone at each of KEYS more characters (the input event to `updateComplete`).
 */
async function typing() {
  const { db, forum } = await openForum({ seed: true, basePath: '/forum' });
  const thread = 'bench-llarga';
  await db.query("insert into threads (id, title, status, published_posts, last_post) values ($1, 'Una discussió llarga', 'published', $2, now())", [thread, LONG_POSTS]);
  await db.query(
    `insert into posts (id, thread_id, author_name, text, reply_to, status, created)
     select $1 || '-' || n, $1, 'Veí ' || n, 'Missatge ' || n || ' d’una discussió llarga, d’una llargada com la d’un missatge de debò.',
            case when n % 5 = 0 then $1 || '-' || (n - 1) end, 'published', now() - ($2::int - n) * interval '1 minute'
     from generate_series(1, $2::int) as n`,
    [thread, LONG_POSTS],
  );
  const server = await startServer({ mounts: { '/forum/': forum.handle, '/bench-forum': typingPage(thread) } });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`${server.url}bench-forum`);
    const element = page.locator('dc-forum-thread');
    await element.locator('article.post').first().waitFor();
    for (let more = element.locator('button.more'); await more.count(); ) {
      const shown = await element.locator('article.post').count();
      await more.click();
      await page.waitForFunction((count) => document.querySelector('dc-forum-thread').shadowRoot.querySelectorAll('article.post').length > count, shown);
    }
    const posts = await element.locator('article.post').count();
    if (posts !== LONG_POSTS) throw new Error(`${posts} posts shown, not ${LONG_POSTS}`);
    await element.locator('#text').focus();
    await page.evaluate(() => {
      window.keys = [];
      document.addEventListener(
        'keydown',
        () => {
          const down = performance.now();
          requestAnimationFrame(() => setTimeout(() => window.keys.push(performance.now() - down)));
        },
        { capture: true },
      );
    });
    // Slower than anyone types, so that each key is measured alone.
    await page.keyboard.type('Bon dia a tothom, '.repeat(Math.ceil(KEYS / 18)).slice(0, KEYS), { delay: 150 });
    await page.waitForFunction((count) => window.keys.length === count, KEYS);
    const keys = (await page.evaluate(() => window.keys)).sort((a, b) => a - b);
    const updates = await page.evaluate(async (count) => {
      const host = document.querySelector('dc-forum-thread');
      const text = host.shadowRoot.querySelector('#text');
      const times = [];
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        text.value += 'a';
        text.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'a', inputType: 'insertText' }));
        await host.updateComplete;
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b);
    }, KEYS);
    return {
      posts,
      update: { median: percentile(updates, 0.5), p95: percentile(updates, 0.95) },
      frame: { median: percentile(keys, 0.5), p95: percentile(keys, 0.95) },
      on: measuredOn(browser),
    };
  } finally {
    await browser.close();
    await server.close();
    await db.close();
  }
}

async function load(forum) {
  const tokens = [];
  for (let i = 0; i < POSTERS; i++) tokens.push(await addMember(forum.db, { name: `Poster ${i}`, council: null }));
  const acknowledged = new Map();
  const latencies = [];
  let requests = 0;
  let replays = 0;
  let failures = 0;
  const send = async (token, thread, key, text) => {
    const started = performance.now();
    const response = await fetch(new URL(`threads/${thread}/posts`, forum.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Authorization: `Bearer ${token}` },
      body: JSON.stringify({ text }),
    });
    const body = await response.json();
    latencies.push(performance.now() - started);
    requests++;
    if (response.headers.get('idempotent-replayed')) replays++;
    return { status: response.status, body };
  };
  const deadline = performance.now() + SECONDS * 1000;
  const startedAt = performance.now();
  await Promise.all(
    tokens.map(async (token, poster) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const key = randomUUID();
        const thread = THREADS[(poster + n) % THREADS.length];
        const text = `bench ${poster}-${n} ${key}`;
        const twice = n % 10 === 9;
        // A post whose answer is lost is sent again with its key until one answer comes: nothing is given up.
        for (;;) {
          try {
            const answers = await Promise.all(twice ? [send(token, thread, key, text), send(token, thread, key, text)] : [send(token, thread, key, text)]);
            const ok = answers.find((answer) => answer.status === 201);
            if (!ok) throw new Error(`HTTP ${answers.map((answer) => answer.status).join(', ')}`);
            if (answers.some((answer) => answer.status === 201 && answer.body.post.id !== ok.body.post.id)) throw new Error('one key, two posts');
            acknowledged.set(text, ok.body.post.id);
            break;
          } catch {
            failures++;
          }
        }
      }
    }),
  );
  const elapsed = (performance.now() - startedAt) / 1000;
  const { rows } = await forum.db.query("select text, count(*)::int as n, min(id) as id from posts where text like 'bench %' group by text");
  const stored = new Map(rows.map((row) => [row.text, row]));
  const lost = [...acknowledged.keys()].filter((text) => !stored.has(text)).length;
  const doubled = rows.filter((row) => row.n > 1).length;
  const unacknowledged = rows.filter((row) => !acknowledged.has(row.text)).length;
  const mismatched = [...acknowledged].filter(([text, id]) => stored.get(text)?.id !== id).length;
  latencies.sort((a, b) => a - b);
  return { posts: acknowledged.size, requests, replays, failures, elapsed, lost, doubled, unacknowledged, mismatched, median: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

async function main() {
  const rows = [];
  const failures = [];
  process.stderr.write(`<dc-forum-thread>: ${KEYS} keys typed beside ${LONG_POSTS} posts…\n`);
  const typed = await typing();
  if (typed.update.median > UPDATE_BUDGET_MS) failures.push(`the update at a key beside ${LONG_POSTS} posts: median ${typed.update.median.toFixed(1)} ms > ${UPDATE_BUDGET_MS} ms`);
  const typingTable = [
    '| posts shown | keys | update at a key, median / p95 (ms) | keydown → frame painted, median / p95 (ms) | budget (update, median) |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${typed.posts.toLocaleString('en')} | ${KEYS} | ${typed.update.median.toFixed(1)} / ${typed.update.p95.toFixed(1)} | ${typed.frame.median.toFixed(1)} / ${typed.frame.p95.toFixed(1)} | ${UPDATE_BUDGET_MS} ms |`,
  ].join('\n');
  if (process.env.BENCH_ONLY === 'typing') {
    process.stdout.write(`\n${typingTable}\n`);
    return reportOverBudget(failures);
  }
  const backends = [
    {
      name: 'embedded PostgreSQL (PGlite)',
      async open() {
        const dataDir = await mkdtemp(join(tmpdir(), 'digicanvis-forum-bench-'));
        return { options: { dataDir }, close: () => rm(dataDir, { recursive: true, force: true }) };
      },
    },
  ];
  if (process.env.BENCH_DATABASE_URL || postgresBin()) {
    backends.push({
      name: 'PostgreSQL 15 server (loopback)',
      async open() {
        const cluster = process.env.BENCH_DATABASE_URL ? undefined : await startThrowawayPostgres();
        const url = process.env.BENCH_DATABASE_URL ?? cluster.url;
        if (!cluster) {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query("delete from posts where text like 'bench %'");
          await client.end();
        }
        return { options: { databaseUrl: url }, close: () => cluster?.stop() };
      },
    });
  }
  for (const backend of backends) {
    process.stderr.write(`${backend.name}: ${POSTERS} posters for ${SECONDS} s…\n`);
    const { options, close } = await backend.open();
    const forum = await startForum({ ...options, seed: true, rate: UNLIMITED });
    try {
      const row = { name: backend.name, ...(await load(forum)) };
      rows.push(row);
      for (const [what, count] of [['lost', row.lost], ['doubled', row.doubled], ['stored without an answer', row.unacknowledged], ['answered with another id than stored', row.mismatched]]) {
        if (count) failures.push(`${backend.name}: ${count} posts ${what}`);
      }
    } finally {
      await forum.close();
      await close();
    }
  }
  const table = [
    '| database | posts acknowledged | posts / s | requests (replays of a key) | latency median / p95 (ms) | lost | doubled |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.posts.toLocaleString('en')} | ${Math.round(row.posts / row.elapsed)} | ${row.requests.toLocaleString('en')} (${row.replays}) | ${row.median.toFixed(1)} / ${row.p95.toFixed(1)} | ${row.lost} | ${row.doubled} |`,
    ),
  ].join('\n');
  process.stdout.write(`\n${table}\n\n${typingTable}\n`);
  await writeFile(
    join(here, 'forum-results.md'),
    `# The forum server under load

${POSTERS} posters, each a verified member (so that posts publish and no rate limit applies), post one after the
other for ${SECONDS} s to ${THREADS.length} shared discussions of the seeded forum, over HTTP on loopback; one post in
ten is sent twice at once with the same \`Idempotency-Key\`. Afterwards the database is counted: every post that
got a 201 must be stored once, under the id the answer gave, and no other post may exist.

${table}

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}: the posters, the server and
the database share those cores.

## Typing in a long discussion

\`<dc-forum-thread>\` as a page ships it (\`dist/digicanvis.js\`, production Lit), in headless Chromium at 1024 × 768, on a
discussion of ${LONG_POSTS.toLocaleString('en')} posts (one in five a reply), all of them shown ("Show later posts" until there
are no more). ${KEYS} keys are typed in its form, one every 150 ms; each is timed in the page from its keydown to the
frame painted after it (an animation frame, then a task after it). Then ${KEYS} more characters are put in the field
one at a time, and the element's update alone is timed: the input event to \`updateComplete\`. A key renders the form
again, not the posts (it took 30 ms and more when every post was rendered again at each key): what is left of the
painted frame is the browser's own work on a page of ${LONG_POSTS.toLocaleString('en')} posts (hit testing, paint), and this
machine's other load.

${typingTable}

${typed.on}.
`,
  );
  reportOverBudget(failures);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
