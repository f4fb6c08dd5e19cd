import type { Kysely, Migration } from 'kysely';

/**
 * Versions an admin published in the console. A version arrives as a `status: draft` file; it is
 * served to residents once it has a row here (and its effectiveFrom date has come).
 */
export const procedurePublications: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('procedure_publications')
      .addColumn('procedure_id', 'text', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('published_at', 'text', (col) => col.notNull())
      .addColumn('published_by', 'integer', (col) => col.notNull().references('staff_users.id'))
      .addPrimaryKeyConstraint('procedure_publications_pk', ['procedure_id', 'version'])
      .execute();
  },
};
