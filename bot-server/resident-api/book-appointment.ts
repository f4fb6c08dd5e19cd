/**
 * A resident books an appointment from the Mini App. The checks a resident can fix come first
 * (unknown or unsuitable slot, someone else's filing); the place itself is decided by the store's
 * conditional update, so a full slot is a 409 however many residents race for it.
 */
import type { BookAppointmentRequest } from '../../shared/api/appointment-api-schemas';
import type { Services } from '../app/services';
import { bookAppointment } from '../storage/appointment-booking-store';
import { findSlot } from '../storage/appointment-slot-store';
import { findAppointmentByRequest, type AppointmentWithSlot } from '../storage/appointment-store';
import { findFilingByReference } from '../storage/filing-store';
import { appointmentErrors } from './appointment-errors';
import { bookableProcedureOrFail, ensureBookable, officeNow } from './bookable-slot';
import { residentErrors } from './resident-errors';

export async function bookForResident(services: Services, userId: string, request: BookAppointmentRequest): Promise<{ appointment: AppointmentWithSlot; replayed: boolean }> {
  const { db } = services;
  const now = services.clock().toISOString();
  // A retry of a request already handled gets its booking back, even if the slot has since filled or started.
  const earlier = await findAppointmentByRequest(db, userId, request.requestId);
  if (earlier) {
    if (earlier.slot_id !== request.slotId || earlier.procedure_id !== request.procedureId) throw appointmentErrors.requestIdReused();
    return { appointment: earlier, replayed: true };
  }
  bookableProcedureOrFail(services.catalog, request.procedureId, officeNow(now).date);
  const slot = await findSlot(db, request.slotId);
  if (!slot) throw appointmentErrors.slotNotFound();
  ensureBookable(slot, request.procedureId, now);
  if (request.filingReference !== undefined) {
    const filing = await findFilingByReference(db, request.filingReference);
    if (!filing || filing.user_id !== userId || filing.procedure_id !== request.procedureId) throw residentErrors.filingNotFound();
  }
  const outcome = await bookAppointment(db, {
    userId,
    slotId: request.slotId,
    procedureId: request.procedureId,
    filingReference: request.filingReference ?? null,
    channel: 'miniApp',
    requestId: request.requestId,
    now,
  });
  if (outcome.ok) return { appointment: outcome.appointment, replayed: outcome.replayed };
  switch (outcome.reason) {
    case 'slotFull':
      throw appointmentErrors.slotFull();
    case 'slotUnavailable':
      throw appointmentErrors.slotUnavailable();
    case 'requestIdReused':
      throw appointmentErrors.requestIdReused();
    case 'alreadyBooked':
      throw appointmentErrors.alreadyBooked(outcome.appointment);
  }
}
