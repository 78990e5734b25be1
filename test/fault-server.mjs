/**
 * Real network faults for the browser tests, served by the test runner's own server (no stubbed fetch):
 *   /faults/status/<code>[?retry-after=s]        always that status
 *   /faults/flaky?key=k&fail=n&status=503&file=f   fails n times per key (with optional retry-after), then serves test/fixtures/f
 *   /faults/slow?ms=n&file=f                       serves the file after n ms
 *   /faults/hang?key=k                             never answers; notes when the client gave up
 *   /faults/html                                   a web page where JSON was expected
 *   /faults/etag?key=k&file=f                      serves with an ETag and answers If-None-Match with 304
 *   /faults/stats?key=k                            what the server saw for a key: { requests, notModified, aborted, conditional }
 *   /faults/cdn/<file>                             serves test/fixtures/<file> to any origin (CORS *), as a CDN would
 *   /faults/adapter/threads[/<id>][?after=c]       a forum as an adapter in front of Discourse serves it (numeric ids and
 *                                                  cursors, a leap second): test/fixtures/forum-adapter-threads[-c].json,
 *                                                  forum-adapter-thread-<id>[-c].json; 404 for any other
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const stats = new Map();

function stat(key) {
  if (!stats.has(key)) stats.set(key, { requests: 0, notModified: 0, aborted: 0, conditional: 0 });
  return stats.get(key);
}

async function fixture(name) {
  if (!/^[\w.-]+\.json$/.test(name ?? '')) throw new Error(`bad fixture name ${name}`);
  return readFile(fixtures + name, 'utf8');
}

function sendJson(ctx, body, status = 200) {
  ctx.status = status;
  ctx.type = 'application/feed+json; charset=utf-8';
  ctx.body = body;
}

export async function faultServer(ctx, next) {
  if (!ctx.path.startsWith('/faults/')) return next();
  const q = ctx.query;
  const key = q.key ?? '';
  const s = key ? stat(key) : undefined;
  if (s && ctx.path !== '/faults/stats') s.requests++;
  ctx.set('Cache-Control', 'no-store');

  if (ctx.path.startsWith('/faults/status/')) {
    ctx.status = Number(ctx.path.split('/').pop());
    if (q['retry-after']) ctx.set('Retry-After', String(q['retry-after']));
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
    return;
  }
  if (ctx.path.startsWith('/faults/cdn/')) {
    ctx.set('Access-Control-Allow-Origin', '*');
    return sendJson(ctx, await fixture(ctx.path.slice('/faults/cdn/'.length)));
  }
  const adapter = /^\/faults\/adapter\/threads(?:\/(\w+))?$/.exec(ctx.path);
  if (adapter) {
    const page = /^\w+$/.test(q.after ?? '') ? `-${q.after}` : '';
    try {
      return sendJson(ctx, await fixture(`forum-adapter-${adapter[1] ? `thread-${adapter[1]}` : 'threads'}${page}.json`));
    } catch {
      return sendJson(ctx, JSON.stringify({ errors: { thread: 'There is no such discussion.' } }), 404);
    }
  }
  switch (ctx.path) {
    case '/faults/flaky': {
      const fail = Number(q.fail ?? 1);
      if (s.requests <= fail) {
        ctx.status = Number(q.status ?? 503);
        if (q['retry-after']) ctx.set('Retry-After', String(q['retry-after']));
        ctx.body = 'try again';
        return;
      }
      return sendJson(ctx, await fixture(q.file));
    }
    case '/faults/slow':
      await new Promise((r) => setTimeout(r, Number(q.ms ?? 1000)));
      return sendJson(ctx, await fixture(q.file));
    case '/faults/hang':
      await new Promise((resolve) => {
        ctx.req.on('close', () => {
          if (s) s.aborted++;
          resolve();
        });
      });
      ctx.status = 204;
      return;
    case '/faults/html':
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = '<!doctype html><html><head><title>404</title></head><body><h1>Page not found</h1></body></html>';
      return;
    case '/faults/etag': {
      const body = await fixture(q.file);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', 'no-cache');
      const asked = ctx.get('If-None-Match');
      if (asked) s.conditional++;
      if (asked === etag) {
        s.notModified++;
        ctx.status = 304;
        return;
      }
      return sendJson(ctx, body);
    }
    case '/faults/stats':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(stat(key));
      return;
    default:
      ctx.status = 404;
  }
}
