/** Keyed digests of the phone numbers residents gave this OA (never the numbers): find a resident by phone. */
import type { Db } from './database-types';

export async function rememberResidentPhone(db: Db, phone: { userId: string; digest: string; now: string }): Promise<void> {
  await db
    .insertInto('resident_phones')
    .values({ user_id: phone.userId, phone_digest: phone.digest, updated_at: phone.now })
    .onConflict((oc) => oc.columns(['user_id', 'phone_digest']).doUpdateSet({ updated_at: phone.now }))
    .execute();
}

/** Residents who gave this number, the most recent first. */
export async function findResidentsByPhone(db: Db, digest: string): Promise<string[]> {
  const rows = await db.selectFrom('resident_phones').select('user_id').where('phone_digest', '=', digest).orderBy('updated_at', 'desc').execute();
  return rows.map((row) => row.user_id);
}

/** When a Mini-App-only resident meets the chat: their numbers follow them (one row per number). */
export async function moveResidentPhones(db: Db, from: string, to: string): Promise<void> {
  await db
    .updateTable('resident_phones')
    .set({ user_id: to })
    .where('user_id', '=', from)
    .where('phone_digest', 'not in', (eb) => eb.selectFrom('resident_phones as known').select('known.phone_digest').where('known.user_id', '=', to))
    .execute();
  await db.deleteFrom('resident_phones').where('user_id', '=', from).execute();
}

export async function deleteResidentPhones(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('resident_phones').where('user_id', '=', userId).execute();
}
