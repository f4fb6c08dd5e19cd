import { describe, expect, it } from 'vitest';
import { disableStaffUser, findStaffUserByUsername, insertStaffUser, listStaffUsers } from '../../../bot-server/storage/staff-user-store';
import { clearFailedSignIns, recordFailedSignIn } from '../../../bot-server/storage/staff-lockout-store';
import { deleteStaffSession, findLiveStaffSession, insertStaffSession, touchStaffSession } from '../../../bot-server/storage/staff-session-store';
import { listAudit, recordAudit } from '../../../bot-server/storage/audit-log-store';
import type { Db, StaffRole } from '../../../bot-server/storage/database-types';
import { at, dialects, useTestDatabase } from './database-targets';

const addUser = async (db: Db, username: string, role: StaffRole = 'official') => {
  const id = await insertStaffUser(db, { username, displayName: `Cán bộ ${username}`, role, communeCode: '00001', passwordHash: '$argon2id$fake', createdAt: at(0) });
  if (id === undefined) throw new Error('username taken');
  return id;
};
const session = (id: string, userId: number, expiresAt = at(3600)) => ({ id, user_id: userId, csrf_secret: `csrf-${id}`, created_at: at(0), expires_at: expiresAt, last_seen_at: at(0) });

describe.each(dialects)('staff account stores (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it('stores usernames lowercased and refuses the same name in another letter case', async () => {
    const id = await addUser(target.db, 'Lan.Nguyen');
    expect(await insertStaffUser(target.db, { username: 'LAN.NGUYEN', displayName: 'x', role: 'admin', communeCode: null, passwordHash: 'h', createdAt: at(1) })).toBeUndefined();
    expect(await findStaffUserByUsername(target.db, ' lan.nguyen ')).toMatchObject({ id, username: 'lan.nguyen', failed_attempts: 0, locked_until: null, disabled_at: null });
    await expect(
      target.db.insertInto('staff_users').values({ username: 'x', display_name: 'x', role: 'boss' as StaffRole, commune_code: null, password_hash: 'h', locked_until: null, created_at: at(0), disabled_at: null }).execute(),
    ).rejects.toThrow();
  });

  it('locks an account on the fifth failure in a row, and a success starts the count again', async () => {
    const id = await addUser(target.db, 'khoa');
    const fail = () => recordFailedSignIn(target.db, { userId: id, maxAttempts: 5, lockUntil: at(900) });
    for (let i = 0; i < 4; i += 1) expect(await fail()).toEqual({ lockedUntil: null });
    await clearFailedSignIns(target.db, id);
    for (let i = 0; i < 4; i += 1) expect(await fail()).toEqual({ lockedUntil: null });
    expect(await fail()).toEqual({ lockedUntil: at(900) });
    expect(await findStaffUserByUsername(target.db, 'khoa')).toMatchObject({ failed_attempts: 0, locked_until: at(900) });
    await Promise.all([fail(), fail()]); // both counted
    expect((await findStaffUserByUsername(target.db, 'khoa'))?.failed_attempts).toBe(2);
  });

  it('finds a live session with its account; not once expired, deleted, or the account disabled', async () => {
    const lan = await addUser(target.db, 'lan');
    const mai = await addUser(target.db, 'mai');
    await insertStaffSession(target.db, session('s1', lan));
    await insertStaffSession(target.db, session('s2', mai));
    await insertStaffSession(target.db, session('s3', lan, at(10)));
    expect(await findLiveStaffSession(target.db, 's1', at(5))).toMatchObject({ session: session('s1', lan), user: { id: lan, username: 'lan', role: 'official' } });
    expect(await findLiveStaffSession(target.db, 's3', at(10))).toBeUndefined();
    await touchStaffSession(target.db, 's1', at(60));
    expect((await findLiveStaffSession(target.db, 's1', at(61)))?.session.last_seen_at).toBe(at(60));
    await deleteStaffSession(target.db, 's1');
    expect(await findLiveStaffSession(target.db, 's1', at(5))).toBeUndefined();

    expect(await disableStaffUser(target.db, mai, at(20))).toBe(true);
    expect(await findLiveStaffSession(target.db, 's2', at(21))).toBeUndefined();
    expect(await disableStaffUser(target.db, 9999, at(20))).toBe(false);
    expect((await listStaffUsers(target.db)).map((u) => [u.username, u.disabled_at])).toEqual([['lan', null], ['mai', at(20)]]);
  });

  it('keeps the audit log newest first, with who acted', async () => {
    const lan = await addUser(target.db, 'lan');
    await recordAudit(target.db, { at: at(0), userId: null, action: 'sign-in.failed', subjectType: 'staff_user', subjectId: null, detail: { username: 'ghost' } });
    await recordAudit(target.db, { at: at(1), userId: lan, action: 'sign-in.succeeded', subjectType: 'staff_user', subjectId: String(lan) });
    const entries = await listAudit(target.db, 10);
    expect(entries.map((e) => [e.action, e.username, e.detail])).toEqual([
      ['sign-in.succeeded', 'lan', null],
      ['sign-in.failed', null, '{"username":"ghost"}'],
    ]);
    expect(await listAudit(target.db, 1)).toHaveLength(1);
  });
});
