/**
 * Starts the forum on its own port: what `digicanvis forum` runs, and what the tests start on a free port with a
 * temporary data folder. The demo server mounts `createForum`'s handler instead (same origin as the demo page).
 */
import { createServer } from 'node:http';
import { openDatabase } from './db.mjs';
import { createForum } from './forum.mjs';
import { seedForum } from './seed.mjs';
import { listenForTokenRequests } from './token-channel.mjs';

/**
 * @param {object} options
 * @param {number} [options.port] 0: a free port.
 * @param {string} [options.host]
 * @param {string} [options.dataDir] the embedded database's folder (none: in memory), held by this server alone
 *   until it closes; `forum token` asks the server for tokens over a local socket there (token-channel.mjs).
 * @param {string} [options.databaseUrl] a PostgreSQL server instead (`postgres://…`).
 * @param {string[]} [options.origins] origins allowed to post from a browser.
 * @param {boolean} [options.seed] add the example discussions to an empty forum.
 * @param {boolean} [options.trustProxy]
 * @param {typeof import('./forum.mjs').DEFAULT_RATE} [options.rate]
 * @param {() => number} [options.now] the clock of the rate limits (tests).
 */
export async function startForum({ port = 0, host = '127.0.0.1', ...options } = {}) {
  const { db, forum } = await openForum(options);
  const server = createServer((req, res) => void forum.handle(req, res));
  let tokens;
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve(undefined));
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  // The folder is this server's alone now: `forum token` asks it for tokens instead of opening the folder. Without
  // the channel the forum still serves; `forum token` then says to stop it first.
  if (options.dataDir && !options.databaseUrl) {
    tokens = await listenForTokenRequests({ dataDir: options.dataDir, db }).catch((error) => {
      console.error(`[forum] "forum token" cannot reach this server (${error.message}): stop it to make tokens`);
      return undefined;
    });
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/`,
    port: address.port,
    db,
    server,
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
      await tokens?.close();
      await db.close();
    },
  };
}

/**
 * The forum's database and request handler, without a server of its own: for `startForum`, and for a server that
 * mounts the forum beside other things (the demo's, the test runner's). Options as `startForum`'s, plus `basePath`.
 * @param {{ dataDir?: string, databaseUrl?: string, origins?: string[], seed?: boolean, trustProxy?: boolean, basePath?: string,
 *   rate?: typeof import('./forum.mjs').DEFAULT_RATE, now?: () => number }} [options]
 */
export async function openForum({ dataDir, databaseUrl, seed = false, ...options } = {}) {
  const db = await openDatabase({ url: databaseUrl, dataDir });
  try {
    if (seed) await seedForum(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { db, forum: createForum({ db, ...defined }) };
}
