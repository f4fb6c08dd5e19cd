/**
 * The handoff inbox in a real browser against a real server: a resident asks for an official in
 * the simulator, the request appears in the open console without a reload, the official answers
 * (starting from a canned reply) and the resident gets the answer on Zalo; notes and resolving;
 * residents' text that looks like HTML stays text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RATING_QUESTION } from '../../bot-server/console-api/handoff-actions';
import { OFFICIAL, processed, residentSays, residentSees, signedInPage, SUPERVISOR, useConsoleHarness } from './support/console-harness';

const harness = useConsoleHarness();

/** The list entry of a resident's handoff (the list shows the Zalo id masked to its last 4 digits). */
const entryOf = (page: Page, userId: string) => page.getByRole('link', { name: new RegExp(`Người dân …${userId.slice(-4)}`) });

/** Marks the document, so a test can tell that what it saw came without a reload. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { sameDocument?: boolean }).sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

describe('the handoff inbox in the console', () => {
  it('shows a new handoff live, within seconds and without a reload; the reply reaches the resident', async () => {
    const page = await signedInPage(harness());
    await page.getByText('Hiện không có người dân nào đang chờ cán bộ.').waitFor();
    await page.getByRole('status').filter({ hasText: 'Đang cập nhật trực tiếp' }).waitFor({ timeout: 5_000 });
    await markDocument(page);

    const resident = '8409000000000000101';
    await residentSays(harness(), resident, 'gặp cán bộ');
    const entry = entryOf(page, resident);
    await entry.waitFor({ timeout: 5_000 });
    expect(await entry.textContent()).toContain('Người dân yêu cầu gặp cán bộ');
    expect(await entry.textContent()).toContain('Chưa có người nhận');
    expect(await sameDocument(page)).toBe(true);

    await entry.click();
    const messages = page.getByRole('list', { name: 'Tin nhắn gần nhất' });
    await messages.getByText('gặp cán bộ', { exact: true }).waitFor();

    const box = page.getByLabel('Trả lời người dân');
    await page.getByRole('button', { name: 'Chào hỏi' }).click();
    expect(await box.inputValue()).toMatch(/^Dạ, em chào anh\/chị\./);
    const reply = `${await box.inputValue()} Anh/chị cần hỗ trợ bước nào ạ?`;
    await box.fill(reply);
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã gửi trả lời.' }).waitFor();
    expect(await box.inputValue()).toBe('');

    await expect.poll(() => residentSees(harness(), resident), { timeout: 10_000 }).toContain(reply);
    await messages.getByText(reply, { exact: true }).waitFor({ timeout: 5_000 });
    expect(await entry.textContent()).toContain(`Người xử lý: ${OFFICIAL.displayName}`);
    await page.context().close();
  }, 60_000);

  it('keeps an internal note, then resolves after a confirmation; the resident is asked for a rating', async () => {
    const resident = '8409000000000000102';
    await residentSays(harness(), resident, 'gặp cán bộ');
    await processed(harness(), resident);
    const page = await signedInPage(harness());
    await entryOf(page, resident).click();

    await page.getByRole('button', { name: 'Lưu ghi chú' }).click();
    await page.getByText('Hãy nhập nội dung ghi chú trước khi lưu.').waitFor();
    await page.getByLabel('Thêm ghi chú nội bộ').fill('Người dân hỏi về giấy tờ tùy thân');
    await page.getByRole('button', { name: 'Lưu ghi chú' }).click();
    await page.getByRole('list', { name: 'Ghi chú nội bộ' }).getByText('Người dân hỏi về giấy tờ tùy thân').waitFor();
    expect(await residentSees(harness(), resident)).not.toContain('Người dân hỏi về giấy tờ tùy thân');

    await page.getByRole('button', { name: 'Nhận xử lý' }).click();
    await page.getByText('Bạn đang xử lý yêu cầu này.').waitFor();

    await page.getByRole('button', { name: 'Kết thúc hỗ trợ' }).click();
    await page.getByRole('button', { name: 'Không, quay lại' }).click();
    await page.getByRole('button', { name: 'Kết thúc hỗ trợ' }).click();
    await page.getByRole('button', { name: 'Có, kết thúc' }).click();
    await page.getByRole('status').filter({ hasText: /Đã kết thúc yêu cầu #\d+/ }).waitFor();
    expect(await entryOf(page, resident).count()).toBe(0);
    await expect.poll(() => residentSees(harness(), resident), { timeout: 10_000 }).toContain(RATING_QUESTION);

    await page.getByRole('link', { name: 'Đã kết thúc' }).click();
    await entryOf(page, resident).click();
    await page.getByRole('heading', { level: 2, name: /Yêu cầu #\d+/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Gửi trả lời' }).count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('lets a supervisor give a handoff to an official with "Giao cho…", shows the step as the resident read it, and the official then holds it', async () => {
    const resident = '8409000000000000104';
    await residentSays(harness(), resident, 'đăng ký khai sinh');
    await residentSays(harness(), resident, '1');
    await residentSays(harness(), resident, 'gặp cán bộ');
    await processed(harness(), resident);
    await harness().addStaff(SUPERVISOR);

    const supervisor = await signedInPage(harness(), SUPERVISOR);
    const entry = entryOf(supervisor, resident);
    expect(await entry.textContent()).toContain('Bước: Trẻ đã từng được đăng ký khai sinh ở đâu chưa?');
    await entry.click();
    await supervisor.getByLabel('Giao cho').selectOption({ label: `${OFFICIAL.displayName} (Cán bộ)` });
    await supervisor.getByRole('button', { name: 'Giao', exact: true }).click();
    await expect.poll(() => entry.textContent()).toContain(`Người xử lý: ${OFFICIAL.displayName}`);
    expect(await supervisor.getByRole('alert').count()).toBe(0);
    await supervisor.context().close();

    const official = await signedInPage(harness());
    await entryOf(official, resident).click();
    await official.getByText('Bạn đang xử lý yêu cầu này.').waitFor();
    expect(await official.getByLabel('Giao cho').count()).toBe(0);
    await official.context().close();
  }, 60_000);

  it("shows a resident's HTML and script as the characters typed, and never runs them", async () => {
    const resident = '8409000000000000103';
    const image = '<img src=x onerror="window.__pwned=1">';
    const script = '<script>window.__pwned=1</script>';
    await residentSays(harness(), resident, 'gặp cán bộ');
    await residentSays(harness(), resident, image);
    await residentSays(harness(), resident, script);
    await processed(harness(), resident);

    const page = await signedInPage(harness());
    await entryOf(page, resident).click();
    const messages = page.getByRole('list', { name: 'Tin nhắn gần nhất' });
    await messages.getByText(image, { exact: true }).waitFor();
    await messages.getByText(script, { exact: true }).waitFor();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.context().close();
  }, 60_000);
});
