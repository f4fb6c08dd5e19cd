/**
 * Kill the server in the middle of a batch (inside the transaction that writes a reply), restart
 * it, and check every message Zalo got a 200 for is answered exactly once, in order per resident.
 * Zalo's side is the fake API in this test process; the server is a real child process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { createFakeZalo } from '../../bot-server/simulator/fake-zalo-api';
import { zaloSignature } from '../../bot-server/zalo/webhook-signature';
import { simulatedEvent } from '../../bot-server/simulator/simulated-events';

const APP = { id: '1234567890', secret: 'crash-app-secret', oaId: '9876543210', oaSecret: 'crash-oa-secret' };
const TOKENS = { accessToken: 'crash-access-0', refreshToken: 'crash-refresh-0' };

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

let zalo: FastifyInstance;
let fake: ReturnType<typeof createFakeZalo>;
let port: number;
const dir = mkdtempSync(join(tmpdir(), 'dvc-crash-'));

function startServer(extra: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'bot-server/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: join(dir, 'dvc.sqlite'),
      LOG_LEVEL: 'error',
      ZALO_APP_ID: APP.id,
      ZALO_APP_SECRET: APP.secret,
      ZALO_OA_ID: APP.oaId,
      ZALO_OA_SECRET_KEY: APP.oaSecret,
      ZALO_OA_ACCESS_TOKEN: TOKENS.accessToken,
      ZALO_OA_REFRESH_TOKEN: TOKENS.refreshToken,
      ZALO_OPENAPI_URL: `${zaloBase()}`,
      ZALO_OAUTH_URL: `${zaloBase()}`,
      ...extra,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const zaloBase = () => `http://127.0.0.1:${(zalo.server.address() as { port: number }).port}`;

async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out: ${JSON.stringify(Object.fromEntries([...(globalThis as { __residents?: string[] }).__residents ?? []].map((u) => [u, fake.sentMessages(u).length])))}`);
}

async function post(body: Record<string, unknown>): Promise<number> {
  const rawBody = JSON.stringify(body);
  const mac = zaloSignature({ appId: APP.id, rawBody, timestamp: String(body.timestamp), secret: APP.oaSecret });
  try {
    const response = await fetch(`http://127.0.0.1:${port}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` }, body: rawBody });
    return response.status;
  } catch {
    return 0; // the server is down: Zalo would retry later
  }
}

const ready = () => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);

beforeAll(async () => {
  fake = createFakeZalo({ appSecret: APP.secret, initialTokens: TOKENS });
  zalo = Fastify();
  await zalo.register(fake.plugin);
  await zalo.listen({ port: 0, host: '127.0.0.1' });
  port = await freePort();
});
afterAll(async () => {
  await zalo.close();
});

describe('crash and restart', () => {
  it('answers every accepted message exactly once, in order, after a kill -9 mid-batch', async () => {
    const residents = Array.from({ length: 6 }, (_, i) => `84${String(5000000000000000 + i)}`);
    (globalThis as { __residents?: string[] }).__residents = residents;
    const commands = ['giúp', 'menu', 'tra cứu'];
    const expectedStart = { 'giúp': 'Tôi có thể giúp bạn', menu: 'Các thủ tục thường gặp', 'tra cứu': 'Hãy gửi mã hồ sơ' } as Record<string, string>;
    const events = residents.flatMap((userId, r) =>
      commands.map((text, c) => simulatedEvent({ kind: 'text', text }, { appId: APP.id, oaId: APP.oaId, userId }, new Date(Date.UTC(2026, 2, 11, 2, 0, r * 10 + c)))),
    );

    // First run dies inside the transaction of the 7th message it processes.
    let server = startServer({ DVC_TEST_CRASH_AT_INBOX_EVENT: '7' });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code, signal) => resolve(signal ? -1 : code)));
    await waitUntil(ready, 30_000);
    const accepted = new Set<number>();
    for (const [index, event] of events.entries()) if ((await post(event)) === 200) accepted.add(index);
    expect(await exited).toBe(-1);

    // Restarted, and Zalo retrying whatever did not get a 200 (retries of accepted ones are no-ops too).
    server = startServer();
    await waitUntil(ready, 30_000);
    for (const [index, event] of events.entries()) if ((await post(event)) === 200) accepted.add(index);
    expect(accepted.size).toBe(events.length);

    await waitUntil(() => residents.every((userId) => fake.sentMessages(userId).length >= commands.length), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 800)); // nothing more should arrive
    for (const userId of residents) {
      const texts = fake.sentMessages(userId).map((m) => m.text);
      const answered = commands.map((command) => texts.findIndex((text) => text.includes(expectedStart[command] ?? '')));
      expect(answered.every((i) => i >= 0), `${userId}: ${JSON.stringify(texts)}`).toBe(true);
      expect([...answered].sort((a, b) => a - b)).toEqual(answered); // in order
      for (const command of commands) expect(texts.filter((t) => t.includes(expectedStart[command] ?? '')), `${userId} ${command}`).toHaveLength(1);
    }
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }, 90_000);
});
