// `npm run bench`: bundles the benchmarks with esbuild (as production code is built, without
// tsx's name-keeping wrappers) and runs them with plain node.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

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
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
await import(`../../${outdir}/run-benchmarks.mjs`);
