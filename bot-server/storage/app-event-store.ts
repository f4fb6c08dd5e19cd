/**
 * Mini App events already applied, keyed by the app's event id: a retried request (the network
 * dropped the answer) is answered from here and never applied twice. Kept for a day.
 */
import type { Selectable } from 'kysely';
import type { AppEventTable, Db } from './database-types';

type AppEventRow = Selectable<AppEventTable>;

const KEEP_MS = 24 * 60 * 60 * 1000;

export async function findAppEvent(db: Db, userId: string, eventId: string): Promise<AppEventRow | undefined> {
  return db.selectFrom('app_events').selectAll().where('user_id', '=', userId).where('event_id', '=', eventId).executeTakeFirst();
}

/** Records an applied event, and forgets this resident's events older than a day (they hold answers). */
export async function recordAppEvent(db: Db, event: AppEventRow): Promise<void> {
  await db.insertInto('app_events').values(event).execute();
  const before = new Date(Date.parse(event.created_at) - KEEP_MS).toISOString();
  await db.deleteFrom('app_events').where('user_id', '=', event.user_id).where('created_at', '<', before).execute();
}

/** Part of "delete my data": the stored answers go with everything else. */
export async function deleteAppEvents(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('app_events').where('user_id', '=', userId).execute();
}
