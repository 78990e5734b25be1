/**
 * How `forum token` makes a token while the forum server holds the embedded database's folder (see
 * data-folder.mjs): it asks the server, which makes it on its own connection, so the token works at once and stays.
 *
 * The channel is a Unix socket in a folder of the data folder that only the server's user can enter (0700), so only
 * that user (and root), who can read the database anyway, can ask: nothing listens on the network, and there is no
 * password to keep. Where there are no Unix sockets (Windows), or the socket's path would be too long for one, there
 * is no channel, and `forum token` says to stop the server first.
 */
import { createConnection, createServer } from 'node:net';
import { chmod, lstat, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { addMember } from './forum.mjs';
import { LIMITS } from './limits.mjs';

const FOLDER = 'digicanvis-admin';
const SOCKET = 'forum.sock';
/** A socket's path must fit in sockaddr_un: 108 bytes on Linux, 104 on macOS and the BSDs, with its end byte. */
const MAX_PATH = 103;
const ROLES = ['member', 'moderator'];

/** The socket's path for a data folder, or undefined where there can be none. */
export function tokenSocketPath(dataDir) {
  if (process.platform === 'win32') return undefined;
  const path = join(resolve(dataDir), FOLDER, SOCKET);
  return Buffer.byteLength(path) <= MAX_PATH ? path : undefined;
}

/**
 * Listens for token requests for the forum on `db`, whose data folder this process holds.
 * @param {{ dataDir: string, db: import('./db.mjs').Queryable }} options
 * @returns {Promise<{ path: string, close(): Promise<void> } | undefined>} undefined where there can be no channel.
 */
export async function listenForTokenRequests({ dataDir, db }) {
  const path = tokenSocketPath(dataDir);
  if (!path) return undefined;
  const folder = join(resolve(dataDir), FOLDER);
  await mkdir(folder, { mode: 0o700 }).catch((error) => {
    if (error.code !== 'EEXIST') throw error;
  });
  // A folder left by an earlier run is used only if it is a real folder of this user's, made private again.
  const stat = await lstat(folder);
  if (!stat.isDirectory() || (process.getuid && stat.uid !== process.getuid())) throw new Error(`${folder} is not a folder of this user's`);
  await chmod(folder, 0o700);
  // The folder's lock is ours: a socket here was left by a server that did not close.
  await rm(path, { force: true });
  const server = createServer((socket) => {
    let input = '';
    socket.setEncoding('utf8');
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      input += chunk;
      if (input.length > 4096) return socket.destroy();
      const end = input.indexOf('\n');
      if (end < 0) return undefined;
      socket.removeAllListeners('data');
      return answer(input.slice(0, end)).then((reply) => socket.end(`${JSON.stringify(reply)}\n`));
    });
  });
  /** @returns {Promise<{ token: string } | { error: string }>} */
  async function answer(line) {
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      return { error: 'not a JSON request' };
    }
    const { command, name, council = null, role = 'member' } = request ?? {};
    if (command !== 'token') return { error: `unknown command ${JSON.stringify(command)}` };
    if (typeof name !== 'string' || !name.trim() || name.length > LIMITS.authorName) return { error: `the name must be 1 to ${LIMITS.authorName} characters` };
    if (council !== null && typeof council !== 'string') return { error: 'the council must be a council id' };
    if (!ROLES.includes(role)) return { error: `the role must be ${ROLES.join(' or ')}` };
    try {
      return { token: await addMember(db, { name: name.trim(), council, role }) };
    } catch (error) {
      return { error: `the forum could not store the member (${error.message})` };
    }
  }
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolveListen(undefined));
  });
  return {
    path,
    async close() {
      await new Promise((resolveClose) => server.close(() => resolveClose(undefined)));
      await rm(path, { force: true });
    },
  };
}

/**
 * Asks the forum server that holds `dataDir` for a token.
 * @param {string} dataDir
 * @param {{ name: string, council?: string | null, role: 'member' | 'moderator' }} member
 * @returns {Promise<string | undefined>} the token; undefined when no server listens there.
 */
export function requestToken(dataDir, member) {
  const path = tokenSocketPath(dataDir);
  if (!path) return Promise.resolve(undefined);
  return new Promise((resolveToken, reject) => {
    let output = '';
    // Written, not ended: the server ends the connection once it has answered.
    const socket = createConnection(path, () => socket.write(`${JSON.stringify({ command: 'token', ...member })}\n`));
    socket.setEncoding('utf8');
    socket.setTimeout(15_000, () => {
      socket.destroy();
      reject(new Error('the forum server did not answer within 15 s'));
    });
    socket.on('data', (chunk) => (output += chunk));
    socket.on('end', () => {
      let reply;
      try {
        reply = JSON.parse(output);
      } catch {
        return reject(new Error('the forum server gave no answer'));
      }
      return reply.token ? resolveToken(reply.token) : reject(new Error(`the forum server refused: ${reply.error}`));
    });
    socket.on('error', (error) => {
      // No server there (it stopped, or crashed and left its lock), or not ours to ask.
      if (['ENOENT', 'ECONNREFUSED', 'EACCES', 'ENOTDIR'].includes(/** @type {NodeJS.ErrnoException} */ (error).code ?? '')) resolveToken(undefined);
      else reject(error);
    });
  });
}
