/**
 * What an appointment turn of the chat needs in its context, read inside the turn's transaction
 * and only when the turn needs it (`needsAppointmentData`): the free times of each procedure that
 * takes appointments (the Mini App's query, over the same days) and the resident's upcoming
 * appointments.
 */
import type { ActiveAppointment, AppointmentData, FreeSlot } from '../../shared/conversation/appointment-types';
import { takesAppointments } from '../../shared/catalog/takes-appointments';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { listBookableSlots } from '../storage/appointment-slot-store';
import { listActiveAppointmentsOf, type AppointmentWithSlot } from '../storage/appointment-store';
import { officeNow } from '../resident-api/bookable-slot';
import { freeSlotsUntil } from '../resident-api/free-slots-route';

/** The chat shows 6 at a time; this many is ten pages of "thêm", and bounds the read. */
const SLOTS_PER_PROCEDURE = 60;

/** The free times of one procedure, earliest first. */
export async function freeSlotsOf(db: Db, procedureId: string, nowIso: string): Promise<FreeSlot[]> {
  const rows = await listBookableSlots(db, { procedureId, after: officeNow(nowIso), untilDate: freeSlotsUntil(nowIso), limit: SLOTS_PER_PROCEDURE });
  return rows.map((row) => ({ id: row.id, date: row.date, startTime: row.start_time, endTime: row.end_time, free: row.capacity - row.booked }));
}

export function activeAppointmentOf(row: AppointmentWithSlot): ActiveAppointment {
  return { id: row.id, procedureId: row.procedure_id, slot: { id: row.slot_id, date: row.date, startTime: row.start_time, endTime: row.end_time } };
}

export async function loadAppointmentData(db: Db, services: Services, userId: string, nowIso: string): Promise<AppointmentData> {
  const bookable = services.catalog.list(officeNow(nowIso).date).filter(takesAppointments);
  const freeSlots: Record<string, FreeSlot[]> = {};
  for (const procedure of bookable) freeSlots[procedure.id] = await freeSlotsOf(db, procedure.id, nowIso);
  const upcoming = await listActiveAppointmentsOf(db, userId, nowIso);
  return { freeSlots, mine: upcoming.map(activeAppointmentOf) };
}
