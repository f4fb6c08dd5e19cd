// Builds the Mini App into www/ when it is missing or older than its sources, so `npm start` and
// `npm test` on a fresh clone serve and test the real app without a separate step, and a second
// start does not wait for a build it does not need.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const OUTPUT = 'www/index.html';
const SOURCES = ['mini-app', 'shared', 'app-config.json', 'package-lock.json'];
const SKIP = new Set(['node_modules', 'procedures', 'tools']);

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (!SKIP.has(entry)) newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

const builtAt = existsSync(OUTPUT) ? statSync(OUTPUT).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.filter((source) => existsSync(source)).map(newestChange));
if (builtAt >= changedAt) process.exit(0);

console.log(builtAt === 0 ? 'Building the Mini App (first start)…' : 'Mini App sources changed: rebuilding…');
const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'mini-app/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
