import { Migrator, sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { initialSchema } from './migrations/initial-schema';
import { miniAppTables } from './migrations/mini-app-tables';
import { consoleAccounts } from './migrations/console-accounts';
import { handoffInbox } from './migrations/handoff-inbox';
import { handoffRating } from './migrations/handoff-rating';
import { officeSettings } from './migrations/office-settings';
import { filingWorkQueue } from './migrations/filing-work-queue';
import { appointments } from './migrations/appointments';
import { assistedFilings } from './migrations/assisted-filings';
import { procedurePublications } from './migrations/procedure-publications';
import { appointmentPastStatus } from './migrations/appointment-past-status';
import { assistedFilingOutdatedReason } from './migrations/assisted-filing-outdated-reason';
import { StorageError } from './storage-error';
import { dialectOf } from './dialect-of';

/** PostgreSQL: a schema named in a query does not exist (any more). */
const INVALID_SCHEMA_NAME = '3F000';

/** In code, not a folder scan, so bundling or running from another directory cannot lose one. Names sort in order. */
const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-mini-app-tables': miniAppTables,
  '0003-console-accounts': consoleAccounts,
  '0004-handoff-inbox': handoffInbox,
  '0005-handoff-rating': handoffRating,
  '0006-office-settings': officeSettings,
  '0007-filing-work-queue': filingWorkQueue,
  '0008-appointments': appointments,
  '0009-assisted-filings': assistedFilings,
  '0010-procedure-publications': procedurePublications,
  '0011-appointment-past-status': appointmentPastStatus,
  '0012-assisted-filing-outdated-reason': assistedFilingOutdatedReason,
};

/**
 * Brings the schema up to date; a no-op when it already is. Safe for several instances starting
 * at once: Kysely's migrator takes a lock row (and on PostgreSQL runs the migrations in a transaction).
 */
export async function migrate(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) }, ...(await migrationTableSchema(db)) });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely's introspection lists every schema's tables: another schema dropped at that moment
  // (another deployment or test run in the same database) fails it with 3F000. Look again.
  for (let retry = 0; retry < 3 && (error as { code?: unknown } | undefined)?.code === INVALID_SCHEMA_NAME; retry += 1) {
    ({ error, results } = await migrator.migrateToLatest());
  }
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new StorageError('MIGRATION_FAILED', `Database migration ${failed} failed`, { cause: error });
  }
}

/**
 * On PostgreSQL, Kysely looks for its migration tables in every schema unless told which one; a
 * second schema in the same database (another deployment, a test run beside this one) would then
 * make it skip creating its own tables and fail. Ours live in the schema the connection works in.
 */
async function migrationTableSchema(db: Kysely<unknown>): Promise<{ migrationTableSchema?: string }> {
  if (dialectOf(db) !== 'postgres') return {};
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  return schema ? { migrationTableSchema: schema } : {};
}
