/**
 * "Delete my data" (xoá dữ liệu cá nhân). Submitted filings stay: the office must keep case files,
 * and the resident is told how many. Everything else that holds personal data goes, in one transaction.
 */
import type { Db } from './database-types';
import { inTransaction } from './in-transaction';

export interface PersonalDataDeletion {
  /** Conversation state, which also holds any chat draft. */
  conversations: number;
  /** The resident's chat ↔ Mini App link (app-scoped id). */
  appLinks: number;
  /**
   * Messages sent after the request and not yet processed: kept, so each still gets its answer
   * (they start afresh, with nothing of the deleted conversation).
   */
  inboxWaiting: number;
  /** Processed (or in-progress, or failed) events whose raw body was blanked to '{}'. */
  inboxScrubbed: number;
  /** Replies already sent or given up on whose text was blanked (they may echo answers back). */
  outboxScrubbed: number;
  consentsWithdrawn: number;
  /** Filings kept, as the law requires. */
  filingsKept: number;
}

export async function deleteResidentPersonalData(db: Db, userId: string, now: string): Promise<PersonalDataDeletion> {
  return inTransaction(db, async (trx) => {
    const conversations = await trx.deleteFrom('conversations').where('user_id', '=', userId).executeTakeFirst();
    const appLinks = await trx
      .updateTable('residents')
      .set({ app_user_id: null })
      .where('user_id', '=', userId)
      .where('app_user_id', 'is not', null)
      .executeTakeFirst();
    const inboxWaiting = await trx
      .selectFrom('inbox')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('user_id', '=', userId)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    const inboxScrubbed = await trx
      .updateTable('inbox')
      .set({ payload: '{}' })
      .where('user_id', '=', userId)
      .where('status', '!=', 'pending')
      .where('payload', '!=', '{}')
      .executeTakeFirst();
    // Pending replies still go out (the confirmation of this deletion among them).
    const outboxScrubbed = await trx
      .updateTable('outbox')
      .set({ body: '{}' })
      .where('user_id', '=', userId)
      .where('status', 'in', ['sent', 'undeliverable'])
      .where('body', '!=', '{}')
      .executeTakeFirst();
    const consentsWithdrawn = await trx
      .updateTable('consents')
      .set({ withdrawn_at: now })
      .where('user_id', '=', userId)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    const filings = await trx
      .selectFrom('filings')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return {
      conversations: Number(conversations.numDeletedRows),
      appLinks: Number(appLinks.numUpdatedRows),
      inboxWaiting: Number(inboxWaiting.count),
      inboxScrubbed: Number(inboxScrubbed.numUpdatedRows),
      outboxScrubbed: Number(outboxScrubbed.numUpdatedRows),
      consentsWithdrawn: Number(consentsWithdrawn.numUpdatedRows),
      filingsKept: Number(filings.count),
    };
  });
}
