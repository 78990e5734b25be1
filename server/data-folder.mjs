/**
 * The embedded database's folder takes one process at a time: PGlite keeps the database in the memory of the
 * process that opened it and writes it back as it goes, so a second process on the same folder (a `forum token`
 * beside the running server, a second server) works on a copy, and whichever writes last wins. Its tokens were
 * refused by the server, then lost at the server's next write; worse, the two can leave the folder corrupt.
 *
 * So whoever opens the folder holds a lock, a pid file as PostgreSQL's own `postmaster.pid`: taken atomically,
 * removed on close, and taken over when the process it names is gone (a crash, a killed container).
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const LOCK_FILE = 'digicanvis-forum.pid';

/** The folder is held by another live process. */
export class DataFolderInUseError extends Error {
  /**
   * @param {string} dataDir
   * @param {number | undefined} pid the process that holds it
   */
  constructor(dataDir, pid) {
    const lock = join(dataDir, LOCK_FILE);
    super(
      `${dataDir} is in use by another process${pid ? ` (process ${pid})` : ''}, a forum server or "forum token": the embedded ` +
        `database takes one process at a time. If no forum is running on it, delete ${lock} and try again.`,
    );
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

/** Folders this process holds: opening one twice here would be two databases on one folder as well. */
const held = new Set();

/** Whether the process a lock names still runs (another user's process counts: it cannot be signalled, but it lives). */
function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  // Our own pid in a lock we do not hold: a lock left by an earlier life of a container whose first process we are.
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

const holderOf = async (file) => Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);

/**
 * Takes the folder's lock (making the folder, private to its user, when it does not exist yet).
 * @param {string} dataDir
 * @returns {Promise<() => Promise<void>>} gives the lock back
 * @throws {DataFolderInUseError}
 */
export async function lockDataFolder(dataDir) {
  const folder = resolve(dataDir);
  if (held.has(folder)) throw new DataFolderInUseError(dataDir, process.pid);
  // What PostgreSQL asks of its data folder: its user's alone (an existing folder is left as its owner set it).
  await mkdir(dirname(folder), { recursive: true });
  await mkdir(folder, { mode: 0o700 }).catch((error) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const file = join(folder, LOCK_FILE);
  const content = `${process.pid}\n`;
  // Written whole under another name, then linked into place: nobody ever reads a lock without its pid in it.
  const draft = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  await writeFile(draft, content);
  /** Whether the lock is now ours; false when there is one already. */
  const place = async () => {
    try {
      await link(draft, file);
      return true;
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === 'EEXIST') return false;
      // A file system without hard links: created exclusively, written a moment later.
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(code ?? '')) throw error;
      return writeFile(file, content, { flag: 'wx' }).then(
        () => true,
        (failure) => (failure.code === 'EEXIST' ? false : Promise.reject(failure)),
      );
    }
  };
  try {
    for (let attempt = 0; !(await place()); attempt++) {
      const pid = await holderOf(file);
      if (alive(pid) || attempt > 0) throw new DataFolderInUseError(dataDir, Number.isNaN(pid) ? undefined : pid);
      // The process that left it is gone.
      await rm(file, { force: true });
    }
  } finally {
    await rm(draft, { force: true });
  }
  held.add(folder);
  return async () => {
    held.delete(folder);
    if ((await holderOf(file)) === process.pid) await rm(file, { force: true });
  };
}
