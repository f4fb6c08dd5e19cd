import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from './with-id-column';

/**
 * The officials' handoff inbox: who holds a handoff (claimed or assigned), when they first
 * answered (for the waiting-time target), and internal notes officials leave on it. A note's text
 * is sealed like other free text that may hold personal data; it is never sent to the resident.
 */
export const handoffInbox: Migration = {
  async up(db: Kysely<unknown>) {
    // No foreign key on the added column: SQLite cannot add one with ALTER TABLE. The console checks it.
    await db.schema.alterTable('handoffs').addColumn('assigned_to', 'integer').execute();
    await db.schema.alterTable('handoffs').addColumn('claimed_at', 'text').execute();
    await db.schema.alterTable('handoffs').addColumn('first_reply_at', 'text').execute();

    await withIdColumn(db, db.schema.createTable('handoff_notes'))
      .addColumn('handoff_id', 'integer', (col) => col.notNull().references('handoffs.id').onDelete('cascade'))
      .addColumn('author_id', 'integer', (col) => col.notNull().references('staff_users.id'))
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('handoff_notes_handoff').on('handoff_notes').column('handoff_id').execute();
  },
};
