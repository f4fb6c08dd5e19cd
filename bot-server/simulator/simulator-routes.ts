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
import type { createFakeZalo } from './fake-zalo-api';
import { simulatedMiniAppUser } from './simulated-mini-app-user';

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
  /** The fake Zalo, whose Graph API knows the Mini App users. */
  fake: Pick<ReturnType<typeof createFakeZalo>, 'addResident' | 'issuePhoneToken'>;
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

    app.post(
      '/simulator/api/mini-app-token',
      {
        schema: {
          tags: ['simulator'],
          summary: 'A Zalo user access token with which a simulated resident opens the Mini App as themselves',
          body: z.object({ userId: userIdSchema, name: z.string().trim().min(1).max(100).optional() }),
          response: { 200: z.object({ userToken: z.string(), miniAppUrl: z.string() }) },
        },
      },
      async (request) => {
        const user = options.fake.addResident(simulatedMiniAppUser(request.body.userId, request.body.name));
        return { userToken: user.userToken, miniAppUrl: `/mini-app/?simUserToken=${encodeURIComponent(user.userToken)}` };
      },
    );

    app.post(
      '/simulator/api/phone-token',
      {
        schema: {
          tags: ['simulator'],
          summary: 'What zmp-sdk getPhoneNumber() gives a simulated Mini App user: a single-use phone token',
          body: z.object({ userToken: z.string().min(1) }),
          response: { 200: z.object({ phoneToken: z.string() }), 404: z.object({ error: z.string() }) },
        },
      },
      async (request, reply) => {
        const phoneToken = options.fake.issuePhoneToken(request.body.userToken);
        return phoneToken ? { phoneToken } : reply.status(404).send({ error: 'unknown userToken: ask /simulator/api/mini-app-token first' });
      },
    );

    app.get(
      '/simulator/api/messages',
      { schema: { tags: ['simulator'], summary: 'What a simulated resident has seen since a sequence number', querystring: z.object({ userId: userIdSchema, after: z.coerce.number().int().min(0).default(0) }) } },
      async (request) => ({ items: options.transcripts.after(request.query.userId, request.query.after) }),
    );
  };
}
