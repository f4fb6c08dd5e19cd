/**
 * Group commit for the webhook: events arriving together are inserted by ONE statement, and
 * each request gets its answer only after that commit, so a 200 still means "stored durably".
 * One commit per burst instead of one per event is what lets the webhook keep up under load.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { Database } from './database-types';
import type { ArrivingEvent } from './inbox-store';
import { dialectOf } from './dialect-of';

type Pending = { event: ArrivingEvent; resolve: (result: 'inserted' | 'duplicate') => void; reject: (error: unknown) => void };

export interface InboxWriter {
  insert(event: ArrivingEvent): Promise<'inserted' | 'duplicate'>;
}

const COLUMNS = ['event_key', 'user_id', 'event_name', 'payload', 'status', 'attempts', 'received_at'] as const;

/**
 * The hottest statement in the server, written once per batch size instead of being built by the
 * query builder for every batch: `insert … values (…),(…) on conflict do nothing returning key`.
 */
function insertStatement(rows: number, placeholder: (n: number) => string): string {
  const tuples = Array.from({ length: rows }, (_, row) => `(${COLUMNS.map((_, col) => placeholder(row * COLUMNS.length + col + 1)).join(', ')})`);
  return `insert into "inbox" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${tuples.join(', ')} on conflict ("event_key") do nothing returning "event_key"`;
}

export function createInboxWriter(db: Kysely<Database>, maxBatch = 200): InboxWriter {
  const placeholder = dialectOf(db) === 'postgres' ? (n: number) => `$${n}` : () => '?';
  const statements = new Map<number, string>();
  let queue: Pending[] = [];
  let scheduled = false;

  async function insertBatch(batch: Pending[]): Promise<void> {
    let statement = statements.get(batch.length);
    if (statement === undefined) {
      statement = insertStatement(batch.length, placeholder);
      statements.set(batch.length, statement);
    }
    const parameters = batch.flatMap(({ event }) => [event.eventKey, event.userId, event.eventName, event.payload, 'pending', 0, event.receivedAt]);
    try {
      // Keys it returns were new; the others were Zalo's retries of stored events.
      const { rows } = await db.executeQuery<{ event_key: string }>(CompiledQuery.raw(statement, parameters));
      const fresh = new Set(rows.map((row) => row.event_key));
      for (const item of batch) {
        // The same message twice in one batch: only its first copy counts as new.
        item.resolve(fresh.delete(item.event.eventKey) ? 'inserted' : 'duplicate');
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      await insertBatch(batch);
    }
    scheduled = false;
  }

  return {
    insert(event) {
      return new Promise((resolve, reject) => {
        queue.push({ event, resolve, reject });
        // Requests that arrive before the flush runs, or while a commit runs, join its batches.
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => void flush());
        }
      });
    },
  };
}
