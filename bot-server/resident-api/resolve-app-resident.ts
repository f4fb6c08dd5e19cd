/**
 * The resident key the Mini App's data lives under: the chat resident (OA-scoped id) whose
 * `app_user_id` is this Graph id; otherwise a Mini-App-only resident `app:<appUserId>`. When both
 * exist (the chat met the resident after the app did), the app-only data is moved over first.
 */
import type { Db } from '../storage/database-types';
import type { DataCipher } from '../security/data-cipher';
import { appOnlyResidentExists, ensureAppOnlyResident, findChatResidentByAppUserId } from '../storage/app-resident-store';
import { inTransaction } from '../storage/in-transaction';
import { linkAppResident } from './link-app-resident';

export interface AppResident {
  /** The key of every row about this resident (conversation, filings, consents, handoffs). */
  userId: string;
  appUserId: string;
  name: string;
  /** The resident has chatted with the OA: chat and Mini App share their data. */
  linkedToChat: boolean;
}

export async function resolveAppResident(db: Db, cipher: DataCipher, user: { id: string; name: string }, now: string): Promise<AppResident> {
  const chatUserId = await findChatResidentByAppUserId(db, user.id);
  if (chatUserId) {
    if (await appOnlyResidentExists(db, user.id)) {
      await inTransaction(db, (trx) => linkAppResident(trx, cipher, { userId: chatUserId, appUserId: user.id, now }));
    }
    return { userId: chatUserId, appUserId: user.id, name: user.name, linkedToChat: true };
  }
  const userId = await ensureAppOnlyResident(db, user.id, now);
  return { userId, appUserId: user.id, name: user.name, linkedToChat: false };
}
