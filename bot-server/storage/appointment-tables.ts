/** Table shapes of appointments (lịch hẹn), part of `Database` in database-types.ts. */
import type { Generated } from 'kysely';

/** A time at the office that residents can book, up to `capacity` of them. */
export interface AppointmentSlotTable {
  id: Generated<number>;
  /** Local Vietnam date (YYYY-MM-DD) and wall-clock times (HH:MM). */
  date: string;
  start_time: string;
  end_time: string;
  capacity: number;
  /** Places taken: booked appointments, and past ones that held a place; only ever raised while below `capacity`. */
  booked: Generated<number>;
  /** JSON array of procedure ids; null = any procedure that needs an in-person visit. */
  procedure_ids: string | null;
  /** The admin who published it. */
  created_by: number | null;
  created_at: string;
  cancelled_at: string | null;
}

export interface AppointmentTable {
  id: Generated<number>;
  slot_id: number;
  /** The resident key, as on filings (OA-scoped id, or `app:<id>` for Mini-App-only residents). */
  user_id: string;
  procedure_id: string;
  filing_reference: string | null;
  /** `past`: booked, and its slot has begun (marked when the resident books the procedure again); terminal. */
  status: 'booked' | 'past' | 'cancelled' | 'moved';
  channel: 'chat' | 'miniApp';
  /** Made by the app per booking action; a retry with the same id finds this booking. */
  request_id: string | null;
  booked_at: string;
  /** When it was cancelled or moved. */
  cancelled_at: string | null;
  cancelled_by: 'resident' | 'office' | null;
  /** For status `moved`: the appointment that replaced this one. */
  moved_to: number | null;
}
