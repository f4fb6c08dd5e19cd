/**
 * Zalo's servers for the end-to-end benchmark, in their own process (as the real ones are on
 * other machines): the server under test then spends its CPU only on its own work. Prints
 * `{ port }` once listening; on a line "report" from stdin prints when each resident first got a
 * reply (epoch ms) and exits.
 */
import Fastify from 'fastify';
import { createInterface } from 'node:readline';
import { createFakeZalo } from '../../bot-server/simulator/fake-zalo-api';

export const BENCH_ZALO = { appSecret: 'bench-app-secret', accessToken: 'bench-access-0', refreshToken: 'bench-refresh-0' };

export async function runFakeZaloProcess(): Promise<void> {
  const fake = createFakeZalo({ appSecret: BENCH_ZALO.appSecret, initialTokens: { accessToken: BENCH_ZALO.accessToken, refreshToken: BENCH_ZALO.refreshToken } });
  const firstReplyAt: Record<string, number> = {};
  fake.onMessage((message) => {
    firstReplyAt[message.userId] ??= Date.now();
  });
  const app = Fastify();
  await app.register(fake.plugin, { prefix: '/zalo' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ port: (app.server.address() as { port: number }).port })}\n`);
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() === 'report') {
      process.stdout.write(`${JSON.stringify({ firstReplyAt })}\n`);
      await app.close();
      process.exit(0);
    }
  }
}
