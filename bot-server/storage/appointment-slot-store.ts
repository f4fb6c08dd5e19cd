/**
 * Appointment slots (khung giờ hẹn) the office publishes: inserted once each, listed for residents
 * (future, with free places, serving a procedure) and for the console, and cancelled by the office.
 */
import type { Expression, ExpressionBuilder, Selectable, SqlBool } from 'kysely';
import { vietnamClock } from '../../shared/rules/calendar';
import type { AppointmentSlotTable } from './appointment-tables';
import type { Db } from './database-types';
import { inTransaction } from './in-transaction';

export type AppointmentSlotRow = Selectable<AppointmentSlotTable>;

export interface NewSlot {
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
  /** Null: any procedure that needs an in-person visit. */
  procedureIds: readonly string[] | null;
}

/** A local Vietnam moment: a date and a wall-clock time (HH:MM). */
export interface LocalMoment {
  date: string;
  time: string;
}

/** The office's date and wall-clock time (HH:MM) at an instant. */
export function localMomentAt(nowIso: string): LocalMoment {
  const { date, minutes } = vietnamClock(nowIso);
  return { date, time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` };
}

/**
 * The slot (joined as `s`) starts after `moment`, on the office's clock: it has not begun. An
 * appointment is active only while its slot has not begun (see `markPastAppointments`).
 */
export function startsAfter(moment: LocalMoment) {
  return (eb: ExpressionBuilder<{ s: AppointmentSlotTable }, 's'>): Expression<SqlBool> =>
    eb.or([eb('s.date', '>', moment.date), eb.and([eb('s.date', '=', moment.date), eb('s.start_time', '>', moment.time)])]);
}

/** The stored form of a slot's procedures: sorted, so the same set is the same text (the unique index compares it). */
function procedureIdsText(ids: readonly string[] | null): string | null {
  return ids === null ? null : JSON.stringify([...new Set(ids)].sort());
}

export function slotProcedureIds(row: Pick<AppointmentSlotRow, 'procedure_ids'>): string[] | null {
  return row.procedure_ids === null ? null : (JSON.parse(row.procedure_ids) as string[]);
}

/** Inserts the slots not published yet (an active slot with the same times and procedures is kept); returns those created. */
export async function insertSlots(db: Db, slots: readonly NewSlot[], by: { userId: number | null; now: string }): Promise<AppointmentSlotRow[]> {
  return inTransaction(db, async (trx) => {
    const created: AppointmentSlotRow[] = [];
    for (const slot of slots) {
      const row = await trx
        .insertInto('appointment_slots')
        .values({
          date: slot.date,
          start_time: slot.startTime,
          end_time: slot.endTime,
          capacity: slot.capacity,
          procedure_ids: procedureIdsText(slot.procedureIds),
          created_by: by.userId,
          created_at: by.now,
          cancelled_at: null,
        })
        .onConflict((oc) => oc.doNothing())
        .returningAll()
        .executeTakeFirst();
      if (row) created.push(row);
    }
    return created;
  });
}

export async function findSlot(db: Db, id: number): Promise<AppointmentSlotRow | undefined> {
  return db.selectFrom('appointment_slots').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Active slots that start after `after`, up to `untilDate`, serving `procedureId`, with a free place; earliest first (the first `limit`). */
export async function listBookableSlots(db: Db, query: { procedureId: string; after: LocalMoment; untilDate: string; limit?: number }): Promise<AppointmentSlotRow[]> {
  const slots = db
    .selectFrom('appointment_slots as s')
    .selectAll()
    .where('s.cancelled_at', 'is', null)
    .where((eb) => eb('s.booked', '<', eb.ref('s.capacity')))
    .where(startsAfter(query.after))
    .where('s.date', '<=', query.untilDate)
    // Ids are lower-kebab-case (no LIKE wildcards), stored as a JSON array of quoted strings.
    .where((eb) => eb.or([eb('s.procedure_ids', 'is', null), eb('s.procedure_ids', 'like', `%"${query.procedureId}"%`)]))
    .orderBy('s.date')
    .orderBy('s.start_time')
    .orderBy('s.id');
  return (query.limit === undefined ? slots : slots.limit(query.limit)).execute();
}

/** Every slot (cancelled ones too) from `fromDate` to `toDate`, for the console; earliest first. */
export async function listSlotsBetween(db: Db, fromDate: string, toDate: string, limit: number): Promise<AppointmentSlotRow[]> {
  return db
    .selectFrom('appointment_slots')
    .selectAll()
    .where('date', '>=', fromDate)
    .where('date', '<=', toDate)
    .orderBy('date')
    .orderBy('start_time')
    .orderBy('id')
    .limit(limit)
    .execute();
}
