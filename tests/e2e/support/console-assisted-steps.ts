/**
 * What a volunteer does on the console's "Giúp người dân nộp hồ sơ" screens, by role and visible
 * label: answer the question on screen and go on.
 */
import type { Locator, Page } from 'playwright-core';

/** The step's panel, named by its heading ("Bước 3/4: …"). */
export function stepPanel(page: Page, heading: string | RegExp): Locator {
  return page.getByRole('region', { name: heading });
}

export function continueButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Tiếp tục', exact: true });
}

/** Waits for the question, ticks the option and continues. */
export async function choose(page: Page, prompt: string, option: string): Promise<void> {
  const group = page.getByRole('group', { name: prompt });
  await group.waitFor();
  await group.getByRole('radio', { name: option, exact: true }).check();
  await continueButton(page).click();
}

/** Waits for the question, types the answer (replacing what is there) and continues. */
export async function type(page: Page, prompt: string, text: string): Promise<void> {
  const box = page.getByLabel(prompt, { exact: true });
  await box.waitFor();
  await box.fill(text);
  await continueButton(page).click();
}
