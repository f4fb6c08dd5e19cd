/**
 * "Lịch hẹn" in a real browser against a real server: an admin is refused a past day in the
 * server's words, then opens two slots on the next working day for marriage registration; a
 * resident books one through the Mini App's API; the official's day list shows it without a
 * reload, and the admin's slot list counts it. The admin cancels that slot after a dialog saying
 * one resident will be told, and the official's list says the office cancelled it. No serious
 * accessibility violation on either page or the dialog.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, vietnamClock } from '../../shared/rules/calendar';
import { formatDate } from '../../shared/validators/date-input';
import { ADMIN, openSection, seriousAxeViolations, signedInPage, useConsoleHarness } from './support/console-harness';
import { bookThroughMiniApp } from './support/console-appointment-booking';

const harness = useConsoleHarness();
const RESIDENT = '8409000000000000701';
const MARRIAGE = { id: 'marriage-registration', name: 'Đăng ký kết hôn' };

describe('appointments in the console', () => {
  it('an admin opens slots, a resident books one, the official sees it live; the admin cancels it', async () => {
    const today = vietnamClock(new Date().toISOString()).date;
    const day = addWorkingDays(today, 1, harness().server.app.services.holidays);
    await harness().addStaff(ADMIN);
    const admin = await signedInPage(harness(), ADMIN);
    await openSection(admin, 'Lịch hẹn');
    await admin.getByRole('navigation', { name: 'Các trang lịch hẹn' }).getByRole('link', { name: 'Khung giờ hẹn' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Khung giờ hẹn' }).waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);

    const form = admin.getByRole('region', { name: 'Mở lịch hẹn' });
    await form.getByLabel('Từ ngày').fill('2020-01-06');
    await form.getByRole('button', { name: 'Mở lịch hẹn' }).click();
    await form.getByRole('alert').filter({ hasText: 'Không thể mở lịch hẹn cho ngày đã qua. Hãy chọn ngày bắt đầu từ hôm nay trở đi.' }).waitFor();

    await form.getByLabel('Từ ngày').fill(day);
    await form.getByLabel('Đến ngày').fill(day);
    await form.getByRole('button', { name: 'Bỏ khung giờ 2' }).click();
    await form.getByLabel('Khung giờ 1: kết thúc').fill('09:00');
    await form.getByLabel('Chỉ các thủ tục được chọn').check();
    await form.getByRole('button', { name: 'Mở lịch hẹn' }).click();
    await form.getByText('Hãy chọn ít nhất một thủ tục, hoặc chọn “Mọi thủ tục cần người dân đến trực tiếp”.').waitFor();
    await form.getByRole('checkbox', { name: MARRIAGE.name }).check();
    await form.getByRole('button', { name: 'Mở lịch hẹn' }).click();
    await form.getByRole('status').filter({ hasText: `Đã mở 2 khung giờ hẹn mới, ngày ${formatDate(day)}.` }).waitFor();
    const slots = admin.getByRole('region', { name: 'Khung giờ đã mở' }).getByRole('row');
    await slots.filter({ hasText: '08:00–08:30' }).filter({ hasText: `${MARRIAGE.name}0/2Còn 2 chỗ` }).waitFor();
    expect(await slots.count()).toBe(3);

    const official = await signedInPage(harness());
    await openSection(official, 'Lịch hẹn');
    expect(await official.getByRole('navigation', { name: 'Các trang lịch hẹn' }).count()).toBe(0);
    await official.getByLabel('Ngày', { exact: true }).fill(day);
    await expect.poll(() => new URL(official.url()).search).toBe(`?date=${day}`);
    await official.getByRole('status').filter({ hasText: 'Chưa có lịch hẹn nào trong ngày này.' }).waitFor();
    expect(await seriousAxeViolations(official)).toEqual([]);

    await bookThroughMiniApp(harness(), RESIDENT, MARRIAGE.id, day);
    const booked = official.getByRole('row', { name: /^08:00–08:30/ });
    await booked.waitFor({ timeout: 10_000 });
    expect(await booked.textContent()).toMatch(new RegExp(`^08:00–08:30${MARRIAGE.name}Zalo …0701Đã đặtMini App ZaloKhông có`));
    await official.getByRole('status').filter({ hasText: '1 lịch hẹn đang giữ chỗ.' }).waitFor();
    expect(await seriousAxeViolations(official)).toEqual([]);
    await slots.filter({ hasText: '08:00–08:30' }).filter({ hasText: '1/2Còn 1 chỗ' }).waitFor({ timeout: 10_000 });

    await admin.getByRole('button', { name: new RegExp(`^Hủy khung giờ 08:00–08:30, .*${formatDate(day)}$`) }).click();
    const dialog = admin.getByRole('dialog', { name: /^Hủy khung giờ 08:00–08:30/ });
    await dialog.getByText(/^1 người dân đã đặt giờ này\. Lịch hẹn của họ sẽ bị hủy/).waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await dialog.getByLabel('Lý do gửi cho người dân (không bắt buộc)').fill('Cán bộ đi tập huấn.');
    await dialog.getByRole('button', { name: 'Có, hủy khung giờ' }).click();
    await admin.getByRole('status').filter({ hasText: /^Đã hủy khung giờ 08:00–08:30, .* 1 lịch hẹn bị hủy\./ }).waitFor();
    await slots.filter({ hasText: '08:00–08:30' }).filter({ hasText: 'Đã hủy lúc' }).waitFor();

    await official.getByRole('row', { name: /^08:00–08:30/ }).filter({ hasText: 'Cơ quan đã hủy' }).waitFor({ timeout: 10_000 });
    await official.getByRole('status').filter({ hasText: '0 lịch hẹn đang giữ chỗ, 1 lịch hẹn đã hủy hoặc đã đổi giờ.' }).waitFor();
    await official.getByRole('button', { name: 'Ngày sau' }).click();
    await official.getByRole('heading', { level: 2, name: /^Lịch hẹn / }).filter({ hasNotText: formatDate(day) }).waitFor();
    await official.getByRole('button', { name: 'Ngày trước' }).click();
    await official.getByRole('heading', { level: 2, name: new RegExp(formatDate(day)) }).waitFor();
    await admin.context().close();
    await official.context().close();
  }, 90_000);
});
