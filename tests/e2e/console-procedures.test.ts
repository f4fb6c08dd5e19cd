/**
 * "Thủ tục" in a real browser against a server whose catalog holds two draft versions (written by
 * a content editor): every role reads the versions and which one residents get; only an admin has
 * "Xuất bản", which asks first (saying from when residents get it), publishes, and residents get
 * the new version. A version another admin published meanwhile gets the server's message. No
 * serious accessibility violation on the page or the dialog.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, openSection, seriousAxeViolations, signedInPage, useConsoleHarness } from './support/console-harness';
import { catalogWithDrafts, DRAFTS } from './support/console-draft-catalog';
import { staffApi } from './support/console-staff-api';

const harness = useConsoleHarness({ catalogDirectory: catalogWithDrafts });
const { temporaryResidence, birthRegistration } = DRAFTS;

const servedVersion = async (id: string): Promise<number> => {
  const response = await fetch(`${harness().server.baseUrl}/api/procedures/${id}`);
  return ((await response.json()) as { procedure: { version: number } }).procedure.version;
};

describe('procedure versions in the console', () => {
  it('shows an official every version and which one residents get, with nothing to publish', async () => {
    const page = await signedInPage(harness());
    await openSection(page, 'Thủ tục');
    const group = page.getByRole('rowgroup').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${temporaryResidence.name}`) }) });
    expect(await group.getByRole('row').allTextContents()).toEqual([
      expect.stringMatching(/^Đăng ký tạm trú.*2Bản nháp: người dân chưa thấyTừ 01\/03\/2026Chưa xuất bản$/),
      expect.stringMatching(/^1Đang áp dụng cho người dânTừ .*Đã xuất bản sẵn trong tệp thủ tục$/),
    ]);
    expect(await page.getByRole('button', { name: /^Xuất bản/ }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('lets an admin publish a draft after a dialog that says from when residents get it', async () => {
    await harness().addStaff(ADMIN);
    const page = await signedInPage(harness(), ADMIN);
    await openSection(page, 'Thủ tục');

    await page.getByRole('button', { name: `Xuất bản phiên bản 2 của ${birthRegistration.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Xuất bản phiên bản 2 của “${birthRegistration.name}”?` });
    await dialog.getByText('Người dân nhận phiên bản này từ ngày 01/01/2099; đến hôm đó họ vẫn dùng phiên bản đang áp dụng.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Không, quay lại' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Xuất bản phiên bản 2 của ${birthRegistration.name}`);

    await page.getByRole('button', { name: `Xuất bản phiên bản 2 của ${birthRegistration.name}` }).click();
    await dialog.getByRole('button', { name: 'Có, xuất bản' }).click();
    await page.getByRole('status').filter({ hasText: `Đã xuất bản phiên bản 2 của “${birthRegistration.name}”. Người dân dùng phiên bản này từ ngày 01/01/2099.` }).waitFor();
    const birthRows = page.getByRole('rowgroup').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${birthRegistration.name}`) }) }).getByRole('row');
    await birthRows.first().filter({ hasText: 'Đã xuất bản, áp dụng từ 01/01/2099' }).waitFor();
    expect(await birthRows.first().textContent()).toContain(ADMIN.displayName);
    expect(await servedVersion(birthRegistration.id)).toBe(1);

    // Another admin publishes the other draft while this page still offers it.
    const other = await staffApi(harness(), ADMIN);
    expect((await other.post(`/api/console/procedures/${temporaryResidence.id}/versions/2/publish`)).status).toBe(200);
    await page.getByRole('button', { name: `Xuất bản phiên bản 2 của ${temporaryResidence.name}` }).click();
    const second = page.getByRole('dialog', { name: `Xuất bản phiên bản 2 của “${temporaryResidence.name}”?` });
    await second.getByText(/^Ngày hiệu lực của phiên bản này \(01\/03\/2026\) đã đến: người dân nhận phiên bản này ngay sau khi xuất bản/).waitFor();
    await second.getByRole('button', { name: 'Có, xuất bản' }).click();
    await second.getByRole('alert').filter({ hasText: 'Phiên bản này đã được xuất bản rồi. Hãy tải lại danh sách thủ tục.' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await second.getByRole('button', { name: 'Không, quay lại' }).click();
    // The list was reloaded: version 2 is what residents get now, and there is nothing left to publish.
    const residenceRows = page.getByRole('rowgroup').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${temporaryResidence.name}`) }) }).getByRole('row');
    await residenceRows.first().filter({ hasText: 'Đang áp dụng cho người dân' }).waitFor();
    expect(await page.getByRole('button', { name: /^Xuất bản/ }).count()).toBe(0);
    expect(await servedVersion(temporaryResidence.id)).toBe(2);
    await page.context().close();
  }, 60_000);
});
