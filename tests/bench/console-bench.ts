/**
 * The officials' console: how fast a handoff reaches 20 open consoles (webhook in → `handoffs`
 * event on the live feed) beside the chat's own reply latency (webhook in → reply at Zalo) in the
 * same run; the handoff inbox with 200 waiting residents beside the session route (same auth, no
 * work); and the built console's gzip sizes. SQLite, simulator mode, workers running.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../../bot-server/config/load-config';
import { buildApp, localBaseUrl } from '../../bot-server/app/build-app';
import { createStaffAccount } from '../../bot-server/console-api/create-staff-account';
import { signedBody } from '../support/test-server';
import { simulatedEvent } from '../../bot-server/simulator/simulated-events';
import { openSseStream, type SseStream } from '../support/sse-stream';
import { percentile } from './measure';

const CONSOLES = 20;
const SAMPLES = 40;
const WAITING = 200;
const PASSWORD = 'mật khẩu dài đủ mười hai';
const KB = 1024;

const ms = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};
const fmt = (value: number) => `${value.toFixed(1)} ms`;

function consoleBundle(): { initialJs: number; css: number; dashboardJs: number } {
  const root = 'bot-server/console/dist';
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const gz = (file: string) => gzipSync(readFileSync(join(root, file.replace(/^\/console\//, '')))).length / KB;
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string);
  const dashboard = readdirSync(join(root, 'assets')).filter((f) => f.startsWith('dashboard') && f.endsWith('.js'));
  return {
    initialJs: scripts.reduce((sum, file) => sum + gz(file), 0),
    css: styles.reduce((sum, file) => sum + gz(file), 0),
    dashboardJs: dashboard.reduce((sum, file) => sum + gz(join('assets', file)), 0),
  };
}

export async function consoleBenchmark(): Promise<{ name: string; lines: string[] }> {
  const loaded = loadConfig({ DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'dvc-bench-')), 'dvc.sqlite'), LOG_LEVEL: 'error' });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const { config } = loaded;
  const app = await buildApp(config, { workers: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = localBaseUrl(app);
  const fake = app.fakeZalo;
  if (!fake) throw new Error('simulator mode expected');

  const say = async (userId: string, text: string) => {
    const { rawBody, signature } = signedBody(config, simulatedEvent({ kind: 'text', text }, { appId: config.zalo.appId, oaId: config.zalo.oaId, userId }, new Date()));
    await fetch(`${base}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, body: rawBody });
  };
  const waitFor = async (done: () => boolean) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 1));
  };

  const cookies: string[] = [];
  for (let i = 0; i < CONSOLES; i += 1) {
    const username = `canbo${i}`;
    await createStaffAccount(app.services.db, { username, displayName: `Cán bộ ${i}`, role: 'official', communeCode: null, password: PASSWORD }, { now: new Date().toISOString(), actorId: null });
    const signedIn = await fetch(`${base}/api/console/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
    cookies.push((signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
  }
  const feeds: SseStream[] = [];
  for (const cookie of cookies) feeds.push(await openSseStream(`${base}/api/console/events`, { cookie }));
  for (const feed of feeds) await feed.next('ready');
  const watched = feeds[CONSOLES - 1] as SseStream;

  // Baseline: the chat answering a resident, webhook in → reply delivered to Zalo.
  const chat: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const userId = `84200000000${String(i).padStart(5, '0')}`;
    const started = performance.now();
    await say(userId, 'xin chào');
    await waitFor(() => fake.sentMessages(userId).length > 0);
    chat.push(performance.now() - started);
  }
  // Measured: a resident asking for an official, webhook in → the last of 20 consoles told.
  const live: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const started = performance.now();
    await say(`84300000000${String(i).padStart(5, '0')}`, 'gặp cán bộ');
    await watched.next('handoffs', 5000);
    live.push(performance.now() - started);
  }
  for (let i = SAMPLES; i < WAITING; i += 1) await say(`84300000000${String(i).padStart(5, '0')}`, 'gặp cán bộ');
  await waitFor(() => fake.sentMessages(`84300000000${String(WAITING - 1).padStart(5, '0')}`).length > 0);

  const timeGet = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { cookie: cookies[0] ?? '' } });
      await response.arrayBuffer();
      times.push(performance.now() - started);
    }
    return ms(times);
  };
  const session = await timeGet('/api/console/session');
  const inbox = await timeGet('/api/console/handoffs');
  for (const feed of feeds) feed.close();
  await app.close();

  const chatMs = ms(chat);
  const liveMs = ms(live);
  const bundle = consoleBundle();
  return {
    name: 'console',
    lines: [
      `live feed: webhook → ${CONSOLES} consoles told, p50 ${fmt(liveMs.p50)}, p95 ${fmt(liveMs.p95)} (target 2,000 ms: ${liveMs.p95 <= 2000 ? 'met' : 'NOT met'}); ${(liveMs.p50 / chatMs.p50).toFixed(2)}× the chat's own reply (p50 ${fmt(chatMs.p50)}, p95 ${fmt(chatMs.p95)})`,
      `handoff inbox with ${WAITING} waiting: median ${fmt(inbox.p50)}, p95 ${fmt(inbox.p95)}; ${(inbox.p50 / session.p50).toFixed(1)}× the session route (median ${fmt(session.p50)})`,
      `console bundle: initial JavaScript ${bundle.initialJs.toFixed(1)} KB gzip, CSS ${bundle.css.toFixed(1)} KB, dashboard chunk (loaded on opening it) ${bundle.dashboardJs.toFixed(1)} KB`,
    ],
  };
}
