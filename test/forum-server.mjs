/**
 * The real forum server (server/) inside the test runner's dev server, at `/forum/` on the tests' own origin, on an
 * embedded PostgreSQL database in memory, seeded with the example discussions. Tests drive it with server commands:
 *
 * - `forum-member` `{ name, council?, role? }` → a bearer token (a verified member, or a moderator);
 * - `forum-fault` `{ fault, count?, retryAfter? }` → the next `count` posts meet `fault` (see test/forum-faults.mjs);
 *   `{ fault: null }` clears it;
 * - `forum-posts` `{ thread }` → every post of a discussion stored, whatever its status (what really exists).
 */
import { addMember } from '../server/forum.mjs';
import { openForum } from '../server/start.mjs';
import { forumFaults } from './forum-faults.mjs';

export function forumServerPlugin() {
  let forum;
  let db;
  const faults = forumFaults();
  const ready = (async () => {
    ({ db, forum } = await openForum({ seed: true, basePath: '/forum', rate: { visitor: { burst: 1000, perMinute: 1000 }, member: { burst: 1000, perMinute: 1000 } } }));
  })();

  async function middleware(ctx, next) {
    if (!ctx.path.startsWith('/forum/')) return next();
    await ready;
    // The forum writes the answer itself; the status is only for the runner's log (a dropped connection has none).
    ctx.respond = false;
    ctx.status = 200;
    await faults.handle(ctx.req, ctx.res, () => forum.handle(ctx.req, ctx.res));
  }

  return {
    name: 'forum-server',
    async executeCommand({ command, payload }) {
      if (!command.startsWith('forum-')) return undefined;
      await ready;
      if (command === 'forum-member') return addMember(db, { name: payload.name, council: payload.council ?? null, role: payload.role ?? 'member' });
      if (command === 'forum-fault') {
        faults.arm(payload.fault ?? null, payload.count, { retryAfter: payload.retryAfter });
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
