/**
 * Faults (issue 6): kill -9 one of two instances in the middle of a burst of 2,000 messages from
 * 500 residents, and start it again. Zalo re-sends every webhook that got no 200 (here: to the
 * other instance), so every message is eventually accepted; each must be answered exactly once,
 * in order per resident, whatever the dead instance had leased, half-processed or half-sent.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedWebhook, startTwoInstances, type Instance, type TwoInstances } from '../app/two-instance-harness';
import { answeredCodes, burstEvents } from './resident-burst';

const PLAN = { series: 1, residents: 500, messagesEach: 4 };
const KILL_AFTER_ACCEPTED = 600;
const SENDER = fileURLToPath(new URL('./webhook-sender.ts', import.meta.url));

let system: TwoInstances;
beforeAll(async () => {
  // warn: 2,000 requests' info lines would cost the two cores more than the work itself.
  system = await startTwoInstances({ env: { LOG_LEVEL: 'warn' } });
}, 60_000);
afterAll(async () => {
  await system?.close();
}, 60_000);

/** Sends the burst from a process of its own; `onAccepted` hears each message Zalo got a 200 for. */
function sendBurst(plan: object, onAccepted: (count: number) => void): Promise<{ accepted: number; resent: number; lost: number; ms: number }> {
  const sender = spawn(process.execPath, ['--import', 'tsx', SENDER], { stdio: ['pipe', 'pipe', 'inherit'] });
  sender.stdin.end(JSON.stringify(plan));
  return new Promise((resolve, reject) => {
    sender.once('error', reject);
    sender.once('exit', (code) => reject(new Error(`the webhook sender exited (${code}) before it was done`)));
    createInterface({ input: sender.stdout }).on('line', (line) => {
      const [word, rest = ''] = line.split(/ (.*)/);
      if (word === 'accepted') onAccepted(Number(rest));
      if (word === 'done') resolve(JSON.parse(rest));
    });
  });
}

describe('kill -9 of one instance mid-burst', () => {
  it('answers every accepted message exactly once and in order per resident, after A is killed and restarted', async () => {
    const residents = burstEvents(PLAN);
    const started = Date.now();
    let restarted: Promise<Instance> | undefined;
    const burst = await sendBurst(
      {
        targets: [system.a.url, system.b.url],
        deadlineMs: 60_000,
        // Residents start on alternate instances, and each resident's messages alternate too.
        residents: residents.map(({ events }, index) => ({ first: index % 2, webhooks: events.map(signedWebhook) })),
      },
      (accepted) => {
        if (accepted === KILL_AFTER_ACCEPTED) restarted = system.kill('A').then(() => system.restart('A'));
      },
    );
    await restarted;
    expect(burst.lost).toBe(0); // every message was taken by some instance in the end
    expect(burst.accepted).toBe(PLAN.residents * PLAN.messagesEach);
    expect(burst.resent).toBeGreaterThan(0); // A really was gone while residents wrote to it

    const replies = (userId: string) => system.zalo.fake.sentMessages(userId);
    await system.waitUntil(
      () => residents.every(({ userId }) => replies(userId).length >= PLAN.messagesEach),
      // Work A had leased comes back when its lease runs out (inbox 30 s, outbox 60 s).
      100_000 - (Date.now() - started),
      () => `${residents.filter(({ userId }) => replies(userId).length < PLAN.messagesEach).length} residents still waiting; ${system.problems()}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500)); // nothing more should arrive
    for (const { userId, codes } of residents) expect(answeredCodes(replies(userId), codes), userId).toEqual(codes);
    expect(system.zalo.fake.sentMessages()).toHaveLength(burst.accepted);
    const outbox = await system.db.selectFrom('outbox').select(['status', 'interrupted_at']).execute();
    expect(outbox.filter((row) => row.status !== 'sent')).toEqual([]);
    // The kill cut real work short: events A had claimed were claimed again, or sends it had started were checked.
    const reclaimed = await system.db.selectFrom('inbox').select('id').where('attempts', '>', 1).execute();
    expect(reclaimed.length + outbox.filter((row) => row.interrupted_at !== null).length).toBeGreaterThan(0);
  }, 120_000);
});
