/**
 * The built officials' console in headless Debian Chromium against a real bot-server (simulator
 * mode, a fresh SQLite file, inbox and outbox workers running so residents' webhooks are processed).
 * Accounts are created straight in the database, as `npm run user:add` does; residents act through
 * the simulator's HTTP API, exactly as the /simulator page does, and read what reached them there.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import { startTestServer, type TestServer } from '../../support/test-server';
import { createStaffAccount } from '../../../bot-server/console-api/create-staff-account';
import type { StaffRole } from '../../../bot-server/storage/database-types';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const PASSWORD = 'mùa thu Hà Nội 2026';

export interface StaffAccount {
  username: string;
  displayName: string;
  role: StaffRole;
}

export const OFFICIAL: StaffAccount = { username: 'lan', displayName: 'Nguyễn Thị Lan', role: 'official' };
export const SUPERVISOR: StaffAccount = { username: 'giamsat', displayName: 'Phạm Giám Sát', role: 'supervisor' };
export const ADMIN: StaffAccount = { username: 'quantri', displayName: 'Lê Quản Trị', role: 'admin' };

export interface ConsoleHarness {
  server: TestServer;
  browser: Browser;
  addStaff(account: StaffAccount): Promise<void>;
  close(): Promise<void>;
}

/** Builds bot-server/console/dist when it is missing or stale (the script locks against parallel test files). */
function ensureConsoleBuilt(): void {
  const build = spawnSync(process.execPath, ['mini-app/tools/build-if-stale.mjs', 'console'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the console failed (node mini-app/tools/build-if-stale.mjs console):\n${build.stdout}\n${build.stderr}`);
}

/**
 * One harness for a test file, with the official OFFICIAL; call at the file's top level.
 * `catalogDirectory` makes the server read its procedures from another folder (draft versions).
 */
export function useConsoleHarness(options: { catalogDirectory?: () => string } = {}): () => ConsoleHarness {
  let harness: ConsoleHarness | undefined;
  beforeAll(async () => {
    ensureConsoleBuilt();
    // Residents here type a whole filing in a few seconds, faster than the flood guard lets a person.
    const server = await startTestServer({}, { residentBurst: { windowMs: 10_000, max: 10_000 }, catalogDirectory: options.catalogDirectory?.() });
    const browser = await launchChromium();
    harness = {
      server,
      browser,
      async addStaff(account) {
        const input = { ...account, communeCode: '00001', password: PASSWORD };
        const result = await createStaffAccount(server.app.services.db, input, { now: new Date().toISOString(), actorId: null });
        if (!result.ok) throw result.error;
      },
      async close() {
        await browser.close();
        await server.close();
      },
    };
    await harness.addStaff(OFFICIAL);
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the console harness did not start');
    return harness;
  };
}

/** A desktop-sized browser (its own cookies) on a console address; page errors are printed. */
export async function openConsole(harness: ConsoleHarness, path = '/console/'): Promise<Page> {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[console page error] ${error.message}`));
  await page.goto(`${harness.server.baseUrl}${path}`);
  return page;
}

/** Fills the sign-in form by its labels and submits it. */
export async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** A browser signed in as `account`, showing the handoff inbox. */
export async function signedInPage(harness: ConsoleHarness, account: StaffAccount = OFFICIAL): Promise<Page> {
  const page = await openConsole(harness);
  await signIn(page, account.username);
  await page.getByRole('heading', { level: 1, name: 'Hộp thư chuyển cán bộ' }).waitFor({ timeout: 10_000 });
  return page;
}

/** A resident types `text` in the simulator (a signed webhook to our server). */
export async function residentSays(harness: ConsoleHarness, userId: string, text: string): Promise<void> {
  const response = await fetch(`${harness.server.baseUrl}/simulator/api/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, action: { kind: 'text', text } }),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ webhookStatus: 200 });
}

/** What the OA has sent this resident so far, as the simulator's chat window shows it. */
export async function residentSees(harness: ConsoleHarness, userId: string): Promise<string[]> {
  const response = await fetch(`${harness.server.baseUrl}/simulator/api/messages?userId=${userId}`);
  const body = (await response.json()) as { items: { from: string; text: string }[] };
  return body.items.filter((item) => item.from === 'oa').map((item) => item.text);
}

/** Waits until the server has processed everything the resident sent (nothing left in the inbox). */
export async function processed(harness: ConsoleHarness, userId: string): Promise<void> {
  const { db } = harness.server.app.services;
  await expect
    .poll(async () => (await db.selectFrom('inbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'processing']).execute()).length, { timeout: 10_000 })
    .toBe(0);
}

let shots = 0;

/**
 * axe-core on the page as it is: serious and critical violations, one line each (empty when there
 * are none). With CONSOLE_SHOTS=<dir>, also saves a screenshot of each screen checked there.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (process.env.CONSOLE_SHOTS) await page.screenshot({ path: `${process.env.CONSOLE_SHOTS}/${String((shots += 1)).padStart(2, '0')}-${new URL(page.url()).pathname.replace(/\W+/g, '-')}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** Opens a section from the main menu and waits for its page heading. */
export async function openSection(page: Page, menuEntry: string, heading: string | RegExp = menuEntry): Promise<void> {
  await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: menuEntry, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 10_000 });
}
