/** What a resident does on the wizard's screens, by role and label. */
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

export const BIRTH_FLOW = '/procedures/birth-registration/steps';

export async function continueButton(): Promise<HTMLElement> {
  return screen.findByRole('button', { name: 'Tiếp tục' });
}

export async function chooseAndContinue(user: UserEvent, option: string): Promise<void> {
  await user.click(await screen.findByRole('radio', { name: option }));
  await user.click(await continueButton());
}

export async function typeAndContinue(user: UserEvent, label: string | RegExp, text: string): Promise<void> {
  const input = await screen.findByLabelText(label);
  await user.clear(input);
  await user.type(input, text);
  await user.click(await continueButton());
}

export async function enterDate(user: UserEvent, isoDate: string): Promise<void> {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  await user.type(await screen.findByLabelText('Ngày'), day);
  await user.type(screen.getByLabelText('Tháng'), month);
  await user.type(screen.getByLabelText('Năm'), year);
  await user.click(await continueButton());
}

/** An ISO date `days` before today in Vietnam. */
function daysAgo(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

/** Answers the birth-registration eligibility questions so the child is eligible (born 10 days ago). */
export async function answerBirthEligibility(user: UserEvent): Promise<void> {
  await chooseAndContinue(user, 'Không');
  await screen.findByText('Câu 2/5');
  await chooseAndContinue(user, 'Không');
  await chooseAndContinue(user, 'Cha hoặc mẹ');
  await screen.findByText('Câu 4/5');
  await enterDate(user, daysAgo(10));
  await chooseAndContinue(user, 'Giấy chứng sinh của bệnh viện/trạm y tế');
}
