/** What residents typed that matched no procedure: content editors read it to add aliases and keywords. */
import type { Db } from './database-types';

export async function recordUnplacedQuery(db: Db, query: { text: string; at: string }): Promise<void> {
  await db.insertInto('unplaced_queries').values({ text: query.text, at: query.at }).execute();
}
