/**
 * End-to-end latency of the cluster benchmark: from the moment the load generator sent a
 * resident's message to the moment Zalo's stand-in received the first reply to it. A message
 * never answered counts as infinitely late, so it pushes the percentiles up instead of vanishing.
 */
import { percentile } from './measure';

export interface LatencySummary {
  sent: number;
  answered: number;
  p50: number;
  p95: number;
  p99: number;
}

export function latencySummary(sent: ReadonlyArray<readonly [userId: string, sentAt: number]>, firstReplyAt: (userId: string) => number | undefined): LatencySummary {
  const latencies = sent.map(([userId, sentAt]) => (firstReplyAt(userId) ?? Number.POSITIVE_INFINITY) - sentAt).sort((a, b) => a - b);
  return {
    sent: sent.length,
    answered: latencies.filter(Number.isFinite).length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/** Waits until every message has been answered, or `timeoutMs` has passed. */
export async function waitForReplies(userIds: readonly string[], firstReplyAt: (userId: string) => number | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let waiting = userIds.filter((userId) => firstReplyAt(userId) === undefined);
  while (waiting.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    waiting = waiting.filter((userId) => firstReplyAt(userId) === undefined);
  }
}

export function formatMs(ms: number): string {
  return Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'unanswered';
}
