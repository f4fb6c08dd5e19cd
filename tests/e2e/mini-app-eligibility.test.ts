/**
 * The built Mini App in headless Chromium against the real bot-server: a resident finds birth
 * registration by typing (with or without diacritics), reads what it needs, and checks whether
 * they can use it, one question per screen.
 */
import { describe, expect, it } from 'vitest';
import { heading, openApp, screen, settled, useMiniAppHarness } from './support/mini-app-harness';
import { atQuestion, chooseAndContinue, daysAgo, enterDateAndContinue, progressText, searchFor } from './support/mini-app-steps';

const harness = useMiniAppHarness();

describe('Mini App: is birth registration for me?', () => {
  it('finds the procedure by typing, shows papers, fee and time, then checks eligibility question by question', async () => {
    const { page, context } = await openApp(harness(), '3100001');
    await heading(page, 'Dịch vụ công xã/phường');

    // With diacritics, and the way people type on a phone without them.
    expect(await searchFor(page, 'khai sinh', 'Đăng ký khai sinh')).toContain('Liên thông: khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi');
    await searchFor(page, 'lam giay khai sinh', 'Đăng ký khai sinh');
    await screen(page).getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('button', { name: /^Đăng ký khai sinh/ }).click();

    // The procedure page: what to bring, what it costs, how long it takes.
    await heading(page, 'Đăng ký khai sinh');
    await settled(page);
    const view = screen(page);
    const papers = view.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' });
    expect(await papers.textContent()).toContain('Tờ khai đăng ký khai sinh theo mẫu');
    expect(await papers.textContent()).toContain('Giấy chứng sinh');
    expect(await view.getByRole('region', { name: 'Lệ phí' }).textContent()).toContain('Lệ phí đăng ký khai sinh quá hạn 60 ngày');
    expect(await view.locator('.fact', { hasText: 'Thời gian giải quyết' }).textContent()).toContain('Trong ngày (nộp trước 15:00)');

    await view.getByRole('button', { name: 'Kiểm tra điều kiện', exact: true }).click();
    await settled(page);
    await heading(page, 'Trẻ đã từng được đăng ký khai sinh ở đâu chưa?');
    await atQuestion(page, 'Câu 1/5');
    await chooseAndContinue(page, 'Câu 1/5', 'Không');
    await heading(page, 'Cha hoặc mẹ của trẻ là người nước ngoài, hoặc trẻ sinh ra ở nước ngoài?');
    await chooseAndContinue(page, 'Câu 2/5', 'Không');

    // Someone the parents did not authorise: told why, with the article of the law, and how to change it.
    await chooseAndContinue(page, 'Câu 3/5', 'Người khác, không được ủy quyền');
    await heading(page, 'Bạn chưa đủ điều kiện làm thủ tục này');
    const why = screen(page).getByRole('region', { name: 'Vì sao?' });
    expect(await why.textContent()).toContain('Hãy nhờ cha hoặc mẹ của trẻ viết giấy ủy quyền cho bạn');
    expect(await why.textContent()).toContain('Căn cứ: Điều 15, Luật Hộ tịch 60/2014/QH13');
    await screen(page).getByRole('button', { name: 'Sửa câu trả lời', exact: true }).click();
    await heading(page, 'Ai sẽ đi đăng ký khai sinh cho trẻ?');
    await chooseAndContinue(page, 'Câu 3/5', 'Cha hoặc mẹ');

    // A birth date in the future is refused in Vietnamese and the screen stays.
    await enterDateAndContinue(page, 'Câu 4/5', daysAgo(-3));
    const error = screen(page).getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^Lỗi: .*(tương lai|sau hôm nay)/);
    await expect.poll(() => progressText(page).textContent()).toBe('Câu 4/5');
    expect(await screen(page).getByLabel('Năm', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await enterDateAndContinue(page, 'Câu 4/5', daysAgo(10));

    await heading(page, 'Bạn có giấy tờ nào chứng minh việc sinh?');
    await chooseAndContinue(page, 'Câu 5/5', 'Giấy chứng sinh của bệnh viện/trạm y tế');

    // Eligible: the papers for these answers, the fee (free within 60 days) and the time.
    await heading(page, 'Bạn đủ điều kiện làm thủ tục này');
    const result = screen(page);
    // Why, with the law it rests on.
    expect(await result.getByRole('region', { name: 'Vì sao?' }).textContent()).toContain('Căn cứ: Điều 11, 13, 14, 15, 16, Luật Hộ tịch 60/2014/QH13');
    const documents = await result.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' }).locator('.item-title').allTextContents();
    expect(documents).toEqual(['Tờ khai đăng ký khai sinh theo mẫu', 'Giấy chứng sinh', 'Số định danh cá nhân của người đi đăng ký']);
    expect(await result.getByRole('region', { name: 'Lệ phí' }).textContent()).toContain('Đăng ký trong 60 ngày kể từ ngày sinh được miễn lệ phí.');
    expect(await result.getByRole('region', { name: 'Thời gian giải quyết' }).textContent()).toContain('Nếu nộp hôm nay: hẹn trả');
    expect(await result.getByRole('button', { name: 'Nộp hồ sơ trực tuyến', exact: true }).isVisible()).toBe(true);
    await context.close();
  }, 60_000);
});
