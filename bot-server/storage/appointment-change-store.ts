/**
 * Changing a booked appointment: moving it to another slot (the old place is given back only once
 * the new one is taken, in one transaction), and cancelling it (the place is given back). Each
 * locks the slots before the appointment row (see `lockSlots`). Calling either again after it
 * succeeded answers the same result and changes nothing, so a retried request is harmless. Both run
 * in their own transaction, or inside the caller's (a chat turn).
 */
import type { Db } from './database-types';
import { inTransaction } from './in-transaction';
import { lockSlots, releasePlace, takePlace, transactionWithUndo, whyNoPlace } from './appointment-places';
import { findAppointment, type AppointmentWithSlot } from './appointment-store';
import { StorageError } from './storage-error';

export type ChangeOutcome =
  | { ok: true; appointment: AppointmentWithSlot }
  | { ok: false; reason: 'notFound' | 'notActive' | 'slotFull' | 'slotUnavailable' };

/** The resident's own appointment; another resident's is `undefined`, exactly like an unknown id. */
async function ownAppointment(db: Db, id: number, userId: string): Promise<AppointmentWithSlot | undefined> {
  const appointment = await findAppointment(db, id);
  return appointment?.user_id === userId ? appointment : undefined;
}

/** Moves a booked appointment to `slotId`: a new appointment in the new slot, this one marked `moved`. */
export async function moveAppointment(db: Db, move: { id: number; userId: string; slotId: number; now: string }): Promise<ChangeOutcome> {
  return transactionWithUndo<ChangeOutcome>(db, async (trx, undo) => {
    const current = await ownAppointment(trx, move.id, move.userId);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.status === 'moved' && current.moved_to !== null) {
      const replacement = await findAppointment(trx, current.moved_to);
      if (replacement?.slot_id === move.slotId) return { ok: true, appointment: replacement }; // a retried move
    }
    if (current.status !== 'booked') return { ok: false, reason: 'notActive' };
    if (current.slot_id === move.slotId) return { ok: true, appointment: current };

    await lockSlots(trx, [current.slot_id, move.slotId]);
    // The new place first: when it cannot be had, nothing has been written and the old booking stands.
    if (!(await takePlace(trx, move.slotId))) return { ok: false, reason: await whyNoPlace(trx, move.slotId) };
    const left = await trx
      .updateTable('appointments')
      .set({ status: 'moved', cancelled_at: move.now, cancelled_by: 'resident' })
      .where('id', '=', current.id)
      .where('status', '=', 'booked')
      .executeTakeFirst();
    // Cancelled meanwhile (by the resident elsewhere, or the office cancelled its slot): give the new place back.
    if (Number(left.numUpdatedRows) !== 1) return undo({ ok: false, reason: 'notActive' });
    const inserted = await trx
      .insertInto('appointments')
      .values({
        slot_id: move.slotId,
        user_id: current.user_id,
        procedure_id: current.procedure_id,
        filing_reference: current.filing_reference,
        status: 'booked',
        channel: current.channel,
        request_id: null,
        booked_at: move.now,
        cancelled_at: null,
        cancelled_by: null,
        moved_to: null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw new StorageError('CONCURRENT_UPDATE', 'Could not move the appointment: another booking for the procedure appeared');
    await trx.updateTable('appointments').set({ moved_to: inserted.id }).where('id', '=', current.id).execute();
    await releasePlace(trx, current.slot_id);
    const appointment = await findAppointment(trx, inserted.id);
    if (!appointment) throw new Error('appointment vanished right after it was moved');
    return { ok: true, appointment };
  });
}

/** Cancels a booked appointment (the resident's choice) and gives its place back; a cancelled one is answered as it is. */
export async function cancelAppointment(db: Db, cancel: { id: number; userId: string; now: string }): Promise<ChangeOutcome> {
  return inTransaction(db, async (trx): Promise<ChangeOutcome> => {
    const current = await ownAppointment(trx, cancel.id, cancel.userId);
    if (!current) return { ok: false, reason: 'notFound' };
    if (current.status === 'cancelled') return { ok: true, appointment: current };
    if (current.status !== 'booked') return { ok: false, reason: 'notActive' };
    await lockSlots(trx, [current.slot_id]);
    const cancelled = await trx
      .updateTable('appointments')
      .set({ status: 'cancelled', cancelled_at: cancel.now, cancelled_by: 'resident' })
      .where('id', '=', current.id)
      .where('status', '=', 'booked')
      .executeTakeFirst();
    if (Number(cancelled.numUpdatedRows) === 1) await releasePlace(trx, current.slot_id);
    const appointment = await findAppointment(trx, current.id);
    if (!appointment) throw new Error('appointment vanished while it was cancelled');
    return appointment.status === 'cancelled' ? { ok: true, appointment } : { ok: false, reason: 'notActive' };
  });
}
