/**
 * Two real bot-server processes (A and B) on one PostgreSQL schema of their own and the machine's
 * Redis, in production mode against one fake Zalo in this test process, which counts every call to
 * its token endpoint. Residents reach an instance through signed webhooks, as Zalo does.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import Fastify from 'fastify';
import { createFakeZalo } from '../../../bot-server/simulator/fake-zalo-api';
import { startInstanceProcess, type InstanceProcess } from '../../../bot-server/cluster/instance-process';
import { openDatabase, type OpenDatabase } from '../../../bot-server/storage/open-database';
import { zaloSignature } from '../../../bot-server/zalo/webhook-signature';
import { simulatedEvent } from '../../../bot-server/simulator/simulated-events';
import { createTestDatabase } from '../storage/database-targets';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// A fresh OA id per run: the live-update channel is per OA, so parallel tests never wake our consoles.
const APP = { id: '5550001', secret: 'two-app-secret', oaId: `two-oa-${randomBytes(4).toString('hex')}`, oaSecret: 'two-oa-secret' };
const TOKENS = { accessToken: 'two-access-0', refreshToken: 'two-refresh-0' };

export interface Instance extends InstanceProcess {
  name: 'A' | 'B';
  logs: string[];
  /** Sends a webhook body signed as Zalo signs it; returns the HTTP status. */
  post(event: Record<string, unknown>): Promise<number>;
  /** The sum of a Prometheus series on this instance (0 when absent). */
  metric(name: string, labels?: string): Promise<number>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function startZalo() {
  const fake = createFakeZalo({ appId: APP.id, appSecret: APP.secret, initialTokens: TOKENS });
  const server = Fastify();
  let tokenCalls = 0;
  // Every call, granted or refused: a second refresh with a spent token must show up here too.
  server.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/v4/oa/access_token')) tokenCalls += 1;
  });
  await server.register(fake.plugin);
  await server.listen({ port: 0, host: '127.0.0.1' });
  return { fake, server, url: `http://127.0.0.1:${(server.server.address() as { port: number }).port}`, tokenCalls: () => tokenCalls };
}

export function residentEvent(userId: string, text: string): Record<string, unknown> {
  return simulatedEvent({ kind: 'text', text }, { appId: APP.id, oaId: APP.oaId, userId }, new Date());
}

function startInstance(name: 'A' | 'B', port: number, env: Record<string, string>): Instance {
  const logs: string[] = [];
  const child = startInstanceProcess({ port, env, onLine: (line) => logs.push(line) });
  return {
    ...child,
    name,
    logs,
    async post(event) {
      const rawBody = JSON.stringify(event);
      const mac = zaloSignature({ appId: APP.id, rawBody, timestamp: String(event.timestamp), secret: APP.oaSecret });
      const response = await fetch(`${child.url}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` }, body: rawBody });
      return response.status;
    },
    async metric(metricName, labels = '') {
      const text = await (await fetch(`${child.url}/metrics`)).text();
      const series = `${metricName}${labels ? `{${labels}}` : ''} `;
      return text.split('\n').filter((line) => line.startsWith(series)).reduce((sum, line) => sum + Number(line.slice(series.length)), 0);
    },
  };
}

export async function startTwoInstances() {
  const zalo = await startZalo();
  const target = await createTestDatabase('postgres');
  const env = {
    DATABASE_URL: target.url,
    REDIS_URL,
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    TRUST_PROXY: 'loopback',
    // info: the test reads which instance saw its token rejected and which one refreshed it.
    LOG_LEVEL: 'info',
    ZALO_APP_ID: APP.id,
    ZALO_APP_SECRET: APP.secret,
    ZALO_OA_ID: APP.oaId,
    ZALO_OA_SECRET_KEY: APP.oaSecret,
    ZALO_OA_ACCESS_TOKEN: TOKENS.accessToken,
    ZALO_OA_REFRESH_TOKEN: TOKENS.refreshToken,
    ZALO_OPENAPI_URL: zalo.url,
    ZALO_OAUTH_URL: zalo.url,
    ZALO_GRAPH_URL: zalo.url,
  };
  const a = startInstance('A', await freePort(), env);
  const b = startInstance('B', await freePort(), env);
  let storage: OpenDatabase | undefined;
  try {
    await Promise.all([a.ready(), b.ready()]);
    storage = await openDatabase(target.url);
  } catch (error) {
    await Promise.all([a.stop(), b.stop()]);
    throw new Error(`${(error as Error).message}\n${[...a.logs, ...b.logs].filter((line) => !line.startsWith('{')).join('\n')}`, { cause: error });
  }
  const db = storage.db;
  return {
    a,
    b,
    zalo,
    db,
    /** Waits until `check` holds, polling; fails with `describe()` after the timeout. */
    async waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, describe: () => string): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await Promise.all([a.stop(), b.stop()]);
      await storage?.close();
      await target.dispose();
      await zalo.server.close();
    },
  };
}

export type TwoInstances = Awaited<ReturnType<typeof startTwoInstances>>;
