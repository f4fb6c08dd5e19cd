/** Residents known to the OA, and the app-scoped id that links their chat and Mini App sessions. */
import type { Selectable } from 'kysely';
import type { Db, ResidentTable } from './database-types';

export type ResidentRow = Selectable<ResidentTable>;

/** Records an interaction. A missing app id (not every webhook carries one) never erases a known link. */
/**
 * Records a resident's event. `spoke: false` (our own echo, a delivery receipt) keeps the last
 * interaction as it was: Zalo's reply window runs from what the resident did, not from what the OA sent.
 */
export async function touchResident(
  db: Db,
  contact: { userId: string; appUserId: string | null | undefined; now: string; spoke?: boolean },
): Promise<void> {
  const appUserId = contact.appUserId ?? null;
  const spoke = contact.spoke ?? true;
  await db
    .insertInto('residents')
    .values({ user_id: contact.userId, app_user_id: appUserId, last_interaction_at: contact.now, created_at: contact.now })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet((eb) => ({
        last_interaction_at: spoke ? contact.now : eb.ref('residents.last_interaction_at'),
        app_user_id: eb.fn.coalesce(eb.ref('excluded.app_user_id'), eb.ref('residents.app_user_id')),
      })),
    )
    .execute();
}

export async function findResident(db: Db, userId: string): Promise<ResidentRow | undefined> {
  return db.selectFrom('residents').selectAll().where('user_id', '=', userId).executeTakeFirst();
}
