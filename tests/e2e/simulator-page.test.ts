/** The simulator page in headless Chromium: a resident sends a message and sees the bot's reply. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server';
import { launchChromium } from '../support/chromium';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('simulator page', () => {
  it('chats: send "xin chào", see the greeting and the menu; text with HTML stays inert', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${server.baseUrl}/simulator`);
    await page.getByRole('textbox', { name: 'Tin nhắn' }).fill('xin chào');
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    const chat = page.getByLabel('Cửa sổ trò chuyện');
    await expect.poll(() => chat.textContent(), { timeout: 10_000 }).toContain('Các thủ tục thường gặp');
    await expect.poll(() => page.locator('.msg.resident').last().textContent()).toBe('xin chào');

    await page.getByRole('textbox', { name: 'Tin nhắn' }).fill('<img src=x onerror="window.pwned=1">');
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect.poll(() => page.locator('.msg.resident').last().textContent()).toBe('<img src=x onerror="window.pwned=1">');
    expect(await page.locator('#messages img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  }, 30_000);

  it('switches a Zalo fault on from the page, and the bot still answers after a token refresh', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/simulator`);
    await page.getByLabel('Giả lập lỗi của Zalo').selectOption('tokenExpired');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('tokenExpired');
    const refreshes = server.app.fakeZalo?.stats.refreshCount ?? 0;
    await page.getByRole('textbox', { name: 'Tin nhắn' }).fill('giúp');
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect.poll(() => page.getByLabel('Cửa sổ trò chuyện').textContent(), { timeout: 10_000 }).toContain('Tôi có thể giúp bạn');
    expect(server.app.fakeZalo?.stats.refreshCount).toBe(refreshes + 1);
    await page.close();
  }, 30_000);

  it("opens the Mini App from the chat's link, as the same resident, on the procedure started in chat", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${server.baseUrl.replace('127.0.0.1', 'localhost')}/simulator`);
    const say = async (text: string) => {
      await page.getByRole('textbox', { name: 'Tin nhắn' }).fill(text);
      await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    };
    await say('đăng ký khai sinh');
    await expect.poll(() => page.getByLabel('Cửa sổ trò chuyện').textContent(), { timeout: 10_000 }).toContain('Kiểm tra điều kiện');
    await say('1');
    const link = page.locator('#messages a[href*="/mini-app/"]');
    await link.first().waitFor({ timeout: 10_000 });
    const [app] = await Promise.all([page.context().waitForEvent('page'), link.first().click()]);
    await app.getByText('Câu 1/5', { exact: true }).waitFor({ timeout: 20_000 });
    expect(new URL(app.url()).hostname).toBe('localhost');
    // The question on screen is the one the chat asked.
    const appQuestion = ((await app.getByRole('heading', { level: 1 }).last().textContent()) ?? '').trim();
    expect(appQuestion.length).toBeGreaterThan(10);
    expect(await page.getByLabel('Cửa sổ trò chuyện').textContent()).toContain(appQuestion);
    await app.close();
    await page.close();
  }, 60_000);
});
