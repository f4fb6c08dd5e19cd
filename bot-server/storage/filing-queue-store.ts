/**
 * The officials' filings work queue: filtered and ordered reads over every filing, and a status
 * change that only wins when nobody changed the filing first.
 */
import type { ExpressionBuilder, Selectable } from 'kysely';
import type { FilingStatus } from '../../shared/filing/filing-status-text';
import { DECIDED_FILING_STATUSES } from '../../shared/filing/filing-status-rules';
import type { Database, Db, FilingTable } from './database-types';
import { inTransaction } from './in-transaction';

export type FilingQueueRow = Selectable<FilingTable>;

export interface FilingQueueFilter {
  /** Vietnam's date today: what "overdue" is counted from. */
  today: string;
  statuses?: readonly FilingStatus[];
  procedureId?: string;
  dueFrom?: string;
  dueTo?: string;
  overdue?: boolean;
  /** Instants: received_at ≥ receivedFrom and < receivedBefore. */
  receivedFrom?: string;
  receivedBefore?: string;
  /** Upper-case letters and digits, compared with the reference without its dashes. */
  referenceContains?: string;
  /** Only filings this staff account assisted (what a volunteer may see). */
  assistedBy?: number;
}

/** Where a filing sits in the queue's order; a page continues after the last one. */
export interface QueuePosition {
  /** 0 overdue, 1 not. */
  rank: 0 | 1;
  dueDate: string;
  reference: string;
}

type Eb = ExpressionBuilder<Database, 'filings'>;

const isOverdue = (eb: Eb, today: string) => eb.and([eb('status', 'not in', DECIDED_FILING_STATUSES), eb('due_date', '<', today)]);
// Literals, not parameters: PostgreSQL would otherwise type the CASE as text.
const overdueRank = (eb: Eb, today: string) => eb.case().when(isOverdue(eb, today)).then(eb.lit(0)).else(eb.lit(1)).end();

function matching(eb: Eb, filter: FilingQueueFilter) {
  const conditions = [];
  if (filter.statuses) conditions.push(eb('status', 'in', filter.statuses));
  if (filter.procedureId) conditions.push(eb('procedure_id', '=', filter.procedureId));
  if (filter.dueFrom) conditions.push(eb('due_date', '>=', filter.dueFrom));
  if (filter.dueTo) conditions.push(eb('due_date', '<=', filter.dueTo));
  if (filter.overdue !== undefined) conditions.push(filter.overdue ? isOverdue(eb, filter.today) : eb.not(isOverdue(eb, filter.today)));
  if (filter.receivedFrom) conditions.push(eb('received_at', '>=', filter.receivedFrom));
  if (filter.receivedBefore) conditions.push(eb('received_at', '<', filter.receivedBefore));
  if (filter.referenceContains) conditions.push(eb(eb.fn<string>('replace', ['reference', eb.val('-'), eb.val('')]), 'like', `%${filter.referenceContains}%`));
  if (filter.assistedBy !== undefined) conditions.push(eb('assisted_by', '=', filter.assistedBy));
  return eb.and(conditions);
}

function after(eb: Eb, today: string, position: QueuePosition) {
  const rank = overdueRank(eb, today);
  return eb.or([
    eb(rank, '>', position.rank),
    eb.and([
      eb(rank, '=', position.rank),
      eb.or([eb('due_date', '>', position.dueDate), eb.and([eb('due_date', '=', position.dueDate), eb('reference', '>', position.reference)])]),
    ]),
  ]);
}

/** One page of the queue: overdue first, then soonest due, then by reference; and how many match in all. */
export async function listFilingQueue(db: Db, filter: FilingQueueFilter, page: { limit: number; after?: QueuePosition }): Promise<{ rows: FilingQueueRow[]; total: number }> {
  const rows = await db
    .selectFrom('filings')
    .selectAll()
    .where((eb) => matching(eb, filter))
    .$if(page.after !== undefined, (query) => query.where((eb) => after(eb, filter.today, page.after as QueuePosition)))
    .orderBy((eb) => overdueRank(eb, filter.today))
    .orderBy('due_date')
    .orderBy('reference')
    .limit(page.limit)
    .execute();
  const { count } = await db
    .selectFrom('filings')
    .select((eb) => eb.fn.countAll().as('count'))
    .where((eb) => matching(eb, filter))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count) };
}

export async function findQueueFiling(db: Db, reference: string): Promise<FilingQueueRow | undefined> {
  return db.selectFrom('filings').selectAll().where('reference', '=', reference).executeTakeFirst();
}

/**
 * Moves the filing from `from` to `to` and adds the step to its history (with the official's
 * reason, sealed by the caller: officials write names and ID numbers in it), both or neither.
 * False when its status is no longer `from`: someone changed it first.
 */
export async function changeFilingStatus(db: Db, change: { reference: string; from: FilingStatus; to: FilingStatus; sealedNote: string | null; at: string }): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable('filings')
      .set({ status: change.to, updated_at: change.at })
      .where('reference', '=', change.reference)
      .where('status', '=', change.from)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    await trx.insertInto('filing_events').values({ reference: change.reference, status: change.to, note: change.sealedNote, at: change.at }).execute();
    return true;
  });
}
