/**
 * Picking a flow up again in the Mini App (built, in headless Chromium, against the real
 * bot-server): after a reload of the page, and after starting it in the OA chat (simulator), where
 * the same resident then carries on from the app's last answer.
 */
import { describe, expect, it } from 'vitest';
import { heading, openApp, residentApi, screen, settled, useMiniAppHarness } from './support/mini-app-harness';
import { atQuestion, chooseAndContinue, goBack, progressText, startTemporaryResidence } from './support/mini-app-steps';

const harness = useMiniAppHarness();

describe('Mini App: carrying on where the resident left off', () => {
  it('reopened after a reload, the wizard is at the next question with the progress and earlier answers kept', async () => {
    const { page, context } = await openApp(harness(), '3100002');
    await startTemporaryResidence(page);
    const total = ((await progressText(page).textContent()) ?? '').replace(/^Câu 1\//, '');
    await chooseAndContinue(page, `Câu 1/${total}`, 'Từ 30 ngày trở lên');
    await chooseAndContinue(page, `Câu 2/${total}`, 'Không');
    await heading(page, 'Bạn đang ở nhà thuê, nhà người thân, nhà của mình, hay ký túc xá?');
    // Both answers reached the server ("Đã lưu" in the top bar) before the page goes away.
    await expect.poll(() => screen(page).locator('.save-status').textContent(), { timeout: 10_000 }).toBe('Đã lưu');

    await page.reload();
    await settled(page);
    await heading(page, 'Bạn đang ở nhà thuê, nhà người thân, nhà của mình, hay ký túc xá?');
    expect(await progressText(page).textContent()).toBe(`Câu 3/${total}`);
    await goBack(page);
    await heading(page, 'Chỗ ở này có cùng xã, phường với nơi bạn đang đăng ký thường trú không?');
    expect(await screen(page).getByRole('radio', { name: 'Không', exact: true }).isChecked()).toBe(true);
    await goBack(page);
    await atQuestion(page, `Câu 1/${total}`);
    expect(await screen(page).getByRole('radio', { name: 'Từ 30 ngày trở lên', exact: true }).isChecked()).toBe(true);
    await context.close();
  }, 60_000);

  it('continues in the app a flow begun in the OA chat, and the chat then continues from the app', async () => {
    const userId = '3200001';
    const { server } = harness();
    await server.turn(userId, 'đăng ký khai sinh');
    const firstQuestion = await server.turn(userId, '1');
    expect(firstQuestion).toContain('Câu 1/5: Trẻ đã từng được đăng ký khai sinh ở đâu chưa?');
    const link = /Mini App "Dịch vụ công"[^:]*: (\S+)/.exec(firstQuestion)?.[1] ?? '';
    expect(new URL(link).searchParams.get('procedure')).toBe('birth-registration');
    expect(await server.turn(userId, 'không')).toContain('Câu 2/5');

    // The same person opens the Mini App: the unfinished draft is on the home page.
    const { page, context, userToken } = await openApp(harness(), userId);
    const drafts = screen(page).getByRole('region', { name: 'Đang làm dở' });
    await drafts.waitFor({ timeout: 10_000 });
    expect(await drafts.locator('.item-title').allTextContents()).toEqual(['Đăng ký khai sinh']);
    expect(await drafts.locator('.item-meta').textContent()).toBe('Đến câu 2/5');
    await drafts.getByRole('button', { name: 'Tiếp tục thủ tục Đăng ký khai sinh', exact: true }).click();
    await settled(page);
    await heading(page, 'Cha hoặc mẹ của trẻ là người nước ngoài, hoặc trẻ sinh ra ở nước ngoài?');
    expect(await progressText(page).textContent()).toBe('Câu 2/5');
    const draft = await residentApi(harness(), userToken, '/api/me/drafts/birth-registration');
    expect(draft.status).toBe(200);
    expect((draft.body as { session: { answers: Record<string, unknown> } }).session.answers).toEqual({ registered_before: false });

    // One more answer in the app; the chat asks the next one, and takes the answer to it.
    await chooseAndContinue(page, 'Câu 2/5', 'Không');
    await heading(page, 'Ai sẽ đi đăng ký khai sinh cho trẻ?');
    await expect.poll(() => screen(page).locator('.save-status').textContent(), { timeout: 10_000 }).toBe('Đã lưu');
    expect(await server.turn(userId, 'tiếp tục')).toContain('Câu 3/5: Ai sẽ đi đăng ký khai sinh cho trẻ?');
    expect(await server.turn(userId, '1')).toMatch(/Đã ghi: Cha hoặc mẹ[\s\S]*Câu 4\/5: Trẻ sinh ngày nào\?/);
    await context.close();

    // The link the chat offered, opened on a phone with the resident's token: the flow is at the chat's question.
    const phone = await harness().browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const linked = await phone.newPage();
    const url = new URL(link);
    url.searchParams.set('simUserToken', userToken);
    await linked.goto(url.toString());
    await settled(linked);
    await heading(linked, 'Trẻ sinh ngày nào? (ngày/tháng/năm)');
    expect(await progressText(linked).textContent()).toBe('Câu 4/5');
    await phone.close();
  }, 60_000);
});
