// @vitest-environment jsdom
/** The procedure page: facts with their unconfirmed marks, the ways in, and a retry when the network drops. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { createFakeServer } from './support/fake-server';
import { renderApp } from './support/render-app';

afterEach(cleanup);

describe('Procedure page', () => {
  it('shows what the procedure is, with "Chưa xác nhận" where the data is unconfirmed, and the ways to start', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /^Đăng ký khai sinh/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeTruthy();
    expect(screen.getAllByText('Chưa xác nhận – hãy kiểm tra với UBND xã').length).toBeGreaterThan(0);
    expect(screen.getByRole('region', { name: 'Giấy tờ cần chuẩn bị' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Lệ phí' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Căn cứ pháp lý' }).textContent).toContain('Luật Hộ tịch');
    expect(screen.getByText('Thời gian giải quyết')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kiểm tra điều kiện' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kiểm tra điều kiện' }));
    expect(await screen.findByText('Câu 1/5')).toBeTruthy();
  });

  it('offers "Thử lại" when the network fails, and loads on retry', async () => {
    const server = createFakeServer();
    let failures = 0;
    server.routes.push({ method: 'GET', path: /^\/api\/procedures\/birth-registration$/, reply: () => (failures++ < 3 ? 'network' : undefined) });
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: /^Đăng ký khai sinh/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('Không kết nối được');
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký khai sinh' })).toBeTruthy();
  });
});
