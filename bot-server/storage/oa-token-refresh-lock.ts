/**
 * One OA token refresh at a time across instances. Zalo's refresh token is single use
 * (reference/zalo-platform.md §3): two instances spending it at once would leave the loser with a
 * refused grant and an alert for nothing, or worse, a rotated pair that is never saved.
 *
 * On PostgreSQL the refresh runs while this instance holds a transaction-scoped advisory lock
 * keyed by the schema and the OA; another instance wanting to refresh waits for it (at most
 * LOCK_WAIT) and then re-reads the stored pair, which the token manager adopts. The lock's
 * transaction only holds the lock: the work reads and saves through the ordinary pool, so the new
 * pair is committed the moment it is saved, before anyone uses it. A crashed holder's connection
 * closes and PostgreSQL releases the lock by itself. SQLite serves one process: nothing to share.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './database-types';
import { dialectOf } from './dialect-of';

/** Our half of the two-part advisory lock key ("OATK"), so other advisory-lock users of the database do not collide. */
const LOCK_SPACE = 0x4f41544b;
/** A refresh is one HTTP call with a 10-second timeout; waiting twice that means the holder is stuck. */
const LOCK_WAIT = '20s';

export type Exclusive = <T>(work: () => Promise<T>) => Promise<T>;

export function oaTokenRefreshLock(db: Kysely<Database>, oaId: string): Exclusive {
  if (dialectOf(db) !== 'postgres') return (work) => work();
  return (work) =>
    db.transaction().execute(async (trx) => {
      await sql`select set_config('lock_timeout', ${LOCK_WAIT}, true)`.execute(trx);
      // Per schema as well: two deployments (or test runs) in one database refresh independently.
      await sql`select pg_advisory_xact_lock(${LOCK_SPACE}, hashtext(current_schema() || ':' || ${oaId}))`.execute(trx);
      return work();
    });
}
