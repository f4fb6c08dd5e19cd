/** The cluster benchmark's printed lines: every step, the sustainable rates as ratios, and the soak. */
import type { RateSearch, StepResult } from './cluster-rate-search';
import type { SoakResult } from './cluster-soak';
import type { Backlog } from './cluster-harness';
import type { LatencySummary } from './cluster-latency';
import { formatMs } from './cluster-latency';
import { P95_BUDGET_MS } from './cluster-rate-search';

interface ClusterReport {
  bare: number;
  single: RateSearch;
  cluster: RateSearch;
  soak: SoakResult;
  stepSeconds: number;
  loadAverage: Array<[string, number]>;
}

const mb = (bytes: number | undefined) => (bytes === undefined || !Number.isFinite(bytes) ? '?' : `${Math.round(bytes / 1024 / 1024)} MB`);
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;
const waiting = (backlog: Backlog) => `${backlog.inbox + backlog.outbox} (inbox ${backlog.inbox}, outbox ${backlog.outbox})`;
const latencies = (summary: LatencySummary) => `p50 ${formatMs(summary.p50)}, p95 ${formatMs(summary.p95)}, p99 ${formatMs(summary.p99)} (${summary.answered} of ${summary.sent} answered)`;

function stepLine(step: StepResult): string {
  const { backlog } = step;
  return `${String(step.rate).padStart(4)} msg/s: offered ${step.offered.toFixed(0)}/s, ${latencies(step)}, refused ${step.refused}, mean ack ${step.meanAckMs.toFixed(1)} ms, mean turn ${step.meanTurnMs.toFixed(1)} ms, backlog ${backlog.earlier.toFixed(0)} → ${backlog.later.toFixed(0)} (peak ${backlog.peak})${backlog.growing ? ' GROWING' : ''}, load ${step.loadAverage.toFixed(1)}: ${step.sustained ? 'sustained' : 'NOT sustained'}`;
}

function searchLines(label: string, search: RateSearch, bare: number): string[] {
  return [
    `${label}:`,
    `  warm-up, not counted: ${stepLine(search.warmUp)}`,
    ...search.steps.map((step) => `  ${stepLine(step)}`),
    `  sustainable: ${search.sustainable} msg/s = ${percent(search.sustainable, bare)} of the bare route's req/s`,
  ];
}

function soakLines(soak: SoakResult, cluster: RateSearch): string[] {
  const basis = cluster.sustainable > 0 ? `half its sustainable ${cluster.sustainable}` : 'half the lowest step, as it sustained none';
  const lost = soak.overall.sent - soak.overall.answered;
  const rssGrowth = soak.rss.end.map((end, i) => end - (soak.rss.start[i] ?? Number.NaN));
  return [
    `soak, 2 instances at ${soak.rate} msg/s (${basis}) for ${soak.seconds} s:`,
    `  messages: ${soak.overall.sent} accepted, ${soak.overall.answered} answered, lost ${lost}, residents answered twice ${soak.duplicatedResidents}, refused ${soak.refused}, connection errors ${soak.connectionErrors}, error log lines ${soak.errorsLogged}`,
    `  end to end: ${latencies(soak.overall)}; mean webhook ack ${soak.meanAckMs.toFixed(1)} ms, mean turn ${soak.meanTurnMs.toFixed(1)} ms`,
    `  p95 over the first ${soak.windowSeconds} s: ${formatMs(soak.firstWindow.p95)} (${soak.firstWindow.sent} messages); over the last ${soak.windowSeconds} s: ${formatMs(soak.lastWindow.p95)} (${soak.lastWindow.sent} messages)`,
    `  p95 by ${soak.windowSeconds} s (1-min load average): ${soak.byWindow.map((window) => `${formatMs(window.p95)} (${window.loadAverage.toFixed(1)})`).join(', ')}`,
    ...soak.rss.start.map(
      (start, i) => `  instance ${i + 1} RSS: start ${mb(start)}, middle ${mb(soak.rss.middle[i])}, end ${mb(soak.rss.end[i])}, max ${mb(soak.rss.max[i])} (end − start ${mb(rssGrowth[i])})`,
    ),
    `  backlog (inbox + outbox rows waiting): start ${waiting(soak.backlog.start)}, middle ${waiting(soak.backlog.middle)}, end of sending ${waiting(soak.backlog.end)}, after draining ${waiting(soak.backlog.afterDrain)}: ${soak.backlog.growing ? 'GROWING' : 'no growth'}`,
  ];
}

export function formatClusterReport(report: ClusterReport): string[] {
  const { bare, single, cluster } = report;
  return [
    `each step ${report.stepSeconds} s, every message from a new resident, webhooks signed as Zalo signs them and sent to the instances directly, alternating; sustained = offered ≥ 90% of the rate, every message answered, p95 < ${P95_BUDGET_MS} ms, backlog not growing (a step failing twice ends the search)`,
    `bare Fastify JSON route, same run: ${Math.round(bare)} req/s (autocannon, 20 connections, closed loop)`,
    ...searchLines('1 instance + SQLite', single, bare),
    ...searchLines('2 instances + PostgreSQL + Redis', cluster, bare),
    `cluster / single: ${single.sustainable > 0 ? `${(cluster.sustainable / single.sustainable).toFixed(2)}×` : 'n/a (single sustained no step)'} (${cluster.sustainable} vs ${single.sustainable} msg/s)`,
    ...soakLines(report.soak, cluster),
    `load average (1 min): ${report.loadAverage.map(([when, value]) => `${when} ${value.toFixed(2)}`).join(', ')}; soak start ${report.soak.loadAverage.start.toFixed(2)}, middle ${report.soak.loadAverage.middle.toFixed(2)}, end ${report.soak.loadAverage.end.toFixed(2)}`,
  ];
}
