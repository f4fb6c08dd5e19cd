/**
 * Residents as the Mini App knows them: by the app-scoped id (Graph API id = webhook
 * `user_id_by_app`). A resident who has chatted is found under their OA-scoped chat id; one who
 * has only used the Mini App is kept as `app:<appUserId>` until the chat meets them.
 */
import type { Db } from './database-types';

const APP_PREFIX = 'app:';

/** The resident key of someone known only through the Mini App. */
export function appOnlyUserId(appUserId: string): string {
  return `${APP_PREFIX}${appUserId}`;
}

/** Known only through the Mini App: no OA chat the OA could write to. */
export function isAppOnlyUserId(userId: string): boolean {
  return userId.startsWith(APP_PREFIX);
}

/** The chat resident (OA-scoped id) linked to this app-scoped id, most recently seen first. */
export async function findChatResidentByAppUserId(db: Db, appUserId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('residents')
    .select('user_id')
    .where('app_user_id', '=', appUserId)
    .where('user_id', 'not like', `${APP_PREFIX}%`)
    .orderBy('last_interaction_at', 'desc')
    .executeTakeFirst();
  return row?.user_id;
}

export async function appOnlyResidentExists(db: Db, appUserId: string): Promise<boolean> {
  const row = await db.selectFrom('residents').select('user_id').where('user_id', '=', appOnlyUserId(appUserId)).executeTakeFirst();
  return row !== undefined;
}

/** Creates the `app:` resident on first use (and restores its app id after a data deletion). */
export async function ensureAppOnlyResident(db: Db, appUserId: string, now: string): Promise<string> {
  const userId = appOnlyUserId(appUserId);
  const known = await db.selectFrom('residents').select('app_user_id').where('user_id', '=', userId).executeTakeFirst();
  if (known?.app_user_id === appUserId) return userId; // the usual case: no write per request
  await db
    .insertInto('residents')
    .values({ user_id: userId, app_user_id: appUserId, last_interaction_at: now, created_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ app_user_id: appUserId, last_interaction_at: now }))
    .execute();
  return userId;
}
