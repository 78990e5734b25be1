/**
 * The real forum server (server/) inside the test runner's dev server, at `/forum/` on the tests' own origin, on an
 * embedded PostgreSQL database in memory, seeded with the example discussions. Tests drive it with server commands:
 *
 * - `forum-member` `{ name, council?, role? }` → a bearer token (a verified member, or a moderator);
 * - `forum-fault` `{ fault, count? }` → the next `count` posts (POST) meet `fault`: `down` (the connection drops
 *   before the forum sees the post), `500`, `429` (Retry-After: 1), `slow` (the answer comes 2 s late), or `lost`
 *   (the forum stores the post, then the connection drops before the answer): `{ fault: null }` clears it;
 * - `forum-posts` `{ thread }` → every post of a discussion stored, whatever its status (what really exists).
 */
import { openDatabase } from '../server/db.mjs';
import { addMember, createForum } from '../server/forum.mjs';
import { seedForum } from '../server/seed.mjs';

export function forumServerPlugin() {
  let forum;
  let db;
  let fault = null;
  let faultsLeft = 0;
  const ready = (async () => {
    db = await openDatabase({});
    await seedForum(db);
    forum = createForum({ db, basePath: '/forum', rate: { visitor: { burst: 1000, perMinute: 1000 }, member: { burst: 1000, perMinute: 1000 } } });
  })();

  async function middleware(ctx, next) {
    if (!ctx.path.startsWith('/forum/')) return next();
    await ready;
    // The forum writes the answer itself; the status is only for the runner's log (a dropped connection has none).
    ctx.respond = false;
    ctx.status = 200;
    const { req, res } = ctx;
    const armed = req.method === 'POST' && faultsLeft > 0 ? fault : null;
    if (armed) faultsLeft--;
    if (armed === 'down') return void req.socket.destroy();
    if (armed === '500' || armed === '429') {
      res.writeHead(Number(armed), { 'Content-Type': 'application/json', ...(armed === '429' ? { 'Retry-After': '1' } : {}) });
      return void res.end(JSON.stringify({ errors: armed === '429' ? { rate: 'Too many posts.' } : { server: 'Broken on purpose.' } }));
    }
    if (armed === 'slow') await new Promise((resolve) => setTimeout(resolve, 2000));
    if (armed === 'lost') {
      // The post reaches the forum and is stored; the answer never reaches the browser.
      res.writeHead = () => res;
      res.end = () => {
        req.socket.destroy();
        return res;
      };
    }
    await forum.handle(req, res);
  }

  return {
    name: 'forum-server',
    async executeCommand({ command, payload }) {
      if (!command.startsWith('forum-')) return undefined;
      await ready;
      if (command === 'forum-member') return addMember(db, { name: payload.name, council: payload.council ?? null, role: payload.role ?? 'member' });
      if (command === 'forum-fault') {
        fault = payload.fault ?? null;
        faultsLeft = fault ? (payload.count ?? 1) : 0;
        return true;
      }
      if (command === 'forum-posts') {
        const { rows } = await db.query('select id, text, status, reply_to from posts where thread_id = $1 order by seq', [payload.thread]);
        return rows;
      }
      return undefined;
    },
    middleware,
  };
}
