/**
 * `npm run bench`: speed figures as ratios against baselines measured in the same run (the
 * machine is shared and noisy). Not a test: it prints and never fails the build.
 */
import { engineBenchmark } from './engine-bench';
import { searchBenchmark } from './search-bench';
import { webhookBenchmark } from './webhook-bench';

const benchmarks = [engineBenchmark, searchBenchmark, webhookBenchmark];

for (const benchmark of benchmarks) {
  const report = await benchmark();
  console.log(`\n== ${report.name}`);
  for (const line of report.lines) console.log(`  ${line}`);
}
process.exit(0); // pools and timers of the servers under test must not keep the process alive
