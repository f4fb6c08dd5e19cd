import type { Procedure } from '../schema/procedure-schema';

/**
 * Whether residents book an appointment (lịch hẹn) for a procedure: only a published one whose
 * file says they must come in person (`inPersonVisit`). Decided by the data, never by an id, and
 * shared so the chat and the HTTP API agree.
 */
export function takesAppointments(procedure: Procedure): boolean {
  return procedure.status === 'published' && procedure.inPersonVisit !== undefined;
}
