import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createOaClient } from '../../../bot-server/zalo/oa-client';
import { createTokenManager, type Tokens } from '../../../bot-server/zalo/token-manager';
import { APP_ID, APP_SECRET, INITIAL_TOKENS, deadBaseUrl, delay, recordingLogger, startFakeZalo } from './fake-zalo-server';

const RESIDENT = '8912382170034401234';
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function setup(options: { random?: () => number; slowMs?: number; timeoutMs?: number; appSecret?: string; openApiUrl?: string; save?: (t: Tokens) => Promise<void>; textLimit?: number } = {}) {
  const server = await startFakeZalo({ ...(options.random ? { random: options.random } : {}), ...(options.slowMs ? { slowMs: options.slowMs } : {}) });
  closers.push(server.close);
  const log = recordingLogger();
  let stored: Tokens | undefined;
  const tokens = createTokenManager({
    oauthUrl: server.baseUrl,
    appId: APP_ID,
    appSecret: options.appSecret ?? APP_SECRET,
    load: async () => stored,
    save: async (pair) => {
      await options.save?.(pair);
      stored = pair;
    },
    seed: INITIAL_TOKENS,
    now: () => new Date('2025-07-01T08:00:00.000Z'),
    logger: log.logger,
    refreshAheadMs: 3_600_000,
  });
  const client = createOaClient({ openApiUrl: options.openApiUrl ?? server.baseUrl, tokens, logger: log.logger, timeoutMs: options.timeoutMs ?? 2000, ...(options.textLimit ? { textLimit: options.textLimit } : {}) });
  return { client, fake: server.fake, log };
}

/** A one-route Zalo stand-in answering a fixed `{ error }`, for codes the fake does not play. */
async function zaloAnswering(error: number, message: string): Promise<string> {
  const app = Fastify({ logger: false });
  app.post('/v3.0/oa/message/cs', async () => ({ error, message }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  closers.push(() => app.close());
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

describe('OA client: sending', () => {
  it('sends a text with the access_token header and returns Zalo’s message id', async () => {
    const { client, fake } = await setup();
    const result = await client.sendText(RESIDENT, 'Xin chào! Bạn cần làm thủ tục gì?');
    const sent = fake.sentMessages(RESIDENT);
    expect(sent.map((m) => m.text)).toEqual(['Xin chào! Bạn cần làm thủ tục gì?']);
    expect(result).toEqual({ ok: true, messageIds: [sent[0]?.messageId] });
  });

  it('splits a long text into ordered parts of at most 2,000 characters, never mid-word', async () => {
    const { client, fake } = await setup();
    const sentences = Array.from({ length: 120 }, (_, i) => `Câu số ${i + 1}: mang theo căn cước công dân và giấy khai sinh bản chính.`);
    const text = sentences.join(' ');
    const result = await client.sendText(RESIDENT, text);
    const parts = fake.sentMessages(RESIDENT).map((m) => m.text);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.messageIds).toHaveLength(parts.length);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(2000);
      expect(part.endsWith('.')).toBe(true); // cut at a sentence end
    }
    expect(parts.join(' ')).toBe(text);
  });

  it('stops at the first failed part and reports the parts already sent', async () => {
    const rolls = [0.9, 0.1]; // part 1 escapes the 50 % rate limit, part 2 is hit
    const { client, fake } = await setup({ random: () => rolls.shift() ?? 0.9 });
    fake.setFault({ fault: 'rateLimit', rate: 0.5 });
    const text = `${'Đoạn một. '.repeat(150)}\n\n${'Đoạn hai. '.repeat(150)}\n\n${'Đoạn ba.'}`;
    const result = await client.sendText(RESIDENT, text);
    expect(fake.sentMessages(RESIDENT)).toHaveLength(1);
    expect(result).toMatchObject({ ok: false, code: -32, action: 'backOff', retryable: true, sentMessageIds: [fake.sentMessages()[0]?.messageId] });
  });
});

describe('OA client: expired token', () => {
  it('refreshes once on -216 and retries, with one refresh for 10 concurrent sends', async () => {
    const { client, fake } = await setup();
    fake.setFault('tokenExpired');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => client.sendText(RESIDENT, `tin nhắn ${i}`)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fake.stats.refreshCount).toBe(1);
    expect(fake.sentMessages(RESIDENT)).toHaveLength(10);
    expect(fake.stats.sendCount).toBe(20); // each send: one -216, one retry
  });

  it('saves the new token pair before the retried request reaches Zalo', async () => {
    const events: string[] = [];
    const { client, fake } = await setup({
      save: async () => {
        events.push('save started');
        await delay(50);
        events.push('save finished');
      },
    });
    fake.onMessage(() => events.push('retry reached Zalo'));
    fake.setFault('tokenExpired');
    expect((await client.sendText(RESIDENT, 'xin chào')).ok).toBe(true);
    expect(events).toEqual(['save started', 'save finished', 'retry reached Zalo']);
  });

  it('gives up with an alert when the refresh itself fails', async () => {
    const { client, fake, log } = await setup({ appSecret: 'wrong-secret' });
    fake.setFault('tokenExpired');
    const result = await client.sendText(RESIDENT, 'xin chào');
    expect(result).toMatchObject({ ok: false, code: -216, action: 'alertAdmin', retryable: true });
    expect(log.calls.some((c) => c.level === 'error' && c.fields.alert === 'OA_TOKEN_REFRESH_FAILED')).toBe(true);
    expect(fake.stats.sendCount).toBe(1);
  });
});

describe('OA client: Zalo errors become values', () => {
  it('-32 rate limit → backOff, retryable; the next call succeeds', async () => {
    const { client, fake } = await setup();
    fake.setFault({ fault: 'rateLimit', count: 1 });
    expect(await client.sendText(RESIDENT, 'a')).toMatchObject({ ok: false, code: -32, action: 'backOff', retryable: true });
    expect((await client.sendText(RESIDENT, 'a')).ok).toBe(true);
  });

  it('-230 outside the 7-day window → undeliverable, not retryable', async () => {
    const { client, fake } = await setup();
    fake.setFault('outsideWindow');
    expect(await client.sendText(RESIDENT, 'a')).toMatchObject({ ok: false, code: -230, action: 'undeliverable', retryable: false, sentMessageIds: [] });
    expect(fake.sentMessages()).toEqual([]);
  });

  it('HTTP 500 → the status as code, backOff, retryable', async () => {
    const { client, fake } = await setup();
    fake.setFault('serverError');
    expect(await client.sendText(RESIDENT, 'a')).toMatchObject({ ok: false, code: 500, action: 'backOff', retryable: true });
  });

  it('a slow Zalo → timeout, code -1, retryable', async () => {
    const { client, fake } = await setup({ slowMs: 300, timeoutMs: 80 });
    fake.setFault({ fault: 'slow', count: 1 });
    expect(await client.sendText(RESIDENT, 'a')).toMatchObject({ ok: false, code: -1, action: 'backOff', retryable: true, message: 'timeout' });
  });

  it('an unreachable Zalo → code -1, retryable, and the token never logged', async () => {
    const { client, log } = await setup({ openApiUrl: await deadBaseUrl() });
    expect(await client.sendText(RESIDENT, 'a')).toMatchObject({ ok: false, code: -1, action: 'backOff', retryable: true, message: 'network error' });
    expect(log.text()).not.toContain(INITIAL_TOKENS.accessToken);
  });

  it('-201 → bug, not retryable, logging the payload shape but not the text', async () => {
    const { client, log } = await setup({ textLimit: 5000 }); // force a text the fake refuses (> 2,000)
    const secretText = 'CCCD 001234567890 '.repeat(150);
    expect(await client.sendText(RESIDENT, secretText)).toMatchObject({ ok: false, code: -201, action: 'bug', retryable: false });
    const bug = log.calls.find((c) => c.level === 'error' && c.fields.code === -201);
    expect(bug?.fields.payloadShape).toEqual({ recipient: { user_id: 'string(19)' }, message: { text: `string(${secretText.trim().length})` } });
    expect(log.text()).not.toContain('001234567890');
  });

  it.each([-211, -221, -223, -224])('%i → alertAdmin at error level, not retryable', async (code) => {
    const { client, log } = await setup({ openApiUrl: await zaloAnswering(code, 'not allowed') });
    expect(await client.sendText(RESIDENT, 'a')).toMatchObject({ ok: false, code, action: 'alertAdmin', retryable: false, message: 'not allowed' });
    expect(log.calls.some((c) => c.level === 'error' && c.fields.alert === 'ZALO_OA_NEEDS_ADMIN' && c.fields.code === code)).toBe(true);
  });

  it.each([-213, -232])('%i → undeliverable, not retryable', async (code) => {
    const { client } = await setup({ openApiUrl: await zaloAnswering(code, 'x') });
    expect(await client.sendText(RESIDENT, 'a')).toMatchObject({ ok: false, code, action: 'undeliverable', retryable: false });
  });

  it('an unknown negative code → backOff, retryable, and logged', async () => {
    const { client, log } = await setup({ openApiUrl: await zaloAnswering(-999, 'mystery') });
    expect(await client.sendText(RESIDENT, 'a')).toMatchObject({ ok: false, code: -999, action: 'backOff', retryable: true });
    expect(log.calls.some((c) => c.level === 'warn' && c.fields.code === -999)).toBe(true);
  });

  it('refuses to send an empty text', async () => {
    const { client, fake } = await setup();
    expect(await client.sendText(RESIDENT, '  \n ')).toMatchObject({ ok: false, action: 'bug', retryable: false });
    expect(fake.stats.sendCount).toBe(0);
  });
});

describe('OA client: quota', () => {
  it('reads the quota, and reports errors like sends do', async () => {
    const { client, fake } = await setup();
    await client.sendText(RESIDENT, 'a');
    const result = await client.quota(RESIDENT);
    expect(result).toEqual({ ok: true, quota: { lastInteraction: fake.sentMessages()[0]?.sentAt, csReplyRemain: 1000 } });
    fake.setFault('rateLimit');
    expect(await client.quota(RESIDENT)).toMatchObject({ ok: false, code: -32, retryable: true });
  });
});
