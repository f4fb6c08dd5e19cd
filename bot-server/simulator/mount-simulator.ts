/**
 * Simulator mode: the server also plays Zalo. A fake of Zalo's OpenAPI/OAuth/Graph answers under
 * /fake-zalo (our OA client talks to it over HTTP, as to the real thing), and /simulator lets a
 * developer chat as a resident; what the bot sends shows up in that resident's window.
 */
import type { FastifyInstance } from 'fastify';
import { SIMULATOR } from '../config/load-config';
import { createFakeZalo } from './fake-zalo-api';
import { createSimulatorTranscripts } from './simulator-transcripts';
import { simulatorRoutes } from './simulator-routes';
import { localBaseUrl } from '../app/build-app';

export async function mountSimulator(app: FastifyInstance): Promise<void> {
  const transcripts = createSimulatorTranscripts();
  const fake = createFakeZalo({ appSecret: SIMULATOR.appSecret, initialTokens: { accessToken: SIMULATOR.accessToken, refreshToken: SIMULATOR.refreshToken } });
  fake.onMessage((message) => transcripts.add(message.userId, 'oa', message.text, app.services.clock()));
  app.decorate('fakeZalo', fake);
  await app.register(fake.plugin, { prefix: '/fake-zalo' });
  await app.register(simulatorRoutes({ transcripts, fake, webhookUrl: () => `${localBaseUrl(app)}/webhooks/zalo` }));
}

declare module 'fastify' {
  interface FastifyInstance {
    fakeZalo?: ReturnType<typeof createFakeZalo>;
  }
}
