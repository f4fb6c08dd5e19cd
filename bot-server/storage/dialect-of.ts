import { PostgresAdapter } from 'kysely';
import type { Kysely } from 'kysely';

export type SqlDialect = 'sqlite' | 'postgres';

/**
 * Which database a connection (or an open transaction) talks to, for the few statements that differ
 * (`FOR UPDATE SKIP LOCKED`, id column types). Reads the adapter because store functions receive
 * only a `Db`, and a `Transaction` is a fresh object that no registry keyed by connection would know.
 */
export function dialectOf(db: Pick<Kysely<never>, 'getExecutor'>): SqlDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
