/**
 * The built Mini App in headless Debian Chromium against a real bot-server (simulator mode, a
 * fresh SQLite file). zmp-sdk only plays Zalo when the hostname contains "localhost", so the app
 * is opened on http://localhost:<port>/mini-app/ although the server listens on 127.0.0.1.
 */
import { afterAll, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import { startTestServer, type TestServer } from '../../support/test-server';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BUILD_LOCK = join(tmpdir(), 'dvc-mini-app-build.lock');

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds www/ when it is missing or older than the sources (as `npm test`'s pretest does), so
 * `npx vitest run tests/e2e` works alone. Test files run in parallel: a lock directory keeps two
 * of them from building into www/ at the same time.
 */
async function ensureMiniAppBuilt(): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      // A lock left by a killed run is stale after 3 minutes.
      if (existsSync(BUILD_LOCK) && Date.now() - statSync(BUILD_LOCK).mtimeMs > 180_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another test run holds ${BUILD_LOCK}; remove it if no build is running`);
      await sleep(250);
    }
  }
  try {
    const build = spawnSync(process.execPath, ['mini-app/tools/build-if-stale.mjs'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building the Mini App failed (node mini-app/tools/build-if-stale.mjs):\n${build.stdout}\n${build.stderr}`);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
  if (!existsSync(join(REPO_ROOT, 'www', 'index.html'))) throw new Error('www/index.html is missing: run `npm run build` before these tests');
}

export interface MiniAppHarness {
  server: TestServer;
  browser: Browser;
  /** http://localhost:<port>: the server's address under a name zmp-sdk accepts. */
  origin: string;
  close(): Promise<void>;
}

/** One harness for a test file: started before its tests, closed after. Call at the file's top level. */
export function useMiniAppHarness(): () => MiniAppHarness {
  let harness: MiniAppHarness | undefined;
  beforeAll(async () => {
    harness = await startMiniAppHarness();
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the Mini App harness did not start');
    return harness;
  };
}

async function startMiniAppHarness(): Promise<MiniAppHarness> {
  await ensureMiniAppBuilt();
  const server = await startTestServer();
  const browser = await launchChromium();
  return {
    server,
    browser,
    origin: server.baseUrl.replace('127.0.0.1', 'localhost'),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A simulator resident's Zalo token; the same `userId` as in the chat is the same person. */
async function residentToken(server: TestServer, userId: string, name = 'Nguyễn Thị Hoà'): Promise<{ userToken: string; miniAppUrl: string }> {
  const response = await fetch(`${server.baseUrl}/simulator/api/mini-app-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, name }) });
  if (!response.ok) throw new Error(`mini-app-token answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { userToken: string; miniAppUrl: string };
}

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  userToken: string;
}

/** A phone-sized browser (its own storage) showing the Mini App as the resident; `query` is added to the URL (`procedure=…`). */
export async function openApp(harness: MiniAppHarness, userId: string, options: { name?: string; query?: string } = {}): Promise<OpenedApp> {
  const { userToken, miniAppUrl } = await residentToken(harness.server, userId, options.name);
  const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[mini-app page error] ${error.message}`));
  await page.goto(`${harness.origin}${miniAppUrl}${options.query ? `&${options.query}` : ''}`);
  await settled(page);
  return { context, page, userToken };
}

/**
 * The screen the resident sees. During a slide transition zmp-ui keeps the leaving page in the
 * DOM (its classes then end in -exit…), so every lookup is scoped to the entering one.
 */
export function screen(page: Page): Locator {
  return page.locator('.zaui-routes-item:not([class*="-exit"])');
}

/** Waits until the route transition is over: one page left, its h1 drawn. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.zaui-routes-item').length === 1 && document.querySelector('.zaui-routes-item h1') !== null, undefined, { timeout: 10_000 });
}

/** Waits for the page heading (h1) with exactly this text. */
export async function heading(page: Page, name: string | RegExp): Promise<Locator> {
  const h1 = screen(page).getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
  await h1.waitFor({ timeout: 10_000 });
  return h1;
}

/** A call to the resident API with a resident's token, as the app makes it. */
export async function residentApi(harness: MiniAppHarness, userToken: string, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${harness.server.baseUrl}${path}`, { headers: { 'X-Zalo-Access-Token': userToken, accept: 'application/json' } });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}
