/**
 * Faults (issue 6): for a minute, Zalo's API fails 30% of calls with a mix of HTTP 5xx, timeouts
 * (no answer at all, or delivered but answered too late), -32 (rate limit) and -216 (access token rejected), while residents keep
 * writing to both instances. Every reply is still delivered, exactly once and in order per
 * resident, and the token is refreshed once per time Zalo rejected it, not once per failure or
 * per instance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTwoInstances, type TwoInstances } from '../app/two-instance-harness';
import { answeredCodes, burstEvents } from './resident-burst';

/** "For a minute" (issue 6). Replies that failed near its end still wait out their back-off after. */
const FAULT_WINDOW_MS = 60_000;
const PLAN = { series: 2, residents: 40, messagesEach: 5 };

let system: TwoInstances;
beforeAll(async () => {
  // hangMs: a timed-out call is held until the OA client gives up (5 s), at most this long.
  // slowMs: a slow call is delivered, but answered only after the OA client gave up on it: the
  // retry must find it already sent instead of sending it twice.
  system = await startTwoInstances({ env: { LOG_LEVEL: 'warn' }, zalo: { hangMs: 10_000, slowMs: 6_000 } });
}, 60_000);
afterAll(async () => {
  await system?.close();
}, 60_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a minute of a flaky Zalo API', () => {
  it('delivers every reply exactly once, in order, and refreshes the token once per rejection', async () => {
    const residents = burstEvents(PLAN);
    const { fake } = system.zalo;
    const before = { tokenCalls: system.zalo.tokenCalls(), expiries: fake.stats.tokenExpiries };
    fake.setFault({ mix: ['serverError', 'timeout', 'slow', 'rateLimit', 'tokenExpired'], rate: 0.3 });
    const started = Date.now();

    // Messages spread evenly over the window: resident r's message m at (m + r / residents) slots.
    const slotMs = FAULT_WINDOW_MS / PLAN.messagesEach;
    await Promise.all(
      residents.map(async ({ events }, index) => {
        for (const [message, event] of events.entries()) {
          await sleep(Math.max(0, started + (message + index / PLAN.residents) * slotMs - Date.now()));
          expect(await (index % 2 === 0 ? system.a : system.b).post(event)).toBe(200);
        }
      }),
    );
    await sleep(Math.max(0, started + FAULT_WINDOW_MS - Date.now()));
    fake.setFault(null);

    const replies = (userId: string) => fake.sentMessages(userId);
    const unsent = async () => (await system.db.selectFrom('outbox').select('status').where('status', '!=', 'sent').execute()).length;
    await system.waitUntil(
      // Every reply at Zalo, and every row settled: a reply Zalo took but answered too late stays
      // pending until a read-back confirms it, never sent twice.
      async () => residents.every(({ userId }) => replies(userId).length >= PLAN.messagesEach) && (await unsent()) === 0,
      // The longest back-off a reply can be in when the window ends is 32 s (after its 6th failure in
      // a row; a 7th attempt comes 63 s after the first, when Zalo is well again), plus margin.
      // A send that got no answer waits 10 s and reads back first; so up to a minute in all.
      60_000,
      () => `${residents.filter(({ userId }) => replies(userId).length < PLAN.messagesEach).length} residents still waiting; ${system.problems()}`,
    );
    await sleep(1500); // nothing more should arrive
    for (const { userId, codes } of residents) expect(answeredCodes(replies(userId), codes), userId).toEqual(codes);
    expect(fake.sentMessages()).toHaveLength(PLAN.residents * PLAN.messagesEach);
    const outbox = await system.db.selectFrom('outbox').select('status').execute();
    expect(outbox.filter((row) => row.status !== 'sent')).toEqual([]);

    // Every kind of failure really happened, on both instances together.
    const failures = async (code: string) => (await system.a.metric('dvc_delivery_failures_total', `code="${code}"`)) + (await system.b.metric('dvc_delivery_failures_total', `code="${code}"`));
    for (const code of ['500', '-1', '-32']) expect(await failures(code), `failures with code ${code}`).toBeGreaterThan(0);
    // One call at Zalo's token endpoint per time Zalo rejected the token: the instance that met it
    // first refreshed, everyone else adopted the stored pair.
    const expiries = fake.stats.tokenExpiries - before.expiries;
    expect(expiries).toBeGreaterThan(0);
    expect(system.zalo.tokenCalls() - before.tokenCalls).toBe(expiries);
  }, 150_000);
});
