/**
 * The highest offered webhook rate a set-up sustains: steps up through fixed rates, each for a
 * few seconds with residents never seen before, and stops at the first step that fails twice in a
 * row (the machine is shared: one noisy step should not end the search). A step is sustained when
 * the load generator managed to offer the rate, every accepted message was answered, p95
 * end-to-end latency stayed under 300 ms and the backlog did not grow. A short warm-up comes first,
 * so the first step does not pay for a cold process.
 */
import { loadavg } from 'node:os';
import { meanServerTimes, type BenchSetup } from './cluster-harness';
import type { ReplyRecorder } from './cluster-fake-zalo';
import { nextResidentBlock, runWebhookLoad } from './cluster-load-generator';
import { latencySummary, waitForReplies, type LatencySummary } from './cluster-latency';
import { backlogGrowth, startBacklogSampler, type BacklogSample } from './cluster-backlog-sampler';

export const P95_BUDGET_MS = 300;
// From a rate a loaded 2-core machine manages up to what a quiet 8-core one might.
export const DEFAULT_RATES = [25, 50, 100, 200, 300, 400, 500, 600, 800, 1000, 1200];
const WARM_UP = { rate: 20, seconds: 5 };

export interface StepResult extends LatencySummary {
  rate: number;
  /** Messages per second the generator actually sent. */
  offered: number;
  refused: number;
  connectionErrors: number;
  backlog: ReturnType<typeof backlogGrowth>;
  sustained: boolean;
  /** Mean time the instances took to acknowledge a webhook, and to run one message through the conversation. */
  meanAckMs: number;
  meanTurnMs: number;
  /** 1-minute load average when the step ended. */
  loadAverage: number;
}


async function waitForEmptyBacklog(setup: BenchSetup, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const backlog = await setup.backlog().catch(() => undefined);
    if (backlog && backlog.inbox + backlog.outbox === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function measureStep(setup: BenchSetup, recorder: ReplyRecorder, rate: number, seconds: number): Promise<StepResult> {
  const timingsBefore = await setup.serverTimings();
  const sampler = startBacklogSampler(setup, 500);
  let samples: BacklogSample[] = [];
  const load = await runWebhookLoad({ targets: setup.webhookUrls, rate, seconds, residentBlock: nextResidentBlock(), signing: setup.signing }).finally(async () => {
    samples = await sampler.stop();
  });
  const sent = Object.entries(load.sentAt);
  await waitForReplies(sent.map(([userId]) => userId), recorder.firstReplyAt, 30_000);
  const latency = latencySummary(sent, recorder.firstReplyAt);
  const serverTimes = meanServerTimes(timingsBefore, await setup.serverTimings());
  const backlog = backlogGrowth(samples, rate);
  const offered = (sent.length + load.refused) / seconds;
  return {
    rate,
    offered,
    refused: load.refused,
    connectionErrors: load.connectionErrors,
    ...latency,
    backlog,
    ...serverTimes,
    sustained: offered >= rate * 0.9 && load.refused === 0 && latency.answered === latency.sent && latency.p95 < P95_BUDGET_MS && !backlog.growing,
    loadAverage: loadavg()[0] ?? Number.NaN,
  };
}

export interface RateSearch {
  /** A few seconds of light load first (connection pools, JIT, caches), not counted. */
  warmUp: StepResult;
  steps: StepResult[];
  /** The highest rate sustained, 0 when not even the first. */
  sustainable: number;
}

export async function findSustainableRate(setup: BenchSetup, recorder: ReplyRecorder, options: { rates: number[]; seconds: number; onStep?: (step: StepResult) => void }): Promise<RateSearch> {
  const warmUp = await measureStep(setup, recorder, WARM_UP.rate, WARM_UP.seconds);
  const steps: StepResult[] = [];
  let sustainable = 0;
  for (const rate of options.rates) {
    let passed = false;
    for (let attempt = 0; attempt < 2 && !passed; attempt += 1) {
      await waitForEmptyBacklog(setup, 30_000); // each step starts from an idle set-up
      const step = await measureStep(setup, recorder, rate, options.seconds);
      steps.push(step);
      options.onStep?.(step);
      passed = step.sustained;
    }
    if (!passed) break;
    sustainable = rate;
  }
  return { warmUp, steps, sustainable };
}
