import type { Kysely, Migration } from 'kysely';
import { replaceColumnCheck } from './replace-column-check';

/**
 * `past`: a booked appointment whose time has come (the resident came or not; the office knows).
 * Nothing else moves an appointment out of `booked`, and the one-active-per-procedure index counts
 * `booked` ones, so booking the procedure again first marks the resident's earlier one `past`
 * (appointment-store.ts `markPastAppointments`). Its place stays counted in its slot.
 */
export const appointmentPastStatus: Migration = {
  async up(db: Kysely<unknown>) {
    await replaceColumnCheck(db, {
      table: 'appointments',
      column: 'status',
      before: "status in ('booked', 'cancelled', 'moved')",
      after: "status in ('booked', 'past', 'cancelled', 'moved')",
    });
  },
};
