/**
 * Webhook benchmarks (SQLite, simulator mode, one process on a shared 2-core machine; the load
 * generator runs in the same process, so absolute figures are low and ratios are what count):
 * - acknowledgement throughput (signature + de-duplicating insert + 200) against a bare Fastify
 *   JSON route measured in the same run, and p99 at a fixed 500 requests/s;
 * - end to end (webhook in → reply received by the fake Zalo) at 200 messages/s across 5,000
 *   residents: p50/p95/p99 latency and resident set size.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import autocannon, { type Request as LoadRequest, type Options as LoadOptions } from 'autocannon';
import Fastify from 'fastify';
import { loadConfig, SIMULATOR, type Config } from '../../bot-server/config/load-config';
import { buildApp, localBaseUrl } from '../../bot-server/app/build-app';
import { zaloSignature } from '../../bot-server/zalo/webhook-signature';
import { percentile } from './measure';

type Result = { requests: { average: number }; latency: { p99: number; p50: number }; non2xx: number };

function run(options: LoadOptions): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function signedText(config: Config, userId: string, text: string): { body: string; signature: string } {
  const timestamp = String(Date.now());
  const body = JSON.stringify({
    app_id: config.zalo.appId,
    user_id_by_app: `app-${userId}`,
    event_name: 'user_send_text',
    timestamp,
    sender: { id: userId },
    recipient: { id: config.zalo.oaId },
    message: { text, msg_id: randomBytes(16).toString('hex') },
  });
  return { body, signature: `mac=${zaloSignature({ appId: config.zalo.appId, rawBody: body, timestamp, secret: SIMULATOR.oaSecretKey })}` };
}

async function startServer(workers: boolean) {
  const loaded = loadConfig({ DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'dvc-bench-')), 'dvc.sqlite'), LOG_LEVEL: 'error' });
  if (!loaded.ok) throw new Error(loaded.errors.join());
  // Load-test residents each send one message; the per-resident flood limit is not what is measured.
  const app = await buildApp(loaded.config, { workers, residentBurst: { windowMs: 10_000, max: 1000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, config: loaded.config, url: `${localBaseUrl(app)}/webhooks/zalo` };
}

const residents = Array.from({ length: 5000 }, (_, i) => `84${String(7000000000000000 + i)}`);

export async function webhookBenchmark(): Promise<{ name: string; lines: string[] }> {
  const bare = Fastify();
  bare.post('/bare', async () => ({ ok: true }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareResult = await run({ url: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hello: 'world' }), connections: 20, duration: 5 });
  await bare.close();

  const ack = await startServer(false);
  let n = 0;
  const setupRequest = (request: LoadRequest): LoadRequest => {
    const { body, signature } = signedText(ack.config, residents[n++ % residents.length] as string, 'giúp');
    return { ...request, body, headers: { ...request.headers, 'content-type': 'application/json', 'x-zevent-signature': signature } };
  };
  const ackResult = await run({ url: ack.url, method: 'POST', connections: 20, duration: 5, requests: [{ setupRequest }] });
  const fixedRate = await run({ url: ack.url, method: 'POST', connections: 20, duration: 5, overallRate: 500, requests: [{ setupRequest }] });
  await ack.app.close();

  const e2e = await startServer(true);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  e2e.app.fakeZalo?.onMessage((message) => {
    const started = sentAt.get(message.userId);
    if (started !== undefined) {
      latencies.push(performance.now() - started);
      sentAt.delete(message.userId);
    }
  });
  let m = 0;
  const rssBefore = process.memoryUsage().rss;
  const e2eResult = await run({
    url: e2e.url,
    method: 'POST',
    connections: 10,
    duration: 10,
    overallRate: 200,
    requests: [
      {
        setupRequest: (request: LoadRequest): LoadRequest => {
          const userId = residents[m++ % residents.length] as string;
          const { body, signature } = signedText(e2e.config, userId, 'giúp');
          sentAt.set(userId, performance.now());
          return { ...request, body, headers: { ...request.headers, 'content-type': 'application/json', 'x-zevent-signature': signature } };
        },
      },
    ],
  });
  const deadline = Date.now() + 30_000;
  while (sentAt.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const rssAfter = process.memoryUsage().rss;
  await e2e.app.close();
  latencies.sort((a, b) => a - b);

  const ratio = ackResult.requests.average / bareResult.requests.average;
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  return {
    name: 'webhook (SQLite, simulator mode, load generator in the same process)',
    lines: [
      `bare Fastify JSON route: ${Math.round(bareResult.requests.average)} req/s`,
      `webhook ack (signature + dedupe insert + 200): ${Math.round(ackResult.requests.average)} req/s = ${(ratio * 100).toFixed(0)}% of bare (target ≥ 50%: ${ratio >= 0.5 ? 'met' : 'NOT met'})`,
      `webhook at 500 req/s: p50 ${fixedRate.latency.p50} ms, p99 ${fixedRate.latency.p99} ms (target p99 < 25 ms: ${fixedRate.latency.p99 < 25 ? 'met' : 'NOT met'}), non-2xx ${fixedRate.non2xx}`,
      `end to end at 200 msg/s over ${residents.length} residents: ${latencies.length} replies, p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (target p95 < 150 ms: ${percentile(latencies, 95) < 150 ? 'met' : 'NOT met'}), unanswered ${sentAt.size}, non-2xx ${e2eResult.non2xx}`,
      `resident set size: ${mb(rssBefore)} before, ${mb(rssAfter)} after (target < 250 MB: ${rssAfter < 250 * 1024 * 1024 ? 'met' : 'NOT met'})`,
    ],
  };
}
