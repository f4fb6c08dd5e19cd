import { describe, expect, it } from 'vitest';
import type { Db } from '../../../bot-server/storage/database-types';
import {
  claimDueOutbox,
  countOutboxByStatus,
  enqueueOutbox,
  markOutboxRetry,
  markOutboxSent,
  markOutboxUndeliverable,
} from '../../../bot-server/storage/outbox-store';
import { at, dialects, useTestDatabase } from './database-targets';

function reply(db: Db, userId: string, text: string, createdAt = at(0), sequence = 0): Promise<number> {
  return enqueueOutbox(db, { userId, inboxId: null, sequence, body: JSON.stringify({ text }), createdAt });
}

const texts = (rows: { body: string }[]) => rows.map((row) => (JSON.parse(row.body) as { text: string }).text);
const lease = { now: at(100), leaseUntil: at(160), limit: 10 };

describe.each(dialects)('outbox store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it("claims only each resident's oldest undelivered reply, and the next once it is sent", async () => {
    await reply(target.db, 'A', 'a1', at(0), 0);
    await reply(target.db, 'A', 'a2', at(0), 1);
    await reply(target.db, 'B', 'b1', at(1));

    const first = await claimDueOutbox(target.db, lease);
    expect(texts(first)).toEqual(['a1', 'b1']);
    expect(first[0]).toMatchObject({ status: 'sending', locked_until: at(160), attempts: 0 });
    expect(await claimDueOutbox(target.db, lease)).toEqual([]); // both heads are being sent

    await markOutboxSent(target.db, first[0]?.id ?? -1, { now: at(101), zaloMessageId: 'zm-1' });
    const next = await claimDueOutbox(target.db, lease);
    expect(texts(next)).toEqual(['a2']);
    const sent = await target.db.selectFrom('outbox').selectAll().where('id', '=', first[0]?.id ?? -1).executeTakeFirst();
    expect(sent).toMatchObject({ status: 'sent', sent_at: at(101), zalo_message_id: 'zm-1', locked_until: null, attempts: 1 });
  });

  it('holds back the replies after one that is waiting to be retried', async () => {
    const a1 = await reply(target.db, 'A', 'a1');
    await reply(target.db, 'A', 'a2', at(0), 1);
    await claimDueOutbox(target.db, lease);
    await markOutboxRetry(target.db, a1, { nextAttemptAt: at(200), errorCode: -32 });

    expect(await claimDueOutbox(target.db, { ...lease, now: at(199) })).toEqual([]);
    const retried = await claimDueOutbox(target.db, { now: at(200), leaseUntil: at(260), limit: 10 });
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatchObject({ id: a1, attempts: 1, last_error_code: -32, status: 'sending' });
  });

  it('lets the next reply go once the head is given up as undeliverable', async () => {
    const a1 = await reply(target.db, 'A', 'a1');
    await reply(target.db, 'A', 'a2', at(0), 1);
    await claimDueOutbox(target.db, lease);
    await markOutboxUndeliverable(target.db, a1, { now: at(101), errorCode: -230 });

    expect(texts(await claimDueOutbox(target.db, lease))).toEqual(['a2']);
    const given = await target.db.selectFrom('outbox').selectAll().where('id', '=', a1).executeTakeFirst();
    expect(given).toMatchObject({ status: 'undeliverable', last_error_code: -230, undeliverable_at: at(101), locked_until: null, sent_at: null });
  });

  it('does not claim a reply before it is due', async () => {
    await reply(target.db, 'A', 'later', at(150));
    expect(await claimDueOutbox(target.db, lease)).toEqual([]);
    expect(texts(await claimDueOutbox(target.db, { ...lease, now: at(150) }))).toEqual(['later']);
  });

  it('takes back a reply whose sender died once its lease has expired', async () => {
    const a1 = await reply(target.db, 'A', 'a1');
    await claimDueOutbox(target.db, lease);
    expect(await claimDueOutbox(target.db, { now: at(159), leaseUntil: at(220), limit: 10 })).toEqual([]);
    const again = await claimDueOutbox(target.db, { now: at(160), leaseUntil: at(220), limit: 10 });
    expect(again).toMatchObject([{ id: a1, locked_until: at(220) }]);
  });

  it('respects the limit, oldest residents first', async () => {
    for (const user of ['A', 'B', 'C']) await reply(target.db, user, user);
    expect(texts(await claimDueOutbox(target.db, { ...lease, limit: 2 }))).toEqual(['A', 'B']);
    expect(texts(await claimDueOutbox(target.db, { ...lease, limit: 2 }))).toEqual(['C']);
  });

  it('counts replies by status', async () => {
    const sent = await reply(target.db, 'A', 'a');
    const failed = await reply(target.db, 'B', 'b');
    await reply(target.db, 'C', 'c');
    await reply(target.db, 'C', 'c2', at(0), 1);
    await claimDueOutbox(target.db, lease);
    await markOutboxSent(target.db, sent, { now: at(101), zaloMessageId: 'z' });
    await markOutboxUndeliverable(target.db, failed, { now: at(101), errorCode: -230 });
    expect(await countOutboxByStatus(target.db)).toEqual({ pending: 1, sending: 1, sent: 1, undeliverable: 1 });
  });

  it('never hands the same reply to two concurrent claimers, even from two instances', async () => {
    const other = await target.second();
    for (let user = 0; user < 10; user += 1) await reply(target.db, `user-${user}`, `m${user}`);
    const batches = await Promise.all(
      Array.from({ length: 8 }, (_, i) => claimDueOutbox(i % 2 === 0 ? target.db : other.db, { ...lease, limit: 3 })),
    );
    const ids = batches.flat().map((row) => row.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
  });
});
