/**
 * The outbox: replies written in the same transaction as the turn that produced them, delivered
 * later in order per resident. A resident's oldest undelivered message is the only one that may
 * go out, so replies never overtake each other and one that keeps failing holds back the rest.
 */
import type { Selectable } from 'kysely';
import type { Db, OutboxTable } from './database-types';
import { dialectOf } from './dialect-of';

export type OutboxRow = Selectable<OutboxTable>;
export type OutboxStatus = OutboxTable['status'];

export async function enqueueOutbox(
  db: Db,
  message: { userId: string; inboxId: number | null; sequence: number; body: string; createdAt: string },
): Promise<number> {
  const row = await db
    .insertInto('outbox')
    .values({
      user_id: message.userId,
      inbox_id: message.inboxId,
      sequence: message.sequence,
      body: message.body,
      status: 'pending',
      attempts: 0,
      next_attempt_at: message.createdAt,
      created_at: message.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Leases up to `limit` messages, each the head (lowest id among pending and sending) of its
 * resident's queue, that are due and not under another worker's live lease. Oldest first.
 */
export async function claimDueOutbox(
  db: Db,
  lease: { now: string; leaseUntil: string; limit: number },
): Promise<OutboxRow[]> {
  const heads = db
    .selectFrom('outbox as head')
    .select('head.id')
    .where('head.next_attempt_at', '<=', lease.now)
    .where((eb) =>
      eb.or([
        eb('head.status', '=', 'pending'),
        eb.and([eb('head.status', '=', 'sending'), eb('head.locked_until', '<=', lease.now)]),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('outbox as earlier')
            .select('earlier.id')
            .whereRef('earlier.user_id', '=', 'head.user_id')
            .whereRef('earlier.id', '<', 'head.id')
            .where('earlier.status', 'in', ['pending', 'sending']),
        ),
      ),
    )
    .orderBy('head.id')
    .limit(lease.limit)
    .$if(dialectOf(db) === 'postgres', (qb) => qb.forUpdate().skipLocked());
  // Materialised so PostgreSQL picks the heads once (a LIMIT … SKIP LOCKED subquery inside IN may
  // be re-run per row and hand out more than `limit`).
  const rows = await db
    .with((cte) => cte('heads').materialized(), () => heads)
    .updateTable('outbox')
    // A row still 'sending' here was leased by a worker that died mid-send: remember that.
    .set((eb) => ({
      status: 'sending',
      locked_until: lease.leaseUntil,
      interrupted_at: eb.case().when('status', '=', 'sending').then(lease.now).else(eb.ref('interrupted_at')).end(),
    }))
    .where('id', 'in', (eb) => eb.selectFrom('heads').select('heads.id'))
    // Re-checked here so a row another worker leased in the meantime is left alone.
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<=', lease.now)]),
      ]),
    )
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.id - b.id); // RETURNING has no guaranteed order
}

export async function markOutboxSent(db: Db, id: number, sent: { now: string; zaloMessageId: string }): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'sent',
      attempts: eb('attempts', '+', 1),
      locked_until: null,
      sent_at: sent.now,
      zalo_message_id: sent.zaloMessageId,
    }))
    .where('id', '=', id)
    .execute();
}

/** A temporary failure: back in the queue (still its resident's head) once `nextAttemptAt` comes. */
export async function markOutboxRetry(
  db: Db,
  id: number,
  retry: { nextAttemptAt: string; errorCode: number; interruptedAt?: string },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'pending',
      attempts: eb('attempts', '+', 1),
      locked_until: null,
      next_attempt_at: retry.nextAttemptAt,
      last_error_code: retry.errorCode,
      // Set when the send may have reached Zalo: the next attempt reads back before sending again.
      interrupted_at: retry.interruptedAt ?? eb.ref('interrupted_at'),
    }))
    .where('id', '=', id)
    .execute();
}

/** A permanent failure (or retries exhausted): given up, so the resident's next message may go. */
export async function markOutboxUndeliverable(
  db: Db,
  id: number,
  failure: { now: string; errorCode: number },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'undeliverable',
      attempts: eb('attempts', '+', 1),
      locked_until: null,
      last_error_code: failure.errorCode,
      undeliverable_at: failure.now,
    }))
    .where('id', '=', id)
    .execute();
}

export async function countOutboxByStatus(db: Db): Promise<Record<OutboxStatus, number>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const counts: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, undeliverable: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/**
 * Puts replies claimed for sending, whose lease ended before `now`, back to pending (crash
 * recovery; a reply Zalo accepted just before the crash may then go out a second time).
 */
export async function releaseExpiredOutboxLeases(db: Db, at: { now: string }): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'pending', locked_until: null, interrupted_at: at.now })
    .where('status', '=', 'sending')
    .where('locked_until', '<', at.now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
