/**
 * Group commit for the webhook: events arriving together are inserted in ONE transaction, and
 * each request gets its answer only after that commit, so a 200 still means "stored durably".
 * One commit per burst instead of one per event is what lets the webhook keep up under load.
 */
import type { Kysely } from 'kysely';
import type { Database } from './database-types';
import { insertInboxEvent } from './inbox-store';

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
        const results = await db.transaction().execute(async (trx) => {
          const out: ('inserted' | 'duplicate')[] = [];
          for (const item of batch) out.push(await insertInboxEvent(trx, item.event));
          return out;
        });
        batch.forEach((item, i) => item.resolve(results[i] ?? 'duplicate'));
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
