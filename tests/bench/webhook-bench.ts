/**
 * Webhook benchmarks on SQLite in simulator mode. The load generator (autocannon) runs in its own
 * process, so the server's process only serves:
 * - acknowledgement throughput (signature + de-duplicating insert + 200) against a bare Fastify
 *   JSON route measured in the same run, and p99 at a fixed 500 requests/s;
 * - end to end (webhook in → reply received by the fake Zalo) at 200 messages/s across 5,000
 *   residents: p50/p95/p99 latency, and the server process's resident set size.
 */
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import Fastify from 'fastify';
import { loadConfig, SIMULATOR, type Config } from '../../bot-server/config/load-config';
import { buildApp, localBaseUrl } from '../../bot-server/app/build-app';
import { percentile } from './measure';

interface LoadResult {
  requests: number;
  p50: number;
  p99: number;
  non2xx: number;
  sentAt: Record<string, number>;
}

interface LoadOptions {
  url: string;
  duration: number;
  connections: number;
  rate?: number;
  signed?: boolean;
  recordSends?: boolean;
}

function load(options: LoadOptions, config?: Config): Promise<LoadResult> {
  const args = { ...options, residents: 5000, appId: config?.zalo.appId, oaId: config?.zalo.oaId, secret: SIMULATOR.oaSecretKey };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve('tests/bench/load-generator.mjs'), JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.on('error', fail);
    child.on('exit', () => {
      try {
        done(JSON.parse(output.trim().split('\n').at(-1) ?? '') as LoadResult);
      } catch (error) {
        fail(error);
      }
    });
  });
}

async function startServer(workers: boolean) {
  const loaded = loadConfig({ DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'dvc-bench-')), 'dvc.sqlite'), LOG_LEVEL: 'error' });
  if (!loaded.ok) throw new Error(loaded.errors.join());
  // Load-test residents each send one message; the per-resident flood limit is not what is measured.
  const app = await buildApp(loaded.config, { workers, residentBurst: { windowMs: 10_000, max: 1000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, config: loaded.config, url: `${localBaseUrl(app)}/webhooks/zalo` };
}

export async function webhookBenchmark(): Promise<{ name: string; lines: string[] }> {
  const bare = Fastify();
  bare.post('/bare', async () => ({ ok: true }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareResult = await load({ url: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`, connections: 20, duration: 5 });
  await bare.close();

  const ack = await startServer(false);
  const ackResult = await load({ url: ack.url, connections: 20, duration: 5, signed: true }, ack.config);
  const fixedRate = await load({ url: ack.url, connections: 20, duration: 5, rate: 500, signed: true }, ack.config);
  await ack.app.close();

  const e2e = await startServer(true);
  const repliedAt = new Map<string, number>();
  e2e.app.fakeZalo?.onMessage((message) => {
    if (!repliedAt.has(message.userId)) repliedAt.set(message.userId, Date.now());
  });
  const rssBefore = process.memoryUsage().rss;
  const e2eResult = await load({ url: e2e.url, connections: 10, duration: 10, rate: 200, signed: true, recordSends: true }, e2e.config);
  const expected = Object.keys(e2eResult.sentAt).length;
  const deadline = Date.now() + 30_000;
  while (repliedAt.size < expected && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  const rssAfter = process.memoryUsage().rss;
  await e2e.app.close();
  const latencies = Object.entries(e2eResult.sentAt)
    .map(([userId, sent]) => (repliedAt.get(userId) ?? Number.NaN) - sent)
    .filter((ms) => Number.isFinite(ms))
    .sort((a, b) => a - b);

  const ratio = ackResult.requests / bareResult.requests;
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  return {
    name: 'webhook (SQLite, simulator mode, load generator in its own process)',
    lines: [
      `bare Fastify JSON route: ${Math.round(bareResult.requests)} req/s`,
      `webhook ack (signature + dedupe insert + 200): ${Math.round(ackResult.requests)} req/s = ${(ratio * 100).toFixed(0)}% of bare (target ≥ 50%: ${ratio >= 0.5 ? 'met' : 'NOT met'}), non-2xx ${ackResult.non2xx}`,
      `webhook at 500 req/s: p50 ${fixedRate.p50} ms, p99 ${fixedRate.p99} ms (target p99 < 25 ms: ${fixedRate.p99 < 25 ? 'met' : 'NOT met'}), non-2xx ${fixedRate.non2xx}`,
      `end to end at 200 msg/s over 5000 residents: ${latencies.length} of ${expected} answered, p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms (target p95 < 150 ms: ${percentile(latencies, 95) < 150 ? 'met' : 'NOT met'}), non-2xx ${e2eResult.non2xx}`,
      `server process RSS: ${mb(rssBefore)} before, ${mb(rssAfter)} after (target < 250 MB: ${rssAfter < 250 * 1024 * 1024 ? 'met' : 'NOT met'})`,
    ],
  };
}
