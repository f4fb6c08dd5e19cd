import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startConsoleServer, type ConsoleServer } from './console-harness';
import type { AuditLogResponse, ConsoleSessionResponse, StaffAccountListResponse } from '../../../shared/api/console-api-schemas';

let server: ConsoleServer;
beforeAll(async () => {
  server = await startConsoleServer();
  await server.addUser('lan.nguyen', 'official');
  await server.addUser('boss', 'admin');
});
afterAll(() => server.close());

describe('signing in to the console', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie that the session route accepts', async () => {
    const response = await server.signIn('Lan.Nguyen'); // usernames are not case-sensitive
    expect(response.statusCode).toBe(200);
    const body = response.json() as ConsoleSessionResponse;
    expect(body.user).toEqual({ id: expect.any(Number), username: 'lan.nguyen', displayName: 'Cán bộ lan.nguyen', role: 'official', communeCode: '00001' });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = response.cookies.find((c) => c.name === 'dvc_console');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.expires?.toISOString()).toBe('2026-03-02T10:00:00.000Z'); // 8 hours
    // Simulator mode serves plain http on the developer's machine, so no Secure flag there.
    expect(cookie?.secure).toBeUndefined();

    const session = await server.call({ cookie: cookie?.value ?? '', csrfToken: body.csrfToken }, 'GET', '/api/console/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual(body);
    // The cookie holds a token; the database keeps only its hash.
    const rows = await server.app.services.db.selectFrom('staff_sessions').select('id').execute();
    expect(rows.map((r) => r.id)).not.toContain(cookie?.value);
  });

  it('answers a wrong password and an unknown username alike, saying nothing about which it was', async () => {
    const wrong = await server.signIn('lan.nguyen', 'not the password at all');
    const unknown = await server.signIn('nobody.here', 'not the password at all');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.cookies.find((c) => c.name === 'dvc_console' && c.value !== '')).toBeUndefined();
    }
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS', message: expect.stringContaining('không đúng'), messageEn: expect.any(String) } });
    expect((await server.signIn('lan.nguyen')).statusCode).toBe(200); // a success resets the count
  });

  it('locks an account for 15 minutes after 5 wrong passwords in a row, then lets the right one in', async () => {
    await server.addUser('khoa', 'official');
    for (let i = 1; i <= 4; i += 1) expect((await server.signIn('khoa', `wrong password ${i}`)).statusCode).toBe(401);
    const fifth = await server.signIn('khoa', 'wrong password 5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED', message: expect.stringContaining('09:15 ngày 02/03/2026') } });

    server.advance(14 * 60_000);
    const stillLocked = await server.signIn('khoa');
    expect(stillLocked.statusCode).toBe(423);
    expect(stillLocked.json()).toMatchObject({ error: { code: 'ACCOUNT_LOCKED', message: expect.stringContaining('tạm khóa') } });

    server.advance(60_000 + 1);
    expect((await server.signIn('khoa')).statusCode).toBe(200);
    // An unknown name is never "locked": no hint that it exists.
    for (let i = 0; i < 6; i += 1) expect((await server.signIn('ghost', 'wrong password x')).statusCode).toBe(401);
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const session = await server.session('lan.nguyen');
    const out = await server.call(session, 'POST', '/api/console/sign-out');
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'dvc_console')).toMatchObject({ value: '' });
    const after = await server.call(session, 'GET', '/api/console/session');
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: { code: 'NOT_SIGNED_IN', message: expect.stringContaining('đăng nhập') } });
  });

  it('gives a fresh session on every sign-in, ending the one the browser had', async () => {
    const first = await server.session('lan.nguyen');
    const again = await server.app.inject({ method: 'POST', url: '/api/console/sign-in', cookies: { dvc_console: first.cookie }, payload: { username: 'lan.nguyen', password: PASSWORD } });
    expect(again.statusCode).toBe(200);
    expect(again.cookies.find((c) => c.name === 'dvc_console')?.value).not.toBe(first.cookie);
    expect((await server.call(first, 'GET', '/api/console/session')).statusCode).toBe(401);
  });

  it('ends sessions after 8 hours', async () => {
    const session = await server.session('lan.nguyen');
    server.advance(8 * 3_600_000);
    expect((await server.call(session, 'GET', '/api/console/session')).statusCode).toBe(401);
  });

  it('refuses a state-changing request without the session CSRF token, or with another session\'s', async () => {
    const session = await server.session('boss');
    const other = await server.session('lan.nguyen');
    const payload = { username: 'new.one', displayName: 'Người mới', role: 'volunteer', communeCode: '00001', password: PASSWORD };
    for (const csrfToken of [undefined, other.csrfToken, '']) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/console/users',
        cookies: { dvc_console: session.cookie },
        headers: csrfToken === undefined ? {} : { 'x-csrf-token': csrfToken },
        payload,
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'CSRF_TOKEN_INVALID', message: expect.stringContaining('tải lại trang') } });
    }
    expect((await server.call(session, 'POST', '/api/console/sign-out', { csrf: false })).statusCode).toBe(403);
    expect((await server.call(session, 'POST', '/api/console/users', { payload })).statusCode).toBe(201);
  });

  it('lets an admin create and disable accounts: passwords of 12+ characters, unique names, a disabled account signs in no more', async () => {
    const admin = await server.session('boss');
    const base = { displayName: 'Trần Thị Mai', role: 'official', communeCode: '00002' };
    const short = await server.call(admin, 'POST', '/api/console/users', { payload: { ...base, username: 'mai', password: 'ngắn quá' } });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { code: 'PASSWORD_TOO_SHORT', message: expect.stringContaining('ít nhất 12 ký tự') } });
    const created = await server.call(admin, 'POST', '/api/console/users', { payload: { ...base, username: 'Mai', password: PASSWORD } });
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: number };
    const taken = await server.call(admin, 'POST', '/api/console/users', { payload: { ...base, username: 'MAI', password: PASSWORD } });
    expect(taken.json()).toMatchObject({ error: { code: 'USERNAME_TAKEN' } });

    const mai = await server.session('mai');
    const disabled = await server.call(admin, 'POST', `/api/console/users/${id}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ username: 'mai', disabledAt: expect.any(String) });
    expect((await server.call(mai, 'GET', '/api/console/session')).statusCode).toBe(401);
    expect((await server.signIn('mai')).json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    const users = (await server.call(admin, 'GET', '/api/console/users')).json() as StaffAccountListResponse;
    expect(users.items.map((u) => u.username)).toContain('mai');
    expect((await server.call(admin, 'POST', '/api/console/users/99999/disable')).json()).toMatchObject({ error: { code: 'STAFF_USER_NOT_FOUND' } });
  });

  it('stores argon2id hashes, audits sign-ins and account changes, and never logs or stores a password', async () => {
    const rows = await server.app.services.db.selectFrom('staff_users').select('password_hash').execute();
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const admin = await server.session('boss');
    const audit = (await server.call(admin, 'GET', '/api/console/audit-log?limit=500')).json() as AuditLogResponse;
    const actions = new Set(audit.items.map((item) => item.action));
    for (const action of ['sign-in.succeeded', 'sign-in.failed', 'sign-in.locked', 'sign-in.refused-locked', 'sign-out', 'user.created', 'user.disabled']) expect(actions).toContain(action);
    expect(audit.items[0]?.action).toBe('sign-in.succeeded'); // newest first
    expect(audit.items.find((item) => item.action === 'user.disabled')).toMatchObject({ username: 'boss', subjectType: 'staff_user' });
    expect(audit.items.filter((item) => item.action === 'sign-in.failed' && item.username === null).map((item) => item.detail)).toContainEqual({ reason: 'unknownUser' }); // not what was typed: it may be a password

    const stored = JSON.stringify(await server.app.services.db.selectFrom('audit_log').selectAll().execute());
    const logged = server.logs.join('');
    expect(logged).toContain('incoming request'); // the requests were logged (at debug level)…
    for (const secret of [PASSWORD, 'wrong password', 'not the password at all', 'ngắn quá']) {
      expect(logged).not.toContain(secret); // …but no password in any line
      expect(stored).not.toContain(secret);
    }
  });
});
