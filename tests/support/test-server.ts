/**
 * A real bot-server for tests: simulator mode, a fresh SQLite file, listening on a random port.
 * Residents talk to it through signed webhooks over HTTP, exactly as Zalo does, and replies are
 * read from the fake Zalo API that the server's OA client delivered them to.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { loadConfig, SIMULATOR, type Config } from '../../bot-server/config/load-config';
import { buildApp, localBaseUrl, type BuildOptions } from '../../bot-server/app/build-app';
import { zaloSignature } from '../../bot-server/zalo/webhook-signature';
import { simulatedEvent, type SimulatedAction } from '../../bot-server/simulator/simulated-events';

export interface TestServer {
  app: FastifyInstance;
  baseUrl: string;
  config: Config;
  /** Sends a signed webhook as Zalo would; returns the HTTP status. */
  act(userId: string, action: SimulatedAction): Promise<number>;
  say(userId: string, text: string): Promise<number>;
  /** Replies the fake Zalo has received for a resident, in order. */
  replies(userId: string): string[];
  /** Waits until the resident has at least `count` replies in total. */
  waitForReplies(userId: string, count: number, timeoutMs?: number): Promise<string[]>;
  /** Sends a text and returns everything the turn produced: waits for a first reply, then for quiet. */
  turn(userId: string, text: string): Promise<string>;
  close(): Promise<void>;
}

export function signedBody(config: Config, body: Record<string, unknown>): { rawBody: string; signature: string } {
  const rawBody = JSON.stringify(body);
  return { rawBody, signature: `mac=${zaloSignature({ appId: config.zalo.appId, rawBody, timestamp: String(body.timestamp), secret: SIMULATOR.oaSecretKey })}` };
}

export async function startTestServer(env: Record<string, string> = {}, options: BuildOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-server-'));
  const loaded = loadConfig({ DATABASE_URL: join(dir, 'dvc.sqlite'), PORT: '0', LOG_LEVEL: 'warn', ...env });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const { config } = loaded;
  const app = await buildApp(config, options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = localBaseUrl(app);
  const fake = app.fakeZalo;
  if (!fake) throw new Error('simulator mode expected');
  const replies = (userId: string) => fake.sentMessages(userId).map((m) => m.text);

  const waitForReplies = async (userId: string, count: number, timeoutMs = 10_000): Promise<string[]> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const got = replies(userId);
      if (got.length >= count) return got;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`timed out waiting for ${count} replies to ${userId}; got ${replies(userId).length}: ${JSON.stringify(replies(userId)).slice(0, 500)}`);
  };

  const act = async (userId: string, action: SimulatedAction) => {
    const body = simulatedEvent(action, { appId: config.zalo.appId, oaId: config.zalo.oaId, userId }, new Date());
    const { rawBody, signature } = signedBody(config, body);
    const response = await fetch(`${baseUrl}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, body: rawBody });
    await response.arrayBuffer(); // read to the end, so the connection is free when the server closes
    return response.status;
  };

  return {
    app,
    baseUrl,
    config,
    act,
    say: (userId, text) => act(userId, { kind: 'text', text }),
    replies,
    waitForReplies,
    async turn(userId, text) {
      const before = replies(userId).length;
      const status = await act(userId, { kind: 'text', text });
      if (status !== 200) throw new Error(`webhook answered ${status}`);
      // The turn is over when the resident has nothing left in the inbox or outbox.
      const { db } = app.services;
      const busy = async () => {
        const inbox = await db.selectFrom('inbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'processing']).execute();
        const outbox = await db.selectFrom('outbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'sending']).execute();
        return inbox.length + outbox.length > 0;
      };
      const deadline = Date.now() + 10_000;
      while ((await busy()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 15));
      await waitForReplies(userId, before + 1);
      return replies(userId).slice(before).join('\n---\n');
    },
    close: () => app.close(),
  };
}
