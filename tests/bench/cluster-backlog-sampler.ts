/**
 * Samples the waiting work (inbox and outbox rows not done) while load runs, to tell a set-up that
 * keeps up (the backlog hovers around what is in flight) from one falling behind (it climbs).
 */
import type { Backlog, BenchSetup } from './cluster-harness';

export interface BacklogSample {
  at: number;
  waiting: number;
}

export function startBacklogSampler(setup: BenchSetup, everyMs: number) {
  const samples: BacklogSample[] = [];
  let stopped = false;
  const running = (async () => {
    while (!stopped) {
      const backlog: Backlog | undefined = await setup.backlog().catch(() => undefined);
      if (backlog) samples.push({ at: Date.now(), waiting: backlog.inbox + backlog.outbox });
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop(): Promise<BacklogSample[]> {
      stopped = true;
      await running;
      return samples;
    },
  };
}

/**
 * Growing when the later half of the samples (after the first 2 s of ramp-up) waits on average
 * more than the earlier half by over a tenth of a second's messages (at least 10): a set-up
 * short of the offered rate by a few percent already shows.
 */
export function backlogGrowth(samples: readonly BacklogSample[], rate: number): { earlier: number; later: number; peak: number; growing: boolean } {
  const start = (samples[0]?.at ?? 0) + 2000;
  const settled = samples.filter((sample) => sample.at >= start).map((sample) => sample.waiting);
  const half = Math.floor(settled.length / 2);
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
  const earlier = mean(settled.slice(0, half));
  const later = mean(settled.slice(half));
  return { earlier, later, peak: Math.max(0, ...samples.map((sample) => sample.waiting)), growing: later - earlier > Math.max(10, rate * 0.1) };
}
