/** The chat conversation state of each resident (sealed JSON: it may hold personal answers and the draft). */
import type { Db } from './database-types';

export async function loadConversationState(db: Db, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('conversations').select('state').where('user_id', '=', userId).executeTakeFirst();
  return row?.state;
}

export async function saveConversationState(db: Db, userId: string, state: string, now: string): Promise<void> {
  await db
    .insertInto('conversations')
    .values({ user_id: userId, state, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ state, updated_at: now }))
    .execute();
}
