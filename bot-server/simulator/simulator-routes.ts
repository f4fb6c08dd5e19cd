/**
 * The simulator's own API, used by the /simulator page: it plays Zalo towards our webhook. Each
 * resident action becomes a Zalo-shaped event, signed exactly as Zalo signs it, and POSTed over
 * real HTTP to /webhooks/zalo, so the production path runs end to end. Only in simulator mode.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zaloSignature } from '../zalo/webhook-signature';
import { SIMULATOR } from '../config/load-config';
import { simulatedEvent, newResidentId, type SimulatedAction } from './simulated-events';
import type { SimulatorTranscripts } from './simulator-transcripts';
import { SIMULATOR_PAGE } from './simulator-page';

const userIdSchema = z.string().regex(/^\d{6,30}$/, 'a Zalo user id is a string of digits');

const actionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().min(1).max(2000) }),
  z.object({ kind: z.literal('follow') }),
  z.object({ kind: z.literal('image') }),
  z.object({ kind: z.literal('location'), latitude: z.number(), longitude: z.number() }),
  z.object({ kind: z.literal('officialText'), text: z.string().min(1).max(2000) }),
]);

export interface SimulatorOptions {
  transcripts: SimulatorTranscripts;
  /** Where our own webhook listens (known once the server listens). */
  webhookUrl: () => string;
}

export function simulatorRoutes(options: SimulatorOptions): FastifyPluginAsyncZod {
  return async (app) => {
    const { services } = app;
    app.get('/simulator', { schema: { tags: ['simulator'], summary: 'The local Zalo chat simulator page' } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(SIMULATOR_PAGE));

    app.post('/simulator/api/residents', { schema: { tags: ['simulator'], summary: 'A new simulated resident id', response: { 200: z.object({ userId: z.string() }) } } }, async () => ({ userId: newResidentId() }));

    app.post(
      '/simulator/api/send',
      { schema: { tags: ['simulator'], summary: 'Act as a resident (or an official in the OA chat): sends a signed webhook', body: z.object({ userId: userIdSchema, action: actionSchema }), response: { 200: z.object({ webhookStatus: z.number() }) } } },
      async (request) => {
        const { userId } = request.body;
        const action = request.body.action as SimulatedAction;
        const now = services.clock();
        const event = simulatedEvent(action, { appId: services.config.zalo.appId, oaId: services.config.zalo.oaId, userId }, now);
        const rawBody = JSON.stringify(event);
        const mac = zaloSignature({ appId: services.config.zalo.appId, rawBody, timestamp: String(event.timestamp), secret: SIMULATOR.oaSecretKey });
        if (action.kind === 'text') options.transcripts.add(userId, 'resident', action.text, now);
        if (action.kind === 'officialText') options.transcripts.add(userId, 'official', action.text, now);
        if (action.kind === 'follow') options.transcripts.add(userId, 'system', 'Đã theo dõi OA', now);
        if (action.kind === 'image') options.transcripts.add(userId, 'resident', '[ảnh]', now);
        if (action.kind === 'location') options.transcripts.add(userId, 'resident', '[vị trí]', now);
        const response = await fetch(options.webhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` }, body: rawBody });
        return { webhookStatus: response.status };
      },
    );

    app.get(
      '/simulator/api/messages',
      { schema: { tags: ['simulator'], summary: 'What a simulated resident has seen since a sequence number', querystring: z.object({ userId: userIdSchema, after: z.coerce.number().int().min(0).default(0) }) } },
      async (request) => ({ items: options.transcripts.after(request.query.userId, request.query.after) }),
    );
  };
}
