/** The resident's rating of an official's help: kept on the handoff it rates (the latest resolved one not yet rated). */
import type { Db } from './database-types';

export async function rateLatestResolvedHandoff(db: Db, userId: string, score: number): Promise<boolean> {
  const latest = await db
    .selectFrom('handoffs')
    .select('id')
    .where('user_id', '=', userId)
    .where('status', '=', 'resolved')
    .where('rating', 'is', null)
    .orderBy('resolved_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return false;
  await db.updateTable('handoffs').set({ rating: score }).where('id', '=', latest.id).execute();
  return true;
}
