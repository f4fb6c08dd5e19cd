/**
 * Places in appointment slots: taken and given back by single conditional updates, so no slot is
 * ever overbooked however many requests race. On PostgreSQL a racing update waits for the row
 * lock and re-checks `booked < capacity` on the committed row (READ COMMITTED); SQLite runs one
 * writer at a time. Every caller takes places inside the transaction that writes the appointment.
 */
import { sql, Transaction } from 'kysely';
import type { Database, Db } from './database-types';
import { dialectOf } from './dialect-of';

/** Takes a place in an active slot; false when it is full, cancelled or unknown. */
export async function takePlace(db: Db, slotId: number): Promise<boolean> {
  const result = await db
    .updateTable('appointment_slots')
    .set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('id', '=', slotId)
    .where('cancelled_at', 'is', null)
    .where((eb) => eb('booked', '<', eb.ref('capacity')))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a place back (an appointment cancelled or moved away). */
export async function releasePlace(db: Db, slotId: number): Promise<void> {
  await db
    .updateTable('appointment_slots')
    .set((eb) => ({ booked: eb('booked', '-', 1) }))
    .where('id', '=', slotId)
    .where('booked', '>', 0)
    .execute();
}

/** Why `takePlace` failed. */
export async function whyNoPlace(db: Db, slotId: number): Promise<'slotFull' | 'slotUnavailable'> {
  const slot = await db.selectFrom('appointment_slots').select(['cancelled_at']).where('id', '=', slotId).executeTakeFirst();
  return slot && slot.cancelled_at === null ? 'slotFull' : 'slotUnavailable';
}

/**
 * Locks slot rows (PostgreSQL) in id order before an appointment row is touched. Every change that
 * touches both takes the slot first, so a move and a cancel of the same appointment, or two moves
 * in opposite directions, queue up instead of deadlocking. SQLite has one writer: nothing to do.
 */
export async function lockSlots(db: Db, slotIds: readonly number[]): Promise<void> {
  if (dialectOf(db) !== 'postgres' || slotIds.length === 0) return;
  await db
    .selectFrom('appointment_slots')
    .select('id')
    .where('id', 'in', [...slotIds])
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Thrown inside a transaction to roll back its writes and answer `outcome` instead: an expected failure, not a bug. */
class Undone<T> extends Error {
  constructor(readonly outcome: T) {
    super('transaction undone');
  }
}

/**
 * Runs `work` in a new transaction, or inside the caller's one (a chat turn books in the turn's
 * transaction) behind a savepoint. `undo(outcome)` rolls back everything `work` wrote, and only
 * that, and makes `outcome` the answer: the caller's other writes stand.
 */
export async function transactionWithUndo<T>(db: Db, work: (trx: Transaction<Database>, undo: (outcome: T) => never) => Promise<T>): Promise<T> {
  const undo = (outcome: T): never => {
    throw new Undone(outcome);
  };
  if (db instanceof Transaction) return withinSavepoint(db, (trx) => work(trx, undo));
  try {
    return await db.transaction().execute((trx) => work(trx, undo));
  } catch (error) {
    if (error instanceof Undone) return error.outcome as T;
    throw error;
  }
}

/** Both databases take SQL savepoints inside a transaction; Kysely's own API needs a controlled transaction. */
async function withinSavepoint<T>(trx: Transaction<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  await sql`savepoint appointment_change`.execute(trx);
  try {
    const result = await work(trx);
    await sql`release savepoint appointment_change`.execute(trx);
    return result;
  } catch (error) {
    if (!(error instanceof Undone)) throw error; // the whole transaction fails; nothing to keep
    await sql`rollback to savepoint appointment_change`.execute(trx);
    await sql`release savepoint appointment_change`.execute(trx);
    return error.outcome as T;
  }
}
