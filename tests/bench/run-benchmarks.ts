/**
 * `npm run bench`: speed figures as ratios against baselines measured in the same run (the
 * machine is shared and noisy). Not a test: it prints and never fails the build. Each benchmark
 * runs in its own process (see bench.mjs), so memory figures are its own.
 */
import { engineBenchmark } from './engine-bench';
import { searchBenchmark } from './search-bench';
import { webhookAckBenchmark, webhookEndToEndBenchmark } from './webhook-bench';
import { miniAppBenchmark } from './mini-app-bench';
import { consoleBenchmark } from './console-bench';
import { runFakeZaloProcess } from './fake-zalo-process';
import { clusterBenchmark } from './cluster-bench';
import { runWebhookLoadProcess, type WebhookLoad } from './cluster-load-generator';

const benchmarks: Record<string, () => Promise<{ name: string; lines: string[] }>> = { engine: engineBenchmark, search: searchBenchmark, 'webhook-ack': webhookAckBenchmark, 'webhook-e2e': webhookEndToEndBenchmark, 'mini-app': miniAppBenchmark, console: consoleBenchmark, cluster: clusterBenchmark };

// The webhook benchmark starts this same bundle again as the stand-in for Zalo's servers.
if (process.argv[2] === 'fake-zalo') await runFakeZaloProcess();
// The cluster benchmark starts it again as its load generator, with the load as JSON.
if (process.argv[2] === 'cluster-load') await runWebhookLoadProcess(JSON.parse(process.argv[3] ?? '') as WebhookLoad);

for (const name of process.argv.slice(2).filter((arg) => arg in benchmarks)) {
  const report = await (benchmarks[name] as () => Promise<{ name: string; lines: string[] }>)();
  console.log(`\n== ${report.name}`);
  for (const line of report.lines) console.log(`  ${line}`);
}
process.exit(0); // pools and timers of the servers under test must not keep the process alive
