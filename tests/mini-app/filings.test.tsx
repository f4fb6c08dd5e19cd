// @vitest-environment jsdom
/** My filings: the list, one filing's status timeline with what to do, and the one-tap rating after a result. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { FilingDetailResponse, FilingSummary } from '../../shared/api/mini-app-api-schemas';
import { filingStatusText } from '../../shared/filing/filing-status-text';
import { createFakeServer } from './support/fake-server';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const summary: FilingSummary = {
  reference: '9NKK-64XS-2',
  procedureId: 'birth-registration',
  procedureName: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
  status: 'resultReady',
  receivedAt: '2026-03-02T02:00:00.000Z',
  dueDate: '2026-03-05',
  updatedAt: '2026-03-04T08:00:00.000Z',
};

const detail: FilingDetailResponse = {
  filing: {
    reference: summary.reference,
    procedureId: summary.procedureId,
    procedureName: summary.procedureName,
    status: 'resultReady',
    receivedAt: summary.receivedAt,
    dueDate: summary.dueDate,
    documents: [{ id: 'birth_notice', name: { vi: 'Giấy chứng sinh' }, copies: 1, form: 'original', unconfirmed: false }],
    fee: { items: [], total: 0, totalOnline: 0, setByProvince: false },
    review: [{ title: { vi: 'Thông tin của trẻ' }, items: [{ questionId: 'child_full_name', label: { vi: 'Họ và tên dự kiến của trẻ?' }, display: { vi: 'Nguyễn Văn An' } }] }],
  },
  timeline: (['received', 'processing', 'resultReady'] as const).map((status, i) => ({ status, at: `2026-03-0${2 + i}T02:00:00.000Z`, note: null, next: filingStatusText(status, 'miniApp').next })),
  rating: null,
};

function filingServer() {
  const server = createFakeServer();
  server.routes.push(
    { method: 'GET', path: /^\/api\/me\/filings$/, reply: () => ({ status: 200, body: { items: [summary] } }) },
    { method: 'GET', path: /^\/api\/me\/filings\/9NKK-64XS-2$/, reply: () => ({ status: 200, body: detail }) },
    { method: 'POST', path: /^\/api\/me\/filings\/9NKK-64XS-2\/rating$/, reply: () => ({ status: 204 }) },
  );
  return server;
}

describe('My filings', () => {
  it('lists filings and shows the status timeline with what to do at each step', async () => {
    const server = filingServer();
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: /^Hồ sơ của tôi/ }));
    await user.click(await screen.findByRole('button', { name: /Đăng ký khai sinh.*9NKK-64XS-2/ }));
    const timeline = await screen.findByRole('region', { name: 'Tiến trình hồ sơ' });
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps.map((step) => step.querySelector('.item-title')?.textContent)).toEqual(['Đã tiếp nhận', 'Đang xử lý', 'Đã có kết quả']);
    expect(steps[2]?.textContent).toContain(filingStatusText('resultReady', 'miniApp').next.vi);
    expect(screen.getByRole('img', { name: 'Mã QR của mã hồ sơ 9NKK-64XS-2' })).toBeTruthy();
  });

  it('rates the result with one tap, with the optional comment', async () => {
    const server = filingServer();
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: /^Hồ sơ của tôi/ }));
    await user.click(await screen.findByRole('button', { name: /9NKK-64XS-2/ }));
    await user.type(await screen.findByLabelText('Góp ý thêm (không bắt buộc)'), 'Cán bộ nhiệt tình');
    await user.click(screen.getByRole('button', { name: '4 trên 5 sao' }));
    expect(await screen.findByText('Cảm ơn bạn đã đánh giá: 4/5.')).toBeTruthy();
    const sent = server.calls.find((call) => call.path.endsWith('/rating'));
    expect(sent?.body).toEqual({ score: 4, comment: 'Cán bộ nhiệt tình' });
  });
});
