/**
 * Carries live signals between instances over Redis pub/sub, so a console on instance A sees a
 * handoff raised on instance B. Each instance tags what it sends and ignores its own echo (it
 * already told its local consoles). Redis down: consoles still get this instance's signals and
 * their 30-second refetch; nothing is lost, only later. The channel is per OA: deployments (or
 * test runs) sharing one Redis do not wake each other's consoles.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';
import { LIVE_TOPICS, type LiveEvents, type LiveTopic } from './live-events';

export async function fanOutLiveEvents(live: LiveEvents, redis: Redis, log: FastifyBaseLogger, oaId: string): Promise<() => void> {
  const channel = `dvc:live:${oaId}`;
  const instance = randomUUID();
  const subscriber = redis.duplicate({ enableOfflineQueue: true });
  subscriber.on('error', () => undefined); // the shared client already reports Redis being down
  subscriber.on('message', (_channel: string, message: string) => {
    const [from, topic] = message.split(' ');
    if (from !== instance && LIVE_TOPICS.includes(topic as LiveTopic)) live.deliver(topic as LiveTopic);
  });
  await subscriber.subscribe(channel).catch((error: Error) => log.warn({ problem: error.message }, 'live updates not shared across instances until Redis is back'));
  live.forwardTo((topic) => void redis.publish(channel, `${instance} ${topic}`).catch(() => undefined));
  return () => subscriber.disconnect();
}
