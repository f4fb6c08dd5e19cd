/**
 * Mini App budgets: the built bundle's gzip sizes, and on a throttled profile (Chromium CPU 4×
 * slower, DevTools' "Fast 3G") how soon the home screen is usable and how soon each next question
 * appears. Baselines from the same run: a bare page over the same throttled link, and a bare DOM
 * update on a click under the same CPU throttling.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../bot-server/config/load-config';
import { buildApp, localBaseUrl } from '../../bot-server/app/build-app';
import { launchChromium } from '../support/chromium';
import { percentile } from './measure';

const KB = 1024;
// DevTools' "Fast 3G" preset: 562.5 ms latency, 1.44 Mbps down, 675 kbps up.
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

function gzipKb(path: string): number {
  return gzipSync(readFileSync(path)).length / KB;
}

function bundleSizes() {
  const config = JSON.parse(readFileSync('www/app-config.json', 'utf8')) as { listSyncJS: string[]; listCSS: string[] };
  const initialJs = config.listSyncJS.reduce((sum, file) => sum + gzipKb(join('www', file)), 0);
  const css = config.listCSS.reduce((sum, file) => sum + gzipKb(join('www', file)), 0);
  const allJs = readdirSync('www/assets').filter((file) => file.endsWith('.js')).reduce((sum, file) => sum + gzipKb(join('www/assets', file)), 0);
  return { initialJs, css, allJs };
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Milliseconds from a click to the first DOM change matching `changed`, measured in the page. */
async function clickToChange(page: Page, click: () => Promise<void>, changed: string): Promise<number> {
  await page.evaluate((pattern) => {
    const w = window as unknown as { benchClick?: number; benchChange?: number };
    w.benchClick = undefined;
    w.benchChange = undefined;
    document.addEventListener('click', () => (w.benchClick ??= performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (new RegExp(pattern).test(document.body.textContent ?? '')) {
        w.benchChange = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, changed);
  await click();
  await page.waitForFunction(() => (window as unknown as { benchChange?: number }).benchChange !== undefined, undefined, { timeout: 10_000 });
  return page.evaluate(() => {
    const w = window as unknown as { benchClick: number; benchChange: number };
    return w.benchChange - w.benchClick;
  });
}

export async function miniAppBenchmark(): Promise<{ name: string; lines: string[] }> {
  const sizes = bundleSizes();
  const loaded = loadConfig({ DATABASE_URL: join(mkdtempSync(join(tmpdir(), 'dvc-bench-app-')), 'dvc.sqlite'), LOG_LEVEL: 'error' });
  if (!loaded.ok) throw new Error(loaded.errors.join());
  const app = await buildApp(loaded.config, { workers: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = localBaseUrl(app).replace('127.0.0.1', 'localhost'); // zmp-sdk plays Zalo only on localhost
  // A new resident each round, so every round starts the questions from the first.
  const openAs = async (round: number) =>
    ((await (await fetch(`${localBaseUrl(app)}/simulator/api/mini-app-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: `840900000000000000${round}`, name: 'Bench' }) })).json()) as { miniAppUrl: string }).miniAppUrl;
  const browser = await launchChromium();
  const homeMs: number[] = [];
  const bareMs: number[] = [];
  const questionMs: number[] = [];
  const bareClickMs: number[] = [];
  try {
    for (let round = 0; round < 3; round += 1) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } }); // a cold cache each round
      const page = await context.newPage();
      await throttle(page);
      // Times are the page's own, from the moment navigation starts (the browser's start-up excluded).
      await page.goto(`${base}/healthz`);
      bareMs.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd));
      await page.addInitScript(() => {
        const w = window as unknown as { benchUsable?: number };
        const observer = new MutationObserver(() => {
          const listed = Array.from(document.querySelectorAll('button')).some((button) => button.textContent?.startsWith('Đăng ký khai sinh'));
          if (w.benchUsable === undefined && document.querySelector('input[type=search]') && listed) {
            w.benchUsable = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${base}${await openAs(round)}`);
      await page.waitForFunction(() => (window as unknown as { benchUsable?: number }).benchUsable !== undefined, undefined, { timeout: 30_000 });
      homeMs.push(await page.evaluate(() => (window as unknown as { benchUsable: number }).benchUsable));

      // The wizard, once loaded: each next question is worked out on the phone.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('button', { name: /^Đăng ký khai sinh/ }).first().click();
      await page.getByRole('button', { name: 'Kiểm tra điều kiện' }).click();
      await page.getByText('Câu 1/5', { exact: true }).waitFor({ timeout: 30_000 });
      for (const [option, next] of [['Không', 'Câu 2/5'], ['Không', 'Câu 3/5']] as const) {
        await page.getByRole('radio', { name: option, exact: true }).check();
        questionMs.push(await clickToChange(page, () => page.getByRole('button', { name: 'Tiếp tục', exact: true }).click(), next));
      }
      // Baseline: a bare button that changes one text node, under the same CPU throttling.
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.textContent = 'bench';
        button.addEventListener('click', () => (button.textContent = 'bench done'));
        document.body.append(button);
      });
      bareClickMs.push(await clickToChange(page, () => page.getByRole('button', { name: 'bench', exact: true }).click(), 'bench done'));
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  const worst = (values: number[]) => Math.max(...values);
  const kb = (value: number) => `${value.toFixed(1)} KB`;
  return {
    name: 'mini app (built www/, Chromium CPU 4× slower + Fast 3G, cold cache, 3 rounds)',
    lines: [
      `initial JavaScript: ${kb(sizes.initialJs)} gzip (budget 150 KB: ${sizes.initialJs <= 150 ? 'met' : 'NOT met'}; ${(sizes.initialJs / 284).toFixed(2)}× Zalo's e-government template's 284 KB); all chunks together ${kb(sizes.allJs)}`,
      `CSS: ${kb(sizes.css)} gzip (budget 25 KB: ${sizes.css <= 25 ? 'met' : 'NOT met'})`,
      `home usable (search box and procedures shown, from navigation start): median ${median(homeMs).toFixed(0)} ms, worst ${worst(homeMs).toFixed(0)} ms (target < 3000 ms: ${worst(homeMs) < 3000 ? 'met' : 'NOT met'}); a bare page over the same link ${median(bareMs).toFixed(0)} ms (ratio ${(median(homeMs) / median(bareMs)).toFixed(1)}×)`,
      `next question after "Tiếp tục": median ${median(questionMs).toFixed(0)} ms, worst ${worst(questionMs).toFixed(0)} ms (target < 100 ms: ${worst(questionMs) < 100 ? 'met' : 'NOT met'}); bare click → text change ${median(bareClickMs).toFixed(0)} ms (ratio ${(median(questionMs) / Math.max(1, median(bareClickMs))).toFixed(1)}×)`,
    ],
  };
}
