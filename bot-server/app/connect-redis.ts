/**
 * The shared Redis (rate-limit counters across instances). Connected before the server takes
 * requests: a client that is not connected fails every command, and with `skipOnError` the rate
 * limit would then silently let everything through. Redis down at start, or later, is logged
 * loudly; requests are still served (a missing limit is better than a missing service).
 */
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

export async function connectRedis(url: string, log: FastifyBaseLogger): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  let reported = false;
  redis.on('error', (error: Error) => {
    if (reported) return; // ioredis repeats the error on every reconnect attempt
    reported = true;
    log.error({ alert: 'REDIS_UNAVAILABLE', problem: error.message }, 'Redis unreachable: rate limits are not shared until it is back');
  });
  redis.on('ready', () => {
    if (reported) log.info('Redis reachable again');
    reported = false;
  });
  await redis.connect().catch(() => undefined); // reported by the 'error' listener; ioredis keeps retrying
  return redis;
}
