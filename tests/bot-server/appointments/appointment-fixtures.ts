/** Slots and bookings the appointment storage tests share, and the invariant they all check. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { beforeEach } from 'vitest';
import type { Database } from '../../../bot-server/storage/database-types';
import { insertSlots, type NewSlot } from '../../../bot-server/storage/appointment-slot-store';
import type { NewBooking } from '../../../bot-server/storage/appointment-booking-store';
import { at } from '../storage/database-targets';

export const MARRIAGE = 'marriage-registration';

/** Empties the appointment tables before each test (the shared storage hooks do not know them). */
export function clearAppointmentsBeforeEach(db: () => Kysely<Database>): void {
  beforeEach(async () => {
    await db().deleteFrom('appointments').execute();
    await db().deleteFrom('appointment_slots').execute();
  });
}

export async function slot(db: Kysely<Database>, overrides: Partial<NewSlot> = {}): Promise<number> {
  const [row] = await insertSlots(db, [{ date: '2026-03-10', startTime: '08:00', endTime: '08:30', capacity: 3, procedureIds: null, ...overrides }], { userId: null, now: at(0) });
  if (!row) throw new Error('slot already published');
  return row.id;
}

export function booking(userId: string, slotId: number, overrides: Partial<NewBooking> = {}): NewBooking {
  return { userId, slotId, procedureId: MARRIAGE, filingReference: null, channel: 'miniApp', requestId: randomUUID(), now: at(10), ...overrides };
}

/** `booked` as stored, and as recounted from the appointments holding a place (booked, or past: it was held): the two must always agree. */
export async function places(db: Kysely<Database>, slotId: number): Promise<{ booked: number; active: number }> {
  const slotRow = await db.selectFrom('appointment_slots').select('booked').where('id', '=', slotId).executeTakeFirstOrThrow();
  const count = await db
    .selectFrom('appointments')
    .select(sql<number>`count(*)`.as('count'))
    .where('slot_id', '=', slotId)
    .where('status', 'in', ['booked', 'past'])
    .executeTakeFirstOrThrow();
  return { booked: slotRow.booked, active: Number(count.count) };
}
