/** Withdrawing a consent (rút lại sự đồng ý): the record stays, with the time it was withdrawn. */
import type { Db } from './database-types';

/** False when the resident has no consent with this id; withdrawing twice keeps the first time. */
export async function withdrawConsent(db: Db, consent: { userId: string; id: number; now: string }): Promise<boolean> {
  const row = await db.selectFrom('consents').select(['id', 'withdrawn_at']).where('id', '=', consent.id).where('user_id', '=', consent.userId).executeTakeFirst();
  if (!row) return false;
  if (row.withdrawn_at === null) {
    await db.updateTable('consents').set({ withdrawn_at: consent.now }).where('id', '=', consent.id).where('withdrawn_at', 'is', null).execute();
  }
  return true;
}
