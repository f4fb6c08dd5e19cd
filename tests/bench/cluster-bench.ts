/**
 * The load benchmark (issue 6): the webhook rate at which p95 end-to-end reply latency stays under
 * 300 ms, for two instances on PostgreSQL + Redis beside one instance on SQLite and a bare Fastify
 * route measured in the same run; then a soak at half the cluster's rate (BENCH_SOAK_SECONDS,
 * default 600) watching memory, lost and duplicated replies, and the queues. Instances are real
 * `npm start` processes; the load generator runs in its own process, Zalo's stand-in in this one.
 * BENCH_STEP_SECONDS (default 12) sets how long each rate step lasts, BENCH_RATES the steps.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import Fastify from 'fastify';
import { startBenchSetup, type BenchSetup } from './cluster-harness';
import { startReplyRecorder } from './cluster-fake-zalo';
import { DEFAULT_RATES, findSustainableRate, P95_BUDGET_MS, type RateSearch } from './cluster-rate-search';
import { soak } from './cluster-soak';
import { formatClusterReport } from './cluster-report';

/** BENCH_RATES=50,100 tries only those steps (a quick look); by default the full ladder. */
function ratesFromEnv(): number[] {
  const rates = process.env.BENCH_RATES?.split(',').map(Number) ?? DEFAULT_RATES;
  if (rates.some((rate) => !Number.isFinite(rate) || rate <= 0)) throw new Error('BENCH_RATES must be positive numbers separated by commas');
  return rates;
}

function secondsFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of seconds`);
  return value;
}

/** A bare Fastify JSON route's req/s, served from this process, loaded by load-generator.mjs in its own. */
async function bareRouteRate(): Promise<number> {
  const bare = Fastify();
  bare.post('/bare', async () => ({ ok: true }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`;
  try {
    const output = await new Promise<string>((done, fail) => {
      const child = spawn(process.execPath, [resolve('tests/bench/load-generator.mjs'), JSON.stringify({ url, connections: 20, duration: 5 })], { stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += String(chunk)));
      child.on('error', fail);
      child.on('exit', () => done(text));
    });
    return (JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { requests: number }).requests;
  } finally {
    await bare.close();
  }
}

/** Runs `work` on a fresh set-up and always stops its processes (and drops its database) afterwards. */
async function withSetup<T>(kind: 'sqlite' | 'postgres', zaloUrl: string, work: (setup: BenchSetup) => Promise<T>): Promise<T> {
  const setup = await startBenchSetup(kind, zaloUrl);
  try {
    return await work(setup);
  } finally {
    await setup.close();
  }
}

const progress = (line: string) => process.stderr.write(`  [cluster] ${line}\n`);
const oneMinute = () => loadavg()[0] ?? Number.NaN;

export async function clusterBenchmark(): Promise<{ name: string; lines: string[] }> {
  const soakSeconds = secondsFromEnv('BENCH_SOAK_SECONDS', 600);
  const stepSeconds = secondsFromEnv('BENCH_STEP_SECONDS', 12);
  const rates = ratesFromEnv();
  const loadAverage: Array<[string, number]> = [['start', oneMinute()]];
  const recorder = await startReplyRecorder();
  try {
    const bare = await bareRouteRate();
    progress(`bare Fastify route: ${Math.round(bare)} req/s`);
    const search = (setup: BenchSetup): Promise<RateSearch> =>
      findSustainableRate(setup, recorder, {
        rates,
        seconds: stepSeconds,
        onStep: (step) => progress(`${setup.label} at ${step.rate} msg/s: p95 ${Math.round(step.p95)} ms, ${step.answered}/${step.sent} answered, ${step.sustained ? 'sustained' : 'NOT sustained'}`),
      });
    const single = await withSetup('sqlite', recorder.url, search);
    loadAverage.push(['after the SQLite search', oneMinute()]);
    const cluster = await withSetup('postgres', recorder.url, async (setup) => {
      const found = await search(setup);
      loadAverage.push(['after the cluster search', oneMinute()]);
      // Half the sustainable rate; a set-up that sustained nothing is soaked at half the lowest step.
      const soakRate = Math.max(1, Math.floor((found.sustainable > 0 ? found.sustainable : (rates[0] ?? 2)) / 2));
      progress(`soak at ${soakRate} msg/s for ${soakSeconds} s`);
      return { search: found, soak: await soak(setup, recorder, soakRate, soakSeconds) };
    });
    loadAverage.push(['end', oneMinute()]);
    const soakLabel = soakSeconds % 60 === 0 ? `${soakSeconds / 60}-minute` : `${soakSeconds}-second`;
    return {
      name: `cluster (about ${Math.round(5 + soakSeconds / 60)} min): webhook messages/s with p95 end-to-end reply < ${P95_BUDGET_MS} ms, 2 instances + PostgreSQL + Redis vs 1 instance + SQLite vs a bare Fastify route, then a ${soakLabel} soak of the cluster at half its rate`,
      lines: formatClusterReport({ bare, single, cluster: cluster.search, soak: cluster.soak, stepSeconds, loadAverage }),
    };
  } finally {
    await recorder.close();
  }
}
