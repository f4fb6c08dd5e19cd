/**
 * Takes stored webhook events in order per resident (never two of one resident at a time) and runs
 * them through the conversation. Several residents are served concurrently.
 */
import type { Services } from '../app/services';
import { claimNextInboxEvent, failInboxEvent, postponeInboxEvent, releaseExpiredInboxLeases, type InboxRow } from '../storage/inbox-store';
import { queueMessages } from './outbox-message';
import { openHandoff } from '../storage/handoff-store';
import { scrubText } from '../app/scrub-personal-data';
import { processInboxEvent } from './process-inbox-event';
import { StorageError } from '../storage/storage-error';

const LEASE_MS = 30_000;
const MAX_ATTEMPTS = 5;
const CONCURRENCY = 4;

/** Processes up to CONCURRENCY events; returns true when there may be more. */
export async function runInboxBatch(services: Services): Promise<boolean> {
  // Work leased by an instance that died comes back once its lease runs out.
  await releaseExpiredInboxLeases(services.db, { now: services.clock().toISOString() });
  const claimed = [];
  for (let i = 0; i < CONCURRENCY; i += 1) {
    const now = services.clock();
    const row = await claimNextInboxEvent(services.db, { now: now.toISOString(), leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString() });
    if (!row) break;
    claimed.push(row);
  }
  await Promise.all(
    claimed.map(async (row) => {
      const started = performance.now();
      try {
        const turn = await processInboxEvent(services, row);
        services.metrics.handoffs.inc(turn.handoffsOpened);
        if (turn.replies > 0) services.wake.outbox();
        if (turn.withOfficial) services.live.publish('handoffs');
        if (turn.filingsChanged) services.live.publish('filings');
        if (turn.appointmentsChanged) services.live.publish('appointments');
      } catch (error) {
        // Another worker took the event over after this one's lease ran out: nothing of this turn stood.
        if (error instanceof StorageError && error.code === 'LEASE_LOST') {
          services.log.warn({ inboxId: row.id, attempt: row.attempts }, 'an inbox event outlived its lease and was taken over; this turn was rolled back');
          return;
        }
        services.log.error({ err: error, inboxId: row.id, attempt: row.attempts }, 'processing an inbox event failed');
        const now = services.clock();
        if (row.attempts >= MAX_ATTEMPTS) await giveUp(services, row, error);
        // Back off (2 s, 4 s, 8 s …) before the event is tried again; the resident's later messages wait behind it.
        else await postponeInboxEvent(services.db, row, { until: new Date(now.getTime() + 1000 * 2 ** row.attempts).toISOString() });
      } finally {
        services.metrics.processingSeconds.observe((performance.now() - started) / 1000);
      }
    }),
  );
  return claimed.length > 0;
}

const APOLOGY = 'Xin lỗi, hệ thống gặp sự cố khi xử lý tin nhắn của bạn. Tôi đã chuyển cho cán bộ Bộ phận Một cửa; cán bộ sẽ trả lời bạn sớm.';

/** After repeated failures: tell the resident, bring in an official, and keep a (scrubbed) record. */
async function giveUp(services: Services, row: InboxRow, error: unknown): Promise<void> {
  const now = services.clock().toISOString();
  const gaveUp = await services.db.transaction().execute(async (trx) => {
    // Taken over by another worker meanwhile: that one answers, not this apology.
    if (!(await failInboxEvent(trx, row, { now, error: scrubText(String((error as Error)?.message ?? error)).slice(0, 300) }))) return false;
    await queueMessages(trx, services.cipher, { userId: row.user_id, inboxId: row.id, texts: [APOLOGY], createdAt: now });
    await openHandoff(trx, { userId: row.user_id, reason: 'requested', procedureId: null, questionId: null, ruleId: null, openedAt: now });
    return true;
  });
  if (!gaveUp) return;
  services.live.publish('handoffs');
  services.log.error({ alert: 'INBOX_EVENT_FAILED', inboxId: row.id }, 'a resident message could not be processed; an official was asked to answer');
  services.wake.outbox();
}
