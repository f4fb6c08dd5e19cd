/**
 * Counting failed sign-ins and locking an account after too many in a row. One statement each,
 * so two wrong passwords at the same moment are both counted.
 */
import { sql } from 'kysely';
import type { Db } from './database-types';

/**
 * Counts a failed sign-in; the one that reaches `maxAttempts` locks the account until `lockUntil`
 * and starts the count again. Returns the lock's end when this failure locked it.
 */
export async function recordFailedSignIn(db: Db, failure: { userId: number; maxAttempts: number; lockUntil: string }): Promise<{ lockedUntil: string | null }> {
  const reached = sql<boolean>`failed_attempts + 1 >= ${failure.maxAttempts}`;
  const row = await db
    .updateTable('staff_users')
    .set({
      failed_attempts: sql<number>`case when ${reached} then 0 else failed_attempts + 1 end`,
      locked_until: sql<string | null>`case when ${reached} then ${failure.lockUntil} else locked_until end`,
    })
    .where('id', '=', failure.userId)
    .returning(['locked_until'])
    .executeTakeFirst();
  return { lockedUntil: row?.locked_until === failure.lockUntil ? failure.lockUntil : null };
}

/** A successful sign-in: the count starts again and any expired lock is lifted. */
export async function clearFailedSignIns(db: Db, userId: number): Promise<void> {
  await db.updateTable('staff_users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', userId).execute();
}
