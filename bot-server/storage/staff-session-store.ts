/**
 * Console sessions. The row id is the SHA-256 of the cookie's token (the caller hashes it), so the
 * table alone cannot sign anyone in. A session ends at `expires_at`, on sign-out, or when its
 * account is disabled.
 */
import type { Selectable } from 'kysely';
import type { Db, StaffSessionTable, StaffUserTable } from './database-types';

export type StaffSessionRow = Selectable<StaffSessionTable>;

export async function insertStaffSession(db: Db, session: StaffSessionRow): Promise<void> {
  await db.insertInto('staff_sessions').values(session).execute();
}

/** The live session with this id and its enabled account, or undefined (unknown, expired, or account disabled). */
export async function findLiveStaffSession(
  db: Db,
  id: string,
  now: string,
): Promise<{ session: StaffSessionRow; user: Selectable<StaffUserTable> } | undefined> {
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff_users as u', 'u.id', 's.user_id')
    .select(['s.id as session_id', 's.csrf_secret', 's.created_at as session_created_at', 's.expires_at', 's.last_seen_at'])
    .selectAll('u')
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, csrf_secret, session_created_at, expires_at, last_seen_at, ...user } = row;
  return { session: { id: session_id, user_id: user.id, csrf_secret, created_at: session_created_at, expires_at, last_seen_at }, user };
}

export async function touchStaffSession(db: Db, id: string, now: string): Promise<void> {
  await db.updateTable('staff_sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteStaffSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id', '=', id).execute();
}

/** Drops sessions past their end (called on sign-in, so the table stays small without a worker). */
export async function deleteExpiredStaffSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('expires_at', '<=', now).execute();
}
