import { describe, expect, it } from 'vitest';
import type { Db } from '../../../bot-server/storage/database-types';
import {
  claimNextInboxEvent,
  completeInboxEvent,
  countInboxByStatus,
  failInboxEvent,
  insertInboxEvent,
  releaseExpiredInboxLeases,
  retryInboxEvent,
  type InboxRow,
} from '../../../bot-server/storage/inbox-store';
import { at, dialects, useTestDatabase } from './database-targets';

let keys = 0;
async function receive(db: Db, userId: string, seconds = 0): Promise<string> {
  keys += 1;
  const eventKey = `msg-${keys}`;
  await insertInboxEvent(db, { eventKey, userId, eventName: 'user_send_text', payload: `{"n":${keys}}`, receivedAt: at(seconds) });
  return eventKey;
}

const lease = { now: at(100), leaseUntil: at(130) };


/** The lease a test claimed; failing loudly if there was nothing to claim. */
function held(row: InboxRow | undefined): InboxRow {
  if (!row) throw new Error('nothing was claimed');
  return row;
}

describe.each(dialects)('inbox store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it('stores a retried webhook (same event key) once and says it was a duplicate', async () => {
    const event = { eventKey: 'zalo-msg-1', userId: 'u1', eventName: 'user_send_text', payload: '{"a":1}', receivedAt: at(0) };
    expect(await insertInboxEvent(target.db, event)).toBe('inserted');
    expect(await insertInboxEvent(target.db, { ...event, payload: '{"a":2}', receivedAt: at(1) })).toBe('duplicate');
    const rows = await target.db.selectFrom('inbox').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event_key: 'zalo-msg-1', payload: '{"a":1}', status: 'pending', attempts: 0 });
  });

  it("claims one event per resident at a time, oldest first; another resident's is not held up", async () => {
    const a1 = await receive(target.db, 'A');
    const a2 = await receive(target.db, 'A');
    const b1 = await receive(target.db, 'B');

    const first = await claimNextInboxEvent(target.db, lease);
    expect(first).toMatchObject({ event_key: a1, status: 'processing', attempts: 1, locked_until: at(130) });
    expect((await claimNextInboxEvent(target.db, lease))?.event_key).toBe(b1);
    expect(await claimNextInboxEvent(target.db, lease)).toBeUndefined(); // A's second waits for the first

    await completeInboxEvent(target.db, held(first), { now: at(101) });
    expect((await claimNextInboxEvent(target.db, lease))?.event_key).toBe(a2);
  });

  it('lets a failed event be skipped, and a retried one wait until the live lease of a later one ends', async () => {
    const a1 = await receive(target.db, 'A');
    const a2 = await receive(target.db, 'A');
    const first = await claimNextInboxEvent(target.db, lease);
    await failInboxEvent(target.db, held(first), { now: at(101), error: 'boom' });
    expect(await target.db.selectFrom('inbox').select(['status', 'error', 'processed_at']).where('event_key', '=', a1).executeTakeFirst())
      .toEqual({ status: 'failed', error: 'boom', processed_at: at(101) });

    const second = await claimNextInboxEvent(target.db, lease);
    expect(second?.event_key).toBe(a2);

    await retryInboxEvent(target.db, held(first).id);
    expect(await claimNextInboxEvent(target.db, lease)).toBeUndefined(); // a2 is still being processed
    await completeInboxEvent(target.db, held(second), { now: at(102) });
    const again = await claimNextInboxEvent(target.db, lease);
    expect(again).toMatchObject({ event_key: a1, attempts: 2, status: 'processing' });
  });

  it('returns expired leases to pending (crash recovery), and only those', async () => {
    await receive(target.db, 'A');
    await receive(target.db, 'B');
    const claimedA = await claimNextInboxEvent(target.db, { now: at(100), leaseUntil: at(130) });
    await claimNextInboxEvent(target.db, { now: at(100), leaseUntil: at(200) });

    expect(await releaseExpiredInboxLeases(target.db, { now: at(129) })).toBe(0);
    expect(await releaseExpiredInboxLeases(target.db, { now: at(130) })).toBe(1);
    expect(await countInboxByStatus(target.db)).toEqual({ pending: 1, processing: 1, done: 0, failed: 0 });
    const reclaimed = await claimNextInboxEvent(target.db, { now: at(131), leaseUntil: at(160) });
    expect(reclaimed).toMatchObject({ id: claimedA?.id, attempts: 2, locked_until: at(160) });
  });

  it('lets only the worker holding the lease finish an event: one whose lease ran out and was taken over is refused', async () => {
    await receive(target.db, 'A');
    const slow = held(await claimNextInboxEvent(target.db, lease));
    // The slow worker's lease ends; another worker (or instance) takes the event over.
    expect(await releaseExpiredInboxLeases(target.db, { now: at(131) })).toBe(1);
    const takenOver = held(await claimNextInboxEvent(target.db, { now: at(131), leaseUntil: at(160) }));
    expect(takenOver.attempts).toBe(slow.attempts + 1);

    expect(await completeInboxEvent(target.db, slow, { now: at(140) })).toBe(false);
    expect(await failInboxEvent(target.db, slow, { now: at(140), error: 'late' })).toBe(false);
    expect(await completeInboxEvent(target.db, takenOver, { now: at(141) })).toBe(true);
    expect(await target.db.selectFrom('inbox').select(['status', 'processed_at']).executeTakeFirst()).toEqual({ status: 'done', processed_at: at(141) });
  });

  it('counts events by status', async () => {
    for (const user of ['A', 'B', 'C', 'D']) await receive(target.db, user);
    const done = await claimNextInboxEvent(target.db, lease);
    const failed = await claimNextInboxEvent(target.db, lease);
    await claimNextInboxEvent(target.db, lease);
    await completeInboxEvent(target.db, held(done), { now: at(101) });
    await failInboxEvent(target.db, held(failed), { now: at(101), error: 'x' });
    expect(await countInboxByStatus(target.db)).toEqual({ pending: 1, processing: 1, done: 1, failed: 1 });
  });

  it('never gives the same event to two concurrent claimers, even from two instances', async () => {
    const other = await target.second();
    for (let user = 0; user < 10; user += 1) await receive(target.db, `user-${user}`);
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => claimNextInboxEvent(i % 2 === 0 ? target.db : other.db, lease)),
    );
    const ids = claims.flatMap((row) => (row ? [row.id] : []));
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    const attempts = await target.db.selectFrom('inbox').select('attempts').execute();
    expect(attempts.map((row) => row.attempts)).toEqual(Array(10).fill(1));
  });

  it('keeps per-resident order with several workers racing', async () => {
    const other = await target.second();
    const users = ['A', 'B', 'C', 'D'];
    for (let round = 0; round < 5; round += 1) for (const user of users) await receive(target.db, user);
    const busy = new Set<string>();
    const finished: Record<string, number[]> = {};
    let done = 0;
    const violations: string[] = [];

    const worker = async (db: Db) => {
      for (let spins = 0; done < 20 && spins < 2000; spins += 1) {
        const row = await claimNextInboxEvent(db, lease);
        if (!row) {
          await new Promise((resolve) => setTimeout(resolve, 1));
          continue;
        }
        if (busy.has(row.user_id)) violations.push(`${row.user_id} claimed twice at once`);
        busy.add(row.user_id);
        await new Promise((resolve) => setTimeout(resolve, 1 + (row.id % 3)));
        busy.delete(row.user_id);
        (finished[row.user_id] ??= []).push(row.id);
        await completeInboxEvent(db, row, { now: at(101) });
        done += 1;
      }
    };
    await Promise.all(Array.from({ length: 6 }, (_, i) => worker(i % 2 === 0 ? target.db : other.db)));

    expect(violations).toEqual([]);
    expect(done).toBe(20);
    for (const user of users) {
      const ids = finished[user] ?? [];
      expect(ids).toHaveLength(5);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    }
  });
});
