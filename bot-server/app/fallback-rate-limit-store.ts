/**
 * The API rate limit's counters (@fastify/rate-limit's `store`): shared by every instance through
 * Redis while Redis answers; while it does not, counted in this process, so each instance still
 * holds every client to the limit on its own (a missing limit would invite a flood exactly when the
 * system is weakest). The switch is logged once each way, and the shared count resumes by itself.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';
import { createLocalRateCounter } from './local-rate-counter';

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

// One round trip: count the hit and start the window on the first one.
const COUNT_SCRIPT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}`;
/** Longer than this, a Redis answer is not worth holding a request for. */
const REDIS_WAIT_MS = 500;
/** After a failed call, count locally this long before asking Redis again. */
const RETRY_REDIS_MS = 2_000;

export function fallbackRateLimitStore(redis: Redis, log: Pick<FastifyBaseLogger, 'warn' | 'info'>, keyPrefix = 'dvc-rate-limit:'): FastifyRateLimitStoreCtor {
  let degraded = false;
  let retryAt = 0;

  function fellBack(problem: string): void {
    retryAt = Date.now() + RETRY_REDIS_MS;
    if (degraded) return;
    degraded = true;
    log.warn({ alert: 'RATE_LIMIT_PER_INSTANCE', problem }, 'Redis unreachable: API rate limits are counted per instance until it is back');
  }

  async function sharedCount(key: string, timeWindow: number): Promise<Counted> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${REDIS_WAIT_MS} ms`)), REDIS_WAIT_MS);
    });
    try {
      const result = await Promise.race([redis.eval(COUNT_SCRIPT, 1, key, String(timeWindow)), timedOut]);
      if (!Array.isArray(result) || typeof result[0] !== 'number' || typeof result[1] !== 'number') throw new Error('unexpected answer from Redis');
      return { current: result[0], ttl: Math.max(0, result[1]) };
    } finally {
      clearTimeout(timer);
    }
  }

  // The plugin builds the store with `new Store(options)`; a route with limits of its own gets a
  // `child`, with counters of its own under its method and URL.
  return class FallbackStore implements FastifyRateLimitStore {
    private readonly local = createLocalRateCounter();

    constructor(
      _options?: unknown,
      private readonly prefix = keyPrefix,
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      if (redis.status !== 'ready' || Date.now() < retryAt) {
        if (redis.status !== 'ready') fellBack(`connection ${redis.status}`);
        callback(null, this.local.count(key, timeWindow));
        return;
      }
      sharedCount(this.prefix + key, timeWindow).then(
        (counted) => {
          if (degraded) log.info('Redis reachable: API rate limits are shared across instances again');
          degraded = false;
          callback(null, counted);
        },
        (error: unknown) => {
          fellBack(error instanceof Error ? error.message : String(error));
          callback(null, this.local.count(key, timeWindow));
        },
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      // The plugin passes the route under `routeInfo` (its typings say the route itself).
      const route = 'routeInfo' in routeOptions && typeof routeOptions.routeInfo === 'object' && routeOptions.routeInfo !== null ? routeOptions.routeInfo : routeOptions;
      const name = `${'method' in route ? String(route.method) : ''}${'url' in route ? String(route.url) : ''}`;
      return new FallbackStore(undefined, `${this.prefix}${name}:`);
    }
  };
}
