import { Transaction } from 'kysely';
import type { Database, Db } from './database-types';

/** Runs `work` in the caller's transaction when there is one, otherwise in a new one (Kysely cannot nest). */
export function inTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db instanceof Transaction ? work(db) : db.transaction().execute(work);
}
