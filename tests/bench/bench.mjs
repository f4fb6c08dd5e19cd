// `npm run bench`: bundles the benchmarks with esbuild (as production code is built, without
// tsx's name-keeping wrappers) and runs each with plain node in its own process.
// `npm run bench -- cluster webhook-e2e` runs only the sections named; none named runs them all.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// `cluster` (the load benchmark and its soak) takes about 15 minutes; BENCH_SOAK_SECONDS shortens it.
const sections = ['engine', 'search', 'webhook-ack', 'webhook-e2e', 'mini-app', 'console', 'cluster'];
const named = process.argv.slice(2);
const unknown = named.filter((name) => !sections.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}: choose from ${sections.join(', ')}`);
  process.exit(1);
}
const chosen = named.length > 0 ? sections.filter((name) => named.includes(name)) : sections;

const outdir = 'node_modules/.cache/dvc-bench';
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: ['tests/bench/run-benchmarks.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external', // libraries load as installed; only our code is bundled
  outfile: `${outdir}/run-benchmarks.mjs`,
  banner: { js: "import { createRequire as bannerCreateRequire } from 'node:module'; const require = bannerCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
// One process per benchmark: memory figures stay its own, and one cannot slow the next.
// The Mini App's and the console's budgets are measured on the built apps.
if (chosen.includes('mini-app') || chosen.includes('console')) spawnSync(process.execPath, ['mini-app/tools/build-if-stale.mjs'], { stdio: 'inherit' });
for (const name of chosen) {
  spawnSync(process.execPath, [`${outdir}/run-benchmarks.mjs`, name], { stdio: 'inherit' });
}
