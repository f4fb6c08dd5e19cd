/**
 * Signing in and out of the console in a real browser: the gate, plain Vietnamese errors from the
 * server shown as given (wrong password, lock-out), who is signed in, sign-out that really ends
 * the session, and a deep link that survives signing in.
 */
import { describe, expect, it } from 'vitest';
import { OFFICIAL, openConsole, signIn, useConsoleHarness } from './support/console-harness';

const harness = useConsoleHarness();

describe('console sign-in', () => {
  it('refuses a wrong password in Vietnamese, lets the right one in, and signs out back to the sign-in page', async () => {
    const page = await openConsole(harness());
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập bàn làm việc cán bộ' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');

    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Hãy nhập tên đăng nhập.').waitFor();
    expect(await page.getByLabel('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');

    await signIn(page, OFFICIAL.username, 'không phải mật khẩu này');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');

    await signIn(page, OFFICIAL.username);
    await page.getByRole('heading', { level: 1, name: 'Hộp thư chuyển cán bộ' }).waitFor();
    const banner = page.getByRole('banner');
    expect(await banner.textContent()).toContain(OFFICIAL.displayName);
    expect(await banner.textContent()).toContain('Cán bộ');
    expect(await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link').allTextContents()).toEqual(['Hộp thư chuyển cán bộ', 'Hồ sơ', 'Nộp hộ', 'Lịch hẹn', 'Thủ tục']);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập bàn làm việc cán bộ' }).waitFor();
    // The session is over on the server too: a fresh load of an inner page lands on sign-in.
    await page.goto(`${harness().server.baseUrl}/console/handoffs`);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập bàn làm việc cán bộ' }).waitFor();
    await page.context().close();
  }, 60_000);

  it('shows the lock-out message as the server gives it', async () => {
    await harness().addStaff({ username: 'khoa', displayName: 'Trần Văn Khoa', role: 'official' });
    const page = await openConsole(harness());
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await signIn(page, 'khoa', `sai mật khẩu ${attempt}`);
      await page.getByRole('alert').waitFor();
      await page.getByRole('button', { name: 'Đăng nhập' }).and(page.locator(':enabled')).waitFor();
    }
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Tài khoản đang tạm khóa vì nhập sai mật khẩu nhiều lần\. Hãy thử lại sau \d\d:\d\d ngày/);
    await page.context().close();
  }, 60_000);

  it('brings an official back to the page they asked for after signing in', async () => {
    const page = await openConsole(harness(), '/console/handoffs?status=resolved');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập bàn làm việc cán bộ' }).waitFor();
    await signIn(page, OFFICIAL.username);
    await page.getByRole('link', { name: 'Đã kết thúc', exact: false }).and(page.locator('[aria-current="page"]')).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/console/handoffs?status=resolved');
    await page.context().close();
  }, 60_000);
});
