/**
 * Retention of chat logs (nhật ký trò chuyện), Decree 356/2025: what residents wrote and what was
 * sent to them is kept for a set time (CHAT_LOG_RETENTION_DAYS), then its text goes.
 *
 * - inbox: the sealed webhook body is blanked to '{}' (as "delete my data" does); the row stays, so
 *   its msg_id still turns away a late Zalo retry and the dashboard still counts who wrote when.
 * - outbox: the sealed reply text is blanked; the row stays (delivery history, reply ordering).
 * - app_events: deleted; they only answer a retried Mini App request, for a day at most.
 * - handoff_notes: officials' notes on a handoff resolved before the cut-off are deleted.
 *
 * Never touched: rows still in progress (inbox pending/processing, outbox pending/sending), filings
 * and their history (legal records with their own retention), consents, and the audit log.
 *
 * On PostgreSQL one instance purges at a time: the run holds a session advisory lock on its own
 * connection, and an instance that finds it taken skips its run (the holder is doing the work).
 * Work goes in batches by id, each statement its own short commit, so the webhook's inserts never
 * wait behind a long purge.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './database-types';
import { dialectOf } from './dialect-of';

/** Our half of the two-part advisory lock key ("CHLR"), apart from other advisory-lock users. */
const LOCK_SPACE = 0x43484c52;
const BATCH = 500;
const BLANK = '{}';

export interface ChatLogPurge {
  inboxBodies: number;
  outboxBodies: number;
  appEvents: number;
  handoffNotes: number;
}

export interface ChatLogCutoffs {
  /** Chat logs from before this instant go. */
  before: string;
  /** Applied Mini App events from before this instant go (their purpose ends sooner). */
  appEventsBefore: string;
}

type Connection = Kysely<Database>;

/** Applies `blank` to the ids `find` returns after the last one, a batch at a time, until none are left. */
async function inBatches(find: (after: number) => Promise<{ id: number }[]>, blank: (ids: number[]) => Promise<bigint>): Promise<number> {
  let total = 0;
  let after = 0;
  for (;;) {
    const ids = (await find(after)).map((row) => row.id);
    if (ids.length > 0) total += Number(await blank(ids));
    if (ids.length < BATCH) return total;
    after = ids[ids.length - 1] ?? after;
  }
}

/** Blanks the bodies of settled inbox events received before the cut-off. */
function blankInbox(db: Connection, before: string): Promise<number> {
  return inBatches(
    (after) => db.selectFrom('inbox').select('id').where('id', '>', after).where('received_at', '<', before).where('status', 'in', ['done', 'failed']).where('payload', '!=', BLANK).orderBy('id').limit(BATCH).execute(),
    // Checked again: an operator may have put a failed event back in the queue meanwhile, or another run blanked it.
    async (ids) => (await db.updateTable('inbox').set({ payload: BLANK }).where('id', 'in', ids).where('status', 'in', ['done', 'failed']).where('payload', '!=', BLANK).executeTakeFirst()).numUpdatedRows,
  );
}

/** Blanks the text of replies sent (or given up on) before the cut-off. */
function blankOutbox(db: Connection, before: string): Promise<number> {
  return inBatches(
    (after) => db.selectFrom('outbox').select('id').where('id', '>', after).where('created_at', '<', before).where('status', 'in', ['sent', 'undeliverable']).where('body', '!=', BLANK).orderBy('id').limit(BATCH).execute(),
    async (ids) => (await db.updateTable('outbox').set({ body: BLANK }).where('id', 'in', ids).where('status', 'in', ['sent', 'undeliverable']).where('body', '!=', BLANK).executeTakeFirst()).numUpdatedRows,
  );
}

async function purge(db: Connection, cutoffs: ChatLogCutoffs): Promise<ChatLogPurge> {
  const inboxBodies = await blankInbox(db, cutoffs.before);
  const outboxBodies = await blankOutbox(db, cutoffs.before);
  const appEvents = await db.deleteFrom('app_events').where('created_at', '<', cutoffs.appEventsBefore).executeTakeFirst();
  const handoffNotes = await db
    .deleteFrom('handoff_notes')
    .where('handoff_id', 'in', (eb) => eb.selectFrom('handoffs').select('handoffs.id').where('handoffs.status', '=', 'resolved').where('handoffs.resolved_at', '<', cutoffs.before))
    .executeTakeFirst();
  return { inboxBodies, outboxBodies, appEvents: Number(appEvents.numDeletedRows), handoffNotes: Number(handoffNotes.numDeletedRows) };
}

/**
 * Purges chat logs older than the cut-offs; 'busy' when another instance is purging right now.
 * Safe to run again at any time: what is already purged is skipped.
 */
export async function purgeChatLogs(db: Connection, cutoffs: ChatLogCutoffs): Promise<ChatLogPurge | 'busy'> {
  if (dialectOf(db) !== 'postgres') return purge(db, cutoffs);
  return db.connection().execute(async (connection) => {
    // Per schema as well: two deployments (or test runs) in one database purge independently.
    const key = sql`${LOCK_SPACE}, hashtext(current_schema())`;
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${key}) as locked`.execute(connection);
    if (rows[0]?.locked !== true) return 'busy';
    try {
      return await purge(connection, cutoffs);
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(connection);
    }
  });
}
