/** Console accounts (tài khoản cán bộ): created, looked up, listed, disabled. Usernames are stored lowercased. */
import type { Selectable } from 'kysely';
import type { Db, StaffRole, StaffUserTable } from './database-types';

export type StaffUserRow = Selectable<StaffUserTable>;

/** The one spelling of a username the database holds. */
const normalizeUsername = (username: string): string => username.trim().toLowerCase();

/** Inserts an account; `undefined` when the username (in any letter case) is taken. */
export async function insertStaffUser(
  db: Db,
  user: { username: string; displayName: string; role: StaffRole; communeCode: string | null; passwordHash: string; createdAt: string },
): Promise<number | undefined> {
  const row = await db
    .insertInto('staff_users')
    .values({
      username: normalizeUsername(user.username),
      display_name: user.displayName,
      role: user.role,
      commune_code: user.communeCode,
      password_hash: user.passwordHash,
      locked_until: null,
      created_at: user.createdAt,
      disabled_at: null,
    })
    .onConflict((conflict) => conflict.column('username').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function findStaffUserByUsername(db: Db, username: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_users').selectAll().where('username', '=', normalizeUsername(username)).executeTakeFirst();
}

export async function findStaffUserById(db: Db, id: number): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every account, by username. */
export async function listStaffUsers(db: Db): Promise<StaffUserRow[]> {
  return db.selectFrom('staff_users').selectAll().orderBy('username').execute();
}

/** Disables an account (it stays, for the audit log) and ends its sessions. False when there is no such account. */
export async function disableStaffUser(db: Db, id: number, now: string): Promise<boolean> {
  const updated = await db
    .updateTable('staff_users')
    .set((eb) => ({ disabled_at: eb.fn.coalesce('disabled_at', eb.val(now)) }))
    .where('id', '=', id)
    .executeTakeFirst();
  await db.deleteFrom('staff_sessions').where('user_id', '=', id).execute();
  return updated.numUpdatedRows > 0n;
}
