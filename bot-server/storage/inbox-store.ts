/**
 * The inbox: every webhook event, stored before Zalo gets its 200 and processed afterwards, in
 * order per resident. Times are ISO strings passed in by the caller.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Db, InboxTable } from './database-types';
import { dialectOf } from './dialect-of';

export type InboxRow = Selectable<InboxTable>;
export type InboxStatus = InboxTable['status'];

/** A webhook event as it arrives, before it is stored. */
export interface ArrivingEvent {
  eventKey: string;
  userId: string;
  eventName: string;
  payload: string;
  receivedAt: string;
}

/** Stores `event` under its key with the given fields; Zalo's retries (same key) store nothing. True when stored. */
async function storeOnce(db: Db, event: ArrivingEvent, fields: Pick<Insertable<InboxTable>, 'status' | 'processed_at' | 'error'>): Promise<boolean> {
  const result = await db
    .insertInto('inbox')
    .values({ event_key: event.eventKey, user_id: event.userId, event_name: event.eventName, payload: event.payload, attempts: 0, received_at: event.receivedAt, ...fields })
    .onConflict((oc) => oc.column('event_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Stores an event; Zalo's retries carry the same key and are reported as duplicates, not errors. */
export async function insertInboxEvent(db: Db, event: ArrivingEvent): Promise<'inserted' | 'duplicate'> {
  return (await storeOnce(db, event, { status: 'pending' })) ? 'inserted' : 'duplicate';
}

/**
 * Keeps an event we could not understand (Zalo changed a shape?) as 'failed', sealed, with why:
 * nothing a resident sent is thrown away, and once the parser is fixed an operator can put it
 * back in the queue (`retryInboxEvent`). Zalo's retries of it are no-ops, like any other event.
 */
export async function deadLetterInboxEvent(db: Db, event: ArrivingEvent & { problem: string }): Promise<void> {
  const { problem, ...arriving } = event;
  await storeOnce(db, arriving, { status: 'failed', processed_at: event.receivedAt, error: problem.slice(0, 300) });
}

/**
 * Leases the oldest pending event whose resident has nothing older still pending or processing and
 * no other event under a live lease: one event per resident at a time, in arrival order. One
 * statement, guarded by `status = 'pending'`, so two workers never get the same row; PostgreSQL
 * workers skip rows another worker is locking instead of queueing behind it.
 */
export async function claimNextInboxEvent(
  db: Db,
  lease: { now: string; leaseUntil: string },
): Promise<InboxRow | undefined> {
  const next = db
    .selectFrom('inbox as candidate')
    .select('candidate.id')
    .where('candidate.status', '=', 'pending')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('inbox as other')
            .select('other.id')
            .whereRef('other.user_id', '=', 'candidate.user_id')
            .whereRef('other.id', '!=', 'candidate.id')
            .where((eb) =>
              eb.or([
                eb.and([eb('other.id', '<', eb.ref('candidate.id')), eb('other.status', 'in', ['pending', 'processing'])]),
                eb.and([eb('other.status', '=', 'processing'), eb('other.locked_until', '>', lease.now)]),
              ]),
            ),
        ),
      ),
    )
    .orderBy('candidate.id')
    .limit(1)
    .$if(dialectOf(db) === 'postgres', (qb) => qb.forUpdate().skipLocked());
  return db
    .updateTable('inbox')
    .set((eb) => ({ status: 'processing', attempts: eb('attempts', '+', 1), locked_until: lease.leaseUntil }))
    .where('id', '=', next)
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}

/**
 * The lease a worker took with claimNextInboxEvent: the event's id and its attempt count then. If
 * the lease ran out and another worker (or instance) claimed the event again, the count moved on
 * and the first worker's writes must not stand.
 */
export type InboxLease = Pick<InboxRow, 'id' | 'attempts'>;

/** Marks the event done, only while this lease still holds it; false when it was lost (roll back). */
export async function completeInboxEvent(db: Db, lease: InboxLease, at: { now: string }): Promise<boolean> {
  const result = await db
    .updateTable('inbox')
    .set({ status: 'done', locked_until: null, processed_at: at.now, error: null })
    .where('id', '=', lease.id)
    .where('status', '=', 'processing')
    .where('attempts', '=', lease.attempts)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives up on an event (the caller decides when attempts are exhausted), while this lease holds it; later events of the resident proceed. */
export async function failInboxEvent(db: Db, lease: InboxLease, failure: { now: string; error: string }): Promise<boolean> {
  const result = await db
    .updateTable('inbox')
    .set({ status: 'failed', locked_until: null, processed_at: failure.now, error: failure.error })
    .where('id', '=', lease.id)
    .where('status', '=', 'processing')
    .where('attempts', '=', lease.attempts)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Puts an event back in the queue; being the resident's oldest, it is the next one of theirs claimed. */
export async function retryInboxEvent(db: Db, id: number): Promise<void> {
  await db
    .updateTable('inbox')
    .set({ status: 'pending', locked_until: null, processed_at: null })
    .where('id', '=', id)
    .execute();
}

/** Crash recovery: events whose worker died (lease ran out) go back to pending. Returns how many. */
export async function releaseExpiredInboxLeases(db: Db, at: { now: string }): Promise<number> {
  const result = await db
    .updateTable('inbox')
    .set({ status: 'pending', locked_until: null })
    .where('status', '=', 'processing')
    .where('locked_until', '<=', at.now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countInboxByStatus(db: Db): Promise<Record<InboxStatus, number>> {
  const rows = await db
    .selectFrom('inbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const counts: Record<InboxStatus, number> = { pending: 0, processing: 0, done: 0, failed: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/** Keeps a failed event leased until `until`: it comes back (in its resident's order) after that. */
export async function postponeInboxEvent(db: Db, lease: InboxLease, at: { until: string }): Promise<void> {
  await db.updateTable('inbox').set({ locked_until: at.until }).where('id', '=', lease.id).where('status', '=', 'processing').where('attempts', '=', lease.attempts).execute();
}
