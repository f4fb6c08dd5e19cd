/**
 * Zalo's servers for the cluster benchmark, in the benchmark's own process (the instances under
 * test are child processes): every instance sends its replies here. Records when each resident
 * first got a reply, and every reply text a resident got more than once (each benchmark resident
 * sends one message, so a repeated text is a reply sent twice).
 */
import Fastify from 'fastify';
import { createFakeZalo } from '../../bot-server/simulator/fake-zalo-api';
import { BENCH_ZALO } from './fake-zalo-process';

export interface ReplyRecorder {
  /** Base URL for ZALO_OPENAPI_URL, ZALO_OAUTH_URL and ZALO_GRAPH_URL. */
  url: string;
  firstReplyAt(userId: string): number | undefined;
  /** Residents who got the same reply text more than once. */
  duplicatedResidents(): number;
  close(): Promise<void>;
}

export async function startReplyRecorder(): Promise<ReplyRecorder> {
  const fake = createFakeZalo({ appSecret: BENCH_ZALO.appSecret, initialTokens: { accessToken: BENCH_ZALO.accessToken, refreshToken: BENCH_ZALO.refreshToken } });
  const firstReplyAt = new Map<string, number>();
  const textsSeen = new Map<string, Set<string>>();
  const duplicated = new Set<string>();
  fake.onMessage((message) => {
    if (!firstReplyAt.has(message.userId)) firstReplyAt.set(message.userId, Date.now());
    const texts = textsSeen.get(message.userId) ?? new Set<string>();
    if (texts.has(message.text)) duplicated.add(message.userId);
    textsSeen.set(message.userId, texts.add(message.text));
  });
  const app = Fastify();
  await app.register(fake.plugin, { prefix: '/zalo' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/zalo`,
    firstReplyAt: (userId) => firstReplyAt.get(userId),
    duplicatedResidents: () => duplicated.size,
    close: () => app.close(),
  };
}
