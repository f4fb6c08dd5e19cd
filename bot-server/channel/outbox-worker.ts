/**
 * Delivers replies through the Zalo OA client, oldest first per resident, with exponential
 * back-off on temporary failures and a clean stop (undeliverable) on permanent ones, such as a
 * resident outside the 7-day window (-230). Each row is one Zalo message: long replies were split
 * when they were queued, so a row is either delivered or not, never half.
 */
import type { Services } from '../app/services';
import { claimDueOutbox, markOutboxRetry, markOutboxSent, markOutboxUndeliverable, type OutboxRow } from '../storage/outbox-store';
import { outboxText } from './outbox-message';

const LEASE_MS = 60_000;
/** The OA client's code for a call Zalo never answered. */
const NO_ANSWER = -1;
/** Recorded when a send was held back because Zalo could not say whether it already had it. */
const READ_BACK_FAILED = -3;
const READ_BACK_TRIES = 6;
/** After no answer, the next try (a read-back first) waits at least this long: twice the OA client's 5 s timeout. */
const UNCERTAIN_SETTLE_MS = 10_000;
const MAX_IN_FLIGHT = 32;
/** Keep trying temporary failures (Zalo down, rate limits, a token awaiting re-consent) for a day. */
const GIVE_UP_AFTER_MS = 24 * 60 * 60 * 1000;

/** 1 s, 2 s, 4 s … capped at 5 minutes. */
function backoffMs(attempt: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** One message: send it, then record what Zalo said. */
async function deliver(services: Services, row: OutboxRow): Promise<void> {
  const text = outboxText(services.cipher, row.body);
  if (text === undefined) {
    await markOutboxUndeliverable(services.db, row.id, { now: services.clock().toISOString(), errorCode: -2 });
    return;
  }
  if (row.interrupted_at) {
    const recent = await services.oa.recentOaTexts(row.user_id);
    if (recent?.includes(text)) {
      // A crash or a timeout cut this send off after Zalo had it: do not send it twice.
      services.log.info({ outboxId: row.id }, 'interrupted reply was already delivered; not sending again');
      await markOutboxSent(services.db, row.id, { now: services.clock().toISOString(), zaloMessageId: 'read-back' });
      return;
    }
    if (recent === undefined && row.attempts < READ_BACK_TRIES) {
      // Zalo could not tell us: ask again later rather than risk sending it twice. After a few
      // tries it is sent anyway (late twice is better than never).
      await markOutboxRetry(services.db, row.id, { nextAttemptAt: new Date(services.clock().getTime() + backoffMs(row.attempts + 1)).toISOString(), errorCode: READ_BACK_FAILED });
      return;
    }
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
    // No answer at all (a timeout, a dropped line): Zalo may have delivered it anyway, so the next
    // attempt reads the conversation back first, as after a crash.
    // It waits long enough for a send Zalo was still working on to show in the read-back.
    const uncertain = result.code === NO_ANSWER;
    const waitMs = uncertain ? Math.max(UNCERTAIN_SETTLE_MS, backoffMs(attempts)) : backoffMs(attempts);
    await markOutboxRetry(services.db, row.id, { nextAttemptAt: new Date(at.getTime() + waitMs).toISOString(), errorCode: result.code, ...(uncertain ? { interruptedAt: at.toISOString() } : {}) });
  } else {
    services.log.warn({ outboxId: row.id, code: result.code, action: result.action }, 'reply undeliverable');
    await markOutboxUndeliverable(services.db, row.id, { now: at.toISOString(), errorCode: result.code });
  }
}

export interface OutboxPump {
  /** Claims what it has room for and starts sending; true while there is or may be more. */
  tick(): Promise<boolean>;
  /** Waits for the sends under way (shutdown). */
  drain(): Promise<void>;
}

/**
 * Keeps up to `maxInFlight` sends going at once, claiming more as each one finishes, instead of
 * waiting for a whole batch: one slow send then holds up nobody else. A message whose send is
 * under way stays leased ('sending'), so it is never claimed twice, and its resident's next
 * message waits for it.
 */
export function createOutboxPump(services: Services, maxInFlight = MAX_IN_FLIGHT): OutboxPump {
  const inFlight = new Set<Promise<void>>();
  return {
    async tick() {
      const room = maxInFlight - inFlight.size;
      if (room <= 0) return false; // the loop sleeps until a send finishes and wakes it
      const now = services.clock();
      const rows = await claimDueOutbox(services.db, { now: now.toISOString(), leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(), limit: room });
      for (const row of rows) {
        const sending: Promise<void> = deliver(services, row)
          .catch((error: unknown) => services.log.error({ err: error, outboxId: row.id }, 'delivering a reply failed; it is retried when its lease ends'))
          .finally(() => {
            inFlight.delete(sending);
            services.wake.outbox(); // room again, and this resident's next message may now go
          });
        inFlight.add(sending);
      }
      return rows.length > 0;
    },
    async drain() {
      await Promise.all(inFlight);
    },
  };
}
