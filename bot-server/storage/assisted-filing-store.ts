/**
 * Filings prepared for a resident by a volunteer (cầm tay chỉ việc), waiting for the resident's
 * confirmation. The answers are sealed while pending and emptied once decided: confirmed ones live
 * on in the filing, cancelled and expired ones are not kept.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Db } from './database-types';
import type { AssistedFilingCancelReason, AssistedFilingStatus, AssistedFilingTable } from './assisted-filing-tables';

export type AssistedFilingRow = Selectable<AssistedFilingTable>;
export type AssistedFilingListRow = AssistedFilingRow & { helper_name: string };

/** The new row's id, or undefined when this account already used `request_id` (a retry). */
export async function insertAssistedFiling(db: Db, row: Omit<Insertable<AssistedFilingTable>, 'id'>): Promise<number | undefined> {
  const inserted = await db
    .insertInto('assisted_filings')
    .values(row)
    .onConflict((oc) => oc.columns(['assisted_by', 'request_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function findAssistedFilingByRequest(db: Db, assistedBy: number, requestId: string): Promise<AssistedFilingRow | undefined> {
  return db.selectFrom('assisted_filings').selectAll().where('assisted_by', '=', assistedBy).where('request_id', '=', requestId).executeTakeFirst();
}

/** The resident's own prepared filing, still waiting and not expired at `now`. */
export async function findWaitingAssistedFiling(db: Db, id: number, userId: string, now: string): Promise<AssistedFilingRow | undefined> {
  return db
    .selectFrom('assisted_filings')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/**
 * Decides a waiting one (its answers are emptied). False when it was no longer waiting at `now`:
 * decided already, or expired.
 */
export async function decideAssistedFiling(
  db: Db,
  decision: { id: number; status: Exclude<AssistedFilingStatus, 'pending' | 'expired'>; cancelReason?: AssistedFilingCancelReason; filingReference?: string; now: string },
): Promise<boolean> {
  const updated = await db
    .updateTable('assisted_filings')
    .set({ status: decision.status, cancel_reason: decision.cancelReason ?? null, filing_reference: decision.filingReference ?? null, decided_at: decision.now, answers: '' })
    .where('id', '=', decision.id)
    .where('status', '=', 'pending')
    .where('expires_at', '>', decision.now)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Housekeeping: waiting ones past their time become 'expired', and their answers go. */
export async function expireAssistedFilings(db: Db, now: string): Promise<void> {
  await db.updateTable('assisted_filings').set({ status: 'expired', answers: '' }).where('status', '=', 'pending').where('expires_at', '<=', now).execute();
}

/** One, as the console lists it. */
export async function findAssistedFilingForList(db: Db, id: number): Promise<AssistedFilingListRow | undefined> {
  return db
    .selectFrom('assisted_filings as a')
    .innerJoin('staff_users as u', 'u.id', 'a.assisted_by')
    .selectAll('a')
    .select('u.display_name as helper_name')
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** Newest first, with the helper's display name; `assistedBy` keeps to one account's. */
export async function listAssistedFilings(db: Db, filter: { assistedBy?: number; status?: AssistedFilingStatus; now: string; limit: number }): Promise<AssistedFilingListRow[]> {
  const { status, now } = filter;
  return db
    .selectFrom('assisted_filings as a')
    .innerJoin('staff_users as u', 'u.id', 'a.assisted_by')
    .selectAll('a')
    .select('u.display_name as helper_name')
    .$if(filter.assistedBy !== undefined, (query) => query.where('a.assisted_by', '=', filter.assistedBy as number))
    // Expiry is a matter of time: a row still marked pending past expires_at is expired.
    .$if(status === 'pending', (query) => query.where('a.status', '=', 'pending').where('a.expires_at', '>', now))
    .$if(status === 'expired', (query) => query.where((eb) => eb.or([eb('a.status', '=', 'expired'), eb.and([eb('a.status', '=', 'pending'), eb('a.expires_at', '<=', now)])])))
    .$if(status === 'confirmed' || status === 'cancelled', (query) => query.where('a.status', '=', status as AssistedFilingStatus))
    .orderBy('a.id', 'desc')
    .limit(filter.limit)
    .execute();
}

/**
 * "Delete my data": every filing prepared for the resident goes, waiting or not, except confirmed
 * ones: they hold no answers and point to the filing, which is kept as the legal record.
 */
export async function deleteUnfiledAssistedFilingsOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('assisted_filings').where('user_id', '=', userId).where('status', '!=', 'confirmed').execute();
}
