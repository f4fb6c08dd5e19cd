/**
 * Booking an appointment: the appointment row and its place in the slot are written in one
 * transaction, or neither is. A retried request (same `requestId`) finds the booking it made;
 * a resident holds at most one active appointment per procedure (a partial unique index on
 * `booked` rows: an earlier one whose time has come is marked `past` first, so it never blocks).
 */
import type { AppointmentTable } from './appointment-tables';
import type { Db } from './database-types';
import { takePlace, transactionWithUndo, whyNoPlace } from './appointment-places';
import { findActiveAppointment, findAppointment, findAppointmentByRequest, markPastAppointments, type AppointmentWithSlot } from './appointment-store';
import { findSlot } from './appointment-slot-store';
import { StorageError } from './storage-error';

export interface NewBooking {
  userId: string;
  slotId: number;
  procedureId: string;
  filingReference: string | null;
  channel: AppointmentTable['channel'];
  requestId: string;
  now: string;
}

export type BookingOutcome =
  | { ok: true; appointment: AppointmentWithSlot; replayed: boolean }
  | { ok: false; reason: 'slotFull' | 'slotUnavailable' | 'requestIdReused' }
  | { ok: false; reason: 'alreadyBooked'; appointment: AppointmentWithSlot };

/** The answer to a request already handled: the same booking, unless the id came back with another slot or procedure. */
function replayOf(earlier: AppointmentWithSlot, booking: NewBooking): BookingOutcome {
  if (earlier.slot_id !== booking.slotId || earlier.procedure_id !== booking.procedureId) return { ok: false, reason: 'requestIdReused' };
  return { ok: true, appointment: earlier, replayed: true };
}

/** The active appointment for the procedure, unless this very request made it (it committed between two look-ups). */
function alreadyBookedOr(active: AppointmentWithSlot, booking: NewBooking): BookingOutcome {
  return active.request_id === booking.requestId ? replayOf(active, booking) : { ok: false, reason: 'alreadyBooked', appointment: active };
}

/**
 * Books a place, in its own transaction or inside the caller's (a chat turn): a full slot rolls
 * back the row written just before, and only that (see `transactionWithUndo`).
 */
export async function bookAppointment(db: Db, booking: NewBooking): Promise<BookingOutcome> {
  return transactionWithUndo<BookingOutcome>(db, async (trx, undo) => {
    const earlier = await findAppointmentByRequest(trx, booking.userId, booking.requestId);
    if (earlier) return replayOf(earlier, booking);
    await markPastAppointments(trx, { userIds: [booking.userId], procedureId: booking.procedureId }, booking.now);
    const active = await findActiveAppointment(trx, booking.userId, booking.procedureId, booking.now);
    if (active) return alreadyBookedOr(active, booking);
    if (!(await findSlot(trx, booking.slotId))) return { ok: false, reason: 'slotUnavailable' };

    const inserted = await trx
      .insertInto('appointments')
      .values({
        slot_id: booking.slotId,
        user_id: booking.userId,
        procedure_id: booking.procedureId,
        filing_reference: booking.filingReference,
        status: 'booked',
        channel: booking.channel,
        request_id: booking.requestId,
        booked_at: booking.now,
        cancelled_at: null,
        cancelled_by: null,
        moved_to: null,
      })
      // Either unique index: a racing request (this one retried, or another for the same procedure) got there first.
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      // On PostgreSQL the conflict waited for the racer to commit, and this statement sees it now.
      const raced = await findAppointmentByRequest(trx, booking.userId, booking.requestId);
      if (raced) return replayOf(raced, booking);
      const racedActive = await findActiveAppointment(trx, booking.userId, booking.procedureId, booking.now);
      if (racedActive) return alreadyBookedOr(racedActive, booking);
      throw new StorageError('CONCURRENT_UPDATE', 'Could not book: the booking kept changing underneath');
    }
    if (!(await takePlace(trx, booking.slotId))) return undo({ ok: false, reason: await whyNoPlace(trx, booking.slotId) });
    const appointment = await findAppointment(trx, inserted.id);
    if (!appointment) throw new Error('appointment vanished right after it was booked');
    return { ok: true, appointment, replayed: false };
  });
}
