#!/usr/bin/env node
// The demo council page's static server, with the forum mounted at /forum/: `npm start` works right after
// `npm install`, and the same server runs the end-to-end test and the benchmark.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { exampleMounts } from './examples.mjs';

const gzipAsync = promisify(gzip);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  // Every JSON file this server hands out is a feed (the demo's, the fixtures', the benchmark's).
  '.json': 'application/feed+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
/**
 * Pages served with headers of their own. The strict page carries the policy of a council site that allows nothing
 * inline, no eval and only Trusted Types into HTML sinks: every element must work under it (issue 7).
 */
export const STRICT_POLICY = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const PAGE_HEADERS = { '/demo/strict.html': { 'Content-Security-Policy': STRICT_POLICY } };

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.map', '.json', '.svg', '.txt', '.md']);

/**
 * The static routes, checked in order. Each maps a URL prefix to a folder; `file` pins one file.
 * Only these folders are reachable, so sources, node_modules and dotfiles never leak.
 */
function staticRoutes(root, mounts) {
  const routes = [
    { prefix: '/feed.json', file: join(root, 'demo', 'feed.json') },
    { prefix: '/demo/', dir: join(root, 'demo') },
    { prefix: '/dist/', dir: join(root, 'dist') },
    { prefix: '/test/fixtures/', dir: join(root, 'test', 'fixtures') },
  ];
  for (const [prefix, target] of Object.entries(mounts)) {
    // A folder's prefix ends with "/"; a handler's may also be one exact path ("/feed.json").
    if (!prefix.startsWith('/') || (!prefix.endsWith('/') && typeof target !== 'function')) {
      throw new Error(`A mount prefix starts and ends with "/" (or is one path, for a handler): got "${prefix}"`);
    }
    routes.unshift(typeof target === 'function' ? { prefix, handler: target, exact: !prefix.endsWith('/') } : { prefix, dir: resolve(target) });
  }
  return routes;
}

/** Maps a decoded URL path to a file inside `dir`, or null when it would leave `dir`. */
function fileInside(dir, relativePath) {
  if (relativePath.split('/').some((segment) => segment === '..') || relativePath.includes('\0')) return null;
  const file = resolve(dir, `.${sep}${relativePath}`);
  return file.startsWith(dir + sep) ? file : null;
}

function resolveFile(routes, pathname) {
  if (pathname === '/' || pathname === '/index.html') return { file: join(routes.root, 'demo', 'index.html') };
  for (const route of routes.list) {
    if (route.file && pathname === route.prefix) return { file: route.file };
    if (route.exact ? pathname !== route.prefix : !pathname.startsWith(route.prefix)) continue;
    if (route.handler) return { handler: route.handler };
    if (route.dir) {
      const relativePath = pathname.slice(route.prefix.length);
      return { file: fileInside(route.dir, relativePath === '' || relativePath.endsWith('/') ? `${relativePath}index.html` : relativePath) };
    }
  }
  return { file: null };
}

/**
 * Files are read, hashed and gzipped once per version (size + mtime), so the 10k-project
 * benchmark feed is not recompressed for every run.
 */
const representations = new Map();

async function representation(file) {
  const info = await stat(file);
  if (!info.isFile()) return null;
  const cached = representations.get(file);
  if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) return cached;
  const body = await readFile(file);
  const extension = extname(file).toLowerCase();
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const entry = {
    size: info.size,
    mtimeMs: info.mtimeMs,
    body,
    type: MIME_TYPES[extension] ?? 'application/octet-stream',
    etag: `"${hash}"`,
    gzipped: COMPRESSIBLE.has(extension) ? await gzipAsync(body) : null,
    gzipEtag: `"${hash}-gz"`,
    isFeed: extension === '.json',
  };
  representations.set(file, entry);
  return entry;
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): `W/` prefixes do not matter. */
function matchesEtag(header, etags) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => etags.includes(tag.trim().replace(/^W\//, '')));
}

function acceptsGzip(header = '') {
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.find((p) => p.trim().startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (!q || Number(q.trim().slice(2)) > 0);
  });
}

function sendPlain(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(text);
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  // A widget on another site revalidates with If-None-Match and needs to read the ETag back.
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag',
};

async function serveFile(req, res, file, extraHeaders = {}) {
  let entry;
  try {
    entry = file ? await representation(file) : null;
  } catch (error) {
    if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR' && error.code !== 'EISDIR') throw error;
  }
  if (!entry) {
    sendPlain(res, 404, `404 Not Found\n\nThere is nothing at ${new URL(req.url, 'http://x').pathname}\n`);
    return;
  }
  const useGzip = entry.gzipped !== null && acceptsGzip(req.headers['accept-encoding']);
  const headers = {
    'Content-Type': entry.type,
    'Cache-Control': 'no-cache',
    ETag: useGzip ? entry.gzipEtag : entry.etag,
    'X-Content-Type-Options': 'nosniff',
    ...(entry.gzipped !== null ? { Vary: 'Accept-Encoding' } : {}),
    ...(entry.isFeed ? CORS_HEADERS : {}),
    ...extraHeaders,
  };
  if (matchesEtag(req.headers['if-none-match'], [entry.etag, entry.gzipEtag])) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = useGzip ? entry.gzipped : entry.body;
  res.writeHead(200, { ...headers, 'Content-Length': body.length, ...(useGzip ? { 'Content-Encoding': 'gzip' } : {}) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the demo server.
 * @param {object} options
 * @param {number} [options.port] 0 picks a free port.
 * @param {string} [options.host]
 * @param {string} [options.root] the repository folder (defaults to this file's repository).
 * @param {Record<string, string | ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown)>} [options.mounts]
 *   extra URL prefixes such as `/bench/`, each served from a folder or handled by a function
 *   (the forum server mounts itself this way).
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close(): Promise<void> }>}
 */
export async function startServer({ port = 0, host = '127.0.0.1', root = repoRoot, mounts = {} } = {}) {
  const absoluteRoot = resolve(root);
  const routes = { root: absoluteRoot, list: staticRoutes(absoluteRoot, mounts) };

  const server = createServer(async (req, res) => {
    try {
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      } catch {
        sendPlain(res, 400, '400 Bad Request\n');
        return;
      }
      const target = resolveFile(routes, pathname);
      if (target.handler) {
        await target.handler(req, res);
        return;
      }
      if (pathname === '/favicon.ico') {
        // Browsers ask for it on every page; the demo has no icon, and "No Content" is not an error.
        res.writeHead(204, { 'Cache-Control': 'max-age=86400' });
        res.end();
        return;
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { ...CORS_HEADERS, 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Max-Age': '600' });
        res.end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendPlain(res, 405, '405 Method Not Allowed\n', { Allow: 'GET, HEAD, OPTIONS' });
        return;
      }
      await serveFile(req, res, target.file, PAGE_HEADERS[pathname]);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendPlain(res, 500, '500 Internal Server Error\n');
      else res.destroy();
    }
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${address.port}/`,
    port: address.port,
    server,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

/**
 * The demo's forum, beside the page on the same origin (`/forum/`, as the example feed says): the reference server
 * of server/, on an embedded PostgreSQL database in `.forum-data/` (or DATABASE_URL's server), seeded with the
 * example discussions the first time.
 */
export async function startDemoForum({ dataDir = join(repoRoot, '.forum-data'), databaseUrl = process.env.DATABASE_URL || undefined } = {}) {
  const [{ openForum }, { addMember }] = await Promise.all([import('../server/start.mjs'), import('../server/forum.mjs')]);
  const { db, forum } = await openForum({ ...(databaseUrl ? { databaseUrl } : { dataDir }), seed: true, basePath: '/forum' });
  // A moderator for this run of the demo, so that the queue can be tried (tokens are stored hashed: a new one each time).
  const moderatorToken = await addMember(db, { name: 'Moderació de la demo', council: 'digicanvis:consorci-aoc', role: 'moderator' });
  return { handle: forum.handle, moderatorToken, close: () => db.close() };
}

/**
 * The example feed as the demo serves it: with the address of the forum this server runs (`/forum/` on the origin
 * the page asked) where the file names the observatory's, so that the demo works on any host and port and asks
 * nothing of another origin.
 */
export function demoFeedHandler(root = repoRoot) {
  const file = join(root, 'demo', 'feed.json');
  return async (req, res) => {
    const feed = JSON.parse(await readFile(file, 'utf8'));
    const host = req.headers.host ?? 'localhost';
    if (feed._digicanvis?.forum) feed._digicanvis.forum.api = `http://${host}/forum/`;
    const body = Buffer.from(JSON.stringify(feed));
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    if (matchesEtag(req.headers['if-none-match'], [etag])) {
      res.writeHead(304, { ETag: etag });
      res.end();
      return;
    }
    const zipped = acceptsGzip(req.headers['accept-encoding']) ? await gzipAsync(body) : undefined;
    res.writeHead(200, {
      'Content-Type': MIME_TYPES['.json'],
      'Cache-Control': 'no-cache',
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': (zipped ?? body).length,
    });
    res.end(req.method === 'HEAD' ? undefined : (zipped ?? body));
  };
}

/**
 * The whole demo: the page, its feed and its forum (what `npm start` runs, and what the end-to-end tests start with
 * a temporary forum folder). `close()` stops the server and closes the forum's database.
 */
export async function startDemo({ port = 0, host = '127.0.0.1', forumDataDir } = {}) {
  const forum = await startDemoForum(forumDataDir ? { dataDir: forumDataDir } : {});
  const feed = demoFeedHandler();
  const mounts = { '/forum/': forum.handle, '/feed.json': feed, ...exampleMounts(repoRoot, feed) };
  let running;
  try {
    running = await startServer({ port, host, mounts });
  } catch (error) {
    await forum.close();
    throw error;
  }
  return {
    ...running,
    moderatorToken: forum.moderatorToken,
    close: () => running.close().then(() => forum.close()),
  };
}

async function main() {
  const wanted = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  let running;
  try {
    running = await startDemo({ port: wanted, host });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${wanted} is taken; using a free one.`);
    running = await startDemo({ port: 0, host });
  }
  const shownHost = host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' ? 'localhost' : host;
  const origin = `http://${shownHost}:${running.port}`;
  process.stdout.write(`Demo council page: ${origin}/\n`);
  process.stdout.write(`Forum API: ${origin}/forum/ (OpenAPI: ${origin}/forum/openapi.json)\n`);
  process.stdout.write(`Moderator token for this run: ${running.moderatorToken}\n`);
  process.stdout.write(
    [
      'Also:',
      `  ${origin}/demo/strict.html        every element under a strict Content-Security-Policy and Trusted Types`,
      `  ${origin}/demo/hostile.html       every element under hostile global CSS`,
      `  ${origin}/demo/council-theme.html every element in a council's theme (tokens and ::part only)`,
      `  ${origin}/examples/               plain HTML, React 19, Vue 3, WordPress and Drupal (examples/README.md)`,
      '',
    ].join('\n'),
  );
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => running.close().then(() => process.exit(0)));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
