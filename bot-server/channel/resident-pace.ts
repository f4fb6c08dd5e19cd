/**
 * Per-resident message pace. A resident (or a stuck phone) sending a flood does not hold up other
 * residents' replies: past the limit messages are not run, and the resident is asked once, politely,
 * to slow down. Counted from the inbox, so it holds across restarts and instances.
 */
import type { Db } from '../storage/database-types';

export interface ResidentBurst {
  windowMs: number;
  max: number;
}

/** About one message a second sustained is more than any person types; a flood is a stuck phone or a script. */
export const DEFAULT_RESIDENT_BURST: ResidentBurst = { windowMs: 10_000, max: 12 };

export async function residentPace(db: Db, userId: string, inboxId: number, now: Date, burst: ResidentBurst): Promise<'ok' | 'warn' | 'drop'> {
  const since = new Date(now.getTime() - burst.windowMs).toISOString();
  const row = await db
    .selectFrom('inbox')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    // Only what the resident sent: echoes of our own replies are stored under their id too.
    .where((eb) => eb.or([eb('event_name', 'like', 'user_send_%'), eb('event_name', '=', 'user_submit_info')]))
    .where('id', '<=', inboxId)
    .where('received_at', '>=', since)
    .executeTakeFirst();
  const count = Number(row?.count ?? 0);
  if (count <= burst.max) return 'ok';
  return count === burst.max + 1 ? 'warn' : 'drop';
}
