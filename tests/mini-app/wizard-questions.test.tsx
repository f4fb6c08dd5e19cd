// @vitest-environment jsdom
/**
 * One question per screen, run by the real shared engine on the real birth-registration
 * definition: progress, refused answers that do not advance, Back keeping the answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { BIRTH_FLOW, chooseAndContinue, continueButton, enterDate } from './support/wizard-steps';

afterEach(cleanup);

describe('eligibility questions', () => {
  it('shows "Câu 1/5" with the question as the heading', async () => {
    renderApp({ flowPath: BIRTH_FLOW });
    expect(await screen.findByText('Câu 1/5')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Trẻ đã từng được đăng ký khai sinh ở đâu chưa?' })).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
  });

  it('explains in Vietnamese what is wrong and stays on the question', async () => {
    const { user, server } = renderApp({ flowPath: BIRTH_FLOW });
    await user.click(await continueButton());
    expect((await screen.findByRole('alert')).textContent).toContain('Bạn chưa trả lời câu này');
    expect(screen.getByText('Câu 1/5')).toBeTruthy();

    await chooseAndContinue(user, 'Không');
    await chooseAndContinue(user, 'Không');
    await chooseAndContinue(user, 'Cha hoặc mẹ');
    await screen.findByText('Câu 4/5');
    await enterDate(user, '2024-02-31');
    expect((await screen.findByRole('alert')).textContent).toContain('Ngày 31/02/2024 không có trên lịch');
    expect(screen.getByText('Câu 4/5')).toBeTruthy();
    expect((screen.getByLabelText('Ngày') as HTMLInputElement).value).toBe('31');
    expect(screen.getByLabelText('Ngày').getAttribute('aria-invalid')).toBe('true');
    // A refused answer changes nothing, so nothing is sent for it.
    expect(server.eventCalls().filter((request) => request.event.type === 'answer')).toHaveLength(3);
  });

  it('goes Back to the previous question with its answer kept', async () => {
    const { user } = renderApp({ flowPath: BIRTH_FLOW });
    await chooseAndContinue(user, 'Không');
    await chooseAndContinue(user, 'Không');
    await chooseAndContinue(user, 'Ông, bà hoặc người thân thích khác');
    await screen.findByText('Câu 4/5');
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(await screen.findByText('Câu 3/5')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Ông, bà hoặc người thân thích khác' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(await screen.findByText('Câu 2/5')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Không' }) as HTMLInputElement).checked).toBe(true);
  });

  it('explains a refusal with its legal citation and lets the resident change the answer', async () => {
    const { user } = renderApp({ flowPath: BIRTH_FLOW });
    await chooseAndContinue(user, 'Có');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bạn cần làm một thủ tục khác' })).toBeTruthy();
    expect(screen.getByText(/^Căn cứ: /)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sửa câu trả lời' }));
    expect(await screen.findByText('Câu 1/5')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Có' }) as HTMLInputElement).checked).toBe(true);
  });

  it('"Gặp cán bộ" tells the officials which procedure and question the resident is at', async () => {
    const { user, server } = renderApp({ flowPath: BIRTH_FLOW });
    await screen.findByText('Câu 1/5');
    // The home page the app opened on slides away first.
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Gặp cán bộ' })).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Gặp cán bộ' }));
    expect(await screen.findByText(/Đã báo cán bộ/)).toBeTruthy();
    expect(server.calls.find((call) => call.path === '/api/me/handoff')?.body).toEqual({ procedureId: 'birth-registration', questionId: 'registered_before' });
  });
});
