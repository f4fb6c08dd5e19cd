import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from './with-id-column';

/**
 * The officials' console: staff accounts, their sign-in sessions, and the audit log. A session row
 * is keyed by the SHA-256 of its cookie token, never the token itself, so a copy of the database
 * cannot be replayed as a signed-in official.
 */
export const consoleAccounts: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable('staff_users'))
      // Stored lowercased: "Lan" and "lan" are one account.
      .addColumn('username', 'text', (col) => col.notNull().unique())
      .addColumn('display_name', 'text', (col) => col.notNull())
      .addColumn('role', 'text', (col) => col.notNull().check(sql<boolean>`role in ('official', 'supervisor', 'volunteer', 'admin')`))
      .addColumn('commune_code', 'text')
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('failed_attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('disabled_at', 'text')
      .execute();

    await db.schema
      .createTable('staff_sessions')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'integer', (col) => col.notNull().references('staff_users.id').onDelete('cascade'))
      .addColumn('csrf_secret', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text', (col) => col.notNull())
      .addColumn('last_seen_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('staff_sessions_user').on('staff_sessions').column('user_id').execute();
    await db.schema.createIndex('staff_sessions_expires').on('staff_sessions').column('expires_at').execute();

    await withIdColumn(db, db.schema.createTable('audit_log'))
      .addColumn('at', 'text', (col) => col.notNull())
      // Null for an action nobody signed in did (a failed sign-in to an unknown name, the CLI).
      .addColumn('user_id', 'integer')
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('subject_type', 'text', (col) => col.notNull())
      .addColumn('subject_id', 'text')
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('audit_log_subject').on('audit_log').columns(['subject_type', 'subject_id']).execute();
  },
};
