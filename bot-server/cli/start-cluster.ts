/**
 * `npm run start:cluster [-- --instances N]`: the province's deployment shape on one machine. N
 * bot-server instances (default 2) on ports PORT+1 … PORT+N share one PostgreSQL (DATABASE_URL)
 * and one Redis (REDIS_URL), behind a round-robin load balancer on PORT (default 3000). Every
 * instance takes webhooks, runs the workers and serves the API, Mini App and console.
 *
 * In simulator mode (no Zalo credentials) Zalo's stand-in must be one system, as Zalo is: every
 * instance talks to instance 1's fake Zalo (SIMULATOR_ZALO_URL), and the balancer sends the
 * simulator page and /fake-zalo to instance 1, where the chat transcripts and the fake live.
 * Ctrl-C stops the balancer, then each instance gracefully.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataKey } from '../security/data-cipher';
import { ensurePostgresDatabase } from '../cluster/ensure-postgres-database';
import { startInstanceProcess, type InstanceProcess } from '../cluster/instance-process';
import { createRoundRobinBalancer } from '../cluster/round-robin-balancer';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/dvc_cluster';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** Git-ignored (data/): the key every instance seals personal data with; it opens this database's sealed data. */
const KEY_FILE = 'data/cluster-secret.key';

function fail(message: string): never {
  console.error(`Cannot start the cluster: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { instances: { type: 'string', default: '2' } } });
const count = Number(values.instances);
if (!Number.isInteger(count) || count < 1 || count > 16) fail('--instances must be a whole number from 1 to 16');
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port + count > 65535) fail('PORT must be a port number with room for the instances after it');
const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) fail('DATABASE_URL must be postgres://…: SQLite serves one process only');
const redisUrl = process.env.REDIS_URL ?? DEFAULT_REDIS_URL;
const simulator = !process.env.ZALO_APP_ID || !process.env.ZALO_APP_SECRET;

const keyExisted = existsSync(KEY_FILE);
const dataKey = process.env.DATA_ENCRYPTION_KEY ?? resolveDataKey(undefined, resolve(KEY_FILE)).toString('base64');
const keySource = process.env.DATA_ENCRYPTION_KEY ? 'DATA_ENCRYPTION_KEY from the environment' : `${KEY_FILE} (${keyExisted ? 'kept from an earlier run' : 'generated now: keep it, it opens the sealed data in this database'})`;

const created = await ensurePostgresDatabase(databaseUrl).catch((error: Error) => fail(`PostgreSQL at ${databaseUrl}: ${error.message}`));
const base = `http://127.0.0.1:${port}`;
const instanceUrl = (n: number) => `http://127.0.0.1:${port + n}`;

const instances: InstanceProcess[] = [];
let stopping = false;
for (let n = 1; n <= count; n += 1) {
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    DATA_ENCRYPTION_KEY: dataKey,
    TRUST_PROXY: 'loopback', // the balancer, on this machine, names the client
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...(simulator ? { MINI_APP_URL: process.env.MINI_APP_URL ?? `http://localhost:${port}/mini-app/` } : {}),
    ...(simulator && n > 1 ? { SIMULATOR_ZALO_URL: `${instanceUrl(1)}/fake-zalo` } : {}),
  };
  const instance = startInstanceProcess({
    port: port + n,
    env,
    detached: true,
    // Logs (JSON) and start-up failures, tagged; each instance's own banner is replaced by the one below.
    onLine: (line, stream) => {
      if (stream === 'stderr' || line.startsWith('{')) console.log(`[instance ${n}] ${line}`);
    },
  });
  void instance.exited.then((code) => {
    if (!stopping) console.log(`[instance ${n}] exited (${code ?? 'killed'}); the balancer sends its requests to the others`);
  });
  instances.push(instance);
}

const balancer = createRoundRobinBalancer({
  upstreams: instances.map((instance) => instance.url),
  pin: (path) => (simulator && /^\/(simulator|fake-zalo)(\/|\?|$)/.test(path) ? 0 : undefined),
});

async function stopAll(exitCode: number): Promise<never> {
  stopping = true;
  balancer.closeAllConnections(); // open event streams would keep close() waiting
  balancer.close();
  await Promise.all(instances.map((instance) => instance.stop()));
  process.exit(exitCode);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!stopping) void stopAll(0);
  });
}

try {
  await Promise.all(instances.map((instance) => instance.ready()));
} catch (error) {
  console.error(`Cannot start the cluster: ${(error as Error).message}`);
  await stopAll(1);
}
await new Promise<void>((listening, failed) => balancer.once('error', failed).listen(port, '127.0.0.1', listening)).catch((error: Error) => {
  console.error(`Cannot start the load balancer on ${base}: ${error.message}`);
  return stopAll(1);
});

console.log(
  [
    '',
    `  Dịch vụ công trên Zalo — ${count} bot-server instances behind one load balancer (${simulator ? 'simulator mode' : `Zalo OA ${process.env.ZALO_OA_ID ?? ''}`})`,
    `  Load balancer:       ${base}  →  ${instances.map((instance) => instance.url).join(', ')} (round robin)`,
    `  PostgreSQL:          ${databaseUrl}${created === 'created' ? '  (database created now)' : ''}`,
    `  Redis:               ${redisUrl}  (shared rate limits, live console updates)`,
    `  Data key:            ${keySource}`,
    ...(simulator
      ? [`  Chat as a resident:  ${base}/simulator  (Zalo's stand-in lives in instance 1; replies are sent by whichever instance takes the work)`]
      : [`  Webhook for Zalo:    ${base}/webhooks/zalo`]),
    `  Mini App:            ${simulator ? `http://localhost:${port}/mini-app/` : '(the Mini App link Zalo opens)'}`,
    `  Officials' console:  ${base}/console/  (first admin: DATABASE_URL=${databaseUrl} npm run user:add -- --username admin --role admin --name "Quản trị")`,
    `  Each instance:       ${instances.map((instance) => `${instance.url}/metrics`).join('  ')}`,
    '  Ctrl-C stops everything.',
    '',
  ].join('\n'),
);
