import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { withIdColumn } from './with-id-column';

/** `status in (...)` check, so a typo in a raw query cannot park a row in a state no worker reads. */
function oneOf(column: string, values: readonly string[]) {
  return sql<boolean>`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

/** Every table of `database-types.ts`, written with the schema builder so it runs on SQLite and PostgreSQL. */
export const initialSchema: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable('inbox'))
      .addColumn('event_key', 'text', (col) => col.notNull().unique())
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('event_name', 'text', (col) => col.notNull())
      .addColumn('payload', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) =>
        col.notNull().defaultTo('pending').check(oneOf('status', ['pending', 'processing', 'done', 'failed'])),
      )
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('locked_until', 'text')
      .addColumn('received_at', 'text', (col) => col.notNull())
      .addColumn('processed_at', 'text')
      .addColumn('error', 'text')
      .execute();
    await db.schema.createIndex('inbox_status_id').on('inbox').columns(['status', 'id']).execute();
    await db.schema.createIndex('inbox_user_status').on('inbox').columns(['user_id', 'status']).execute();

    await withIdColumn(db, db.schema.createTable('outbox'))
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('inbox_id', 'integer')
      .addColumn('sequence', 'integer', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) =>
        col.notNull().defaultTo('pending').check(oneOf('status', ['pending', 'sending', 'sent', 'undeliverable'])),
      )
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('next_attempt_at', 'text', (col) => col.notNull())
      .addColumn('locked_until', 'text')
      .addColumn('last_error_code', 'integer')
      .addColumn('zalo_message_id', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('undeliverable_at', 'text')
      .addColumn('interrupted_at', 'text')
      .execute();
    await db.schema.createIndex('outbox_status_next_attempt').on('outbox').columns(['status', 'next_attempt_at']).execute();
    await db.schema.createIndex('outbox_user_status_id').on('outbox').columns(['user_id', 'status', 'id']).execute();

    await db.schema
      .createTable('conversations')
      .addColumn('user_id', 'text', (col) => col.primaryKey())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('residents')
      .addColumn('user_id', 'text', (col) => col.primaryKey())
      .addColumn('app_user_id', 'text')
      .addColumn('last_interaction_at', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('residents_app_user').on('residents').column('app_user_id').execute();

    await db.schema
      .createTable('filings')
      .addColumn('reference', 'text', (col) => col.primaryKey())
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('procedure_id', 'text', (col) => col.notNull())
      .addColumn('procedure_version', 'integer', (col) => col.notNull())
      .addColumn('answers', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('channel', 'text', (col) => col.notNull())
      .addColumn('received_at', 'text', (col) => col.notNull())
      .addColumn('due_date', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('filings_user').on('filings').column('user_id').execute();

    await withIdColumn(db, db.schema.createTable('filing_events'))
      .addColumn('reference', 'text', (col) => col.notNull().references('filings.reference').onDelete('cascade'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('note', 'text')
      .addColumn('at', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('filing_events_reference').on('filing_events').columns(['reference', 'id']).execute();

    await withIdColumn(db, db.schema.createTable('consents'))
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('policy_version', 'text', (col) => col.notNull())
      .addColumn('purposes', 'text', (col) => col.notNull())
      .addColumn('data_categories', 'text', (col) => col.notNull())
      .addColumn('channel', 'text', (col) => col.notNull())
      .addColumn('procedure_id', 'text')
      .addColumn('given_at', 'text', (col) => col.notNull())
      .addColumn('withdrawn_at', 'text')
      .execute();
    await db.schema.createIndex('consents_user').on('consents').column('user_id').execute();

    await withIdColumn(db, db.schema.createTable('handoffs'))
      .addColumn('user_id', 'text', (col) => col.notNull())
      .addColumn('reason', 'text', (col) => col.notNull())
      .addColumn('procedure_id', 'text')
      .addColumn('question_id', 'text')
      .addColumn('rule_id', 'text')
      .addColumn('status', 'text', (col) => col.notNull().check(oneOf('status', ['open', 'resolved'])))
      .addColumn('opened_at', 'text', (col) => col.notNull())
      .addColumn('resolved_at', 'text')
      .execute();
    await db.schema.createIndex('handoffs_user_status').on('handoffs').columns(['user_id', 'status']).execute();
    // At most one open handoff per resident, even when two workers open one at the same moment.
    await db.schema
      .createIndex('handoffs_one_open_per_user')
      .on('handoffs')
      .column('user_id')
      .unique()
      .where(sql.ref('status'), '=', 'open')
      .execute();

    await db.schema
      .createTable('oa_tokens')
      .addColumn('oa_id', 'text', (col) => col.primaryKey())
      .addColumn('access_token', 'text', (col) => col.notNull())
      .addColumn('refresh_token', 'text', (col) => col.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .execute();

    await withIdColumn(db, db.schema.createTable('unplaced_queries'))
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('at', 'text', (col) => col.notNull())
      .execute();
  },
};
