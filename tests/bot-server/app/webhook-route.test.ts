/** Every status of POST /webhooks/zalo, through `inject`, and what ends up stored. */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, signedBody, type TestServer } from '../../support/test-server';
import { simulatedEvent } from '../../../bot-server/simulator/simulated-events';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { workers: false });
});
afterAll(() => server.close());

const RESIDENT = '8400000000000000001';
const inboxCount = async () => Number((await server.app.services.db.selectFrom('inbox').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
const textEvent = (text: string) => simulatedEvent({ kind: 'text', text }, { appId: server.config.zalo.appId, oaId: server.config.zalo.oaId, userId: RESIDENT }, new Date());

function post(rawBody: string, signature?: string) {
  return server.app.inject({ method: 'POST', url: '/webhooks/zalo', headers: { 'content-type': 'application/json', ...(signature ? { 'x-zevent-signature': signature } : {}) }, payload: rawBody });
}

describe('POST /webhooks/zalo', () => {
  it('stores a correctly signed event and answers 200', async () => {
    const before = await inboxCount();
    const { rawBody, signature } = signedBody(server.config, textEvent('xin chào'));
    const response = await post(rawBody, signature);
    expect(response.statusCode).toBe(200);
    expect(await inboxCount()).toBe(before + 1);
  });

  it('treats Zalo’s retry of the same message as a no-op', async () => {
    const { rawBody, signature } = signedBody(server.config, textEvent('lần gửi lại'));
    expect((await post(rawBody, signature)).statusCode).toBe(200);
    const after = await inboxCount();
    expect((await post(rawBody, signature)).statusCode).toBe(200);
    expect(await inboxCount()).toBe(after);
  });

  it('rejects a missing or wrong signature with 401 and stores nothing', async () => {
    const before = await inboxCount();
    const { rawBody, signature } = signedBody(server.config, textEvent('giả mạo'));
    expect((await post(rawBody)).statusCode).toBe(401);
    const wrong = await post(rawBody, signature.replace(/.$/, (c) => (c === '0' ? '1' : '0')));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: { code: 'BAD_SIGNATURE' } });
    // A valid signature over a different body.
    expect((await post(rawBody.replace('giả mạo', 'đã sửa'), signature)).statusCode).toBe(401);
    expect(await inboxCount()).toBe(before);
  });

  it('answers 400 to malformed JSON and 413 over the body limit', async () => {
    const before = await inboxCount();
    expect((await post('{"not json', 'mac=00')).statusCode).toBe(400);
    const huge = JSON.stringify({ ...textEvent('x'), padding: 'x'.repeat(300 * 1024) });
    expect((await post(huge, signedBody(server.config, JSON.parse(huge) as Record<string, unknown>).signature)).statusCode).toBe(413);
    expect(await inboxCount()).toBe(before);
  });

  it('acknowledges unknown events without storing them', async () => {
    const before = await inboxCount();
    const { rawBody, signature } = signedBody(server.config, { app_id: server.config.zalo.appId, event_name: 'user_reacted_message', timestamp: String(Date.now()), sender: { id: RESIDENT } });
    expect((await post(rawBody, signature)).statusCode).toBe(200);
    expect(await inboxCount()).toBe(before);
  });

  it('keeps an event it cannot understand aside (sealed, failed, once) instead of losing it', async () => {
    const body = { app_id: server.config.zalo.appId, event_name: 'user_send_text', timestamp: String(Date.now()), sender: { id: RESIDENT }, recipient: { id: server.config.zalo.oaId }, message: 'CCCD 001099012345' };
    const { rawBody, signature } = signedBody(server.config, body);
    expect((await post(rawBody, signature)).statusCode).toBe(200);
    expect((await post(rawBody, signature)).statusCode).toBe(200); // Zalo's retry
    const kept = await server.app.services.db.selectFrom('inbox').selectAll().where('event_key', 'like', 'unparsed:%').execute();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ status: 'failed', user_id: RESIDENT, event_name: 'user_send_text' });
    expect(kept[0]?.error).toMatch(/^ZALO_EVENT_UNPARSED: message/);
    expect(kept[0]?.payload).not.toContain('001099012345');
    expect(server.app.services.cipher.open(kept[0]?.payload ?? '')).toBe(rawBody);
  });

  it('logs refusals, not every acknowledgement, at the production log level', async () => {
    const lines: { level: number; msg: string; reqId?: string; statusCode?: number; secret?: string }[] = [];
    const logStream = new Writable({ write(chunk, _encoding, done) { lines.push(JSON.parse(String(chunk)) as (typeof lines)[number]); done(); } });
    const logged = await startTestServer({ LOG_LEVEL: 'info' }, { workers: false, logStream });
    try {
      const send = (rawBody: string, signature?: string) =>
        logged.app.inject({ method: 'POST', url: '/webhooks/zalo', headers: { 'content-type': 'application/json', ...(signature ? { 'x-zevent-signature': signature } : {}) }, payload: rawBody });
      const event = (text: string) => signedBody(logged.config, simulatedEvent({ kind: 'text', text }, { appId: logged.config.zalo.appId, oaId: logged.config.zalo.oaId, userId: RESIDENT }, new Date()));
      const first = event('một');
      const second = event('hai');
      expect((await send(first.rawBody, first.signature)).statusCode).toBe(200);
      expect((await send(second.rawBody, second.signature)).statusCode).toBe(200);
      expect((await send(second.rawBody)).statusCode).toBe(401);
      expect((await send('{"not json', 'mac=00')).statusCode).toBe(400);
      expect((await send(JSON.stringify({ padding: 'x'.repeat(300 * 1024) }), 'mac=00')).statusCode).toBe(413);
      const perRequest = lines.filter((line) => line.reqId !== undefined);
      expect(perRequest.map((line) => [line.level, line.msg, line.statusCode])).toEqual([
        [40, 'webhook signature rejected', undefined],
        [40, 'webhook refused', 400],
        [40, 'webhook refused', 413],
      ]);
      // Which configured secret Zalo signs with is still said, once.
      expect(lines.filter((line) => line.msg === 'webhook signature matched this configured secret').map((line) => line.secret)).toEqual(['ZALO_OA_SECRET_KEY']);
    } finally {
      await logged.close();
    }
  });
});
