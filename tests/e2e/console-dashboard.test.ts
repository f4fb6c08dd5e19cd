/**
 * The supervisors' dashboard in a real browser: loaded only when opened (the chart library stays
 * out of the inbox's bundle), this month so far by default, tiles, charts beside their tables, and
 * "Tải CSV" downloading the figures for Excel (BOM, Vietnamese header). Officials are kept out.
 * No serious accessibility violation.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openSection, seriousAxeViolations, signedInPage, SUPERVISOR, useConsoleHarness } from './support/console-harness';
import { fileBirthThroughChat } from './support/console-residents';
import { staffApi } from './support/console-staff-api';
import { daysAgo } from './support/mini-app-steps';

const harness = useConsoleHarness();

describe('the dashboard in the console', () => {
  it('shows a supervisor this month so far with tiles, charts and tables, and downloads the CSV', async () => {
    const reference = await fileBirthThroughChat(harness(), '8409000000000000501');
    await harness().addStaff(SUPERVISOR);
    const api = await staffApi(harness(), SUPERVISOR);
    for (const status of ['processing', 'approved']) expect((await api.post(`/api/console/filings/${reference}/status`, { status })).status).toBe(200);

    const page = await signedInPage(harness(), SUPERVISOR);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await openSection(page, 'Thống kê', 'Thống kê chất lượng phục vụ');
    expect(scripts.some((path) => path.includes('/assets/dashboard-page')), 'the dashboard chunk loads when the dashboard opens').toBe(true);

    const today = daysAgo(0);
    expect(await page.getByLabel('Từ ngày').inputValue()).toBe(`${today.slice(0, 8)}01`);
    expect(await page.getByLabel('Đến ngày').inputValue()).toBe(today);
    const tile = (label: string) => page.locator('.tile', { has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) }).locator('.tile__value');
    await tile('Tiếp nhận').waitFor();
    expect(await tile('Tiếp nhận').textContent()).toBe('1');
    expect(await tile('Đã giải quyết').textContent()).toBe('1');
    expect(await tile('Nộp trực tuyến').textContent()).toBe('100%');
    expect(await tile('Người dân nhắn tin cho OA').textContent()).toBe('1');

    const timeliness = page.getByRole('region', { name: 'Giải quyết trước hạn, đúng hạn, quá hạn' });
    expect(await timeliness.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const totalRow = timeliness.getByRole('table', { name: 'Số hồ sơ đã giải quyết theo thời hạn' }).getByRole('row', { name: /^Tổng cộng/ });
    expect((await totalRow.getByRole('cell').allTextContents()).at(-1)).toBe('1');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`chat-luong-phuc-vu_${today.slice(0, 8)}01_${today}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFMã thủ tục,Tên thủ tục,Thời hạn theo quy định (ngày làm việc),Tiếp nhận,')).toBe(true);
    expect(csv).toContain('birth-registration,Đăng ký khai sinh,');
    await page.context().close();
  }, 90_000);

  it('is not in the menu of an official, and its address tells them plainly', async () => {
    const page = await signedInPage(harness());
    expect(await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Thống kê' }).count()).toBe(0);
    await page.goto(`${harness().server.baseUrl}/console/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await page.context().close();
  }, 60_000);
});
