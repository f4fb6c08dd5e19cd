/**
 * axe-core on every screen of a journey through the built Mini App (headless Chromium, real
 * bot-server): home, search results, a procedure, each kind of question (one refusing an answer),
 * both kinds of result, consent, filing details, review, receipt, one filing, my filings, privacy,
 * home with an unfinished draft. No serious or critical violation is allowed anywhere.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { heading, openApp, screen, settled, useMiniAppHarness } from './support/mini-app-harness';
import { atQuestion, backHomeFromFiling, chooseAndContinue, continueButton, daysAgo, enterDateAndContinue, searchFor, startTemporaryResidence, typeAndContinue } from './support/mini-app-steps';
import { AxeAudit } from './support/axe-check';

const harness = useMiniAppHarness();

/** Checks the screen when `audit` is given; the second test walks the same way without checking. */
async function toBirthResult(page: Page, audit?: AxeAudit): Promise<void> {
  await searchFor(page, 'lam giay khai sinh', 'Đăng ký khai sinh');
  await audit?.check(page, 'search results');
  await screen(page).getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('button', { name: /^Đăng ký khai sinh/ }).click();
  await heading(page, 'Đăng ký khai sinh');
  await audit?.check(page, 'procedure page');

  await settled(page);
  await screen(page).getByRole('button', { name: 'Kiểm tra điều kiện', exact: true }).click();
  await atQuestion(page, 'Câu 1/5');
  await audit?.check(page, 'yes/no question');
  await chooseAndContinue(page, 'Câu 1/5', 'Không');
  await chooseAndContinue(page, 'Câu 2/5', 'Không');
  await atQuestion(page, 'Câu 3/5');
  await audit?.check(page, 'single-choice question');
  if (audit) {
    await chooseAndContinue(page, 'Câu 3/5', 'Người khác, không được ủy quyền');
    await heading(page, 'Bạn chưa đủ điều kiện làm thủ tục này');
    await audit.check(page, 'result: not eligible');
    await screen(page).getByRole('button', { name: 'Sửa câu trả lời', exact: true }).click();
  }
  await chooseAndContinue(page, 'Câu 3/5', 'Cha hoặc mẹ');

  await atQuestion(page, 'Câu 4/5');
  await audit?.check(page, 'date question');
  if (audit) {
    await enterDateAndContinue(page, 'Câu 4/5', daysAgo(-3));
    await screen(page).getByRole('alert').waitFor();
    await audit.check(page, 'question showing an error');
  }
  await enterDateAndContinue(page, 'Câu 4/5', daysAgo(10));
  await chooseAndContinue(page, 'Câu 5/5', 'Giấy chứng sinh của bệnh viện/trạm y tế');
  await heading(page, 'Bạn đủ điều kiện làm thủ tục này');
  await audit?.check(page, 'result: eligible');
}

function expectNoSeriousViolations(audit: AxeAudit): void {
  console.info(`axe: ${audit.screens.length} screens checked (${audit.screens.join(', ')}); moderate/minor findings: ${audit.minor.length ? JSON.stringify(audit.minor, null, 1) : 'none'}`);
  expect(audit.serious, `serious or critical axe violations:\n${audit.report()}`).toEqual([]);
}

describe('Mini App accessibility (axe)', () => {
  it('finding a procedure and checking eligibility: home, search, procedure, questions, an error, both results, consent', async () => {
    const audit = new AxeAudit();
    const { page, context } = await openApp(harness(), '3400001');
    await heading(page, 'Dịch vụ công xã/phường');
    await screen(page).getByRole('heading', { level: 3, name: 'Hộ tịch' }).waitFor();
    await audit.check(page, 'home');
    await toBirthResult(page, audit);

    await screen(page).getByRole('button', { name: 'Nộp hồ sơ trực tuyến', exact: true }).click();
    await heading(page, 'Đồng ý cho thu thập thông tin');
    await audit.check(page, 'consent');
    await screen(page).getByRole('button', { name: 'Đồng ý và tiếp tục', exact: true }).click();
    await screen(page).getByRole('alert').waitFor();
    await audit.check(page, 'consent showing an error');
    await context.close();
    expectNoSeriousViolations(audit);
  }, 60_000);

  it('filing and following it: filing details, review, receipt, a filing, my filings, privacy, home with a draft', async () => {
    const audit = new AxeAudit();
    const { page, context } = await openApp(harness(), '3400002');
    await toBirthResult(page);
    await screen(page).getByRole('button', { name: 'Nộp hồ sơ trực tuyến', exact: true }).click();
    await screen(page).getByRole('checkbox', { name: 'Lập và nộp hồ sơ này cho UBND xã/phường giải quyết' }).check();
    await screen(page).getByRole('button', { name: 'Đồng ý và tiếp tục', exact: true }).click();

    await atQuestion(page, 'Thông tin hồ sơ · Câu 1/6');
    await audit.check(page, 'filing: text field');
    await typeAndContinue(page, 'Thông tin hồ sơ · Câu 1/6', 'Họ và tên dự kiến của trẻ?', 'Nguyễn Văn An');
    await chooseAndContinue(page, 'Thông tin hồ sơ · Câu 2/6', 'Nam');
    await typeAndContinue(page, 'Thông tin hồ sơ · Câu 3/6', 'Họ và tên người đi đăng ký?', 'Nguyễn Thị Hoà');
    await typeAndContinue(page, 'Thông tin hồ sơ · Câu 4/6', 'Số định danh cá nhân (CCCD 12 số) của người đi đăng ký?', '001190012345');
    // The phone number from Zalo (the simulator's phone token, exchanged by the server).
    await atQuestion(page, 'Thông tin hồ sơ · Câu 5/6');
    await audit.check(page, 'filing: phone field with the Zalo button');
    await screen(page).getByRole('button', { name: 'Điền số điện thoại Zalo của tôi', exact: true }).click();
    await expect.poll(() => screen(page).getByLabel('Số điện thoại liên hệ?').inputValue(), { timeout: 10_000 }).toMatch(/^0\d{9}$/);
    await continueButton(page).click();
    await atQuestion(page, 'Thông tin hồ sơ · Câu 6/6');
    await audit.check(page, 'filing: address field');
    await typeAndContinue(page, 'Thông tin hồ sơ · Câu 6/6', /^Nơi cư trú của cha hoặc mẹ/, '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh');

    await heading(page, 'Kiểm tra lại thông tin');
    await audit.check(page, 'review');
    await screen(page).getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await heading(page, 'Đã nộp hồ sơ');
    await audit.check(page, 'receipt');

    await screen(page).getByRole('button', { name: 'Xem hồ sơ của tôi', exact: true }).click();
    await screen(page).getByRole('region', { name: 'Tiến trình hồ sơ' }).waitFor();
    await audit.check(page, 'a filing');
    // Back from the filing leaves the finished flow behind: the procedure page, then home.
    await backHomeFromFiling(page);
    await screen(page).getByRole('button', { name: /^Hồ sơ của tôi/ }).click();
    await heading(page, 'Hồ sơ của tôi');
    await screen(page).getByRole('button', { name: /^Đăng ký khai sinh/ }).waitFor();
    await audit.check(page, 'my filings');

    await screen(page).getByRole('button', { name: /Quay lại/ }).click();
    await heading(page, 'Dịch vụ công xã/phường');
    await settled(page);
    await screen(page).getByRole('button', { name: 'Quyền riêng tư và dữ liệu của tôi', exact: true }).click();
    await heading(page, 'Quyền riêng tư và dữ liệu của tôi');
    const consent = screen(page).getByRole('region', { name: 'Những lần bạn đã đồng ý' }).getByRole('listitem').first();
    await consent.waitFor();
    expect(await consent.textContent()).toContain('Dữ liệu: Họ tên của trẻ, Giới tính của trẻ, Họ tên người đi đăng ký, Số định danh cá nhân (CCCD), Số điện thoại, Địa chỉ nơi cư trú');
    await audit.check(page, 'privacy');

    // Home with an unfinished draft ("Đang làm dở" with "Tiếp tục"): one question of temporary residence answered.
    await screen(page).getByRole('button', { name: /Quay lại/ }).click();
    await heading(page, 'Dịch vụ công xã/phường');
    await settled(page);
    await startTemporaryResidence(page);
    await screen(page).getByRole('radio', { name: 'Từ 30 ngày trở lên', exact: true }).check();
    await continueButton(page).click();
    await expect.poll(() => screen(page).locator('.save-status').textContent(), { timeout: 10_000 }).toBe('Đã lưu');
    await context.close();
    const again = await openApp(harness(), '3400002');
    await screen(again.page).getByRole('region', { name: 'Đang làm dở' }).waitFor();
    await audit.check(again.page, 'home with an unfinished draft');
    await again.context.close();
    expectNoSeriousViolations(audit);
  }, 60_000);
});
