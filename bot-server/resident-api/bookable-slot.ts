/**
 * Whether a resident may book a slot for a procedure now: it must be active, not started yet, and
 * serve the procedure. Capacity is not checked here: only the booking's conditional update can
 * decide that without a race.
 */
import { localMomentAt, slotProcedureIds, type AppointmentSlotRow } from '../storage/appointment-slot-store';
import type { AppointmentWithSlot } from '../storage/appointment-store';
import type { Catalog } from '../../shared/catalog/catalog';
import type { Procedure } from '../../shared/schema/procedure-schema';
import { bookableProcedure } from '../api/bookable-procedure';
import { appointmentErrors } from './appointment-errors';
import { residentErrors } from './resident-errors';

/** The office's date and wall-clock time (HH:MM) at an instant (deletion needs it in storage too). */
export { localMomentAt as officeNow } from '../storage/appointment-slot-store';

/** The slot's start is now or earlier, on the office's clock. */
function hasStarted(slot: Pick<AppointmentSlotRow, 'date' | 'start_time'>, nowIso: string): boolean {
  const now = localMomentAt(nowIso);
  return slot.date < now.date || (slot.date === now.date && slot.start_time <= now.time);
}

/** The appointment's time has come: marked `past`, or still `booked` with its slot begun. Nothing is left to change about it. */
export function isPast(appointment: Pick<AppointmentWithSlot, 'status' | 'date' | 'start_time'>, nowIso: string): boolean {
  return appointment.status === 'past' || (appointment.status === 'booked' && hasStarted(appointment, nowIso));
}

/** Why the slot cannot take this booking (cancelled or begun; for other procedures), or undefined when it can. */
export function slotRefusal(slot: AppointmentSlotRow, procedureId: string, nowIso: string): 'slotUnavailable' | 'slotNotForProcedure' | undefined {
  if (slot.cancelled_at !== null || hasStarted(slot, nowIso)) return 'slotUnavailable';
  const serves = slotProcedureIds(slot);
  return serves !== null && !serves.includes(procedureId) ? 'slotNotForProcedure' : undefined;
}

/** Throws the error the resident should see when the slot cannot take this booking. */
export function ensureBookable(slot: AppointmentSlotRow, procedureId: string, nowIso: string): void {
  const refusal = slotRefusal(slot, procedureId, nowIso);
  if (refusal) throw appointmentErrors[refusal]();
}

/** The procedure, when it takes appointments; otherwise the error to show (unknown, or needs no visit). */
export function bookableProcedureOrFail(catalog: Catalog, procedureId: string, today: string): Procedure {
  const procedure = bookableProcedure(catalog, procedureId, today);
  if (procedure) return procedure;
  throw catalog.current(procedureId, today) ? appointmentErrors.procedureNotBookable() : residentErrors.procedureNotFound();
}
