/**
 * GET /api/console/events: the console's live feed (server-sent events). An event named after the
 * area that changed (`handoffs`, `filings`, `appointments`) tells the page to refetch it; bursts are
 * folded into one event per area every SIGNAL_DELAY_MS, so a busy commune does not flood a tablet.
 * EventSource reconnects by itself; the page also refetches on a timer in case a signal was missed.
 */
import sse from '@fastify/sse';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import type { LiveTopic } from '../app/live-events';
import { ALL_ROLES, requireRole } from './console-auth';

const SIGNAL_DELAY_MS = 100;
/** Keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

export const liveEventsRoute: FastifyPluginAsyncZod = async (app) => {
  await app.register(sse, { heartbeatInterval: HEARTBEAT_MS });
  const { services } = app;
  // Open feeds never finish by themselves: end them when the server shuts down, or it waits forever.
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of open) close();
  });
  app.get(
    '/events',
    {
      sse: { kind: 'only' },
      onRequest: requireRole(...ALL_ROLES),
      schema: {
        tags: ['console'],
        summary: 'Live feed (text/event-stream): events named handoffs, filings or appointments, data { at }, when that area changed; refetch it',
        response: { 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (_request, reply) => {
      const waiting = new Map<LiveTopic, NodeJS.Timeout>();
      const send = (topic: LiveTopic) => {
        waiting.delete(topic);
        if (reply.sse.isConnected) void reply.sse.send({ event: topic, data: { at: services.clock().toISOString() } }).catch(() => undefined);
      };
      const unsubscribe = services.live.subscribe((topic) => {
        if (!waiting.has(topic)) waiting.set(topic, setTimeout(send, SIGNAL_DELAY_MS, topic));
      });
      reply.sse.keepAlive();
      const close = () => reply.sse.close();
      open.add(close);
      reply.sse.onClose(() => {
        open.delete(close);
        unsubscribe();
        for (const timer of waiting.values()) clearTimeout(timer);
      });
      // The first event opens the stream, so the page knows it is live.
      await reply.sse.send({ event: 'ready', data: { at: services.clock().toISOString() } });
    },
  );
};
