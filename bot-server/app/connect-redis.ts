/**
 * The shared Redis (rate-limit counters and live console updates across instances). Connected
 * before the server takes requests, so the first requests already share their counts. Redis down
 * at start, or later, is logged loudly, once per outage; requests are still served, with rate
 * limits counted per instance (fallback-rate-limit-store.ts) until it is back.
 */
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

export async function connectRedis(url: string, log: FastifyBaseLogger): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  let reported = false;
  redis.on('error', (error: Error) => {
    if (reported) return; // ioredis repeats the error on every reconnect attempt
    reported = true;
    log.error({ alert: 'REDIS_UNAVAILABLE', problem: error.message }, 'Redis unreachable: rate limits and live updates stay per instance until it is back');
  });
  redis.on('ready', () => {
    if (reported) log.info('Redis reachable again');
    reported = false;
  });
  await redis.connect().catch(() => undefined); // reported by the 'error' listener; ioredis keeps retrying
  return redis;
}
