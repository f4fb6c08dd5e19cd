import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from './with-id-column';

/**
 * Volunteer-assisted filing: filings prepared for a resident and waiting for their confirmation on
 * Zalo (answers sealed, emptied once decided), and keyed digests of the phone numbers residents
 * gave, to find them by phone without keeping the number.
 */
export const assistedFilings: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable('assisted_filings'))
      .addColumn('assisted_by', 'integer', (col) => col.notNull().references('staff_users.id'))
      .addColumn('request_id', 'text', (col) => col.notNull())
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('procedure_id', 'text', (col) => col.notNull())
      .addColumn('procedure_version', 'integer', (col) => col.notNull())
      .addColumn('answers', 'text', (col) => col.notNull())
      .addColumn('question_ids', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull().check(sql<boolean>`status in ('pending', 'confirmed', 'cancelled', 'expired')`))
      .addColumn('cancel_reason', 'text', (col) => col.check(sql<boolean>`cancel_reason in ('declined', 'unanswered')`))
      .addColumn('filing_reference', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('decided_at', 'text')
      .execute();
    // A retried request (same account, same id) finds the row instead of preparing a second one.
    await db.schema.createIndex('assisted_filings_request').on('assisted_filings').columns(['assisted_by', 'request_id']).unique().execute();
    await db.schema.createIndex('assisted_filings_user_status').on('assisted_filings').columns(['user_id', 'status']).execute();
    await db.schema.createIndex('assisted_filings_created').on('assisted_filings').column('created_at').execute();

    await db.schema
      .createTable('resident_phones')
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('phone_digest', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('resident_phones_pkey', ['user_id', 'phone_digest'])
      .execute();
    await db.schema.createIndex('resident_phones_digest').on('resident_phones').column('phone_digest').execute();
  },
};
