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
import { loadOaTokens } from '../storage/token-store';

export async function mountSimulator(app: FastifyInstance): Promise<void> {
  const transcripts = createSimulatorTranscripts();
  // Zalo keeps the pair it last issued across our restarts, and so does its stand-in: otherwise a
  // pair refreshed in an earlier run (stored, and shared by a local cluster) would be refused.
  const stored = await loadOaTokens(app.services.db, app.services.config.zalo.oaId);
  const initialTokens = stored ? { accessToken: stored.accessToken, refreshToken: stored.refreshToken } : { accessToken: SIMULATOR.accessToken, refreshToken: SIMULATOR.refreshToken };
  const fake = createFakeZalo({ appSecret: SIMULATOR.appSecret, initialTokens });
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
