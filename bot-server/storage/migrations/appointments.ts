import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from './with-id-column';

/**
 * Appointments (lịch hẹn) at the office for procedures that need an in-person visit. The office
 * publishes slots with a capacity; a booking takes a place by raising `booked` only while it is
 * below `capacity` (and the check constraint is a second lock: no statement can overbook).
 */
export const appointments: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable('appointment_slots'))
      // Local Vietnam date and times (the office's wall clock), not UTC.
      .addColumn('date', 'text', (col) => col.notNull())
      .addColumn('start_time', 'text', (col) => col.notNull())
      .addColumn('end_time', 'text', (col) => col.notNull())
      .addColumn('capacity', 'integer', (col) => col.notNull().check(sql<boolean>`capacity >= 1`))
      .addColumn('booked', 'integer', (col) => col.notNull().defaultTo(0))
      // JSON array of procedure ids; null = any procedure that needs an in-person visit.
      .addColumn('procedure_ids', 'text')
      .addColumn('created_by', 'integer', (col) => col.references('staff_users.id'))
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('cancelled_at', 'text')
      .addCheckConstraint('appointment_slots_booked_within_capacity', sql<boolean>`booked >= 0 and booked <= capacity`)
      .execute();
    await db.schema.createIndex('appointment_slots_date').on('appointment_slots').columns(['date', 'start_time']).execute();
    // Publishing the same slot twice adds nothing (an expression index, the same SQL on both databases).
    await sql`create unique index appointment_slots_once on appointment_slots (date, start_time, end_time, coalesce(procedure_ids, '*')) where cancelled_at is null`.execute(db);

    await withIdColumn(db, db.schema.createTable('appointments'))
      .addColumn('slot_id', 'integer', (col) => col.notNull().references('appointment_slots.id'))
      // The resident key, as on filings (OA-scoped id, or `app:<id>` for Mini-App-only residents).
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('procedure_id', 'text', (col) => col.notNull())
      .addColumn('filing_reference', 'text')
      .addColumn('status', 'text', (col) => col.notNull().check(sql<boolean>`status in ('booked', 'cancelled', 'moved')`))
      .addColumn('channel', 'text', (col) => col.notNull().check(sql<boolean>`channel in ('chat', 'miniApp')`))
      // Made by the app per booking action: a retried request finds the booking it already made.
      .addColumn('request_id', 'text')
      .addColumn('booked_at', 'text', (col) => col.notNull())
      .addColumn('cancelled_at', 'text')
      .addColumn('cancelled_by', 'text', (col) => col.check(sql<boolean>`cancelled_by in ('resident', 'office')`))
      // For status `moved`: the appointment that replaced this one.
      .addColumn('moved_to', 'integer')
      .execute();
    await db.schema.createIndex('appointments_slot').on('appointments').column('slot_id').execute();
    await db.schema.createIndex('appointments_request').on('appointments').columns(['user_id', 'request_id']).unique().execute();
    // One active appointment per resident and procedure, even when two requests race.
    await db.schema
      .createIndex('appointments_one_active')
      .on('appointments')
      .columns(['user_id', 'procedure_id'])
      .unique()
      .where(sql.ref('status'), '=', 'booked')
      .execute();
  },
};
