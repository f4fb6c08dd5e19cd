// @vitest-environment jsdom
/**
 * From "eligible" to the receipt: consent with nothing ticked in advance, the filing details
 * (the address checked by the server), "Kiểm tra lại thông tin" with "Sửa", and the receipt.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { renderApp } from './support/render-app';
import { answerBirthEligibility, BIRTH_FLOW, chooseAndContinue, typeAndContinue } from './support/wizard-steps';

afterEach(cleanup);

async function agreeToCollect(user: UserEvent): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Nộp hồ sơ trực tuyến' }));
  const purpose = await screen.findByRole('checkbox', { name: /Lập và nộp hồ sơ/ });
  expect((purpose as HTMLInputElement).checked).toBe(false);
  await user.click(screen.getByRole('button', { name: 'Đồng ý và tiếp tục' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Hãy đánh dấu đồng ý');
  await user.click(purpose);
  await user.click(screen.getByRole('button', { name: 'Đồng ý và tiếp tục' }));
}

async function fillBirthFiling(user: UserEvent): Promise<void> {
  await screen.findByText('Thông tin hồ sơ · Câu 1/6');
  await typeAndContinue(user, /Họ và tên dự kiến của trẻ/, 'Nguyễn Văn An');
  await chooseAndContinue(user, 'Nam');
  await typeAndContinue(user, /Họ và tên người đi đăng ký/, 'Nguyễn Văn Bình');
  await typeAndContinue(user, /Số định danh cá nhân/, '001090012345');
  await typeAndContinue(user, /Số điện thoại liên hệ/, '0912 345 678');
  await typeAndContinue(user, /Nơi cư trú của cha hoặc mẹ/, '12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh');
}

describe('filing online', () => {
  it('shows the papers and fee for these answers, then asks for consent per purpose', async () => {
    const { user } = renderApp({ flowPath: BIRTH_FLOW });
    await answerBirthEligibility(user);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bạn đủ điều kiện làm thủ tục này' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Lệ phí' }).textContent).toMatch(/Tổng cộng/);
    await agreeToCollect(user);
    expect(await screen.findByText('Thông tin hồ sơ · Câu 1/6')).toBeTruthy();
  });

  it('"Sửa" on the review page goes back to that question, then returns to the review; the receipt has a QR code', async () => {
    const { user, server } = renderApp({ flowPath: BIRTH_FLOW });
    await answerBirthEligibility(user);
    await agreeToCollect(user);
    await fillBirthFiling(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin' })).toBeTruthy();
    // The address was checked by the server, which knows the administrative units.
    expect(screen.getByText(/Phường Bến Thành/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Sửa: Họ và tên dự kiến của trẻ?' }));
    const name = (await screen.findByLabelText(/Họ và tên dự kiến của trẻ/)) as HTMLInputElement;
    expect(name.value).toBe('Nguyễn Văn An');
    await typeAndContinue(user, /Họ và tên dự kiến của trẻ/, 'Nguyễn Văn Anh');
    const review = await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin' });
    expect(within(review.parentElement as HTMLElement).getByText('Nguyễn Văn Anh')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đã nộp hồ sơ' })).toBeTruthy();
    const reference = server.drafts.get('birth-registration')?.reference ?? '';
    expect(reference).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]$/);
    expect(screen.getByText(reference)).toBeTruthy();
    expect(screen.getByRole('img', { name: `Mã QR của mã hồ sơ ${reference}` })).toBeTruthy();
    expect(screen.getByText('Ngày hẹn trả kết quả')).toBeTruthy();
  });

  it("offers the resident's Zalo name only where the procedure asks for their own name", async () => {
    const { user } = renderApp({ flowPath: BIRTH_FLOW });
    await answerBirthEligibility(user);
    await agreeToCollect(user);
    await screen.findByText('Thông tin hồ sơ · Câu 1/6');
    expect(screen.queryByRole('button', { name: 'Điền tên Zalo của tôi' })).toBeNull(); // the child's name
    await typeAndContinue(user, /Họ và tên dự kiến của trẻ/, 'Nguyễn Văn An');
    await chooseAndContinue(user, 'Nam');
    await screen.findByLabelText(/Họ và tên người đi đăng ký/);
    expect(screen.getByRole('button', { name: 'Điền tên Zalo của tôi' })).toBeTruthy();
  });
});
