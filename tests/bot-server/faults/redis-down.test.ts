/**
 * Faults (issue 6): Redis unavailable. Both instances reach Redis through a proxy the test cuts.
 * Without Redis the system keeps serving (webhooks answered and replied to, the API served) and
 * degrades to per-instance rate limits: each instance still refuses a client past 300 requests a
 * minute on its own, instead of letting everything through. The switch is logged once; when Redis
 * is back, the limit is one shared count again, without a restart.
 */
import { randomInt } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_URL, residentEvent, startProxiedInstances, type Instance } from '../app/two-instance-harness';
import { residentId } from './resident-burst';

let system: Awaited<ReturnType<typeof startProxiedInstances>>;
const clients: string[] = [];
beforeAll(async () => {
  system = await startProxiedInstances();
}, 60_000);
afterAll(async () => {
  await system?.close();
  const redis = new Redis(REDIS_URL);
  for (const client of clients) {
    const keys = await redis.keys(`*${client}*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  redis.disconnect();
}, 60_000);

/** A client address of its own (named by the trusted balancer), so no other test shares its count. */
function newClient(): string {
  const client = `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
  clients.push(client);
  return client;
}
const ask = (instance: Instance, client: string) =>
  fetch(`${instance.url}/api/procedures?limit=1`, { headers: { 'x-forwarded-for': client } }).then(async (response) => (await response.arrayBuffer(), response.status));
async function askMany(times: number, client: string, pick: (i: number) => Instance): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) statuses.push(await ask(pick(i), client));
  return statuses;
}
const lines = (instance: Instance, text: string) => instance.logs.filter((line) => line.includes(text)).length;

describe('Redis unavailable', () => {
  it('keeps serving with per-instance rate limits, logged once, and shares the count again once Redis is back', async () => {
    await system.proxies.redis.cut();

    // Residents are still answered: the webhook and the workers never needed Redis.
    const userId = residentId(4, 0);
    expect(await system.a.post(residentEvent(userId, 'giúp'))).toBe(200);
    expect(await system.b.post(residentEvent(userId, 'menu'))).toBe(200);
    await system.waitUntil(() => system.zalo.fake.sentMessages(userId).length >= 2, 20_000, () => 'no replies while Redis is down');

    // Each instance counts on its own: A refuses the 301st request, B still serves the same client.
    const client = newClient();
    const onA = await askMany(301, client, () => system.a);
    expect(onA.slice(0, 300).every((status) => status === 200)).toBe(true);
    expect(onA[300]).toBe(429);
    expect(await ask(system.b, client)).toBe(200);
    expect(lines(system.a, 'API rate limits are counted per instance')).toBe(1); // once, not per request
    expect(lines(system.a, 'REDIS_UNAVAILABLE')).toBe(1);

    await system.proxies.redis.restore();
    await system.waitUntil(
      () => [system.a, system.b].every((instance) => lines(instance, 'Redis reachable again') >= 1),
      20_000,
      () => 'the instances did not reconnect to Redis',
    );
    // Each instance goes back to Redis at its next request (a probe client of its own, so the
    // count checked below starts from zero).
    const probe = newClient();
    for (const instance of [system.a, system.b]) {
      await system.waitUntil(
        async () => (await ask(instance, probe)) === 200 && lines(instance, 'API rate limits are shared across instances again') >= 1,
        10_000,
        () => `${instance.name} did not go back to the shared count`,
      );
    }
    // One shared count again: requests alternating between A and B are refused at 300 in all.
    const shared = await askMany(301, newClient(), (i) => (i % 2 === 0 ? system.b : system.a));
    expect(shared.slice(0, 300).every((status) => status === 200)).toBe(true);
    expect(shared[300]).toBe(429);
    for (const instance of [system.a, system.b]) expect(lines(instance, 'API rate limits are shared across instances again')).toBe(1);
  }, 90_000);
});
