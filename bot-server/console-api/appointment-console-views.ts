/**
 * Slots and appointments as the console shows them. The resident's id is masked like in the
 * handoff inbox: staff act on the appointment id, the last 4 characters are enough to match the
 * OA chat when needed.
 */
import type { AppointmentSlot, DayListResponse } from '../../shared/api/appointment-api-schemas';
import { slotProcedureIds, type AppointmentSlotRow } from '../storage/appointment-slot-store';
import type { AppointmentWithSlot } from '../storage/appointment-store';
import { maskUserId } from './handoff-view';

export function slotView(row: AppointmentSlotRow): AppointmentSlot {
  return {
    id: row.id,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    capacity: row.capacity,
    booked: row.booked,
    procedureIds: slotProcedureIds(row),
    cancelledAt: row.cancelled_at,
  };
}

export function dayListItem(row: AppointmentWithSlot, procedureName: string | null): DayListResponse['items'][number] {
  return {
    id: row.id,
    slotId: row.slot_id,
    startTime: row.start_time,
    endTime: row.end_time,
    userIdMasked: maskUserId(row.user_id),
    procedureId: row.procedure_id,
    procedureName,
    filingReference: row.filing_reference,
    // The desk's list is of who booked the day; `past` only frees the resident to book again.
    status: row.status === 'past' ? 'booked' : row.status,
    cancelledBy: row.cancelled_by,
    channel: row.channel,
    bookedAt: row.booked_at,
  };
}
