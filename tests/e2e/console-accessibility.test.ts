/**
 * axe-core on the console's screens (sign-in, its error state, the inbox with a handoff open): no
 * serious or critical violation. The first Tab reaches the skip link, which leads to the main region.
 */
import { describe, expect, it } from 'vitest';
import { openConsole, processed, residentSays, seriousAxeViolations, signIn, signedInPage, useConsoleHarness, OFFICIAL } from './support/console-harness';

const harness = useConsoleHarness();

describe('console accessibility', () => {
  it('sign-in page, with and without an error', async () => {
    const page = await openConsole(harness());
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập bàn làm việc cán bộ' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await signIn(page, OFFICIAL.username, 'mật khẩu sai');
    await page.getByRole('alert').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('inbox with a handoff open, and the skip link first in the tab order', async () => {
    const resident = '8409000000000000301';
    await residentSays(harness(), resident, 'gặp cán bộ');
    await processed(harness(), resident);
    const page = await signedInPage(harness());
    await page.getByRole('link', { name: /Người dân …0301/ }).click();
    await page.getByRole('list', { name: 'Tin nhắn gần nhất' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Kết thúc hỗ trợ' }).click();
    await page.getByRole('button', { name: 'Có, kết thúc' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${harness().server.baseUrl}/console/handoffs`);
    await page.getByRole('heading', { level: 1, name: 'Hộp thư chuyển cán bộ' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua menu, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  }, 60_000);
});
