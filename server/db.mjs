/**
 * The forum's database: PostgreSQL either way. Embedded (PGlite, PostgreSQL compiled to WebAssembly, persisting to a
 * folder) by default; a PostgreSQL server when a connection URL is given (`DATABASE_URL`). Both run the same SQL and
 * the same migrations, so a council that outgrows one machine moves to its PostgreSQL service without a code change.
 */
import { readdir, readFile } from 'node:fs/promises';
import { lockDataFolder } from './data-folder.mjs';

export { DataFolderInUseError, LOCK_FILE } from './data-folder.mjs';

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/**
 * @typedef {{ rows: Record<string, any>[] }} Result
 * @typedef {{ query(sql: string, params?: unknown[]): Promise<Result> }} Queryable
 * @typedef {Queryable & {
 *   kind: 'embedded' | 'server',
 *   transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>,
 *   close(): Promise<void>,
 * }} Database
 */

/**
 * Opens the database and brings its schema up to date.
 * @param {{ url?: string, dataDir?: string }} where a PostgreSQL URL, or a folder for the embedded database
 *   (none: in memory, gone when the process ends).
 * @returns {Promise<Database>}
 */
export async function openDatabase({ url, dataDir } = {}) {
  const db = url ? await openServer(url) : await openEmbedded(dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * A folder is opened by one process at a time (data-folder.mjs): another one's is a DataFolderInUseError.
 * @returns {Promise<Database>}
 */
async function openEmbedded(dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  const unlock = dataDir ? await lockDataFolder(dataDir) : async () => undefined;
  let pg;
  try {
    pg = dataDir ? new PGlite(dataDir) : new PGlite();
    await pg.waitReady;
  } catch (error) {
    await unlock();
    throw error;
  }
  // PGlite runs one statement at a time; its transaction() holds the others back until it ends.
  return {
    kind: 'embedded',
    query: (sql, params = []) => pg.query(sql, params),
    transaction: (work) => pg.transaction((tx) => work({ query: (sql, params = []) => tx.query(sql, params) })),
    async close() {
      try {
        await pg.close();
      } finally {
        await unlock();
      }
    },
  };
}

/** @returns {Promise<Database>} */
async function openServer(url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server drops (a restart, a failover) is replaced at the next query, not a crash.
  pool.on('error', (error) => console.error('[forum] database connection lost:', error.message));
  // Fails here, at start, rather than at the first visitor's post.
  await pool.query('select 1');
  return {
    kind: 'server',
    query: (sql, params = []) => pool.query(sql, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: (sql, params = []) => client.query(sql, params) });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Applies the migrations not applied yet (files `NNNN-name.sql` in ./migrations, in order), each in a transaction
 * of its own. An advisory lock keeps two servers starting on one database from applying the same one twice.
 * @param {Database} db
 */
async function migrate(db) {
  const files = (await readdir(MIGRATIONS)).filter((file) => /^\d{4}-[\w-]+\.sql$/.test(file)).sort();
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(7021)');
    await tx.query('create table if not exists schema_migrations (version text primary key, applied timestamptz not null default now())');
    const done = new Set((await tx.query('select version from schema_migrations')).rows.map((row) => row.version));
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = await readFile(new URL(file, MIGRATIONS), 'utf8');
      for (const statement of statements(sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [file]);
    }
  });
}

/** The statements of a migration file: split on semicolons at the ends of lines (the files keep to that). */
function statements(sql) {
  return sql
    .replace(/^\s*--.*$/gm, '')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}
