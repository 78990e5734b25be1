#!/usr/bin/env node
// The forum server under load, on loopback: many posters for a fixed time, on the embedded database and on a
// PostgreSQL server (a throwaway Debian cluster, when PostgreSQL is installed). Each poster posts, one request at a
// time, to a few shared discussions; one post in ten is sent twice at once with the same Idempotency-Key (a client
// retrying a post whose answer it did not see yet). Reports posts per second and latency, then counts in the
// database that every acknowledged post is there exactly once and that nothing else is. Writes
// test/bench/forum-results.md; fails when a post is lost or doubled.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { addMember } from '../../server/forum.mjs';
import { startForum } from '../../server/start.mjs';
import { postgresBin, startThrowawayPostgres } from '../node/postgres.mjs';
import { percentile, reportOverBudget } from './common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const POSTERS = Number(process.env.BENCH_POSTERS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const THREADS = ['benvinguda', 'capafonts-assistent-virtual', 'plens-accessibles-subtitols', 'residus-sensors-ompliment', 'ciberseguretat-ens'];
/** No rate limit gets in the way of measuring the server itself (each poster is a member with a token of its own). */
const UNLIMITED = { visitor: { burst: 1e9, perMinute: 1e9 }, member: { burst: 1e9, perMinute: 1e9 } };

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
  process.stdout.write(`\n${table}\n`);
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
`,
  );
  reportOverBudget(failures);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
