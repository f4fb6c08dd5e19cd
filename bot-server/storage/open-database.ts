import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Dialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database-types';
import type { SqlDialect } from './dialect-of';
import { migrate } from './migrate';
import { startBackgroundCheckpoint } from './background-checkpoint';
import { postgresTextPlugin } from './postgres-text-plugin';

export interface OpenDatabase {
  db: Kysely<Database>;
  dialect: SqlDialect;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** An idle pooled PostgreSQL connection broke; the pool drops it and the next query reconnects. */
  onPoolError?: (error: Error) => void;
  /** The background WAL checkpoint failed (SQLite files only). */
  onCheckpointError?: (message: string) => void;
}

/**
 * Opens `url` (`postgres://…` / `postgresql://…`, otherwise a SQLite file path or `:memory:`) and
 * migrates it to the latest schema before handing it out.
 */
export async function openDatabase(url: string, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  const dialect: SqlDialect = /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
  const sqlite = dialect === 'sqlite' ? openSqlite(url, options) : undefined;
  const db = new Kysely<Database>({
    dialect: sqlite ? new SqliteDialect({ database: withStatementCache(sqlite.connection) }) : postgresDialect(url, options),
    plugins: sqlite ? [] : [postgresTextPlugin()],
  });
  const close = async () => {
    await sqlite?.checkpoint?.stop();
    await db.destroy();
  };
  try {
    await migrate(db as unknown as Kysely<unknown>);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, dialect, close };
}

const POOL_CONNECT_TIMEOUT_MS = 2_000;

function postgresDialect(url: string, options: OpenDatabaseOptions): Dialect {
  // COUNT(*) and BIGINT arrive as strings by default; numbers keep both dialects' rows alike. Per
  // pool, so other pg users in the process keep their parsing.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, Number);
  const pool = new pg.Pool({
    connectionString: url,
    types,
    // Database out of reach or every connection busy: fail within Zalo's 2-second webhook window
    // (it then retries) instead of holding the request until TCP gives up.
    connectionTimeoutMillis: POOL_CONNECT_TIMEOUT_MS,
    // A connection whose other end vanished (a restarted server, a dropped link) is noticed and dropped.
    keepAlive: true,
  });
  // Without a listener a broken idle connection would be an unhandled 'error' event and end the process.
  pool.on('error', options.onPoolError ?? (() => undefined));
  // The pool listens only to idle connections: one lost while lent out (a transaction between two
  // statements when the database restarts) would end the process too. Its query, or the next one,
  // fails with the same error and is handled there; the pool then drops the connection.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new PostgresDialect({ pool });
}

function openSqlite(path: string, options: OpenDatabaseOptions) {
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(path), { recursive: true });
  const connection = new BetterSqlite3(path);
  connection.pragma('journal_mode = WAL'); // readers never block the writer
  connection.pragma('busy_timeout = 5000'); // another process writing: wait, do not fail at once
  connection.pragma('synchronous = NORMAL'); // durable enough with WAL, far fewer fsyncs
  connection.pragma('foreign_keys = ON');
  const checkpoint = inMemory ? undefined : startBackgroundCheckpoint(connection, { path, onError: options.onCheckpointError ?? (() => undefined) });
  return { connection, checkpoint };
}

/**
 * Kysely's SQLite driver prepares every statement afresh; the server runs the same few dozen
 * statements over and over, so keep each prepared once (bounded, oldest dropped first).
 */
function withStatementCache(sqlite: BetterSqlite3.Database, limit = 500) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): BetterSqlite3.Statement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
