/**
 * The reads behind the supervisors' dashboard. Counting and grouping stay in SQL where it is the
 * same in SQLite and PostgreSQL; times are ISO strings (UTC) in both, so a period is a string
 * range `[startAt, endAt)`. Nothing here returns who a resident is.
 */
import type { Db, FilingTable } from './database-types';
import { DECIDED_FILING_STATUSES } from '../../shared/filing/filing-status-rules';

export interface DashboardRange {
  startAt: string;
  endAt: string;
}

export interface DashboardFilingRow {
  procedure_id: string;
  procedure_version: number;
  channel: FilingTable['channel'];
  received_at: string;
  due_date: string;
  /** When the filing was first decided (approved, rejected or resultReady); null while it is not. */
  decided_at: string | null;
}

export interface ScoreCount {
  score: number;
  count: number;
}

/** Filings that count in a period: received before it ends and not decided before it starts. */
export async function dashboardFilings(db: Db, range: DashboardRange, procedureId: string | undefined): Promise<DashboardFilingRow[]> {
  const decisions = db
    .selectFrom('filing_events')
    .select(['reference', (eb) => eb.fn.min<string>('at').as('decided_at')])
    .where('status', 'in', DECIDED_FILING_STATUSES)
    .groupBy('reference');
  let query = db
    .selectFrom('filings as f')
    .leftJoin(decisions.as('d'), 'd.reference', 'f.reference')
    .select(['f.procedure_id', 'f.procedure_version', 'f.channel', 'f.received_at', 'f.due_date', 'd.decided_at'])
    .where('f.received_at', '<', range.endAt)
    .where((eb) => eb.or([eb('d.decided_at', 'is', null), eb('d.decided_at', '>=', range.startAt)]));
  if (procedureId !== undefined) query = query.where('f.procedure_id', '=', procedureId);
  return query.execute();
}

/** Filing ratings given in the period, counted by score. */
export async function filingRatingCounts(db: Db, range: DashboardRange, procedureId: string | undefined): Promise<ScoreCount[]> {
  let query = db
    .selectFrom('filing_ratings as r')
    .innerJoin('filings as f', 'f.reference', 'r.reference')
    .select(['r.score as score', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('r.rated_at', '>=', range.startAt)
    .where('r.rated_at', '<', range.endAt)
    .groupBy('r.score');
  if (procedureId !== undefined) query = query.where('f.procedure_id', '=', procedureId);
  return (await query.execute()).map((row) => ({ score: row.score, count: Number(row.count) }));
}

/** Ratings of handoffs resolved in the period (the rating answers the question sent on resolving), counted by score. */
export async function handoffRatingCounts(db: Db, range: DashboardRange, procedureId: string | undefined): Promise<ScoreCount[]> {
  let query = db
    .selectFrom('handoffs')
    .select(['rating', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('rating', 'is not', null)
    .where('resolved_at', '>=', range.startAt)
    .where('resolved_at', '<', range.endAt)
    .groupBy('rating');
  if (procedureId !== undefined) query = query.where('procedure_id', '=', procedureId);
  const rows = await query.execute();
  return rows.flatMap((row) => (row.rating === null ? [] : [{ score: row.rating, count: Number(row.count) }]));
}

/** Residents who wrote in the period, and how many of them had a handoff opened in it. */
export async function conversationCounts(db: Db, range: DashboardRange): Promise<{ residents: number; handedOff: number }> {
  const writers = db.selectFrom('inbox').where('received_at', '>=', range.startAt).where('received_at', '<', range.endAt);
  const residents = await writers.select((eb) => eb.fn.count<number | string>('user_id').distinct().as('count')).executeTakeFirstOrThrow();
  const handedOff = await db
    .selectFrom('handoffs')
    .select((eb) => eb.fn.count<number | string>('user_id').distinct().as('count'))
    .where('opened_at', '>=', range.startAt)
    .where('opened_at', '<', range.endAt)
    .where('user_id', 'in', writers.select('user_id'))
    .executeTakeFirstOrThrow();
  return { residents: Number(residents.count), handedOff: Number(handedOff.count) };
}

/** When each handoff opened in the period was opened and first answered. */
export async function handoffReplyTimes(db: Db, range: DashboardRange): Promise<{ opened_at: string; first_reply_at: string | null }[]> {
  return db.selectFrom('handoffs').select(['opened_at', 'first_reply_at']).where('opened_at', '>=', range.startAt).where('opened_at', '<', range.endAt).execute();
}

/** Texts that matched no procedure in the period (scrubbed when stored, with no link to the resident), counted by exact text. */
export async function unplacedQueryCounts(db: Db, range: DashboardRange): Promise<{ text: string; count: number }[]> {
  const rows = await db
    .selectFrom('unplaced_queries')
    .select(['text', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('at', '>=', range.startAt)
    .where('at', '<', range.endAt)
    .groupBy('text')
    .execute();
  return rows.map((row) => ({ text: row.text, count: Number(row.count) }));
}
