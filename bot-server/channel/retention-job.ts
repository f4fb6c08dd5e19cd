/**
 * Retention per purpose (Decree 356/2025): once when the server is ready and then every hour, chat
 * logs older than CHAT_LOG_RETENTION_DAYS lose their text, applied Mini App events older than a
 * day go, and prepared filings whose time ran out lose their answers. Every instance runs it; on
 * PostgreSQL only one purges at a time (see storage/chat-log-retention.ts).
 */
import type { Services } from '../app/services';
import { expireAssistedFilings } from '../storage/assisted-filing-store';
import { purgeChatLogs, type ChatLogCutoffs, type ChatLogPurge } from '../storage/chat-log-retention';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export type RetentionServices = Pick<Services, 'db' | 'clock' | 'config'>;

export interface RetentionJob {
  /** Stops the timer and waits for a run under way, so storage can close after it. */
  stop(): Promise<void>;
}

function retentionCutoffs(now: Date, retentionDays: number): ChatLogCutoffs {
  return {
    before: new Date(now.getTime() - retentionDays * DAY_MS).toISOString(),
    // An applied event only answers a retry of the same request: the app retries within seconds.
    appEventsBefore: new Date(now.getTime() - DAY_MS).toISOString(),
  };
}

/** One run; 'busy' when another instance was purging at that moment (it does the work). */
async function runRetention(services: RetentionServices): Promise<ChatLogPurge | 'busy'> {
  const now = services.clock();
  await expireAssistedFilings(services.db, now.toISOString());
  return purgeChatLogs(services.db, retentionCutoffs(now, services.config.chatLogRetentionDays));
}

export function startRetentionJob(
  services: RetentionServices,
  options: { everyMs?: number; onPurged: (purged: ChatLogPurge) => void; onError: (error: unknown) => void },
): RetentionJob {
  let running: Promise<void> | undefined;
  let stopped = false;
  const run = () => {
    if (stopped || running) return; // a slow run is never overlapped by the next tick
    running = runRetention(services)
      .then((purged) => {
        if (purged !== 'busy' && Object.values(purged).some((count) => count > 0)) options.onPurged(purged);
      }, options.onError)
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, options.everyMs ?? HOUR_MS);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
