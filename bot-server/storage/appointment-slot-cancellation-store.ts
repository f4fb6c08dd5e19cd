/**
 * The office cancels a slot (khung giờ hẹn), for example when the office must close: the slot and
 * every appointment booked in it are cancelled together, so no resident is left holding a place
 * that no longer exists. The caller tells those residents (see console-api/cancel-slot.ts).
 */
import type { Db } from './database-types';
import { inTransaction } from './in-transaction';
import type { AppointmentSlotRow } from './appointment-slot-store';
import type { AppointmentRow } from './appointment-store';

/** Undefined when the slot is unknown or already cancelled. The slot row is locked first, as every change does. */
export async function cancelSlotWithAppointments(db: Db, slotId: number, now: string): Promise<{ slot: AppointmentSlotRow; cancelled: AppointmentRow[] } | undefined> {
  return inTransaction(db, async (trx) => {
    const slot = await trx
      .updateTable('appointment_slots')
      .set({ cancelled_at: now, booked: 0 })
      .where('id', '=', slotId)
      .where('cancelled_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!slot) return undefined;
    const cancelled = await trx
      .updateTable('appointments')
      .set({ status: 'cancelled', cancelled_at: now, cancelled_by: 'office' })
      .where('slot_id', '=', slotId)
      .where('status', '=', 'booked')
      .returningAll()
      .execute();
    return { slot, cancelled };
  });
}
