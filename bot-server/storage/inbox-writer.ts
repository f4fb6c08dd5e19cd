/**
 * Group commit for the webhook: events arriving together are inserted by ONE statement, and
 * each request gets its answer only after that commit, so a 200 still means "stored durably".
 * One commit per burst instead of one per event is what lets the webhook keep up under load.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database-types';
import type { insertInboxEvent } from './inbox-store';

type InboxEvent = Parameters<typeof insertInboxEvent>[1];
type Pending = { event: InboxEvent; resolve: (result: 'inserted' | 'duplicate') => void; reject: (error: unknown) => void };

export interface InboxWriter {
  insert(event: InboxEvent): Promise<'inserted' | 'duplicate'>;
}

export function createInboxWriter(db: Kysely<Database>, maxBatch = 200): InboxWriter {
  let queue: Pending[] = [];
  let flushing = false;

  async function flush(): Promise<void> {
    flushing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        // One multi-row statement per batch: keys it returns were new, the others were retries.
        const rows = batch.map(({ event }) => ({
          event_key: event.eventKey,
          user_id: event.userId,
          event_name: event.eventName,
          payload: event.payload,
          status: 'pending' as const,
          attempts: 0,
          received_at: event.receivedAt,
        }));
        const inserted = await db
          .insertInto('inbox')
          .values(rows)
          .onConflict((oc) => oc.column('event_key').doNothing())
          .returning('event_key')
          .execute();
        const fresh = new Set(inserted.map((row) => row.event_key));
        for (const item of batch) {
          // The same message twice in one batch: only its first copy counts as new.
          const isNew = fresh.delete(item.event.eventKey);
          item.resolve(isNew ? 'inserted' : 'duplicate');
        }
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    flushing = false;
  }

  return {
    insert(event) {
      return new Promise((resolve, reject) => {
        queue.push({ event, resolve, reject });
        // Requests that arrive while a commit runs join the next batch.
        if (!flushing) setImmediate(() => void flush());
      });
    },
  };
}
