/**
 * The API's per-address limit (300 requests a minute): past it, a polite Vietnamese 429. With
 * REDIS_URL the count is shared, so two instances behind a load balancer enforce one limit.
 */
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/test-server';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function hit(server: TestServer, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const response = await server.app.inject({ method: 'GET', url: '/api/procedures?limit=1', remoteAddress: '10.9.8.7' });
    statuses.push(response.statusCode);
  }
  return statuses;
}

describe('API rate limit', () => {
  it('answers 300 requests a minute from one address, then asks politely to wait', async () => {
    const server = await startTestServer();
    servers.push(server);
    expect((await hit(server, 300)).every((status) => status === 200)).toBe(true);
    const refused = await server.app.inject({ method: 'GET', url: '/api/procedures', remoteAddress: '10.9.8.7' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('chờ một chút') });
    // Another address is not held back.
    expect((await server.app.inject({ method: 'GET', url: '/api/procedures', remoteAddress: '10.9.8.8' })).statusCode).toBe(200);
  });

  it('shares the count between instances through Redis', async () => {
    const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
    await redis.connect();
    // A fresh key space per run: the plugin's keys are per address, so use an address of our own.
    const before = await redis.keys('*10.9.8.7*');
    if (before.length > 0) await redis.del(...before);
    const env = { REDIS_URL: 'redis://127.0.0.1:6379' };
    const first = await startTestServer(env);
    const second = await startTestServer(env);
    servers.push(first, second);
    expect((await hit(first, 200)).every((status) => status === 200)).toBe(true);
    const fromSecond = await hit(second, 101);
    expect(fromSecond.slice(0, 100).every((status) => status === 200)).toBe(true);
    expect(fromSecond[100]).toBe(429);
    const keys = await redis.keys('*10.9.8.7*');
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('keeps serving when Redis is unreachable', async () => {
    const server = await startTestServer({ REDIS_URL: 'redis://127.0.0.1:6390' });
    servers.push(server);
    expect(await hit(server, 3)).toEqual([200, 200, 200]);
  });
});
