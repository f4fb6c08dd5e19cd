/** Residents known to the OA, and the app-scoped id that links their chat and Mini App sessions. */
import type { Selectable } from 'kysely';
import type { Db, ResidentTable } from './database-types';

export type ResidentRow = Selectable<ResidentTable>;

/** Records an interaction. A missing app id (not every webhook carries one) never erases a known link. */
export async function touchResident(
  db: Db,
  contact: { userId: string; appUserId: string | null | undefined; now: string },
): Promise<void> {
  const appUserId = contact.appUserId ?? null;
  await db
    .insertInto('residents')
    .values({ user_id: contact.userId, app_user_id: appUserId, last_interaction_at: contact.now, created_at: contact.now })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet((eb) => ({
        last_interaction_at: contact.now,
        app_user_id: eb.fn.coalesce(eb.ref('excluded.app_user_id'), eb.ref('residents.app_user_id')),
      })),
    )
    .execute();
}

export async function findResident(db: Db, userId: string): Promise<ResidentRow | undefined> {
  return db.selectFrom('residents').selectAll().where('user_id', '=', userId).executeTakeFirst();
}
