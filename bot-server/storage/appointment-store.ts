/**
 * Appointments (lịch hẹn) as read: one, a resident's, a day's list for the console; marking those
 * whose time has come as `past`; and moving a Mini-App-only resident's appointments to their chat
 * id. Booking, moving and cancelling, which take and give back places, are in
 * appointment-booking-store.ts and appointment-change-store.ts.
 */
import type { Selectable } from 'kysely';
import type { AppointmentSlotTable, AppointmentTable } from './appointment-tables';
import type { Db } from './database-types';
import { lockSlots, releasePlace } from './appointment-places';
import { localMomentAt, startsAfter } from './appointment-slot-store';

export type AppointmentRow = Selectable<AppointmentTable>;

/** An appointment with its slot's date and times. */
export type AppointmentWithSlot = AppointmentRow & Pick<Selectable<AppointmentSlotTable>, 'date' | 'start_time' | 'end_time'>;

const withSlot = (db: Db) =>
  db.selectFrom('appointments as a').innerJoin('appointment_slots as s', 's.id', 'a.slot_id').selectAll('a').select(['s.date', 's.start_time', 's.end_time']);

export async function findAppointment(db: Db, id: number): Promise<AppointmentWithSlot | undefined> {
  return withSlot(db).where('a.id', '=', id).executeTakeFirst();
}

/** The booking a resident's request already made, if any. */
export async function findAppointmentByRequest(db: Db, userId: string, requestId: string): Promise<AppointmentWithSlot | undefined> {
  return withSlot(db).where('a.user_id', '=', userId).where('a.request_id', '=', requestId).executeTakeFirst();
}

/** Booked and not begun at `now`: an appointment whose time has come is no longer active, whether or not it was marked `past`. */
const activeAt = (db: Db, userId: string, now: string) => withSlot(db).where('a.user_id', '=', userId).where('a.status', '=', 'booked').where(startsAfter(localMomentAt(now)));

/** The resident's active appointment for a procedure (at most one). */
export async function findActiveAppointment(db: Db, userId: string, procedureId: string, now: string): Promise<AppointmentWithSlot | undefined> {
  return activeAt(db, userId, now).where('a.procedure_id', '=', procedureId).executeTakeFirst();
}

/** The resident's active appointments, earliest first (one per procedure at most). */
export async function listActiveAppointmentsOf(db: Db, userId: string, now: string): Promise<AppointmentWithSlot[]> {
  return activeAt(db, userId, now).orderBy('s.date').orderBy('s.start_time').orderBy('a.id').execute();
}

/**
 * Marks the residents' booked appointments whose slot has begun at `now` as `past` (for one
 * procedure, or all). Nothing else moves an appointment out of `booked` once its time passes, and
 * the one-active-per-procedure index counts every `booked` row: callers run this in the
 * transaction that books or moves appointments over, first. The places stay counted: they were held.
 */
export async function markPastAppointments(db: Db, residents: { userIds: readonly string[]; procedureId?: string }, now: string): Promise<void> {
  const { procedureId } = residents;
  const notBegun = startsAfter(localMomentAt(now));
  await db
    .updateTable('appointments')
    .set({ status: 'past' })
    .where('user_id', 'in', [...residents.userIds])
    .where('status', '=', 'booked')
    .$if(procedureId !== undefined, (query) => query.where('procedure_id', '=', procedureId as string))
    .where((eb) => eb.exists(eb.selectFrom('appointment_slots as s').select('s.id').whereRef('s.id', '=', 'appointments.slot_id').where((slot) => slot.not(notBegun(slot)))))
    .execute();
}

/** A resident's appointments, latest slot first; moved ones are left out (their replacement is there). */
export async function listAppointmentsOfUser(db: Db, userId: string, limit: number): Promise<AppointmentWithSlot[]> {
  return withSlot(db)
    .where('a.user_id', '=', userId)
    .where('a.status', '!=', 'moved')
    .orderBy('s.date', 'desc')
    .orderBy('s.start_time', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

/** Every appointment in the slots of a day (cancelled and moved ones too), by time then booking. */
export async function listAppointmentsOnDate(db: Db, date: string, limit: number): Promise<AppointmentWithSlot[]> {
  return withSlot(db).where('s.date', '=', date).orderBy('s.start_time').orderBy('a.slot_id').orderBy('a.booked_at').orderBy('a.id').limit(limit).execute();
}

/**
 * Part of linking a Mini-App-only resident to their chat id (link-app-resident.ts), inside its
 * transaction: their appointments move over; where both already hold an active one for the same
 * procedure, the chat's stands and the app's is cancelled, its place given back. Past ones are
 * marked first: a time gone by neither wins over an upcoming one nor blocks the move.
 */
export async function reassignAppointments(db: Db, from: string, to: string, now: string): Promise<void> {
  await markPastAppointments(db, { userIds: [from, to] }, now);
  // Every `booked` row left is active.
  const duplicates = await db
    .selectFrom('appointments')
    .select(['id', 'slot_id'])
    .where('user_id', '=', from)
    .where('status', '=', 'booked')
    .where('procedure_id', 'in', (eb) => eb.selectFrom('appointments').select('procedure_id').where('user_id', '=', to).where('status', '=', 'booked'))
    .execute();
  await lockSlots(db, duplicates.map((duplicate) => duplicate.slot_id));
  for (const duplicate of duplicates) {
    await db.updateTable('appointments').set({ status: 'cancelled', cancelled_at: now, cancelled_by: 'resident' }).where('id', '=', duplicate.id).execute();
    await releasePlace(db, duplicate.slot_id);
  }
  await db.updateTable('appointments').set({ user_id: to }).where('user_id', '=', from).execute();
}
