/**
 * The two set-ups the cluster benchmark compares, each as real `npm start` processes in production
 * mode against one fake Zalo: one instance on SQLite (the embedded default), and two instances on
 * one throwaway PostgreSQL database and the machine's Redis (the `npm run start:cluster` shape).
 * Webhooks go to the instances directly, alternating (the demo balancer would spend these same
 * two cores; a real one runs elsewhere).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startInstanceProcess, type InstanceProcess } from '../../bot-server/cluster/instance-process';
import { BENCH_ZALO } from './fake-zalo-process';
import { createThrowawayDatabase } from './cluster-database';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Rows not yet done: inbox pending + processing, outbox pending + sending. */
export interface Backlog {
  inbox: number;
  outbox: number;
}

/** Totals over every instance since it started, from /metrics: webhook acknowledgements and conversation turns. */
interface ServerTimings {
  ackSeconds: number;
  acks: number;
  turnSeconds: number;
  turns: number;
}

/** Mean milliseconds per acknowledgement and per turn between two readings of the instances' totals. */
export function meanServerTimes(before: ServerTimings, after: ServerTimings): { meanAckMs: number; meanTurnMs: number } {
  return {
    meanAckMs: ((after.ackSeconds - before.ackSeconds) / (after.acks - before.acks)) * 1000,
    meanTurnMs: ((after.turnSeconds - before.turnSeconds) / (after.turns - before.turns)) * 1000,
  };
}

export interface BenchSetup {
  label: string;
  webhookUrls: string[];
  signing: { appId: string; oaId: string; secret: string };
  /** Waiting work, counted in the database (one instance's /metrics counts them all). */
  backlog(): Promise<Backlog>;
  serverTimings(): Promise<ServerTimings>;
  /** Each instance's resident set size now, in bytes. */
  rssBytes(): number[];
  /** Error-level log lines the instances wrote so far. */
  errorsLogged(): number;
  close(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

function rssOf(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

async function backlogFrom(instanceUrl: string): Promise<Backlog> {
  const text = await (await fetch(`${instanceUrl}/metrics`)).text();
  const backlog: Backlog = { inbox: 0, outbox: 0 };
  for (const [, queue, status, value] of text.matchAll(/^dvc_queue_depth\{queue="(\w+)",status="(\w+)"\} (\S+)$/gm)) {
    const waiting = (queue === 'inbox' && (status === 'pending' || status === 'processing')) || (queue === 'outbox' && (status === 'pending' || status === 'sending'));
    if (waiting && (queue === 'inbox' || queue === 'outbox')) backlog[queue] += Number(value);
  }
  return backlog;
}

const series = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);

async function timingsFrom(instanceUrls: string[]): Promise<ServerTimings> {
  const texts = await Promise.all(instanceUrls.map(async (url) => (await fetch(`${url}/metrics`)).text()));
  const sum = (name: string) => texts.reduce((total, text) => total + series(text, name), 0);
  return {
    ackSeconds: sum('dvc_webhook_duration_seconds_sum'),
    acks: sum('dvc_webhook_duration_seconds_count'),
    turnSeconds: sum('dvc_inbox_processing_seconds_sum'),
    turns: sum('dvc_inbox_processing_seconds_count'),
  };
}

export async function startBenchSetup(kind: 'sqlite' | 'postgres', zaloUrl: string): Promise<BenchSetup> {
  const signing = { appId: 'bench-app', oaId: `bench-oa-${randomBytes(4).toString('hex')}`, secret: 'bench-oa-secret' };
  const sqliteDir = kind === 'sqlite' ? mkdtempSync(join(tmpdir(), 'dvc-cluster-bench-')) : undefined;
  const database = kind === 'postgres' ? await createThrowawayDatabase() : undefined;
  const env: Record<string, string> = {
    DATABASE_URL: database?.url ?? join(sqliteDir ?? '', 'dvc.sqlite'),
    ...(kind === 'postgres' ? { REDIS_URL } : {}),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    ZALO_APP_ID: signing.appId,
    ZALO_APP_SECRET: BENCH_ZALO.appSecret,
    ZALO_OA_ID: signing.oaId,
    ZALO_OA_SECRET_KEY: signing.secret,
    ZALO_OA_ACCESS_TOKEN: BENCH_ZALO.accessToken,
    ZALO_OA_REFRESH_TOKEN: BENCH_ZALO.refreshToken,
    ZALO_OPENAPI_URL: zaloUrl,
    ZALO_OAUTH_URL: zaloUrl,
    ZALO_GRAPH_URL: zaloUrl,
  };
  const lines: string[] = [];
  let errors = 0;
  const instances: InstanceProcess[] = [];
  const close = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.drop();
    if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
  };
  try {
    for (let n = 0; n < (kind === 'postgres' ? 2 : 1); n += 1) {
      const onLine = (line: string) => {
        if (/"level":(50|60)/.test(line)) errors += 1;
        lines.push(line);
        if (lines.length > 20) lines.shift();
      };
      // The benchmarks run from a bundle under node_modules/.cache: the repository is the working directory (npm run bench).
      instances.push(startInstanceProcess({ port: await freePort(), env, onLine, repoRoot: process.cwd() }));
    }
    await Promise.all(instances.map((instance) => instance.ready(120_000)));
  } catch (error) {
    await close();
    throw new Error(`${(error as Error).message}\n${lines.join('\n')}`, { cause: error });
  }
  const first = instances[0] as InstanceProcess;
  return {
    label: kind === 'postgres' ? '2 instances + PostgreSQL + Redis' : '1 instance + SQLite',
    webhookUrls: instances.map((instance) => `${instance.url}/webhooks/zalo`),
    signing,
    backlog: () => backlogFrom(first.url),
    serverTimings: () => timingsFrom(instances.map((instance) => instance.url)),
    rssBytes: () => instances.map((instance) => rssOf(instance.pid)),
    errorsLogged: () => errors,
    close,
  };
}
