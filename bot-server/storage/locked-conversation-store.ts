/**
 * The conversation row of a resident, read for an update that must not be lost. SQLite runs one
 * writing transaction at a time, so plain reads are enough there; on PostgreSQL the row is locked
 * (`FOR UPDATE`) until the transaction ends, after making sure it exists (a lock on a missing
 * row protects nothing).
 */
import type { Db } from './database-types';
import { dialectOf } from './dialect-of';

/** Call inside a transaction. `seed` (a sealed fresh state) is stored first when the resident has none. */
export async function lockConversationState(db: Db, userId: string, seed: () => string, now: string): Promise<string> {
  const postgres = dialectOf(db) === 'postgres';
  if (postgres) {
    await db.insertInto('conversations').values({ user_id: userId, state: seed(), updated_at: now }).onConflict((oc) => oc.column('user_id').doNothing()).execute();
  }
  const query = db.selectFrom('conversations').select('state').where('user_id', '=', userId);
  const row = await (postgres ? query.forUpdate() : query).executeTakeFirst();
  return row?.state ?? seed();
}

/** The same lock, only when a row exists (for a read-modify-write that creates nothing). */
export async function lockExistingConversationState(db: Db, userId: string): Promise<string | undefined> {
  const query = db.selectFrom('conversations').select('state').where('user_id', '=', userId);
  const row = await (dialectOf(db) === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
  return row?.state;
}
