/**
 * The real forum server (server/) inside the test runner's dev server, at `/forum/` on the tests' own origin, on an
 * embedded PostgreSQL database in memory, seeded with the example discussions. Tests drive it with server commands:
 *
 * - `forum-member` `{ name, council?, role? }` → a bearer token (a verified member, or a moderator);
 * - `forum-fault` `{ fault, count?, retryAfter?, errors? }` → the next `count` posts meet `fault` (see test/forum-faults.mjs);
 *   `{ fault: null }` clears it;
 * - `forum-close` `{ thread }` → closes a discussion to new posts (as its moderators would, in the database);
 * - `forum-fill` `{ thread, count }` → adds `count` published posts to a discussion at once, in the database (every
 *   fifth answers the one before it): a long discussion, which the API would take minutes to build;
 * - `forum-posts` `{ thread }` → every post of a discussion stored, whatever its status (what really exists);
 * - `forum-sent` `{ path? }` → the POSTs that reached the forum (before any fault), oldest first: `{ path, key,
 *   member, body }` (the Idempotency-Key, whether a bearer token came, the parsed JSON body): what the page sent.
 */
import { Readable } from 'node:stream';
import { addMember } from '../server/forum.mjs';
import { openForum } from '../server/start.mjs';
import { forumFaults } from './forum-faults.mjs';

export function forumServerPlugin() {
  let forum;
  let db;
  const faults = forumFaults();
  /** @type {{ path: string, key: string | null, member: boolean, body: unknown }[]} */
  const sent = [];
  const ready = (async () => {
    ({ db, forum } = await openForum({ seed: true, basePath: '/forum', rate: { visitor: { burst: 1000, perMinute: 1000 }, member: { burst: 1000, perMinute: 1000 } } }));
  })();

  async function middleware(ctx, next) {
    if (!ctx.path.startsWith('/forum/')) return next();
    await ready;
    // The forum writes the answer itself; the status is only for the runner's log (a dropped connection has none).
    ctx.respond = false;
    ctx.status = 200;
    const req = ctx.req.method === 'POST' ? await recorded(ctx.req) : ctx.req;
    await faults.handle(req, ctx.res, () => forum.handle(req, ctx.res));
  }

  /** Notes what a POST carries, and gives the forum the same request with its body to read again. */
  async function recorded(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks);
    let body;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      body = raw.toString('utf8');
    }
    sent.push({ path: req.url ?? '', key: req.headers['idempotency-key'] ?? null, member: !!req.headers.authorization, body });
    if (sent.length > 500) sent.shift();
    return Object.assign(Readable.from([raw]), { headers: req.headers, method: req.method, url: req.url, socket: req.socket, httpVersion: req.httpVersion });
  }

  return {
    name: 'forum-server',
    async executeCommand({ command, payload }) {
      if (!command.startsWith('forum-')) return undefined;
      await ready;
      if (command === 'forum-member') return addMember(db, { name: payload.name, council: payload.council ?? null, role: payload.role ?? 'member' });
      if (command === 'forum-fault') {
        faults.arm(payload.fault ?? null, payload.count, { retryAfter: payload.retryAfter, errors: payload.errors });
        return true;
      }
      if (command === 'forum-close') {
        await db.query('update threads set closed = true where id = $1', [payload.thread]);
        return true;
      }
      if (command === 'forum-fill') {
        await db.query(
          `insert into posts (id, thread_id, author_name, text, reply_to, status, created)
           select $1 || '-fill-' || n, $1, 'Veí ' || n, 'Missatge ' || n || ' d’una discussió llarga', case when n % 5 = 0 then $1 || '-fill-' || (n - 1) end,
                  'published', now() + n * interval '1 millisecond'
           from generate_series(1, $2::int) as n`,
          [payload.thread, payload.count],
        );
        await db.query("update threads set published_posts = published_posts + $2, last_post = now() + $2 * interval '1 millisecond' where id = $1", [payload.thread, payload.count]);
        return true;
      }
      if (command === 'forum-sent') return sent.filter((request) => !payload?.path || request.path.includes(payload.path));
      if (command === 'forum-posts') {
        const { rows } = await db.query('select id, text, status, reply_to from posts where thread_id = $1 order by seq', [payload.thread]);
        return rows;
      }
      return undefined;
    },
    middleware,
  };
}
