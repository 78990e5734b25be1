/**
 * The reference forum server: the forum API of docs/forum-api.md (and its OpenAPI document, ./openapi.mjs) over
 * the database of ./db.mjs. A request handler for Node's `http` server, so that it runs alone (`digicanvis forum`)
 * or mounted in another server (the demo's).
 *
 * What it promises, whatever the client does: a post is stored once however often it is sent with the same
 * `Idempotency-Key`; nothing but text is stored or served; a visitor's post waits for a moderator, a member's
 * (bearer token) is published at once; posting is limited per client, with `Retry-After`; only the listed origins
 * may post from a browser.
 */
import { createHash, randomBytes } from 'node:crypto';
import { LIMITS } from './limits.mjs';
import { openApiDocument } from './openapi.mjs';

export { LIMITS };

/** @typedef {import('./db.mjs').Database} Database */
/** @typedef {import('./db.mjs').Queryable} Queryable */
/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/** Posts a client may send at once, and how fast that allowance comes back: visitors, and members. */
export const DEFAULT_RATE = Object.freeze({ visitor: { burst: 6, perMinute: 2 }, member: { burst: 30, perMinute: 20 } });

const JSON_TYPE = 'application/json; charset=utf-8';
const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** What a write answers: kept with its Idempotency-Key and given again, marked, to a client that sends the key again. */
class Answer {
  /** @param {number} status @param {unknown} body @param {boolean} [replayed] */
  constructor(status, body, replayed = false) {
    this.status = status;
    this.body = body;
    this.replayed = replayed;
  }
}

class HttpError extends Error {
  /**
   * @param {number} status
   * @param {Record<string, string>} errors what is wrong, by field or topic
   * @param {Record<string, string>} [headers]
   */
  constructor(status, errors, headers = {}) {
    super(Object.values(errors).join('; '));
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
}

/**
 * @param {object} options
 * @param {Database} options.db
 * @param {string[]} [options.origins] origins allowed to post from a browser (`*` for any); the forum's own always may.
 * @param {typeof DEFAULT_RATE} [options.rate]
 * @param {boolean} [options.trustProxy] take the client's address from `X-Forwarded-For` (behind a reverse proxy).
 * @param {string} [options.basePath] where the API is mounted (`/forum`), when not at the root.
 * @param {() => number} [options.now] the clock, in milliseconds (rate limits).
 */
export function createForum({ db, origins = [], rate = DEFAULT_RATE, trustProxy = false, basePath = '', now = Date.now }) {
  const base = basePath.replace(/\/+$/, '');
  const allowed = new Set(origins);
  const buckets = new Map();
  let swept = 0;

  /** Takes one post from the client's allowance; throws 429 with the wait when it is spent. */
  function spend(client, member) {
    const { burst, perMinute } = member ? rate.member : rate.visitor;
    const t = now();
    const bucket = buckets.get(client) ?? { tokens: burst, at: t };
    bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 60_000) * perMinute);
    bucket.at = t;
    if (bucket.tokens < 1) {
      const seconds = Math.max(1, Math.ceil(((1 - bucket.tokens) / perMinute) * 60));
      buckets.set(client, bucket);
      throw new HttpError(429, { rate: `Too many posts from here: try again in ${seconds} s.` }, { 'Retry-After': String(seconds) });
    }
    bucket.tokens -= 1;
    buckets.set(client, bucket);
    // Forget, now and then, the clients whose allowance has come back whole: the map does not grow with every address.
    if (buckets.size > 10_000 && t - swept > 60_000) {
      swept = t;
      const full = Math.max(rate.visitor.burst, rate.member.burst) / Math.min(rate.visitor.perMinute, rate.member.perMinute);
      for (const [key, value] of buckets) if (t - value.at >= full * 60_000) buckets.delete(key);
    }
  }

  /**
   * Who a post counts against: the socket's address, or behind a trusted proxy the address that proxy added (the
   * last of X-Forwarded-For: the earlier ones are whatever the client sent). An IPv6 address counts by its /64, as
   * one household or server has the whole block.
   */
  const clientOf = (req) => {
    const address = ((trustProxy && String(req.headers['x-forwarded-for'] ?? '').split(',').at(-1)?.trim()) || req.socket.remoteAddress || 'unknown').replace(/^::ffff:/, '');
    return address.includes(':') ? prefix64(address) : address;
  };

  /** The origin the forum itself is served from, as a browser names it (same-origin posts are always allowed). */
  const ownOrigin = (req) => `${/** @type {any} */ (req.socket).encrypted || (trustProxy && req.headers['x-forwarded-proto'] === 'https') ? 'https' : 'http'}://${req.headers.host}`;

  const mayPost = (req, origin) => !origin || allowed.has('*') || allowed.has(origin) || origin === ownOrigin(req);

  /** The member a bearer token names; undefined without one; 401 for a token nobody has. */
  async function memberOf(req) {
    const header = req.headers.authorization;
    if (!header) return undefined;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new HttpError(401, { authorization: 'Send the token as "Authorization: Bearer <token>".' }, { 'WWW-Authenticate': 'Bearer' });
    const { rows } = await db.query('select token_hash, name, council, role from members where token_hash = $1', [tokenHash(match[1])]);
    if (!rows[0]) throw new HttpError(401, { authorization: 'This token is not valid (revoked, or mistyped).' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    return rows[0];
  }

  async function moderator(req) {
    const member = await memberOf(req);
    if (!member) throw new HttpError(401, { authorization: 'Moderation needs a moderator’s bearer token.' }, { 'WWW-Authenticate': 'Bearer' });
    if (member.role !== 'moderator') throw new HttpError(403, { authorization: 'This token is a member’s, not a moderator’s.' });
    return member;
  }

  // ——— Reading ———

  async function listThreads(url) {
    const project = url.searchParams.get('project');
    const limit = pageSize(url, LIMITS.pageDefault.threads);
    const after = url.searchParams.get('after');
    const params = [limit + 1];
    const where = ["status = 'published'"];
    if (project !== null) where.push(`project = $${params.push(project)}`);
    if (after) {
      const cursor = readThreadCursor(after);
      where.push(`(last_post, id) < ($${params.push(cursor.at)}::timestamptz, $${params.push(cursor.id)})`);
    }
    const { rows } = await db.query(
      `select id, title, project, closed, published_posts, last_post from threads where ${where.join(' and ')} order by last_post desc, id desc limit $1`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      threads: page.map((row) => ({ id: row.id, title: row.title, project: row.project, closed: row.closed, posts: row.published_posts, last_post: iso(row.last_post) })),
      next: rows.length > limit && last ? threadCursor(last) : null,
    };
  }

  async function readThread(id, url) {
    const thread = await publishedThread(db, id);
    const limit = pageSize(url, LIMITS.pageDefault.posts);
    const after = url.searchParams.get('after');
    if (after !== null && !/^\d{1,18}$/.test(after)) throw new HttpError(400, { after: 'The cursor is not one this server gave.' });
    const { rows } = await db.query(
      `select seq, id, author_name, author_council, created, text, reply_to from posts
       where thread_id = $1 and status = 'published' and seq > $2 order by seq limit $3`,
      [id, after ?? '0', limit + 1],
    );
    const page = rows.slice(0, limit);
    return { thread: threadJson(thread), posts: page.map(postJson), next: rows.length > limit ? String(page.at(-1).seq) : null };
  }

  // ——— Writing ———

  /**
   * Runs `write` once per Idempotency-Key: the answer it gives (201) is stored with the key in the same transaction,
   * kept as long as the post it made exists (a draft's key lives on the visitor's device with no end date), and the
   * same key sent again gets that first answer, whatever its body, without `write` running (the contract has
   * no other answer for a key already used: a body that differs only in key order or in `reply_to: null`, or a retry
   * sent after the visitor signed in, is the same post). Errors are not stored: nothing was created, and the client
   * may fix the cause and send the same key again.
   */
  async function idempotent(req, path, write) {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !/^[\x21-\x7e]{8,255}$/.test(key)) {
      throw new HttpError(400, { 'Idempotency-Key': 'Each post needs an Idempotency-Key header (8 to 255 visible characters; a UUID).' });
    }
    const scoped = `POST ${path} ${key}`;
    const stored = await storedAnswer(scoped);
    if (stored) return stored;
    try {
      return await db.transaction(async (tx) => {
        const answer = await write(tx);
        // Named by its post, the answer goes only if the post does (on delete cascade).
        const postId = /** @type {any} */ (answer.body).post.id;
        await tx.query('insert into idempotent_answers (key, status, body, post_id) values ($1, $2, $3, $4)', [scoped, answer.status, JSON.stringify(answer.body), postId]);
        return answer;
      });
    } catch (error) {
      // The same key at the same moment: the other request stored its answer first, and this one's post is undone.
      if (/** @type {any} */ (error)?.code === '23505' && /idempotent_answers/.test(String(/** @type {any} */ (error).constraint ?? /** @type {any} */ (error).message))) {
        const replay = await storedAnswer(scoped);
        if (replay) return replay;
      }
      throw error;
    }
  }

  async function storedAnswer(scoped) {
    const { rows } = await db.query('select status, body from idempotent_answers where key = $1', [scoped]);
    const row = rows[0];
    if (!row) return undefined;
    return new Answer(row.status, typeof row.body === 'string' ? JSON.parse(row.body) : row.body, true);
  }

  async function createPost(req, path, threadId) {
    const body = await readJson(req);
    // A robot's post, before anything else: whatever it holds and however fast it comes, it is answered as a
    // visitor's post would be (201 pending) and nothing is stored, spent or told.
    if (honeypotFilled(body)) return pendingDecoy(body, false);
    const member = await memberOf(req);
    return idempotent(req, path, async (tx) => {
      const input = checkPost(body, member);
      if (input.errors) throw new HttpError(400, input.errors);
      spend(member ? `member:${member.token_hash}` : clientOf(req), member);
      const thread = await publishedThread(tx, threadId, true);
      if (thread.closed) throw new HttpError(403, { thread: 'This discussion is closed to new posts.' });
      if (input.replyTo) {
        const { rows } = await tx.query("select 1 from posts where id = $1 and thread_id = $2 and status = 'published'", [input.replyTo, threadId]);
        if (!rows[0]) throw new HttpError(400, { reply_to: 'The post this answers is not in this discussion.' });
      }
      const post = await insertPost(tx, threadId, input, member);
      return new Answer(201, { post: postJson(post), status: post.status });
    });
  }

  async function createThread(req, path) {
    const body = await readJson(req);
    if (honeypotFilled(body)) return pendingDecoy(body, true);
    const member = await memberOf(req);
    return idempotent(req, path, async (tx) => {
      const input = checkPost(body, member);
      const errors = {};
      const title = text(body?.title);
      if (title.length < LIMITS.title.min) errors.title = `Give the discussion a title (at least ${LIMITS.title.min} characters).`;
      else if (length(title) > LIMITS.title.max) errors.title = `The title is too long: at most ${LIMITS.title.max} characters.`;
      const project = body?.project === undefined || body?.project === null ? null : typeof body.project === 'string' ? body.project.trim() : undefined;
      if (project === undefined || (project !== null && (project === '' || length(project) > LIMITS.project))) errors.project = 'The project must be the id of a project of the feed.';
      if (Object.keys(errors).length) throw new HttpError(400, { ...input.errors, ...errors });
      if (input.errors) throw new HttpError(400, input.errors);
      spend(member ? `member:${member.token_hash}` : clientOf(req), member);
      const status = member ? 'published' : 'pending';
      const { rows } = await tx.query('insert into threads (id, title, project, status) values ($1, $2, $3, $4) returning *', [newId(), title, project, status]);
      const thread = rows[0];
      const post = await insertPost(tx, thread.id, input, member);
      return new Answer(201, { thread: threadJson(thread), post: postJson(post), status: post.status });
    });
  }

  // ——— Moderating ———

  async function queue(req, url) {
    await moderator(req);
    const limit = pageSize(url, LIMITS.pageDefault.posts);
    const { rows } = await db.query(
      `select p.seq, p.id, p.author_name, p.author_council, p.created, p.text, p.reply_to, t.id as thread_id, t.title, t.status as thread_status
       from posts p join threads t on t.id = p.thread_id where p.status = 'pending' order by p.seq limit $1`,
      [limit],
    );
    return { posts: rows.map((row) => ({ ...postJson(row), thread: { id: row.thread_id, title: row.title, status: row.thread_status } })) };
  }

  async function moderate(req, postId, decision) {
    await moderator(req);
    return db.transaction(async (tx) => {
      const { rows } = await tx.query("update posts set status = $2, moderated = now() where id = $1 and status = 'pending' returning *", [postId, decision]);
      const post = rows[0];
      if (!post) {
        const { rows: found } = await tx.query('select status from posts where id = $1', [postId]);
        if (!found[0]) throw new HttpError(404, { post: 'There is no such post.' });
        throw new HttpError(409, { post: `This post is already ${found[0].status}.` });
      }
      const { rows: threads } = await tx.query('select * from threads where id = $1', [post.thread_id]);
      const thread = threads[0];
      if (thread.status === 'pending') {
        // A discussion a visitor started stands or falls with its first post.
        await tx.query('update threads set status = $2 where id = $1', [thread.id, decision]);
        if (decision === 'rejected') await tx.query("update posts set status = 'rejected', moderated = now() where thread_id = $1 and status = 'pending'", [thread.id]);
      }
      if (decision === 'published') await tx.query('update threads set published_posts = published_posts + 1, last_post = greatest(last_post, $2) where id = $1', [thread.id, post.created]);
      return { post: postJson(post), status: decision };
    });
  }

  // ——— The handler ———

  /** @param {Request} req @param {Response} res */
  async function handle(req, res) {
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const cors = corsHeaders(req, origin);
    try {
      const url = new URL(req.url ?? '/', 'http://forum.invalid');
      if (base && !(url.pathname === base || url.pathname.startsWith(`${base}/`))) throw new HttpError(404, { path: 'Nothing here.' });
      const path = url.pathname.slice(base.length) || '/';
      if (req.method === 'OPTIONS') return preflight(req, res, origin, cors);
      const route = match(req.method ?? 'GET', path);
      if (!route) throw new HttpError(404, { path: 'There is no such address in this API.' });
      if (route.allow) throw new HttpError(405, { method: `Use ${route.allow} here.` }, { Allow: route.allow });
      if (req.method === 'POST' && !route.moderation && !mayPost(req, origin)) throw new HttpError(403, { origin: `Posting from ${origin} is not allowed by this forum.` });
      const result = await route.run(req, url, path);
      const answer = result instanceof Answer ? result : new Answer(200, result);
      send(res, answer.status, answer.body, { ...cors, ...(answer.replayed ? { 'Idempotent-Replayed': 'true' } : {}) });
    } catch (error) {
      if (error instanceof HttpError) return send(res, error.status, { errors: error.errors }, { ...cors, ...error.headers });
      console.error('[forum]', error);
      send(res, 500, { errors: { server: 'The forum could not do this just now. Nothing was lost: try again.' } }, cors);
    }
  }

  function corsHeaders(req, origin) {
    if (!origin) return {};
    // Reading is open to any page; writing to the listed origins only.
    if (req.method === 'GET' || req.method === 'HEAD') return { 'Access-Control-Allow-Origin': '*' };
    // A post from an origin not on the list is refused (403) by the handler; the page may read why, so that it can
    // tell its visitor rather than report a network failure.
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'Access-Control-Expose-Headers': 'Retry-After, Idempotent-Replayed' };
  }

  function preflight(req, res, origin, cors) {
    const method = String(req.headers['access-control-request-method'] ?? '');
    if (method === 'GET') {
      // Reading needs no header a browser would ask about, but the moderation queue is read with a moderator's token:
      // a moderation page on another origin may send Authorization (with no cookie: `*` stays right).
      res.writeHead(204, { ...HEADERS, 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': 'Authorization', 'Access-Control-Max-Age': '600' });
      return res.end();
    }
    res.writeHead(204, {
      ...HEADERS,
      ...cors,
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization',
      'Access-Control-Max-Age': '600',
    });
    res.end();
  }

  /** The route for a method and path; `allow` when the path exists for other methods only. */
  function match(method, path) {
    const routes = [
      [/^\/openapi\.json$/, { GET: () => openApiDocument() }],
      [/^\/threads$/, { GET: (_req, url) => listThreads(url), POST: (req, _url, p) => createThread(req, p) }],
      [/^\/threads\/([^/]+)$/, { GET: (_req, url, _p, id) => readThread(id, url) }],
      [/^\/threads\/([^/]+)\/posts$/, { POST: (req, _url, p, id) => createPost(req, p, id) }],
      [/^\/moderation\/queue$/, { GET: (req, url) => queue(req, url) }, true],
      [/^\/moderation\/posts\/([^/]+)\/(approve|reject)$/, { POST: (req, _url, _p, id, action) => moderate(req, id, action === 'approve' ? 'published' : 'rejected') }, true],
    ];
    for (const [pattern, methods, moderation] of routes) {
      const found = pattern.exec(path);
      if (!found) continue;
      let params;
      try {
        params = found.slice(1).map((part) => decodeURIComponent(part));
      } catch {
        return { run: () => Promise.reject(new HttpError(400, { path: 'This address is not encoded correctly.' })), moderation: false };
      }
      const run = methods[method === 'HEAD' ? 'GET' : method];
      if (!run) return { allow: Object.keys(methods).join(', ') };
      return { run: (req, url, p) => run(req, url, p, ...params), moderation: !!moderation };
    }
    return undefined;
  }

  return { handle, db };
}

// ——— Helpers ———

/** The /64 block of an IPv6 address (`2001:db8:1:2::/64`), zone left out. */
function prefix64(address) {
  const [head = '', tail] = address.split('%')[0].toLowerCase().split('::');
  const start = head ? head.split(':') : [];
  const end = tail ? tail.split(':') : [];
  const groups = tail === undefined ? start : [...start, ...Array(Math.max(0, 8 - start.length - end.length)).fill('0'), ...end];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** @param {Queryable} q */
async function publishedThread(q, id, lock = false) {
  const { rows } = await q.query(`select * from threads where id = $1 and status = 'published'${lock ? ' for update' : ''}`, [id]);
  if (!rows[0]) throw new HttpError(404, { thread: 'There is no such discussion (or it awaits moderation).' });
  return rows[0];
}

/** @param {Queryable} tx */
async function insertPost(tx, threadId, input, member) {
  const status = member ? 'published' : 'pending';
  const { rows } = await tx.query(
    `insert into posts (id, thread_id, author_name, author_council, member, text, reply_to, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning *`,
    [newId(), threadId, member?.name ?? input.authorName, member?.council ?? null, member?.token_hash ?? null, input.text, input.replyTo ?? null, status],
  );
  const post = rows[0];
  if (status === 'published') await tx.query('update threads set published_posts = published_posts + 1, last_post = $2 where id = $1', [threadId, post.created]);
  return post;
}

/** What a post's body holds, checked; for a discussion the errors are returned with the title's, else thrown. */
function checkPost(body, member) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, { body: 'Send a JSON object.' });
  const errors = {};
  const postText = text(body.text);
  if (!postText) errors.text = 'Write something before posting.';
  else if (length(postText) > LIMITS.text) errors.text = `The text is too long: at most ${LIMITS.text.toLocaleString('en')} characters.`;
  const authorName = text(body.author_name).replace(/\s+/g, ' ');
  if (!member) {
    if (!authorName) errors.author_name = 'Give a name to sign the post with.';
    else if (length(authorName) > LIMITS.authorName) errors.author_name = `The name is too long: at most ${LIMITS.authorName} characters.`;
  }
  const replyTo = body.reply_to ?? undefined;
  if (replyTo !== undefined && (typeof replyTo !== 'string' || !replyTo)) errors.reply_to = 'The post this answers must be given by its id.';
  const input = { text: postText, authorName, replyTo, errors: Object.keys(errors).length ? errors : undefined };
  if ('title' in body) return input;
  if (input.errors) throw new HttpError(400, input.errors);
  return input;
}

/** Whether a request body fills the honeypot (`website`): only a robot sees that field. */
function honeypotFilled(body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  return typeof body.website === 'string' ? body.website.trim() !== '' : body.website !== undefined && body.website !== null;
}

/**
 * The answer a filled honeypot gets, to a post or a new discussion: like any visitor's (201 pending), made of what
 * was sent, and nothing stored (not even for its Idempotency-Key: a robot is not told apart by its retries).
 */
function pendingDecoy(body, startsThread) {
  const post = {
    id: newId(),
    author_name: text(body.author_name).replace(/\s+/g, ' '),
    author_council: null,
    created: new Date(),
    text: text(body.text),
    reply_to: typeof body.reply_to === 'string' ? body.reply_to : null,
  };
  const answer = { post: postJson(post), status: 'pending' };
  if (!startsThread) return new Answer(201, answer);
  const project = typeof body.project === 'string' && body.project.trim() ? body.project.trim() : null;
  return new Answer(201, { thread: { id: newId(), title: text(body.title), project, closed: false }, ...answer });
}

/**
 * A text field as stored: Unicode NFC, line ends as `\n`, control characters other than tab and line feed left
 * out, ends trimmed. Markup stays as the characters it is made of: the forum stores and serves text, never HTML.
 */
function text(value) {
  if (typeof value !== 'string') return '';
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim();
}

const length = (value) => {
  let count = 0;
  for (const _ of value) count++;
  return count;
};

async function readJson(req) {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpError(415, { body: 'Send the post as JSON (Content-Type: application/json).' });
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > LIMITS.body) throw new HttpError(413, { body: 'This request is too large.' });
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > LIMITS.body) throw new HttpError(413, { body: 'This request is too large.' });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, { body: 'The request is not valid JSON.' });
  }
}

function pageSize(url, fallback) {
  const raw = url.searchParams.get('limit');
  if (raw === null) return fallback;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1) throw new HttpError(400, { limit: `The limit must be a whole number from 1 to ${LIMITS.pageMax}.` });
  return Math.min(Number(raw), LIMITS.pageMax);
}

const threadCursor = (row) => Buffer.from(JSON.stringify([iso(row.last_post), row.id])).toString('base64url');

function readThreadCursor(cursor) {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'string') return { at, id };
  } catch {
    // Answered below.
  }
  throw new HttpError(400, { after: 'The cursor is not one this server gave.' });
}

const iso = (value) => new Date(value).toISOString();

const threadJson = (row) => ({ id: row.id, title: row.title, project: row.project ?? null, closed: !!row.closed });

const postJson = (row) => ({
  id: row.id,
  author: { name: row.author_name, council: row.author_council ?? null },
  created: iso(row.created),
  text: row.text,
  reply_to: row.reply_to ?? null,
});

/** An id for a thread or a post: 16 random characters of base64url (96 bits). */
export const newId = () => randomBytes(12).toString('base64url');

/** How a bearer token is kept: its SHA-256, so that a copy of the database gives nobody a token. */
export const tokenHash = (token) => createHash('sha256').update(token).digest('hex');

/**
 * Makes a bearer token for a member (or a moderator) and stores its hash; returns the token, shown once.
 * @param {Queryable} db
 * @param {{ name: string, council?: string | null, role?: 'member' | 'moderator' }} who
 */
export async function addMember(db, { name, council = null, role = 'member' }) {
  const token = randomBytes(24).toString('base64url');
  await db.query('insert into members (token_hash, name, council, role) values ($1, $2, $3, $4)', [tokenHash(token), name, council, role]);
  return token;
}

/** @param {Response} res */
function send(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...HEADERS, ...headers, 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(json) });
  res.end(json);
}
