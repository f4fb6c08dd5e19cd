/**
 * Two bot-server processes on one PostgreSQL and one Redis behave as one system (ARCHITECTURE.md
 * "Scaling out"): a Zalo retry landing on the other instance is answered once; residents' messages
 * spread over both are answered once each and in order; no reply goes out twice; the API rate
 * limit is one count; a console on A hears of a handoff raised on B within 2 seconds; and an
 * expired token makes exactly one refresh call at Zalo, however many instances saw it rejected.
 */
import { randomInt } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReferenceCode } from '../../../shared/filing/reference-code';
import { createStaffAccount } from '../../../bot-server/console-api/create-staff-account';
import { openSseStream, type SseStream } from '../../support/sse-stream';
import { REDIS_URL, residentEvent, startTwoInstances, type Instance, type TwoInstances } from './two-instance-harness';

let system: TwoInstances;
beforeAll(async () => {
  system = await startTwoInstances();
}, 120_000);
afterAll(async () => {
  await system?.close();
}, 60_000);

/** A distinct resident id per test and index (Zalo ids are long digit strings). */
const resident = (test: number, index: number) => `84${test}${String(index).padStart(3, '0')}${'7'.repeat(12)}`;
const texts = (userId: string) => system.zalo.fake.sentMessages(userId).map((message) => message.text);
const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));
const processed = (instance: Instance) => instance.metric('dvc_inbox_processing_seconds_count');

/** A valid reference code made of the resident's and the message's numbers, so each is unique. */
function referenceCode(residentIndex: number, message: number): string {
  const symbols = [Math.floor(residentIndex / 30), residentIndex % 30, message, 0, 0, 0, 0, 0][Symbol.iterator]();
  return generateReferenceCode(() => symbols.next().value ?? 0);
}

describe('two instances on one PostgreSQL and one Redis', () => {
  it('answers a Zalo retry that lands on the other instance once', async () => {
    const userId = resident(1, 0);
    const event = residentEvent(userId, 'giúp');
    expect(await system.a.post(event)).toBe(200);
    expect(await system.b.post(event)).toBe(200); // Zalo retrying the same msg_id elsewhere
    await system.waitUntil(() => texts(userId).length >= 1, 10_000, () => 'no reply to the first message');
    await settle();
    expect(texts(userId)).toHaveLength(1);
    expect(texts(userId)[0]).toContain('Tôi có thể giúp bạn');
    expect(await system.db.selectFrom('inbox').select('id').where('user_id', '=', userId).execute()).toHaveLength(1);
    expect(await system.b.metric('dvc_webhook_requests_total', 'result="duplicate"')).toBe(1);
  });

  it('answers 200 messages from 20 residents, sent alternately to A and B, once each and in order per resident', async () => {
    const residents = Array.from({ length: 20 }, (_, index) => resident(2, index));
    const before = { a: await processed(system.a), b: await processed(system.b) };
    for (let message = 0; message < 10; message += 1) {
      // Each resident's messages go out one after another (as a phone sends them), residents at once.
      const statuses = await Promise.all(
        residents.map((userId, index) => (((index + message) % 2 === 0 ? system.a : system.b).post(residentEvent(userId, `tra cứu ${referenceCode(index, message)}`)))),
      );
      expect(statuses.every((status) => status === 200)).toBe(true);
    }
    await system.waitUntil(() => residents.every((userId) => texts(userId).length >= 10), 60_000, () => residents.map((userId) => texts(userId).length).join(','));
    await settle();
    for (const [index, userId] of residents.entries()) {
      const expected = Array.from({ length: 10 }, (_, message) => referenceCode(index, message));
      expect(texts(userId).map((text) => expected.find((code) => text.includes(code))), userId).toEqual(expected);
    }
    // Both instances took part in the work, not one of them alone.
    expect(await processed(system.a)).toBeGreaterThan(before.a);
    expect(await processed(system.b)).toBeGreaterThan(before.b);
  }, 90_000);

  it('never sends an outbox row twice: every sent row is exactly one message Zalo received, and Zalo received nothing else', async () => {
    const sent = await system.db.selectFrom('outbox').select(['status', 'zalo_message_id']).execute();
    expect(sent.filter((row) => row.status !== 'sent')).toEqual([]);
    const received = system.zalo.fake.sentMessages().map((message) => message.messageId);
    expect(new Set(received).size).toBe(received.length);
    expect(sent.map((row) => row.zalo_message_id).sort()).toEqual([...received].sort());
  });

  it('shares the API rate limit: requests alternating between A and B are refused at the shared count of 300', async () => {
    const client = `198.18.${randomInt(256)}.${randomInt(1, 255)}`; // named by the (trusted) balancer
    const ask = (instance: Instance) => fetch(`${instance.url}/api/procedures?limit=1`, { headers: { 'x-forwarded-for': client } }).then((response) => response.status);
    const statuses: number[] = [];
    for (let i = 0; i < 301; i += 1) statuses.push(await ask(i % 2 === 0 ? system.a : system.b));
    expect(statuses.slice(0, 300).every((status) => status === 200)).toBe(true);
    expect(statuses[300]).toBe(429);
    expect(await ask(system.a)).toBe(429);
    // Another client (another X-Forwarded-For) is not held back by it.
    expect(await fetch(`${system.b.url}/api/procedures?limit=1`, { headers: { 'x-forwarded-for': '198.19.255.254' } }).then(async (r) => (await r.arrayBuffer(), r.status))).toBe(200);
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`*${client}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('shows a console connected to A a handoff raised on B within 2 seconds', async () => {
    const account = await createStaffAccount(system.db, { username: 'lan', displayName: 'Cán bộ Lan', role: 'official', communeCode: '00001', password: 'mùa thu Hà Nội 2026' }, { now: new Date().toISOString(), actorId: null });
    expect(account.ok).toBe(true);
    const signIn = await fetch(`${system.a.url}/api/console/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'lan', password: 'mùa thu Hà Nội 2026' }) });
    const cookie = signIn.headers.getSetCookie().find((header) => header.startsWith('dvc_console='))?.split(';')[0];
    expect(cookie).toBeDefined();
    const feed: SseStream = await openSseStream(`${system.a.url}/api/console/events`, { cookie: cookie ?? '' });
    try {
      await feed.next('ready');
      // Wanted: a handoff B itself processed (B is woken by its own webhook; A only polls), so the
      // signal must have crossed over Redis. Tried a few times in case A's poll took the message.
      let crossed = false;
      for (let attempt = 0; attempt < 3 && !crossed; attempt += 1) {
        const onB = await processed(system.b);
        const asked = Date.now();
        expect(await system.b.post(residentEvent(resident(5, attempt), 'gặp cán bộ'))).toBe(200);
        await feed.next('handoffs', 2000);
        expect(Date.now() - asked).toBeLessThan(2000);
        crossed = (await processed(system.b)) > onB;
      }
      expect(crossed).toBe(true);
    } finally {
      feed.close();
    }
  });

  it('refreshes an expired access token once, at one instance, while both see it rejected', async () => {
    const count = (instance: Instance, text: string) => instance.logs.filter((line) => line.includes(text)).length;
    const rejected = (instance: Instance) => count(instance, 'OA access token rejected');
    const refreshed = () => count(system.a, 'OA access token refreshed') + count(system.b, 'OA access token refreshed');
    const before = { calls: system.zalo.tokenCalls(), refreshed: refreshed() };
    // Each round expires the token and sends a burst over both instances. Either instance may take
    // all of a burst's replies; the race this is about needs both to meet the expired token.
    let rounds = 0;
    let bothRejected = false;
    while (!bothRejected && rounds < 3) {
      const seen = { a: rejected(system.a), b: rejected(system.b) };
      system.zalo.fake.expireAccessToken();
      const residents = Array.from({ length: 20 }, (_, index) => resident(6, rounds * 20 + index));
      rounds += 1;
      const statuses = await Promise.all(residents.map((userId, index) => (index % 2 === 0 ? system.a : system.b).post(residentEvent(userId, 'menu'))));
      expect(statuses.every((status) => status === 200)).toBe(true);
      await system.waitUntil(() => residents.every((userId) => texts(userId).length >= 1), 30_000, () => residents.map((userId) => texts(userId).length).join(','));
      await settle();
      expect(residents.every((userId) => texts(userId).length === 1)).toBe(true);
      bothRejected = rejected(system.a) > seen.a && rejected(system.b) > seen.b;
    }
    expect(bothRejected).toBe(true);
    // One call at Zalo's token endpoint per expiry, granted: the other instance waited and adopted the stored pair.
    expect(system.zalo.tokenCalls() - before.calls).toBe(rounds);
    expect(refreshed() - before.refreshed).toBe(rounds);
    for (const instance of [system.a, system.b]) expect(instance.logs.filter((line) => line.includes('OA_TOKEN_REFRESH_FAILED'))).toEqual([]);
  }, 90_000);
});
