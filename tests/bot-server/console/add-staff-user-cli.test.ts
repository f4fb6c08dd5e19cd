/** `npm run user:add` as a child process against a temp SQLite file, then signing in as that user. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot-server/config/load-config';
import { buildApp } from '../../../bot-server/app/build-app';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dvc-user-add-'));
const databaseUrl = join(dir, 'dvc.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function userAdd(args: string[], password: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join('node_modules', '.bin', 'tsx'), ['bot-server/cli/add-staff-user.ts', ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, DVC_NEW_USER_PASSWORD: password, LOG_LEVEL: 'warn' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run user:add', () => {
  it('creates an account that can then sign in, and refuses a taken name or a short password with a plain message', async () => {
    const password = 'quản trị viên đầu tiên';
    const created = await userAdd(['--username', 'Admin', '--role', 'admin', '--name', 'Quản trị'], password);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Đã tạo tài khoản "admin"');
    expect(created.stdout + created.stderr).not.toContain(password);

    const taken = await userAdd(['--username', 'admin', '--role', 'official', '--name', 'Khác'], password);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('đã có người dùng');
    const short = await userAdd(['--username', 'lan', '--role', 'official', '--name', 'Lan'], 'ngắn');
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('ít nhất 12 ký tự');
    const badRole = await userAdd(['--username', 'lan', '--role', 'boss', '--name', 'Lan'], password);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain('--role');

    const loaded = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const app = await buildApp(loaded.config, { workers: false });
    try {
      const signIn = await app.inject({ method: 'POST', url: '/api/console/sign-in', payload: { username: 'admin', password } });
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json()).toMatchObject({ user: { username: 'admin', displayName: 'Quản trị', role: 'admin', communeCode: null } });
    } finally {
      await app.close();
    }
  }, 60_000);
});
