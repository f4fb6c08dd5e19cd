/**
 * Zalo echoes what the OA sends (`oa_send_*`), including what an official types by hand in the OA
 * chat. An echo of one of our own replies (same message id, or the same text sent to the same
 * resident in the last 10 minutes, in case the echo outruns our "sent" mark) is not a takeover.
 */
import type { NeutralEvent } from '../zalo/parse-zalo-event';
import type { Db } from '../storage/database-types';
import type { DataCipher } from '../security/data-cipher';
import { outboxText } from './outbox-message';

const RECENT_MS = 10 * 60 * 1000;

export async function isOwnEcho(db: Db, event: NeutralEvent, cipher: DataCipher): Promise<boolean> {
  if (event.echoMessageId) {
    const byId = await db.selectFrom('outbox').select('id').where('zalo_message_id', '=', event.echoMessageId).executeTakeFirst();
    if (byId) return true;
  }
  if (event.text === undefined) return false;
  const since = new Date(Number(event.timestamp) - RECENT_MS);
  let query = db.selectFrom('outbox').select('body').where('user_id', '=', event.userId);
  // A timestamp that is no time at all (only a forged event has one) sets no window: the last 50 replies still do.
  if (!Number.isNaN(since.getTime())) query = query.where('created_at', '>=', since.toISOString());
  const recent = await query.orderBy('id', 'desc').limit(50).execute();
  return recent.some((row) => outboxText(cipher, row.body) === event.text);
}
