// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderApp } from './support/render-app';

afterEach(cleanup);

describe('Home', () => {
  it('finds a procedure from text typed without diacritics', async () => {
    const { user, server } = renderApp();
    const search = await screen.findByRole('searchbox', { name: 'Bạn cần làm thủ tục gì?' });
    await user.type(search, 'lam giay khai sinh cho con');
    const results = await screen.findByRole('region', { name: 'Kết quả tìm kiếm' });
    const first = await within(results).findAllByRole('button');
    expect(first[0]?.textContent).toMatch(/^Đăng ký khai sinh/);
    expect(server.calls.some((call) => call.path.startsWith('/api/procedures?') && call.path.includes('q=lam+giay+khai+sinh+cho+con'))).toBe(true);
  });

  it('switches to English, procedure names included', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Chuyển sang tiếng Anh' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Commune public services' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /^Birth registration/ })).toBeTruthy();
    expect(localStorage.getItem('dvc.lang')).toBe('en');
  });
});
