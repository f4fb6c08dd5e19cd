import type { Kysely, Migration } from 'kysely';

/**
 * What an admin sets for the one-stop desk: office hours (the chat tells residents when an official
 * will answer) and the officials' canned replies. One JSON value per key; absent keys mean defaults.
 */
export const officeSettings: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('office_settings')
      .addColumn('key', 'text', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('updated_by', 'integer')
      .execute();
  },
};
