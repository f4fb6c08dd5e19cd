/**
 * The desk's settings in a real browser: an admin changes the office hours (a backwards range is
 * refused first) and the canned replies (add, edit, move up, remove, save), and an official's reply
 * box then offers the new reply first. No serious accessibility violation, errors shown or not.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, openSection, processed, residentSays, seriousAxeViolations, signedInPage, useConsoleHarness } from './support/console-harness';

const harness = useConsoleHarness();
const CALL_BACK = { title: 'Hẹn gọi lại', text: 'Dạ, cán bộ sẽ gọi lại cho anh/chị trong giờ làm việc ạ.' };

describe('office hours and canned replies in the console', () => {
  it("an admin changes them, and an official's reply box offers the new reply", async () => {
    await harness().addStaff(ADMIN);
    const admin = await signedInPage(harness(), ADMIN);
    await openSection(admin, 'Giờ làm việc & câu trả lời mẫu');

    const hours = admin.getByRole('region', { name: 'Giờ làm việc' });
    await hours.getByText(/^Hiện tại: \d\d:\d\d–\d\d:\d\d, thứ Hai đến thứ Sáu \(trừ ngày lễ\)\. Bây giờ (đang trong|ngoài) giờ làm việc/).waitFor();
    await admin.getByLabel('Giờ mở cửa').fill('17:00');
    await admin.getByLabel('Giờ đóng cửa').fill('08:00');
    await admin.getByRole('button', { name: 'Lưu giờ làm việc' }).click();
    await hours.getByText('Giờ mở cửa phải sớm hơn giờ đóng cửa.').waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);
    await admin.getByLabel('Giờ mở cửa').fill('07:00');
    await admin.getByLabel('Giờ đóng cửa').fill('16:30');
    await admin.getByRole('button', { name: 'Lưu giờ làm việc' }).click();
    await admin.getByRole('status').filter({ hasText: 'Đã lưu giờ làm việc: 07:00–16:30, thứ Hai đến thứ Sáu.' }).waitFor();
    await hours.getByText(/^Hiện tại: 07:00–16:30/).waitFor();

    const replies = admin.getByRole('region', { name: 'Câu trả lời mẫu' });
    const reply = (number: number) => replies.getByRole('group', { name: `Câu mẫu ${number}`, exact: true });
    const count = await replies.getByRole('group', { name: /^Câu mẫu \d+$/ }).count();
    expect(count).toBeGreaterThan(1);
    await admin.getByRole('button', { name: 'Thêm câu mẫu' }).click();
    await expect.poll(() => admin.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^reply-\d+-title$/);
    await admin.getByRole('button', { name: 'Lưu câu trả lời mẫu' }).click();
    await reply(count + 1).getByText(`Hãy nhập tiêu đề cho câu mẫu ${count + 1}.`).waitFor();
    expect(await seriousAxeViolations(admin)).toEqual([]);

    await reply(count + 1).getByLabel('Tiêu đề').fill(CALL_BACK.title);
    await reply(count + 1).getByLabel('Nội dung').fill(CALL_BACK.text);
    // Up to the top with the keyboard: focus stays on the moved reply's button.
    await reply(count + 1).getByRole('button', { name: /^Chuyển lên/ }).focus();
    for (let step = 0; step < count; step += 1) await admin.keyboard.press('Enter');
    await expect.poll(() => reply(1).getByLabel('Tiêu đề').inputValue()).toBe(CALL_BACK.title);
    await reply(2).getByLabel('Tiêu đề').fill('Lời chào');
    await reply(count + 1).getByRole('button', { name: /^Xóa/ }).click();
    await admin.getByRole('status').filter({ hasText: `Đã bỏ câu mẫu ${count + 1}` }).waitFor();
    await admin.getByRole('button', { name: 'Lưu câu trả lời mẫu' }).click();
    await admin.getByRole('status').filter({ hasText: `Đã lưu ${count} câu trả lời mẫu.` }).waitFor();
    await admin.context().close();

    const resident = '8409000000000000601';
    await residentSays(harness(), resident, 'gặp cán bộ');
    await processed(harness(), resident);
    const official = await signedInPage(harness());
    await official.getByRole('link', { name: /Người dân …0601/ }).click();
    const chips = official.getByRole('group', { name: 'Chèn câu trả lời mẫu' }).getByRole('button');
    await chips.first().waitFor();
    const titles = await chips.allTextContents();
    expect(titles[0]).toBe(CALL_BACK.title);
    expect(titles[1]).toBe('Lời chào');
    expect(titles).toHaveLength(count);
    await chips.first().click();
    expect(await official.getByLabel('Trả lời người dân').inputValue()).toBe(CALL_BACK.text);
    await official.context().close();
  }, 90_000);
});
