/**
 * No slot is ever overbooked, also when many requests race: run straight against storage, on
 * SQLite and on PostgreSQL with several connection pools (standing in for several instances).
 */
import { describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../../bot-server/storage/database-types';
import { bookAppointment } from '../../../bot-server/storage/appointment-booking-store';
import { cancelAppointment, moveAppointment } from '../../../bot-server/storage/appointment-change-store';
import { cancelSlotWithAppointments } from '../../../bot-server/storage/appointment-slot-cancellation-store';
import { at, dialects, useTestDatabase } from '../storage/database-targets';
import { booking, clearAppointmentsBeforeEach, places, slot } from './appointment-fixtures';

describe.each(dialects)('appointments under concurrent requests (%s)', (dialect) => {
  const target = useTestDatabase(dialect);
  clearAppointmentsBeforeEach(() => target.db);
  /**
   * PostgreSQL: the first connection pool and three more, as several instances would have. SQLite:
   * the one connection a server holds (its interactive transactions cannot interleave across
   * connections in one process; one writer at a time is how SQLite keeps the count).
   */
  const pools = async (): Promise<Kysely<Database>[]> =>
    dialect === 'postgres' ? [target.db, ...(await Promise.all([target.second(), target.second(), target.second()])).map((h) => h.db)] : [target.db];

  it('lets exactly 3 of 40 residents into a 3-place slot', async () => {
    const dbs = await pools();
    const slotId = await slot(target.db, { capacity: 3 });
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => bookAppointment(dbs[i % dbs.length] ?? target.db, booking(`resident-${i}`, slotId))));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(3);
    expect(outcomes.filter((outcome) => !outcome.ok).every((outcome) => !outcome.ok && outcome.reason === 'slotFull')).toBe(true);
    expect(await places(target.db, slotId)).toEqual({ booked: 3, active: 3 });
    const rows = await target.db.selectFrom('appointments').select('id').where('slot_id', '=', slotId).execute();
    expect(rows).toHaveLength(3); // the refused ones left nothing behind
  });

  it('books once when the same request arrives ten times at once', async () => {
    const dbs = await pools();
    const slotId = await slot(target.db, { capacity: 5 });
    const request = booking('A', slotId, { requestId: 'same-request' });
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => bookAppointment(dbs[i % dbs.length] ?? target.db, request)));
    const ids = new Set(outcomes.map((outcome) => (outcome.ok ? outcome.appointment.id : outcome.reason)));
    expect(ids.size).toBe(1);
    expect(outcomes.filter((outcome) => outcome.ok && !outcome.replayed)).toHaveLength(1);
    expect(await places(target.db, slotId)).toEqual({ booked: 1, active: 1 });
  });

  it('books one appointment per procedure when a resident sends different requests at once', async () => {
    const dbs = await pools();
    const slotId = await slot(target.db, { capacity: 5 });
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => bookAppointment(dbs[i % dbs.length] ?? target.db, booking('A', slotId))));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === 'alreadyBooked')).toHaveLength(7);
    expect(await places(target.db, slotId)).toEqual({ booked: 1, active: 1 });
  });

  it('keeps the count right while residents book, move and cancel across two slots at once', async () => {
    const dbs = await pools();
    const [left, right] = [await slot(target.db, { capacity: 4 }), await slot(target.db, { startTime: '09:00', endTime: '09:30', capacity: 4 })];
    const ids: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const outcome = await bookAppointment(target.db, booking(`r${i}`, i % 2 === 0 ? left : right));
      if (outcome.ok) ids.push(outcome.appointment.id);
    }
    // Everyone moves to the other slot at once (opposite directions: no deadlock), a late-comer books, two cancel.
    const work = [
      ...ids.map((id, i) => moveAppointment(dbs[i % dbs.length] ?? target.db, { id, userId: `r${i}`, slotId: i % 2 === 0 ? right : left, now: at(20) })),
      bookAppointment(dbs[1] ?? target.db, booking('late', left)),
      cancelAppointment(dbs[2] ?? target.db, { id: ids[0] ?? 0, userId: 'r0', now: at(21) }),
      cancelAppointment(dbs[3] ?? target.db, { id: ids[1] ?? 0, userId: 'r1', now: at(21) }),
    ];
    await Promise.all(work);
    for (const slotId of [left, right]) {
      const { booked, active } = await places(target.db, slotId);
      expect(booked).toBe(active);
      expect(booked).toBeLessThanOrEqual(4);
    }
  });

  it('leaves nobody holding a place in a slot the office cancels while residents book it', async () => {
    const dbs = await pools();
    const slotId = await slot(target.db, { capacity: 10 });
    await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => bookAppointment(dbs[i % dbs.length] ?? target.db, booking(`resident-${i}`, slotId))),
      cancelSlotWithAppointments(dbs[0] ?? target.db, slotId, at(15)),
    ]);
    expect(await places(target.db, slotId)).toEqual({ booked: 0, active: 0 });
  });
});
