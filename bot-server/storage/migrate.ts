import { Migrator } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { initialSchema } from './migrations/initial-schema';
import { miniAppTables } from './migrations/mini-app-tables';
import { consoleAccounts } from './migrations/console-accounts';
import { StorageError } from './storage-error';

/** In code, not a folder scan, so bundling or running from another directory cannot lose one. Names sort in order. */
const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-mini-app-tables': miniAppTables,
  '0003-console-accounts': consoleAccounts,
};

/**
 * Brings the schema up to date; a no-op when it already is. Safe for several instances starting
 * at once: Kysely's migrator takes a lock row (and on PostgreSQL runs the migrations in a transaction).
 */
export async function migrate(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new StorageError('MIGRATION_FAILED', `Database migration ${failed} failed`, { cause: error });
  }
}
