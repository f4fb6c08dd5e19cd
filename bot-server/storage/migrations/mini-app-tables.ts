import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

/**
 * What the Mini App's resident API adds: the events it has applied (so a retried request is
 * answered again, never applied twice) and residents' ratings of their filings' results.
 */
export const miniAppTables: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('app_events')
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('event_id', 'text', (col) => col.notNull())
      .addColumn('procedure_id', 'text', (col) => col.notNull())
      .addColumn('response', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('app_events_pkey', ['user_id', 'event_id'])
      .execute();
    await db.schema.createIndex('app_events_created').on('app_events').column('created_at').execute();

    await db.schema
      .createTable('filing_ratings')
      .addColumn('reference', 'text', (col) => col.primaryKey().references('filings.reference').onDelete('cascade'))
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('score', 'integer', (col) => col.notNull().check(sql<boolean>`score between 1 and 5`))
      .addColumn('comment', 'text')
      .addColumn('rated_at', 'text', (col) => col.notNull())
      .execute();
  },
};
