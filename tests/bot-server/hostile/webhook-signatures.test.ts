/**
 * What webhook-route.test.ts does not already cover about signatures and replays: a signature is
 * good for exactly the bytes it was made over (any one-character change, or the same event
 * re-serialised, is refused and stores nothing); signatures made with another secret or app id,
 * or two in one header, are refused; and a captured request replayed later, days later too, is
 * acknowledged but neither stored nor answered again. A flood from one resident is answered
 * politely while others are still served: delivery-and-handoff.test.ts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, signedBody, type TestServer } from '../../support/test-server';
import { simulatedEvent, type SimulatedAction } from '../../../bot-server/simulator/simulated-events';
import { zaloSignature } from '../../../bot-server/zalo/webhook-signature';
import { SIMULATOR } from '../../../bot-server/config/load-config';

let server: TestServer;
let now = Date.parse('2026-03-02T02:00:00.000Z');
beforeAll(async () => {
  server = await startTestServer({}, { clock: () => new Date(now) });
});
afterAll(() => server.close());

const event = (userId: string, action: SimulatedAction) => simulatedEvent(action, { appId: server.config.zalo.appId, oaId: server.config.zalo.oaId, userId }, new Date(now));
const inboxCount = async () => (await server.app.services.db.selectFrom('inbox').select('id').execute()).length;
/** Waits until nothing of the resident's is waiting in the inbox or the outbox. */
async function settled(userId: string): Promise<void> {
  const { db } = server.app.services;
  const busy = async () =>
    (await db.selectFrom('inbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'processing']).execute()).length +
    (await db.selectFrom('outbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'sending']).execute()).length;
  await expect.poll(busy, { timeout: 10_000, interval: 25 }).toBe(0);
}
const post = (payload: string, signature: string) => server.app.inject({ method: 'POST', url: '/webhooks/zalo', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, payload });

describe('webhook signatures', () => {
  it('refuses every one-character change to a signed body, and stores nothing', async () => {
    const { rawBody, signature } = signedBody(server.config, event('8400000000000000401', { kind: 'text', text: 'Tôi muốn đăng ký tạm trú cho con' }));
    const before = await inboxCount();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: rawBody.length - 1 }), fc.constantFrom('0', '9', 'a', ' ', '"', '\u200B', 'ạ', '}'), async (at, character) => {
        fc.pre(rawBody[at] !== character);
        const changed = rawBody.slice(0, at) + character + rawBody.slice(at + 1);
        const response = await post(changed, signature);
        expect([400, 401]).toContain(response.statusCode);
      }),
      { numRuns: 150 },
    );
    // The same event with other spacing, and with its keys in another order: other bytes, refused.
    const parsed = JSON.parse(rawBody) as Record<string, unknown>;
    expect((await post(JSON.stringify(parsed, null, 1), signature)).statusCode).toBe(401);
    expect((await post(JSON.stringify(Object.fromEntries(Object.entries(parsed).reverse())), signature)).statusCode).toBe(401);
    expect(await inboxCount()).toBe(before);
  });

  it('refuses a signature made with another secret or app id, and two signatures in one header', async () => {
    const body = event('8400000000000000402', { kind: 'text', text: 'xin chào' });
    const rawBody = JSON.stringify(body);
    const sign = (appId: string, secret: string) => `mac=${zaloSignature({ appId, rawBody, timestamp: String(body.timestamp), secret })}`;
    const good = sign(server.config.zalo.appId, SIMULATOR.oaSecretKey);
    const before = await inboxCount();
    for (const signature of [sign(server.config.zalo.appId, 'a secret Zalo never gave us'), sign('another-app', SIMULATOR.oaSecretKey), `${good}, ${good}`, `mac=${good}`, good.replace('mac=', 'mac= ')]) {
      const response = await post(rawBody, signature);
      expect(response.statusCode, signature).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'BAD_SIGNATURE' } });
    }
    expect(await inboxCount()).toBe(before);
    // The same bytes with the right signature are taken: the refusals above were about the signature alone.
    expect((await post(rawBody, good)).statusCode).toBe(200);
  });

  it('acknowledges a captured request replayed later, days later too, without storing or answering it again', async () => {
    const resident = '8400000000000000403';
    const text = signedBody(server.config, event(resident, { kind: 'text', text: 'xin chào' }));
    const follow = signedBody(server.config, event(resident, { kind: 'follow' })); // no msg_id: keyed by name, resident and time
    expect((await post(follow.rawBody, follow.signature)).statusCode).toBe(200);
    expect((await post(text.rawBody, text.signature)).statusCode).toBe(200);
    await settled(resident);
    const replies = server.replies(resident);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    const stored = await inboxCount();
    for (const days of [0, 1, 30]) {
      now += days * 86_400_000;
      expect((await post(text.rawBody, text.signature)).statusCode).toBe(200);
      expect((await post(follow.rawBody, follow.signature)).statusCode).toBe(200);
    }
    expect(await inboxCount()).toBe(stored);
    await settled(resident);
    expect(server.replies(resident)).toEqual(replies);
  });
});
