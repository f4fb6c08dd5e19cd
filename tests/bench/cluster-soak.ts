/**
 * The soak: a steady rate for a long while on a running set-up. What must hold: each instance's
 * memory stays flat, every accepted message is answered exactly once, and the queues do not grow.
 */
import { loadavg } from 'node:os';
import { meanServerTimes, type Backlog, type BenchSetup } from './cluster-harness';
import type { ReplyRecorder } from './cluster-fake-zalo';
import { nextResidentBlock, runWebhookLoad } from './cluster-load-generator';
import { latencySummary, waitForReplies, type LatencySummary } from './cluster-latency';
import { backlogGrowth, startBacklogSampler, type BacklogSample } from './cluster-backlog-sampler';

export interface SoakResult {
  rate: number;
  seconds: number;
  /** Per instance, bytes. */
  rss: { start: number[]; middle: number[]; end: number[]; max: number[] };
  backlog: { start: Backlog; middle: Backlog; end: Backlog; afterDrain: Backlog; growing: boolean };
  overall: LatencySummary;
  /** The first and last `windowSeconds` of sending. */
  firstWindow: LatencySummary;
  lastWindow: LatencySummary;
  windowSeconds: number;
  /** p95 over each successive window, beside the 1-minute load average at its end: a trend that follows the load is the machine's. */
  byWindow: Array<{ p95: number; loadAverage: number }>;
  refused: number;
  connectionErrors: number;
  duplicatedResidents: number;
  errorsLogged: number;
  meanAckMs: number;
  meanTurnMs: number;
  loadAverage: { start: number; middle: number; end: number };
}

const none: Backlog = { inbox: Number.NaN, outbox: Number.NaN };
const oneMinute = () => loadavg()[0] ?? Number.NaN;

export async function soak(setup: BenchSetup, recorder: ReplyRecorder, rate: number, seconds: number): Promise<SoakResult> {
  const duplicatesBefore = recorder.duplicatedResidents();
  const errorsBefore = setup.errorsLogged();
  const start = { rss: setup.rssBytes(), backlog: await setup.backlog(), load: oneMinute(), timings: await setup.serverTimings() };
  const max = [...start.rss];
  let middle: { rss: number[]; backlog: Backlog; load: number } | undefined;
  const startedAt = Date.now();
  const loadSamples: Array<[at: number, value: number]> = [];
  // Memory and load every 5 s (for the maximum and the trend); the middle figures once half the time has passed.
  const watch = setInterval(() => {
    loadSamples.push([Date.now(), oneMinute()]);
    setup.rssBytes().forEach((bytes, i) => (max[i] = Math.max(max[i] ?? 0, bytes)));
    if (!middle && Date.now() - startedAt >= (seconds * 1000) / 2) {
      const rss = setup.rssBytes();
      middle = { rss, backlog: none, load: oneMinute() };
      const taken = middle;
      void setup.backlog().then((backlog) => (taken.backlog = backlog), () => undefined);
    }
  }, 5000);
  const sampler = startBacklogSampler(setup, 2000);
  let samples: BacklogSample[] = [];
  const load = await runWebhookLoad({ targets: setup.webhookUrls, rate, seconds, residentBlock: nextResidentBlock(), signing: setup.signing }).finally(async () => {
    clearInterval(watch);
    samples = await sampler.stop();
  });
  const end = { rss: setup.rssBytes(), backlog: await setup.backlog(), load: oneMinute() };
  end.rss.forEach((bytes, i) => (max[i] = Math.max(max[i] ?? 0, bytes)));

  const sent = Object.entries(load.sentAt).sort((a, b) => a[1] - b[1]);
  await waitForReplies(sent.map(([userId]) => userId), recorder.firstReplyAt, 120_000);
  const afterDrain = await setup.backlog();
  const serverTimes = meanServerTimes(start.timings, await setup.serverTimings());
  const first = sent[0]?.[1] ?? 0;
  const last = sent.at(-1)?.[1] ?? 0;
  const windowSeconds = Math.min(60, Math.floor(seconds / 3));
  const windowMs = windowSeconds * 1000;
  const byWindow: SoakResult['byWindow'] = [];
  const windows = Math.max(1, Math.round((last - first) / windowMs));
  for (let k = 0; k < windows; k += 1) {
    const from = first + k * windowMs;
    const until = k === windows - 1 ? last + 1 : from + windowMs; // the last window takes the few seconds left over
    const inWindow = sent.filter(([, at]) => at >= from && at < until);
    const loadAtEnd = loadSamples.filter(([at]) => at < until).at(-1)?.[1] ?? start.load;
    byWindow.push({ p95: latencySummary(inWindow, recorder.firstReplyAt).p95, loadAverage: loadAtEnd });
  }
  return {
    rate,
    seconds,
    rss: { start: start.rss, middle: middle?.rss ?? [], end: end.rss, max },
    backlog: { start: start.backlog, middle: middle?.backlog ?? none, end: end.backlog, afterDrain, growing: backlogGrowth(samples, rate).growing },
    overall: latencySummary(sent, recorder.firstReplyAt),
    firstWindow: latencySummary(sent.filter(([, at]) => at < first + windowSeconds * 1000), recorder.firstReplyAt),
    lastWindow: latencySummary(sent.filter(([, at]) => at > last - windowSeconds * 1000), recorder.firstReplyAt),
    windowSeconds,
    byWindow,
    refused: load.refused,
    connectionErrors: load.connectionErrors,
    duplicatedResidents: recorder.duplicatedResidents() - duplicatesBefore,
    errorsLogged: setup.errorsLogged() - errorsBefore,
    ...serverTimes,
    loadAverage: { start: start.load, middle: middle?.load ?? Number.NaN, end: end.load },
  };
}
