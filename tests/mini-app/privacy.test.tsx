// @vitest-environment jsdom
/** Privacy: consents with withdraw, and deleting my data only after a confirmation. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { createFakeServer } from './support/fake-server';
import { renderApp } from './support/render-app';

afterEach(cleanup);

function privacyServer() {
  const server = createFakeServer();
  server.routes.push(
    {
      method: 'GET',
      path: /^\/api\/me\/consents$/,
      reply: () => ({
        status: 200,
        body: { items: [{ id: 7, policyVersion: '2026-01', purposes: ['filing'], dataCategories: ['child_name', 'phone'], procedureId: 'birth-registration', givenAt: '2026-03-02T02:00:00.000Z', withdrawnAt: null }] },
      }),
    },
    { method: 'POST', path: /^\/api\/me\/consents\/7\/withdraw$/, reply: () => ({ status: 204 }) },
    { method: 'DELETE', path: /^\/api\/me$/, reply: () => ({ status: 204 }) },
  );
  return server;
}

describe('Privacy', () => {
  it('withdraws a consent', async () => {
    const server = privacyServer();
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: 'Quyền riêng tư và dữ liệu của tôi' }));
    // What was agreed to, in words (not the procedure file's ids).
    expect(await screen.findByText('Dữ liệu: Họ tên của trẻ, Số điện thoại')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Rút lại đồng ý ngày 02/03/2026' }));
    expect(await screen.findByText(/^Đã rút lại ngày/)).toBeTruthy();
    expect(server.calls.some((call) => call.method === 'POST' && call.path === '/api/me/consents/7/withdraw')).toBe(true);
  });

  it('deletes my data only after confirming', async () => {
    const server = privacyServer();
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: 'Quyền riêng tư và dữ liệu của tôi' }));
    await user.click(await screen.findByRole('button', { name: 'Xóa dữ liệu của tôi' }));
    expect(server.calls.some((call) => call.method === 'DELETE')).toBe(false);
    expect(screen.getByRole('alertdialog', { name: 'Bạn chắc chắn muốn xóa?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Có, xóa dữ liệu' }));
    expect(await screen.findByText('Đã xóa dữ liệu của bạn.')).toBeTruthy();
    expect(server.calls.some((call) => call.method === 'DELETE' && call.path === '/api/me')).toBe(true);
  });
});
