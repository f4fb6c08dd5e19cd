// Builds the Mini App into www/ and the officials' console into bot-server/console/dist/ when
// either is missing or older than its sources, so `npm start` and `npm test` on a fresh clone serve
// and test the real apps without a separate step, and a second start does not wait for a build it
// does not need. `node mini-app/tools/build-if-stale.mjs console` looks at the console only.
// Test files run in parallel and may all call this: a lock per app keeps two builds from writing
// the same folder at once (the second one then finds the build fresh).
import { readdirSync, statSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';

const APPS = [
  { name: 'mini-app', title: 'the Mini App', output: 'www/index.html', config: 'mini-app/vite.config.ts', sources: ['mini-app', 'shared', 'app-config.json', 'package-lock.json'] },
  { name: 'console', title: "the officials' console", output: 'bot-server/console/dist/index.html', config: 'bot-server/console/vite.config.ts', sources: ['bot-server/console', 'shared', 'package-lock.json'] },
];
const SKIP = new Set(['node_modules', 'procedures', 'tools', 'dist']);
/** A lock left by a killed run is taken over after this long. */
const STALE_LOCK_MS = 180_000;

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

const builtAt = (app) => (existsSync(app.output) ? statSync(app.output).mtimeMs : 0);
const isStale = (app) => builtAt(app) < Math.max(...app.sources.filter((source) => existsSync(source)).map(newestChange));

async function withLock(app, work) {
  const lock = join(tmpdir(), `dvc-build-${app.name}-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function build(app) {
  console.log(builtAt(app) === 0 ? `Building ${app.title} (first start)…` : `Sources of ${app.title} changed: rebuilding…`);
  return spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', app.config, '--logLevel', 'warn'], { stdio: 'inherit' }).status ?? 1;
}

const only = process.argv[2];
for (const app of APPS.filter((candidate) => !only || candidate.name === only)) {
  if (!isStale(app)) continue;
  const status = await withLock(app, () => (isStale(app) ? build(app) : 0));
  if (status !== 0) process.exit(status);
}
