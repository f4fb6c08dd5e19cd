/**
 * What residents notice when Zalo misbehaves or an official steps in: replies still arrive once
 * (after a token refresh or a back-off), an unreachable resident is not retried in a storm, a
 * Zalo retry of the same message gets one answer, a flood is answered politely, and once an
 * official owns the conversation the bot stays silent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, signedBody, type TestServer } from '../../support/test-server';
import { simulatedEvent } from '../../../bot-server/simulator/simulated-events';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { residentBurst: { windowMs: 10_000, max: 4 } });
});
afterAll(() => server.close());

const fake = () => {
  const zalo = server.app.fakeZalo;
  if (!zalo) throw new Error('no fake Zalo');
  return zalo;
};
const outboxFor = (userId: string) => server.app.services.db.selectFrom('outbox').selectAll().where('user_id', '=', userId).orderBy('id').execute();

describe('delivery through the fake Zalo', () => {
  it('refreshes an expired token once and still delivers (-216)', async () => {
    const refreshesBefore = fake().stats.refreshCount;
    fake().setFault('tokenExpired');
    const reply = await server.turn('8401000000000000001', 'giúp');
    expect(reply).toContain('Tôi có thể giúp bạn');
    expect(fake().stats.refreshCount).toBe(refreshesBefore + 1);
    fake().setFault(null);
  });

  it('backs off on a rate limit and delivers afterwards (-32)', async () => {
    fake().setFault({ fault: 'rateLimit', count: 2 });
    const reply = await server.turn('8401000000000000002', 'giúp');
    expect(reply).toContain('Tôi có thể giúp bạn');
    const [row] = await outboxFor('8401000000000000002');
    expect(row).toMatchObject({ status: 'sent' });
    expect(row?.attempts).toBeGreaterThanOrEqual(3);
  }, 20_000);

  it("does not hold other residents' replies behind one slow send to Zalo", async () => {
    fake().setFault({ fault: 'slow', count: 1 }); // the next send takes 3 s
    expect(await server.say('8401000000000000011', 'giúp')).toBe(200);
    await expect.poll(async () => (await outboxFor('8401000000000000011'))[0]?.status, { timeout: 5000 }).toBe('sending');
    const started = Date.now();
    const reply = await server.turn('8401000000000000012', 'giúp');
    expect(reply).toContain('Tôi có thể giúp bạn');
    expect(Date.now() - started).toBeLessThan(2500);
    expect((await outboxFor('8401000000000000011'))[0]?.status).toBe('sending'); // still waiting on Zalo
    await expect.poll(async () => (await outboxFor('8401000000000000011'))[0]?.status, { timeout: 6000 }).toBe('sent');
  }, 15_000);

  it('records a resident outside the 7-day window as undeliverable, without a retry storm (-230)', async () => {
    fake().setFault('outsideWindow');
    const sendsBefore = fake().stats.sendCount;
    expect(await server.say('8401000000000000003', 'giúp')).toBe(200);
    await expect.poll(async () => (await outboxFor('8401000000000000003'))[0]?.status, { timeout: 5000 }).toBe('undeliverable');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake().stats.sendCount - sendsBefore).toBe(1);
    expect((await outboxFor('8401000000000000003'))[0]?.last_error_code).toBe(-230);
    fake().setFault(null);
  });

  it('answers a message once even when Zalo delivers it twice', async () => {
    const userId = '8401000000000000004';
    const body = simulatedEvent({ kind: 'text', text: 'giúp' }, { appId: server.config.zalo.appId, oaId: server.config.zalo.oaId, userId }, new Date());
    const { rawBody, signature } = signedBody(server.config, body);
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${server.baseUrl}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, body: rawBody });
      expect(response.status).toBe(200);
    }
    await server.waitForReplies(userId, 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.replies(userId)).toHaveLength(1);
  });

  it('does not count echoes of its own replies against a resident’s pace', async () => {
    const userId = '8401000000000000010';
    const reply = await server.turn(userId, 'giúp');
    for (let i = 0; i < 6; i += 1) {
      const echo = simulatedEvent({ kind: 'officialText', text: reply }, { appId: server.config.zalo.appId, oaId: server.config.zalo.oaId, userId }, new Date());
      const { rawBody, signature } = signedBody(server.config, echo);
      await fetch(`${server.baseUrl}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, body: rawBody });
    }
    expect(await server.turn(userId, 'menu')).toContain('Các thủ tục thường gặp');
  });

  it('asks a flooding resident to slow down, and keeps answering others', async () => {
    const flooder = '8401000000000000005';
    for (let i = 0; i < 7; i += 1) expect(await server.say(flooder, 'giúp')).toBe(200);
    const calm = await server.turn('8401000000000000006', 'giúp');
    expect(calm).toContain('Tôi có thể giúp bạn');
    await server.waitForReplies(flooder, 5);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const replies = server.replies(flooder);
    expect(replies.filter((r) => r.includes('Tôi có thể giúp bạn'))).toHaveLength(4);
    expect(replies.filter((r) => r.includes('Bạn gửi hơi nhanh'))).toHaveLength(1);
  });
});

describe('handoff to an official', () => {
  it('says an official will answer, then stays silent', async () => {
    const userId = '8401000000000000007';
    const reply = await server.turn(userId, 'gặp cán bộ');
    expect(reply).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
    const handoff = await server.app.services.db.selectFrom('handoffs').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
    expect(handoff).toMatchObject({ status: 'open', reason: 'requested' });
    expect(await server.say(userId, 'alo, có ai không?')).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.replies(userId)).toHaveLength(1);
  });

  it('treats an official typing in the OA chat as a takeover', async () => {
    const userId = '8401000000000000008';
    await server.turn(userId, 'xin chào');
    const repliesBefore = server.replies(userId).length;
    expect(await server.act(userId, { kind: 'officialText', text: 'Chào chị, em là cán bộ một cửa, em hỗ trợ chị nhé.' })).toBe(200);
    await expect.poll(async () => (await server.app.services.db.selectFrom('handoffs').selectAll().where('user_id', '=', userId).executeTakeFirst())?.reason, { timeout: 5000 }).toBe('officialTookOver');
    expect(await server.say(userId, 'dạ em cảm ơn')).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.replies(userId)).toHaveLength(repliesBefore);
  });

  it('does not take our own echoed replies for an official', async () => {
    const userId = '8401000000000000009';
    const reply = await server.turn(userId, 'giúp');
    const echo = simulatedEvent({ kind: 'officialText', text: reply }, { appId: server.config.zalo.appId, oaId: server.config.zalo.oaId, userId }, new Date());
    const { rawBody, signature } = signedBody(server.config, echo);
    await fetch(`${server.baseUrl}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, body: rawBody });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await server.app.services.db.selectFrom('handoffs').selectAll().where('user_id', '=', userId).execute()).toEqual([]);
    expect(await server.turn(userId, 'menu')).toContain('Các thủ tục thường gặp');
  });
});
