/**
 * Volunteer-assisted filing in a real browser against a real server. A resident has chatted with
 * the OA; a volunteer first names a resident the OA cannot reach and gets the server's message on
 * the resident step, with every answer kept; then names the right one, answers the birth
 * registration's questions one at a time (a case that cannot be filed says why, a date that does
 * not exist gets the validator's message, "Câu trước" keeps answers), checks them and sends (a
 * double click sends once). The resident's chat shows the ONE summary; the list says it waits for
 * the resident and nothing is filed; the resident answers 1 and the list shows the filing's
 * reference without a reload; the filing is in the volunteer's "Hồ sơ". No serious accessibility
 * violation on any of these screens.
 */
import { describe, expect, it } from 'vitest';
import { openConsole, openSection, processed, residentSays, residentSees, seriousAxeViolations, signIn, useConsoleHarness } from './support/console-harness';
import { choose, continueButton, stepPanel, type } from './support/console-assisted-steps';
import { daysAgo } from './support/mini-app-steps';

const harness = useConsoleHarness();
const RESIDENT = '8409000000000000501';
const NEVER_WROTE = '8409000000000000599';
const VOLUNTEER = { username: 'tnv', displayName: 'Đỗ Tình Nguyện', role: 'volunteer' as const };
const BORN = daysAgo(10).split('-').reverse().join('/');
const REFERENCE = /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]$/;

describe('volunteer-assisted filing in the console', () => {
  it('waits for the resident to answer 1 in Zalo, then shows the filing live', async () => {
    await residentSays(harness(), RESIDENT, 'xin chào');
    await processed(harness(), RESIDENT);
    await harness().addStaff(VOLUNTEER);
    const page = await openConsole(harness());
    await signIn(page, VOLUNTEER.username);
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ' }).waitFor();
    await openSection(page, 'Nộp hộ');
    await page.getByText('Chưa có hồ sơ nào.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Step 1: a resident the OA cannot reach (nothing is sent until the last step).
    await page.getByRole('link', { name: 'Giúp người dân nộp hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Giúp người dân nộp hồ sơ' }).waitFor();
    await page.getByRole('radio', { name: 'Zalo id' }).check();
    await page.getByLabel('Zalo id của người dân').fill(NEVER_WROTE);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await continueButton(page).click();

    // Step 2.
    await stepPanel(page, 'Bước 2/4: Chọn thủ tục').waitFor();
    await continueButton(page).click();
    await page.getByText('Hãy chọn thủ tục người dân muốn nộp.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Đăng ký khai sinh' }).check();
    await continueButton(page).click();

    // Step 3: one question at a time, checked by the engine as the resident's own answers are.
    await stepPanel(page, 'Bước 3/4: Trả lời câu hỏi – Đăng ký khai sinh').waitFor();
    // A case that cannot be filed says why and what to do, and the deciding answer can be changed.
    await choose(page, 'Trẻ đã từng được đăng ký khai sinh ở đâu chưa?', 'Có');
    await page.getByText('Thủ tục phù hợp: Cấp bản sao trích lục hộ tịch.').waitFor();
    await page.getByText(/^Trẻ đã được đăng ký khai sinh rồi nên không đăng ký lại\./).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sửa câu trả lời' }).click();
    await choose(page, 'Trẻ đã từng được đăng ký khai sinh ở đâu chưa?', 'Không');
    await choose(page, 'Cha hoặc mẹ của trẻ là người nước ngoài, hoặc trẻ sinh ra ở nước ngoài?', 'Không');
    await choose(page, 'Ai sẽ đi đăng ký khai sinh cho trẻ?', 'Cha hoặc mẹ');
    await type(page, 'Trẻ sinh ngày nào? (ngày/tháng/năm)', '31/02/2026');
    const dateBox = page.getByLabel('Trẻ sinh ngày nào? (ngày/tháng/năm)', { exact: true });
    await page.getByText('Ngày 31/02/2026 không có trên lịch: tháng 2 năm 2026 chỉ có 28 ngày. Hãy kiểm tra lại ngày.').waitFor();
    expect(await dateBox.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer-child_birth_date');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await type(page, 'Trẻ sinh ngày nào? (ngày/tháng/năm)', BORN);
    await choose(page, 'Bạn có giấy tờ nào chứng minh việc sinh?', 'Giấy chứng sinh của bệnh viện/trạm y tế');
    await page.getByLabel('Họ và tên dự kiến của trẻ?', { exact: true }).waitFor();
    // "Câu trước" goes back with the answer kept.
    await page.getByRole('button', { name: 'Câu trước' }).click();
    const kept = page.getByRole('radio', { name: 'Giấy chứng sinh của bệnh viện/trạm y tế' });
    expect(await kept.isChecked()).toBe(true);
    expect(await kept.evaluate((radio) => radio === document.activeElement)).toBe(true);
    await continueButton(page).click();
    await type(page, 'Họ và tên dự kiến của trẻ?', 'Nguyễn Hoàng Nam');
    await choose(page, 'Giới tính của trẻ?', 'Nam');
    await type(page, 'Họ và tên người đi đăng ký?', 'Trần Thị Mai');
    await type(page, 'Số định danh cá nhân (CCCD 12 số) của người đi đăng ký?', '001190012345');
    await type(page, 'Số điện thoại liên hệ?', '0912 345 678');
    await type(page, 'Nơi cư trú của cha hoặc mẹ (số nhà, đường, xã/phường, tỉnh/thành phố)?', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh');

    // Step 4: the answers as the resident will read them.
    const review = stepPanel(page, 'Bước 4/4: Kiểm tra và gửi cho người dân – Đăng ký khai sinh');
    await review.waitFor();
    for (const shown of ['Nguyễn Hoàng Nam', BORN, 'Cha hoặc mẹ', '0912 345 678', `Zalo id ${NEVER_WROTE}`]) await review.getByText(shown, { exact: true }).first().waitFor();
    await review.getByText(/Phường Bến Thành/).first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await review.getByRole('button', { name: 'Gửi cho người dân xác nhận' }).click();

    // Back on step 1 with the server's message as it is; the answers are still there.
    const residentBox = page.getByLabel('Zalo id của người dân');
    await page.getByText(/Người dân cần nhắn một tin bất kỳ tới Zalo OA của xã trước, rồi thử lại\.$/).waitFor();
    expect(await residentBox.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resident-value');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await residentBox.fill(RESIDENT);
    await continueButton(page).click();
    await review.getByText(`Zalo id ${RESIDENT}`, { exact: true }).waitFor();
    await review.getByRole('button', { name: 'Gửi cho người dân xác nhận' }).dblclick();
    const sent = stepPanel(page, 'Đã gửi cho người dân xác nhận');
    await sent.getByText('Hồ sơ chưa được nộp.').waitFor();
    expect(await sent.textContent()).toContain('Người dân cần trả lời 1 trong Zalo để xác nhận nộp');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // ONE summary reached the resident's chat; nothing is filed yet.
    const summaries = async () => (await residentSees(harness(), RESIDENT)).filter((text) => text.includes('đã giúp bạn chuẩn bị hồ sơ "Đăng ký khai sinh"'));
    await expect.poll(summaries, { timeout: 10_000 }).toHaveLength(1);
    expect((await summaries())[0]).toContain('Nguyễn Hoàng Nam');
    const { db } = harness().server.app.services;
    expect(await db.selectFrom('assisted_filings').select('id').where('user_id', '=', RESIDENT).execute()).toHaveLength(1);
    expect(await db.selectFrom('filings').select('reference').where('user_id', '=', RESIDENT).execute()).toEqual([]);

    await sent.getByRole('link', { name: 'Xem hồ sơ tôi đã giúp' }).click();
    const row = page.getByRole('region', { name: 'Hồ sơ tôi đã giúp' }).getByRole('row').nth(1);
    await row.filter({ hasText: 'Chờ người dân xác nhận' }).waitFor();
    expect(await row.textContent()).toMatch(/Đăng ký khai sinhZalo …0501Chờ người dân xác nhậnHạn xác nhận: .*Chưa có$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The filings queue has nothing for it yet.
    await openSection(page, 'Hồ sơ');
    await page.getByText('Không có hồ sơ nào khớp với bộ lọc.').waitFor();
    await openSection(page, 'Nộp hộ');
    await row.filter({ hasText: 'Chờ người dân xác nhận' }).waitFor();

    // The resident confirms in Zalo: the reference appears here without a reload.
    await residentSays(harness(), RESIDENT, '1');
    const link = row.getByRole('link', { name: REFERENCE });
    await link.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain('Người dân đã xác nhận, hồ sơ đã được nộp');
    const reference = (await link.textContent()) ?? '';
    await link.click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${reference} – Đăng ký khai sinh` }).waitFor();
    await openSection(page, 'Hồ sơ');
    const filed = page.getByRole('row', { name: new RegExp(reference) });
    await filed.waitFor();
    expect(await filed.textContent()).toContain('Tại Bộ phận Một cửa, có tình nguyện viên hỗ trợ');
    await page.context().close();
  }, 120_000);
});
