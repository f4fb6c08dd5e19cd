/**
 * The filings work queue in a real browser against a real server: a resident files a birth
 * registration through the chat; a supervisor finds it with filters kept in the address, reads the
 * answers, asks for more information (refused without a reason, done with one, the resident told
 * on Zalo); the resident's Mini App timeline shows the new status and reason. A decision that
 * crosses another official's gets the server's message and the filing reloaded. Volunteers see
 * only what they assisted. Overdue filings say so in words; the list pages with "Xem thêm". No
 * serious accessibility violation on either page.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, openSection, residentSees, seriousAxeViolations, signedInPage, signIn, openConsole, SUPERVISOR, useConsoleHarness } from './support/console-harness';
import { BIRTH_DATE_SHOWN, fileBirthThroughChat, openMiniAppAs } from './support/console-residents';
import { staffApi } from './support/console-staff-api';
import { storeFilings } from './support/console-stored-filings';
import { heading, screen, settled } from './support/mini-app-harness';

const harness = useConsoleHarness();
const RESIDENT = '8409000000000000401';
const REASON = 'Bạn cần bổ sung bản sao giấy chứng sinh của bé.';
let filed: string | undefined;

describe('the filings work queue in the console', () => {
  it('a supervisor filters, opens a chat filing, asks for more information; the Mini App timeline shows it', async () => {
    const reference = await fileBirthThroughChat(harness(), RESIDENT);
    await harness().addStaff(SUPERVISOR);
    const page = await signedInPage(harness(), SUPERVISOR);
    await openSection(page, 'Hồ sơ');

    await page.getByRole('checkbox', { name: 'Đã tiếp nhận' }).check();
    await page.getByLabel('Thủ tục').selectOption({ label: 'Đăng ký khai sinh' });
    await page.getByLabel('Mã hồ sơ').fill(reference.slice(0, 7).toLowerCase());
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?status=received&procedureId=birth-registration&q=${reference.slice(0, 7).toLowerCase()}`);
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'trên tổng số 1 hồ sơ' }).count()).toBe(1);
    expect(await row.textContent()).toMatch(/Đăng ký khai sinh.*Đã tiếp nhận.*(Hạn là hôm nay|Còn \d+ ngày làm việc).*Chat Zalo.*Zalo …0401/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${reference} – Đăng ký khai sinh` }).waitFor();
    const answers = page.getByRole('region', { name: 'Thông tin người dân đã khai' });
    for (const shown of ['Nguyễn Hoàng Nam', 'Trần Thị Mai', BIRTH_DATE_SHOWN()]) await answers.getByText(shown, { exact: true }).first().waitFor();
    expect(await page.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.parentElement?.textContent))).toEqual(['Đang xử lý', 'Cần bổ sung (cần ghi lý do)']);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: /^Cần bổ sung/ }).check();
    await page.getByRole('button', { name: 'Cập nhật tình trạng' }).click();
    await page.getByText('Hãy ghi lý do: người dân cần bổ sung giấy tờ hoặc thông tin gì.').waitFor();
    expect(await page.getByLabel(/^Lý do gửi cho người dân/).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel(/^Lý do gửi cho người dân/).fill(REASON);
    await page.getByRole('button', { name: 'Cập nhật tình trạng' }).click();
    await page.getByRole('status').filter({ hasText: `Đã chuyển hồ sơ ${reference} sang “Cần bổ sung”. Người dân đã được báo qua Zalo.` }).waitFor();
    const timeline = page.getByRole('region', { name: 'Tiến trình hồ sơ' });
    await timeline.getByText(`Lý do: ${REASON}`).waitFor();
    expect(await page.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.parentElement?.textContent))).toEqual(['Đang xử lý', 'Không được giải quyết (cần ghi lý do)']);
    await expect.poll(() => residentSees(harness(), RESIDENT), { timeout: 10_000 }).toContainEqual(expect.stringContaining(`Lý do: ${REASON}`));
    await page.context().close();

    const { page: app, context } = await openMiniAppAs(harness(), RESIDENT);
    await screen(app).getByRole('button', { name: /^Hồ sơ của tôi/ }).click();
    await heading(app, 'Hồ sơ của tôi');
    await settled(app);
    await screen(app).getByRole('button', { name: /^Đăng ký khai sinh/ }).click();
    const residentTimeline = screen(app).getByRole('region', { name: 'Tiến trình hồ sơ' });
    await residentTimeline.waitFor({ timeout: 10_000 });
    expect(await residentTimeline.textContent()).toContain('Cần bổ sung');
    expect(await residentTimeline.textContent()).toContain(REASON);
    await context.close();
    filed = reference;
  }, 90_000);

  it("shows the server's message and the filing as it now stands when another official decided first", async () => {
    expect(filed, 'needs the filing moved on by the test above').toBeDefined();
    const reference = filed as string;
    await harness().addStaff(ADMIN);
    const page = await openConsole(harness());
    // No live updates on this page, so it keeps the status it loaded while the other official acts.
    await page.route('**/api/console/events', (route) => route.abort());
    await signIn(page, ADMIN.username);
    await page.getByRole('heading', { level: 1, name: 'Hộp thư chuyển cán bộ' }).waitFor();
    await page.goto(`${harness().server.baseUrl}/console/filings/${reference}`);
    await page.getByRole('radio', { name: /^Không được giải quyết/ }).waitFor();

    const other = await staffApi(harness(), SUPERVISOR);
    expect((await other.post(`/api/console/filings/${reference}/status`, { status: 'processing' })).status).toBe(200);

    await page.getByRole('radio', { name: /^Không được giải quyết/ }).check();
    await page.getByLabel(/^Lý do gửi cho người dân/).fill('Hồ sơ không đủ điều kiện.');
    await page.getByRole('button', { name: 'Cập nhật tình trạng' }).click();
    await page.getByRole('alert').filter({ hasText: 'Hồ sơ vừa được một cán bộ khác cập nhật.' }).waitFor();
    await page.locator('.facts .status-text', { hasText: 'Đang xử lý' }).waitFor();
    expect(await page.getByRole('radio', { name: /^Không được giải quyết/ }).isChecked()).toBe(false);
    await page.context().close();
  }, 60_000);

  it('shows a volunteer only the filings they assisted, and no status form', async () => {
    expect(filed, 'needs the filing made by the first test').toBeDefined();
    await harness().addStaff({ username: 'tnv', displayName: 'Đỗ Tình Nguyện', role: 'volunteer' });
    const page = await openConsole(harness());
    await signIn(page, 'tnv');
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link').allTextContents()).toEqual(['Hồ sơ', 'Nộp hộ', 'Thủ tục']);
    await page.getByText('Không có hồ sơ nào khớp với bộ lọc.').waitFor();
    await page.goto(`${harness().server.baseUrl}/console/filings/${filed as string}`);
    await page.getByRole('alert').filter({ hasText: 'Không tìm thấy hồ sơ này' }).waitFor();
    expect(await page.getByRole('button', { name: 'Cập nhật tình trạng' }).count()).toBe(0);
    await page.context().close();
  }, 60_000);

  it('marks overdue filings in words, keeps the overdue filter in the address, and pages with "Xem thêm"', async () => {
    // 55 temporary-residence filings received a month ago (due 3 working days later), still untouched.
    await storeFilings(harness(), { count: 55, daysAgo: 30, procedureId: 'temporary-residence', residentPrefix: '840900000000001' });
    const page = await signedInPage(harness(), SUPERVISOR);
    await openSection(page, 'Hồ sơ');
    await page.getByRole('checkbox', { name: 'Chỉ hồ sơ quá hạn' }).check();
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?overdue=true');
    await page.getByRole('status').filter({ hasText: 'Đang hiện 50 trên tổng số 55 hồ sơ.' }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.nth(1).textContent()).toMatch(/Đăng ký tạm trú.*⚠ Quá hạn \d+ ngày làm việc/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Xem thêm' }).click();
    await page.getByRole('status').filter({ hasText: 'Đang hiện 55 trên tổng số 55 hồ sơ.' }).waitFor();
    expect(await rows.count()).toBe(56);
    expect(await page.getByRole('button', { name: 'Xem thêm' }).count()).toBe(0);
    // The link carries the filter: opened afresh, the same list with the box ticked.
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'trên tổng số 55 hồ sơ.' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Chỉ hồ sơ quá hạn' }).isChecked()).toBe(true);
    await page.context().close();
  }, 60_000);
});
