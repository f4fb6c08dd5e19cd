import type { FastifyInstance } from 'fastify';
import { startWorkLoop, type WorkLoop } from '../channel/work-loop';
import { runInboxBatch } from '../channel/inbox-worker';
import { createOutboxPump } from '../channel/outbox-worker';
import { releaseExpiredInboxLeases } from '../storage/inbox-store';
import { releaseExpiredOutboxLeases } from '../storage/outbox-store';
import { startRetentionJob, type RetentionJob } from '../channel/retention-job';

/**
 * Starts the inbox and outbox loops and the hourly chat-log retention job when the app is ready,
 * and stops them (after their current batch or run) when it closes; register this before anything
 * that closes storage. On SQLite only one process runs, so work a dead process had leased is taken
 * back at once; on PostgreSQL leases simply expire.
 */
export function startWorkers(app: FastifyInstance): void {
  const { services } = app;
  let loops: WorkLoop[] = [];
  let retention: RetentionJob | undefined;
  const outboxPump = createOutboxPump(services);
  app.addHook('onReady', async () => {
    // ISO strings compare as text: the latest four-digit-year instant sorts after every real lease.
    const now = services.dialect === 'sqlite' ? '9999-12-31T23:59:59.999Z' : services.clock().toISOString();
    const released = await releaseExpiredInboxLeases(services.db, { now });
    const resending = await releaseExpiredOutboxLeases(services.db, { now });
    if (released + resending > 0) app.log.info({ released, resending }, 'took back work left unfinished by a previous run');
    const onError = (error: unknown) => app.log.error({ err: error }, 'worker loop error');
    const inbox = startWorkLoop(() => runInboxBatch(services), { pollMs: 500, onError });
    const outbox = startWorkLoop(() => outboxPump.tick(), { pollMs: 500, onError });
    services.wake.inbox = () => inbox.wake();
    services.wake.outbox = () => outbox.wake();
    loops = [inbox, outbox];
    retention = startRetentionJob(services, {
      onPurged: (purged) => app.log.info({ ...purged, retentionDays: services.config.chatLogRetentionDays }, 'purged chat logs past their retention'),
      onError: (error) => app.log.error({ err: error }, 'purging old chat logs failed; trying again within the hour'),
    });
  });
  app.addHook('onClose', async () => {
    await Promise.all([...loops.map((loop) => loop.stop()), retention?.stop()]);
    await outboxPump.drain(); // a send under way is recorded before storage closes
  });
}
