/**
 * Delivers replies through the Zalo OA client, oldest first per resident, with exponential
 * back-off on temporary failures and a clean stop (undeliverable) on permanent ones, such as a
 * resident outside the 7-day window (-230). Each row is one Zalo message: long replies were split
 * when they were queued, so a row is either delivered or not, never half.
 */
import type { Services } from '../app/services';
import { claimDueOutbox, markOutboxRetry, markOutboxSent, markOutboxUndeliverable } from '../storage/outbox-store';
import { outboxText } from './outbox-text';

const LEASE_MS = 60_000;
const BATCH = 16;
/** Keep trying temporary failures (Zalo down, rate limits, a token awaiting re-consent) for a day. */
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

/** 1 s, 2 s, 4 s … capped at 5 minutes. */
function backoffMs(attempt: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

export async function runOutboxBatch(services: Services): Promise<boolean> {
  const now = services.clock();
  const rows = await claimDueOutbox(services.db, { now: now.toISOString(), leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(), limit: BATCH });
  await Promise.all(
    rows.map(async (row) => {
      const text = outboxText(services.cipher, row.body);
      if (text === undefined) {
        await markOutboxUndeliverable(services.db, row.id, { now: services.clock().toISOString(), errorCode: -2 });
        return;
      }
      if (row.interrupted_at && (await services.oa.recentOaTexts(row.user_id))?.includes(text)) {
        // A crash cut this send off after Zalo had it: do not send it twice.
        services.log.info({ outboxId: row.id }, 'interrupted reply was already delivered; not sending again');
        await markOutboxSent(services.db, row.id, { now: services.clock().toISOString(), zaloMessageId: 'read-back' });
        return;
      }
      const result = await services.oa.sendText(row.user_id, text);
      const at = services.clock();
      if (result.ok) {
        await markOutboxSent(services.db, row.id, { now: at.toISOString(), zaloMessageId: result.messageIds.join(',') });
        return;
      }
      services.metrics.deliveryFailures.inc({ code: String(result.code) });
      const attempts = row.attempts + 1;
      if (result.retryable && at.getTime() - Date.parse(row.created_at) < GIVE_UP_AFTER_MS) {
        await markOutboxRetry(services.db, row.id, { nextAttemptAt: new Date(at.getTime() + backoffMs(attempts)).toISOString(), errorCode: result.code });
      } else {
        services.log.warn({ outboxId: row.id, code: result.code, action: result.action }, 'reply undeliverable');
        await markOutboxUndeliverable(services.db, row.id, { now: at.toISOString(), errorCode: result.code });
      }
    }),
  );
  return rows.length > 0;
}

