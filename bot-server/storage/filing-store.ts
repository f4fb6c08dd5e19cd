/** Filings (hồ sơ) and their status history. */
import type { Selectable } from 'kysely';
import type { Db, FilingEventTable, FilingTable } from './database-types';
import { inTransaction } from './in-transaction';

export type FilingRow = Selectable<FilingTable>;
export type FilingEventRow = Selectable<FilingEventTable>;

/** Stores a filing with its first history entry ('received' at its receipt time), both or neither. */
export async function insertFiling(db: Db, filing: FilingRow): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.insertInto('filings').values(filing).execute();
    await trx
      .insertInto('filing_events')
      .values({ reference: filing.reference, status: 'received', note: null, at: filing.received_at })
      .execute();
  });
}

export async function findFilingByReference(db: Db, reference: string): Promise<FilingRow | undefined> {
  return db.selectFrom('filings').selectAll().where('reference', '=', reference).executeTakeFirst();
}

/** Newest first. */
export async function listFilingsByUser(db: Db, userId: string): Promise<FilingRow[]> {
  return db
    .selectFrom('filings')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('received_at', 'desc')
    .orderBy('reference', 'desc')
    .execute();
}

/** Oldest first: the filing's history as it happened. */
export async function filingEvents(db: Db, reference: string): Promise<FilingEventRow[]> {
  return db.selectFrom('filing_events').selectAll().where('reference', '=', reference).orderBy('id').execute();
}
