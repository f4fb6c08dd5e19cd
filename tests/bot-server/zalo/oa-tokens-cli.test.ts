/** `npm run oa:tokens` as a child process against a temp SQLite file and a fake Zalo token endpoint. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createFakeZalo } from '../../../bot-server/simulator/fake-zalo-api';
import { openDatabase } from '../../../bot-server/storage/open-database';
import { loadOaTokens } from '../../../bot-server/storage/token-store';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dvc-oa-tokens-'));
const databaseUrl = join(dir, 'dvc.sqlite');
const APP = { id: '4440001', secret: 'cli-app-secret', oaId: '4440002' };
const consented = { accessToken: 'consented-access', refreshToken: 'consented-refresh' };
const fake = createFakeZalo({ appId: APP.id, appSecret: APP.secret, initialTokens: consented });
const zalo = Fastify();

beforeAll(async () => {
  await zalo.register(fake.plugin);
  await zalo.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await zalo.close();
  rmSync(dir, { recursive: true, force: true });
});

async function oaTokens(command: string, pair?: { accessToken: string; refreshToken: string }) {
  const url = `http://127.0.0.1:${(zalo.server.address() as { port: number }).port}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    ZALO_APP_ID: APP.id,
    ZALO_APP_SECRET: APP.secret,
    ZALO_OA_ID: APP.oaId,
    ZALO_OA_SECRET_KEY: 'cli-oa-secret',
    ZALO_OAUTH_URL: url,
    ZALO_OA_ACCESS_TOKEN: pair?.accessToken ?? '',
    ZALO_OA_REFRESH_TOKEN: pair?.refreshToken ?? '',
  };
  try {
    const { stdout, stderr } = await run(join('node_modules', '.bin', 'tsx'), ['bot-server/cli/oa-tokens.ts', command], { env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

async function stored() {
  const { db, close } = await openDatabase(databaseUrl);
  try {
    return await loadOaTokens(db, APP.oaId);
  } finally {
    await close();
  }
}

it('stores a re-consented pair, rotates it on demand, and never prints a token', async () => {
  const replaced = await oaTokens('replace', consented);
  expect(replaced.code).toBe(0);
  expect(replaced.output).toContain('Đã lưu cặp token mới');
  expect(await stored()).toMatchObject(consented);

  const refreshed = await oaTokens('refresh');
  expect(refreshed.code).toBe(0);
  expect(refreshed.output).toMatch(/Đã làm mới token[\s\S]*hết hạn \/ expires 20\d\d-/);
  expect(fake.stats.refreshCount).toBe(1);
  const rotated = await stored();
  expect(rotated?.refreshToken).not.toBe(consented.refreshToken);

  // The rotated pair is the one spent next: a second rotation works too.
  expect((await oaTokens('refresh')).code).toBe(0);
  expect(fake.stats.refreshCount).toBe(2);

  for (const { output } of [replaced, refreshed]) {
    for (const token of [consented.accessToken, consented.refreshToken, rotated?.accessToken, rotated?.refreshToken]) expect(output).not.toContain(token);
  }
}, 60_000);

it('says what to do when the stored refresh token is refused, and when the new pair is missing', async () => {
  await oaTokens('replace', { accessToken: 'typo-access', refreshToken: 'typo-refresh' });
  const refused = await oaTokens('refresh');
  expect(refused.code).toBe(1);
  expect(refused.output).toContain('cần cấp quyền lại');
  expect(refused.output).not.toContain('typo-refresh');

  const missing = await oaTokens('replace');
  expect(missing.code).toBe(1);
  expect(missing.output).toContain('Thiếu ZALO_OA_ACCESS_TOKEN');
}, 60_000);
