/**
 * Every page the server serves still works in Chromium under its security headers
 * (bot-server/app/security-headers.ts, and the console's own stricter policy), and the browser
 * reports no Content-Security-Policy violation: Swagger UI at /docs lists the operations, the
 * simulator chats, the Mini App searches, the console signs an official in.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { OFFICIAL, signIn, useConsoleHarness } from './support/console-harness';

const harness = useConsoleHarness();

interface Watched {
  page: Page;
  /** The answer to the first request. */
  response: Response | null;
  /** Violations the page reported so far: "directive blocked-uri". */
  violations(): Promise<string[]>;
}

/** Opens `url` in a fresh context, recording every CSP violation from the first script on. */
async function open(url: string, viewport = { width: 1100, height: 800 }): Promise<Watched> {
  const context = await harness().browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(url);
  return { page, response, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

describe('pages under the security headers', () => {
  it('Swagger UI lists the operations', async () => {
    const { page, violations } = await open(`${harness().server.baseUrl}/docs`);
    await expect.poll(() => page.locator('.opblock').count(), { timeout: 15_000 }).toBeGreaterThan(20);
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('the simulator sends a message and shows the reply', async () => {
    const { page, violations } = await open(`${harness().server.baseUrl}/simulator`);
    await page.getByRole('textbox', { name: 'Tin nhắn' }).fill('xin chào');
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect.poll(() => page.getByLabel('Cửa sổ trò chuyện').textContent(), { timeout: 10_000 }).toContain('Các thủ tục thường gặp');
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('the Mini App finds a procedure', async () => {
    const token = await fetch(`${harness().server.baseUrl}/simulator/api/mini-app-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: '3300301' }) });
    const { miniAppUrl } = (await token.json()) as { miniAppUrl: string };
    // zmp-sdk plays Zalo only on a host named localhost.
    const { page, violations } = await open(`${harness().server.baseUrl.replace('127.0.0.1', 'localhost')}${miniAppUrl}`, { width: 390, height: 844 });
    await page.getByRole('searchbox').first().fill('tam tru');
    await page.getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('button', { name: /^Đăng ký tạm trú/ }).waitFor({ timeout: 15_000 });
    expect(await violations()).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('the console signs an official in, under its own stricter policy', async () => {
    const { page, violations, response } = await open(`${harness().server.baseUrl}/console/`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    await signIn(page, OFFICIAL.username);
    await page.getByRole('heading', { level: 1, name: 'Hộp thư chuyển cán bộ' }).waitFor({ timeout: 15_000 });
    // zod probes once whether it may compile validators with `new Function`; the console's policy
    // says no, the probe catches that and zod validates without. Anything else would be a breakage.
    expect((await violations()).filter((violation) => violation !== 'script-src eval')).toEqual([]);
    await page.context().close();
  }, 60_000);
});
