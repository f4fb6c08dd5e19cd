/** Filings (hồ sơ) and their status history. */
import type { Selectable } from 'kysely';
import type { Db, FilingEventTable, FilingTable } from './database-types';
import { inTransaction } from './in-transaction';

/** A filing as the resident's doors (chat, Mini App) read and write it; who assisted is the console's (filing-queue-store). */
export type FilingRow = Omit<Selectable<FilingTable>, 'assisted_by'>;
const FILING_ROW_COLUMNS = ['reference', 'user_id', 'procedure_id', 'procedure_version', 'answers', 'status', 'channel', 'received_at', 'due_date', 'updated_at'] as const;
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
  return db.selectFrom('filings').select(FILING_ROW_COLUMNS).where('reference', '=', reference).executeTakeFirst();
}

/** Newest first. */
export async function listFilingsByUser(db: Db, userId: string): Promise<FilingRow[]> {
  return db
    .selectFrom('filings')
    .select(FILING_ROW_COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('received_at', 'desc')
    .orderBy('reference', 'desc')
    .execute();
}

/** Oldest first: the filing's history as it happened. A note is sealed, or in clear if written before notes were (open-maybe-sealed.ts). */
export async function filingEvents(db: Db, reference: string): Promise<FilingEventRow[]> {
  return db.selectFrom('filing_events').selectAll().where('reference', '=', reference).orderBy('id').execute();
}
