/** What a resident does on the Mini App's wizard screens, by role and visible label, in a real browser. */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { heading, screen, settled } from './mini-app-harness';

/** The progress line of the question on screen ("Câu 2/5", "Thông tin hồ sơ · Câu 1/5"). */
export function progressText(page: Page): Locator {
  return screen(page).locator('.progress-text');
}

/** Waits until the wizard shows the question numbered `progress`. */
export async function atQuestion(page: Page, progress: string): Promise<void> {
  await screen(page).locator('.progress-text', { hasText: new RegExp(`^${progress.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor({ timeout: 10_000 });
}

export function continueButton(page: Page): Locator {
  return screen(page).getByRole('button', { name: 'Tiếp tục', exact: true });
}

/** On question `progress`, ticks the option and continues. */
export async function chooseAndContinue(page: Page, progress: string, option: string): Promise<void> {
  await atQuestion(page, progress);
  await screen(page).getByRole('radio', { name: option, exact: true }).check();
  await continueButton(page).click();
}

/** Waits for the question (the page heading), ticks the option and continues. */
export async function answerQuestion(page: Page, prompt: string | RegExp, option: string): Promise<void> {
  await heading(page, prompt);
  await screen(page).getByRole('radio', { name: option, exact: true }).check();
  await continueButton(page).click();
}

/** On question `progress`, types into the field labelled `label` (replacing what is there) and continues. */
export async function typeAndContinue(page: Page, progress: string, label: string | RegExp, text: string): Promise<void> {
  await atQuestion(page, progress);
  const field = screen(page).getByLabel(label);
  await field.fill('');
  await field.pressSequentially(text);
  await continueButton(page).click();
}

/** On question `progress`, types an ISO date into the day, month and year boxes and continues. */
export async function enterDateAndContinue(page: Page, progress: string, isoDate: string): Promise<void> {
  await atQuestion(page, progress);
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const view = screen(page);
  await view.getByLabel('Ngày', { exact: true }).fill(day);
  await view.getByLabel('Tháng', { exact: true }).fill(month);
  await view.getByLabel('Năm', { exact: true }).fill(year);
  await continueButton(page).click();
}

/** The top bar's "Quay lại" (the wizard steps back one question with it). */
export async function goBack(page: Page): Promise<void> {
  await screen(page).getByRole('button', { name: /Quay lại/ }).click();
}

/** An ISO date `days` before today in Vietnam (negative: in the future). */
export function daysAgo(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Types `query` into the search box as a resident would and returns the procedures listed under
 * "Kết quả tìm kiếm" for exactly that text (not for a prefix typed on the way), checking the first.
 */
export async function searchFor(page: Page, query: string, expectedFirst: string): Promise<string[]> {
  const box = screen(page).getByRole('searchbox', { name: 'Bạn cần làm thủ tục gì?' });
  const answered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === '/api/procedures' && url.searchParams.get('q') === query;
  });
  await box.fill('');
  await box.pressSequentially(query, { delay: 20 });
  await answered;
  const results = screen(page).getByRole('region', { name: 'Kết quả tìm kiếm' });
  await expect.poll(() => results.getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
  const titles = await results.locator('.link-card .item-title').allTextContents();
  expect(titles[0], `first result for "${query}" among ${JSON.stringify(titles)}`).toBe(expectedFirst);
  return titles;
}

/** From a filing opened off its receipt, Back twice: the procedure page (not the finished flow), then home. */
export async function backHomeFromFiling(page: Page): Promise<void> {
  await screen(page).getByRole('button', { name: /Quay lại/ }).click();
  await screen(page).getByRole('button', { name: 'Kiểm tra điều kiện', exact: true }).waitFor();
  await settled(page);
  await screen(page).getByRole('button', { name: /Quay lại/ }).click();
  await heading(page, 'Dịch vụ công xã/phường');
  await settled(page);
}

/** From home: find temporary residence by shorthand and start its questions (the first one on screen). */
export async function startTemporaryResidence(page: Page): Promise<void> {
  await searchFor(page, 'dk tam tru', 'Đăng ký tạm trú');
  await screen(page).getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('button', { name: /^Đăng ký tạm trú/ }).click();
  await heading(page, 'Đăng ký tạm trú');
  await settled(page);
  await screen(page).getByRole('button', { name: 'Kiểm tra điều kiện', exact: true }).click();
  await heading(page, 'Bạn định ở chỗ này bao lâu?');
}
