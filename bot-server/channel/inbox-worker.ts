/**
 * Takes stored webhook events in order per resident (never two of one resident at a time) and runs
 * them through the conversation. Several residents are served concurrently.
 */
import type { Services } from '../app/services';
import { claimNextInboxEvent, failInboxEvent, releaseExpiredInboxLeases, retryInboxEvent } from '../storage/inbox-store';
import { processInboxEvent } from './process-inbox-event';

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
      } catch (error) {
        services.log.error({ err: error, inboxId: row.id }, 'processing an inbox event failed');
        const now = services.clock().toISOString();
        if (row.attempts >= MAX_ATTEMPTS) await failInboxEvent(services.db, row.id, { now, error: String((error as Error).message ?? error).slice(0, 300) });
        else await retryInboxEvent(services.db, row.id);
      } finally {
        services.metrics.processingSeconds.observe((performance.now() - started) / 1000);
      }
    }),
  );
  return claimed.length > 0;
}
