/**
 * Filing temporary residence online in the built Mini App (headless Chromium, real bot-server and
 * SQLite): eligibility, consent, every filing field, review, receipt with a reference and QR code,
 * "Hồ sơ của tôi"; and a second resident who cannot see the first one's filing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { heading, openApp, residentApi, screen, settled, useMiniAppHarness } from './support/mini-app-harness';
import { answerQuestion, backHomeFromFiling, daysAgo, enterDateAndContinue, searchFor, typeAndContinue } from './support/mini-app-steps';

const REFERENCE = /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]$/;
const ADDRESS = '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh';

const harness = useMiniAppHarness();

/** Home → search → the procedure page → the eligibility questions of a tenant registering themselves. */
async function eligibleTenant(page: Page): Promise<void> {
  await searchFor(page, 'dang ky tam tru', 'Đăng ký tạm trú');
  await screen(page).getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('button', { name: /^Đăng ký tạm trú/ }).click();
  await heading(page, 'Đăng ký tạm trú');
  await settled(page);
  await screen(page).getByRole('button', { name: 'Kiểm tra điều kiện', exact: true }).click();
  await settled(page);
  await answerQuestion(page, 'Bạn định ở chỗ này bao lâu?', 'Từ 30 ngày trở lên');
  await answerQuestion(page, 'Chỗ ở này có cùng xã, phường với nơi bạn đang đăng ký thường trú không?', 'Không');
  await answerQuestion(page, 'Bạn đang ở nhà thuê, nhà người thân, nhà của mình, hay ký túc xá?', 'Nhà thuê, phòng trọ');
  await answerQuestion(page, 'Chủ nhà có đồng ý cho bạn đăng ký tạm trú ở đó không?', 'Có');
  await answerQuestion(page, /^Bạn đăng ký cho mình \(hoặc gia đình mình\)/, 'Cho bản thân hoặc gia đình');
  await answerQuestion(page, 'Người đăng ký tạm trú có dưới 18 tuổi không?', 'Không');
  await answerQuestion(page, /^Người đăng ký có thuộc diện được miễn lệ phí không/, 'Không');
  await heading(page, 'Bạn đủ điều kiện làm thủ tục này');
}

let filedByA: { reference: string; userToken: string } | undefined;

describe('Mini App: filing temporary residence online', () => {
  it('files with consent, every field and a review, gets a reference with a QR code, and finds it under "Hồ sơ của tôi"', async () => {
    const { page, context, userToken } = await openApp(harness(), '3300001');
    await eligibleTenant(page);
    expect(await screen(page).getByRole('region', { name: 'Giấy tờ cần chuẩn bị' }).textContent()).toContain('Hợp đồng thuê nhà, thuê phòng (không cần công chứng)');
    expect(await screen(page).getByRole('region', { name: 'Lệ phí' }).textContent()).toMatch(/Nộp trực tuyến: 7\.000\s?đ/);
    await screen(page).getByRole('button', { name: 'Nộp hồ sơ trực tuyến', exact: true }).click();

    // Consent: nothing ticked in advance; agreeing without ticking is refused.
    await heading(page, 'Đồng ý cho thu thập thông tin');
    const purpose = screen(page).getByRole('checkbox', { name: 'Lập và nộp hồ sơ này cho UBND xã/phường giải quyết' });
    expect(await purpose.isChecked()).toBe(false);
    expect(await screen(page).getByRole('list').first().textContent()).toContain('Số định danh cá nhân (CCCD)');
    await screen(page).getByRole('button', { name: 'Đồng ý và tiếp tục', exact: true }).click();
    expect(await screen(page).getByRole('alert').textContent()).toContain('Hãy đánh dấu đồng ý');
    await purpose.check();
    await screen(page).getByRole('button', { name: 'Đồng ý và tiếp tục', exact: true }).click();

    // Every filing field, with values that pass the server's checks.
    await typeAndContinue(page, 'Thông tin hồ sơ · Câu 1/5', 'Họ và tên người đăng ký (hoặc người đại diện nộp danh sách)?', 'Nguyễn Thị Hoà');
    await typeAndContinue(page, 'Thông tin hồ sơ · Câu 2/5', 'Số định danh cá nhân (CCCD 12 số)?', '001190012345');
    await typeAndContinue(page, 'Thông tin hồ sơ · Câu 3/5', 'Số điện thoại liên hệ?', '0912 345 678');
    await typeAndContinue(page, 'Thông tin hồ sơ · Câu 4/5', /^Địa chỉ chỗ ở tạm trú/, ADDRESS);
    const stayUntil = daysAgo(-365);
    await enterDateAndContinue(page, 'Thông tin hồ sơ · Câu 5/5', stayUntil);

    const review = await heading(page, 'Kiểm tra lại thông tin');
    const reviewed = (await review.locator('xpath=..').textContent()) ?? '';
    for (const shown of ['Nguyễn Thị Hoà', '001190012345', 'Phường Bến Thành', 'Nhà thuê, phòng trọ', stayUntil.split('-').reverse().join('/')]) expect(reviewed).toContain(shown);
    await screen(page).getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();

    // The receipt: a reference to keep and its QR code to show at the desk.
    await heading(page, 'Đã nộp hồ sơ');
    const reference = ((await screen(page).locator('.reference').textContent()) ?? '').trim();
    expect(reference).toMatch(REFERENCE);
    const qr = screen(page).getByRole('img', { name: `Mã QR của mã hồ sơ ${reference}`, exact: true });
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await screen(page).locator('.fact', { hasText: 'Ngày hẹn trả kết quả' }).textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);

    // "Xem hồ sơ của tôi": the filing, received; Back leaves the finished flow behind (no new draft).
    await screen(page).getByRole('button', { name: 'Xem hồ sơ của tôi', exact: true }).click();
    const timeline = screen(page).getByRole('region', { name: 'Tiến trình hồ sơ' });
    await timeline.waitFor();
    expect(await timeline.textContent()).toContain('Đã tiếp nhận');
    expect(await timeline.textContent()).toContain('Cán bộ sẽ kiểm tra hồ sơ. Bạn chưa cần làm gì thêm.');
    expect(await screen(page).locator('.reference').textContent()).toBe(reference);
    await settled(page);
    await backHomeFromFiling(page);
    const drafts = await residentApi(harness(), userToken, '/api/me/drafts');
    expect(drafts.body).toEqual({ items: [] });

    // Home → "Hồ sơ của tôi": listed once, its status in Vietnamese.
    await screen(page).getByRole('button', { name: /^Hồ sơ của tôi/ }).click();
    await heading(page, 'Hồ sơ của tôi');
    await settled(page);
    const listed = screen(page).getByRole('button', { name: /^Đăng ký tạm trú/ });
    expect(await listed.count()).toBe(1);
    expect(await listed.textContent()).toContain(`Mã hồ sơ: ${reference} · Đã tiếp nhận`);
    expect(await screen(page).getByRole('region', { name: 'Đang làm dở' }).count()).toBe(0);

    // Stored once, as received from the Mini App.
    const rows = await harness().server.app.services.db.selectFrom('filings').select(['reference', 'status', 'channel', 'procedure_id']).where('procedure_id', '=', 'temporary-residence').execute();
    expect(rows).toEqual([{ reference, status: 'received', channel: 'miniApp', procedure_id: 'temporary-residence' }]);
    filedByA = { reference, userToken };
    await context.close();
  }, 60_000);

  it("another resident does not see the first one's filing, in the app or through the API", async () => {
    expect(filedByA, 'needs the filing made by the test above').toBeDefined();
    const { reference, userToken: tokenA } = filedByA as { reference: string; userToken: string };
    const { page, context, userToken: tokenB } = await openApp(harness(), '3300002', { name: 'Trần Văn Bảo' });
    await screen(page).getByRole('button', { name: /^Hồ sơ của tôi/ }).click();
    await heading(page, 'Hồ sơ của tôi');
    await screen(page).getByText('Bạn chưa nộp hồ sơ nào qua Zalo.').waitFor();
    expect((await residentApi(harness(), tokenB, `/api/me/filings/${reference}`)).status).toBe(404);
    expect((await residentApi(harness(), tokenA, `/api/me/filings/${reference}`)).status).toBe(200);
    await context.close();
  }, 60_000);
});
