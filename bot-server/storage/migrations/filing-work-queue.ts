import type { Kysely, Migration } from 'kysely';

/**
 * The officials' filings work queue (danh sách hồ sơ cần xử lý): who assisted a filing (a
 * volunteer at the desk; they may see only those), and an index for the queue's usual question,
 * "undecided filings by due date".
 */
export const filingWorkQueue: Migration = {
  async up(db: Kysely<unknown>) {
    // No foreign key on the added column: SQLite cannot add one with ALTER TABLE (as handoffs.assigned_to).
    await db.schema.alterTable('filings').addColumn('assisted_by', 'integer').execute();
    await db.schema.createIndex('filings_status_due').on('filings').columns(['status', 'due_date']).execute();
  },
};
