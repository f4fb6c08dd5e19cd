/**
 * Accounts and the audit log in a real browser: an admin creates an account (the server's own
 * messages for a short password and a taken username), disables one after a confirmation, and the
 * audit log shows both; a supervisor reads the audit log but has no accounts page. No serious
 * accessibility violation on either page.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, openSection, seriousAxeViolations, signedInPage, SUPERVISOR, useConsoleHarness } from './support/console-harness';

const harness = useConsoleHarness();

describe('accounts and the audit log in the console', () => {
  it('an admin creates and disables accounts; the audit log records it', async () => {
    await harness().addStaff(ADMIN);
    const page = await signedInPage(harness(), ADMIN);
    await openSection(page, 'Tài khoản');
    const accounts = page.getByRole('table');
    await accounts.getByRole('row', { name: /^lan/ }).waitFor();
    expect(await accounts.getByRole('row', { name: /^quantri/ }).textContent()).toContain('Tài khoản của bạn');

    const form = page.getByRole('region', { name: 'Tạo tài khoản mới' });
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Hãy nhập tên đăng nhập.').waitFor();
    await page.getByLabel('Tên đăng nhập').fill('lan');
    await page.getByLabel('Họ và tên').fill('Trần Văn Hùng');
    await page.getByLabel('Mật khẩu ban đầu').fill('ngắn');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByRole('alert').filter({ hasText: 'Mật khẩu cần ít nhất 12 ký tự.' }).waitFor();
    await page.getByLabel('Mật khẩu ban đầu').fill('đồng lúa chín vàng 2026');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByRole('alert').filter({ hasText: 'Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Tên đăng nhập').fill('hung');
    await page.getByLabel('Vai trò').selectOption({ label: 'Giám sát viên' });
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã tạo tài khoản hung (Giám sát viên).' }).waitFor();
    const hung = accounts.getByRole('row', { name: /^hung/ });
    await hung.waitFor();
    expect(await hung.textContent()).toContain('Đang hoạt động');

    await hung.getByRole('button', { name: 'Khóa tài khoản hung' }).click();
    await hung.getByRole('button', { name: 'Không, quay lại' }).click();
    await hung.getByRole('button', { name: 'Khóa tài khoản hung' }).click();
    await hung.getByRole('button', { name: 'Có, khóa tài khoản' }).click();
    await expect.poll(() => hung.textContent()).toContain('Đã khóa từ');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await openSection(page, 'Nhật ký hoạt động');
    const log = page.getByRole('table');
    await log.getByRole('row', { name: /Khóa tài khoản/ }).first().waitFor();
    expect(await log.getByRole('row', { name: /quantri\s*Tạo tài khoản/ }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('a supervisor reads the audit log but has no accounts or settings pages', async () => {
    await harness().addStaff(SUPERVISOR);
    const page = await signedInPage(harness(), SUPERVISOR);
    expect(await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link').allTextContents()).toEqual(['Hộp thư chuyển cán bộ', 'Hồ sơ', 'Nộp hộ', 'Lịch hẹn', 'Thủ tục', 'Thống kê', 'Nhật ký hoạt động']);
    await openSection(page, 'Nhật ký hoạt động');
    await page.getByRole('table').getByRole('row', { name: /giamsat\s*Đăng nhập/ }).first().waitFor();
    await page.goto(`${harness().server.baseUrl}/console/accounts`);
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await page.context().close();
  }, 60_000);
});
