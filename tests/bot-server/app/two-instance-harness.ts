/**
 * Two real bot-server processes (A and B) on one PostgreSQL schema of their own and the machine's
 * Redis, in production mode against one fake Zalo in this test process, which counts every call to
 * its token endpoint. Residents reach an instance through signed webhooks, as Zalo does. Fault
 * tests kill and restart an instance, and (`startProxiedInstances`) cut PostgreSQL or Redis away
 * from both instances through TCP proxies, never touching the machine's shared servers.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import Fastify from 'fastify';
import { createFakeZalo, type FakeZaloOptions } from '../../../bot-server/simulator/fake-zalo-api';
import { startInstanceProcess, type InstanceProcess } from '../../../bot-server/cluster/instance-process';
import { openDatabase, type OpenDatabase } from '../../../bot-server/storage/open-database';
import { StorageError } from '../../../bot-server/storage/storage-error';
import { zaloSignature } from '../../../bot-server/zalo/webhook-signature';
import { simulatedEvent } from '../../../bot-server/simulator/simulated-events';
import { createTestDatabase } from '../storage/database-targets';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// A fresh OA id per run: the live-update channel is per OA, so parallel tests never wake our consoles.
const APP = { id: '5550001', secret: 'two-app-secret', oaId: `two-oa-${randomBytes(4).toString('hex')}`, oaSecret: 'two-oa-secret' };
const TOKENS = { accessToken: 'two-access-0', refreshToken: 'two-refresh-0' };

type Name = 'A' | 'B';

export interface Instance extends InstanceProcess {
  name: Name;
  logs: string[];
  /** Sends a webhook body signed as Zalo signs it; returns the HTTP status, 0 when nothing answered. */
  post(event: Record<string, unknown>): Promise<number>;
  /** The sum of a Prometheus series on this instance (0 when absent). */
  metric(name: string, labels?: string): Promise<number>;
}

export interface HarnessOptions {
  /** Added to both instances' environment (a quieter LOG_LEVEL under load, for one). */
  env?: Record<string, string>;
  /** For the fake Zalo: how long a `timeout` fault holds a call its caller has not given up on. */
  zalo?: Pick<FakeZaloOptions, 'hangMs' | 'slowMs'>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function startZalo(options: HarnessOptions['zalo']) {
  const fake = createFakeZalo({ appId: APP.id, appSecret: APP.secret, initialTokens: TOKENS, ...options });
  // Calls a `timeout` fault holds are cut when the test closes, not waited for.
  const server = Fastify({ forceCloseConnections: true });
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

/** A webhook as Zalo sends it: the exact body and its `X-ZEvent-Signature` header. */
export function signedWebhook(event: Record<string, unknown>): { body: string; signature: string } {
  const body = JSON.stringify(event);
  return { body, signature: `mac=${zaloSignature({ appId: APP.id, rawBody: body, timestamp: String(event.timestamp), secret: APP.oaSecret })}` };
}

function startInstance(name: Name, port: number, env: Record<string, string>): Instance {
  const logs: string[] = [];
  const child = startInstanceProcess({ port, env, onLine: (line) => logs.push(line) });
  return {
    ...child,
    name,
    logs,
    async post(event) {
      const { body, signature } = signedWebhook(event);
      try {
        const response = await fetch(`${child.url}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, body });
        await response.arrayBuffer();
        return response.status;
      } catch {
        return 0; // the instance is down: Zalo would retry later
      }
    },
    async metric(metricName, labels = '') {
      const text = await (await fetch(`${child.url}/metrics`)).text();
      const series = `${metricName}${labels ? `{${labels}}` : ''} `;
      return text.split('\n').filter((line) => line.startsWith(series)).reduce((sum, line) => sum + Number(line.slice(series.length)), 0);
    },
  };
}

async function startSystem(options: HarnessOptions, proxies?: { postgres: TcpProxy; redis: TcpProxy }) {
  const zalo = await startZalo(options.zalo);
  const target = await createTestDatabase('postgres');
  const env = {
    DATABASE_URL: proxies ? proxies.postgres.via(target.url) : target.url,
    REDIS_URL: proxies ? proxies.redis.via(REDIS_URL) : REDIS_URL,
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
    ...options.env,
  };
  const ports = { A: await freePort(), B: await freePort() };
  const instances = { A: startInstance('A', ports.A, env), B: startInstance('B', ports.B, env) };
  const stopAll = async () => {
    await Promise.all([instances.A.stop(), instances.B.stop()]);
    await Promise.all([proxies?.postgres.close(), proxies?.redis.close()]);
  };
  const failed = (error: unknown, logs: string[]) =>
    new Error(`${(error as Error).message}\n${logs.filter((line) => !line.startsWith('{')).join('\n')}`, { cause: error });
  // Kysely's migrator looks at every schema of the test database; another test file dropping its
  // schema at that moment fails the start-up (MIGRATION_FAILED), a race of the shared test
  // database, not of the instances: start such an instance once more.
  const readyOrRetry = async (name: Name) => {
    try {
      await instances[name].ready();
    } catch (error) {
      await new Promise((resolve) => setTimeout(resolve, 200)); // its last words may still be in the pipe
      if (!instances[name].logs.some((line) => line.includes('MIGRATION_FAILED'))) throw error;
      instances[name] = startInstance(name, ports[name], env);
      await instances[name].ready();
    }
  };
  let storage: OpenDatabase | undefined;
  try {
    await Promise.all([readyOrRetry('A'), readyOrRetry('B')]);
    storage = await openDatabase(target.url).catch((error: unknown) => {
      if (error instanceof StorageError && error.code === 'MIGRATION_FAILED') return openDatabase(target.url); // the same race
      throw error;
    });
  } catch (error) {
    await stopAll();
    await zalo.server.close();
    await target.dispose();
    throw failed(error, [...instances.A.logs, ...instances.B.logs]);
  }
  const db = storage.db;
  return {
    get a(): Instance {
      return instances.A;
    },
    get b(): Instance {
      return instances.B;
    },
    zalo,
    /** A direct connection of the test's own, never through a proxy. */
    db,
    /** kill -9: no shutdown, no finished batch, leases left as they were. */
    async kill(name: Name): Promise<void> {
      if (instances[name].pid !== undefined) process.kill(instances[name].pid, 'SIGKILL');
      await instances[name].exited;
    },
    /** Starts the instance again on its port with the same settings; resolves once it is ready. */
    async restart(name: Name): Promise<Instance> {
      instances[name] = startInstance(name, ports[name], env);
      try {
        await readyOrRetry(name);
      } catch (error) {
        throw failed(error, instances[name].logs);
      }
      return instances[name];
    },
    /** The distinct errors both instances logged, with counts: what a timed-out wait should show. */
    problems(): string {
      const counts = new Map<string, number>();
      for (const line of [...instances.A.logs, ...instances.B.logs]) {
        if (!/"level":(50|60)/.test(line)) continue;
        const message = /"msg":"([^"]*)"/.exec(line)?.[1] ?? line.slice(0, 120);
        const cause = /"message":"([^"]{0,100})/.exec(line)?.[1];
        const key = cause ? `${message} (${cause})` : message;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts.size === 0 ? 'no errors logged' : [...counts].map(([key, count]) => `${count}× ${key}`).join('; ');
    },
    /** Waits until `check` holds, polling; fails with `describe()` after the timeout. */
    async waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, describe: () => string): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await stopAll();
      await storage?.close();
      await target.dispose();
      await zalo.server.close();
    },
  };
}

export function startTwoInstances(options: HarnessOptions = {}) {
  return startSystem(options);
}

const endpoint = (url: string, defaultPort: number) => ({ host: new URL(url).hostname, port: Number(new URL(url).port || defaultPort) });

/** Both instances reach PostgreSQL and Redis through proxies the test can cut and restore. */
export async function startProxiedInstances(options: HarnessOptions = {}) {
  const proxies = {
    postgres: await startTcpProxy(endpoint(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 5432)),
    redis: await startTcpProxy(endpoint(REDIS_URL, 6379)),
  };
  return Object.assign(await startSystem(options, proxies), { proxies });
}

export type TwoInstances = Awaited<ReturnType<typeof startTwoInstances>>;
