/**
 * Appointments (lịch hẹn) in the chat, as plain data. The conversation layer cannot read the
 * calendar itself (it is pure), so the server loads the free times and the resident's upcoming
 * appointments BEFORE a turn that needs them (see `needsAppointmentData`) and passes them in the
 * context; booking, moving and cancelling come back out as effects the server carries out.
 */

/** A time at the office (local Vietnam date, wall-clock HH:MM). */
export interface SlotTime {
  /** The slot's id (bot-server's appointment_slots row). */
  id: number;
  date: string;
  startTime: string;
  endTime: string;
}

/** A slot with places left, as loaded for this turn. */
export interface FreeSlot extends SlotTime {
  free: number;
}

/** One of the resident's booked appointments that has not started yet. */
export interface ActiveAppointment {
  /** The appointment's id (bot-server's appointments row). */
  id: number;
  procedureId: string;
  slot: SlotTime;
}

/** What the server loaded for an appointment turn. */
export interface AppointmentData {
  /** Free slots per bookable procedure id, earliest first (a bounded number of them). */
  freeSlots: Readonly<Record<string, readonly FreeSlot[]>>;
  /** The resident's upcoming appointments, earliest first. */
  mine: readonly ActiveAppointment[];
}

/** The question the chat asked about an appointment, waiting for the resident's answer. */
export type AppointmentWait = {
  /** The question was asked again once after an answer that did not fit. */
  reasked: boolean;
} & (
  | { step: 'pickProcedure'; procedureIds: string[] }
  /** `shown` is the numbered list the resident saw; `moving` the appointment being moved (null: a new booking). */
  | { step: 'pickSlot'; procedureId: string; moving: ActiveAppointment | null; shown: FreeSlot[] }
  | { step: 'confirmSlot'; procedureId: string; moving: ActiveAppointment | null; slot: SlotTime }
  | { step: 'pickAppointment'; purpose: 'move' | 'cancel'; appointmentIds: number[] }
  | { step: 'confirmCancel'; appointment: ActiveAppointment }
);

/**
 * Changes the server makes, in the turn's transaction, with the same store functions as the Mini
 * App. `slot` is the time as the resident confirmed it, for the reply when it has just filled up.
 */
export type AppointmentEffect =
  | { type: 'bookAppointment'; procedureId: string; slot: SlotTime }
  | { type: 'moveAppointment'; appointmentId: number; procedureId: string; slot: SlotTime }
  | { type: 'cancelAppointment'; appointmentId: number };

/** A turn needed appointment data the caller did not load: a bug in the caller, not the resident's doing. */
export class AppointmentDataMissingError extends Error {
  readonly code = 'APPOINTMENT_DATA_REQUIRED';
}
