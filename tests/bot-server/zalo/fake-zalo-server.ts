// Test support: the fake Zalo in a real Fastify server on 127.0.0.1 (real HTTP through axios),
// and a pino-shaped logger that records calls (a fake of OUR logger, not of Zalo).
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { createFakeZalo, type FakeZaloOptions } from '../../../bot-server/simulator/fake-zalo-api';

export const APP_ID = '4291763606161179100';
export const APP_SECRET = 'test-app-secret';
export const INITIAL_TOKENS = { accessToken: 'seed-access-token', refreshToken: 'seed-refresh-token' };

export async function startFakeZalo(options: Partial<FakeZaloOptions> = {}) {
  const fake = createFakeZalo({ appId: APP_ID, appSecret: APP_SECRET, initialTokens: INITIAL_TOKENS, ...options });
  const app = Fastify({ logger: false });
  await app.register(fake.plugin, { prefix: '/fake-zalo' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { fake, app, baseUrl: `http://127.0.0.1:${port}/fake-zalo`, close: () => app.close() };
}

/** A base URL where nothing listens (connection refused). */
export async function deadBaseUrl(): Promise<string> {
  const app = Fastify({ logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  await app.close();
  return `http://127.0.0.1:${port}`;
}

export type LogCall = { level: 'info' | 'warn' | 'error'; fields: Record<string, unknown>; message: string | undefined };

export function recordingLogger() {
  const calls: LogCall[] = [];
  const record =
    (level: LogCall['level']) =>
    (...args: unknown[]): void => {
      const [first, second] = args;
      if (typeof first === 'string') calls.push({ level, fields: {}, message: first });
      else calls.push({ level, fields: (first ?? {}) as Record<string, unknown>, message: typeof second === 'string' ? second : undefined });
    };
  return {
    logger: { info: record('info'), warn: record('warn'), error: record('error') },
    calls,
    /** Everything logged, as one string, to assert what must never appear. */
    text: () => JSON.stringify(calls),
  };
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
