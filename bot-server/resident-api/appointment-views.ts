/**
 * An appointment as the Mini App shows it, with the procedure's name in both languages. A booked
 * one whose time has come is `past`, whether or not it was marked yet: nothing is left to change.
 */
import type { ResidentAppointment } from '../../shared/api/appointment-api-schemas';
import { vietnamClock } from '../../shared/rules/calendar';
import { procedureNameOf } from '../api/bookable-procedure';
import type { Services } from '../app/services';
import type { AppointmentWithSlot } from '../storage/appointment-store';
import { isPast } from './bookable-slot';

export function residentAppointmentView(services: Services, row: AppointmentWithSlot): ResidentAppointment {
  const now = services.clock().toISOString();
  const today = vietnamClock(now).date;
  return {
    id: row.id,
    procedureId: row.procedure_id,
    procedureName: procedureNameOf(services.catalog, row.procedure_id, today) ?? { vi: row.procedure_id },
    slotId: row.slot_id,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    status: isPast(row, now) ? 'past' : row.status,
    cancelledBy: row.cancelled_by,
    filingReference: row.filing_reference,
    bookedAt: row.booked_at,
  };
}
