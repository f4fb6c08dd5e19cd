// `npm run bench`: bundles the benchmarks with esbuild (as production code is built, without
// tsx's name-keeping wrappers) and runs each with plain node in its own process.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

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
spawnSync(process.execPath, ['mini-app/tools/build-if-stale.mjs'], { stdio: 'inherit' });
for (const name of ['engine', 'search', 'webhook-ack', 'webhook-e2e', 'mini-app', 'console']) {
  spawnSync(process.execPath, [`${outdir}/run-benchmarks.mjs`, name], { stdio: 'inherit' });
}
