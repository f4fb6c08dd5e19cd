// @vitest-environment jsdom
/**
 * Appointments in the Mini App: booking from the page of a procedure that needs a visit (day →
 * time → check → confirm), a time that fills up meanwhile, and "Lịch hẹn của tôi" with moving and
 * cancelling, one whose time has passed, and an appointment the office cancelled.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { BookAppointmentRequest, ResidentAppointment } from '../../shared/api/appointment-api-schemas';
import { createFakeServer } from './support/fake-server';
import { addFakeAppointments } from './support/fake-appointments';
import { renderApp } from './support/render-app';

afterEach(cleanup);

const slots = () => [
  { id: 1, date: '2026-03-10', startTime: '08:00', endTime: '08:30', capacity: 3, booked: 0 },
  { id: 2, date: '2026-03-10', startTime: '08:30', endTime: '09:00', capacity: 2, booked: 0 },
  { id: 3, date: '2026-03-11', startTime: '08:00', endTime: '08:30', capacity: 1, booked: 0 },
];

const booked: ResidentAppointment = {
  id: 50,
  procedureId: 'marriage-registration',
  procedureName: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' },
  slotId: 1,
  date: '2026-03-10',
  startTime: '08:00',
  endTime: '08:30',
  status: 'booked',
  cancelledBy: null,
  filingReference: null,
  bookedAt: '2026-03-02T02:00:00.000Z',
};

describe('Appointments', () => {
  it('books a time from the procedure page: day, time, check, confirm, then "Lịch hẹn của tôi"', async () => {
    const server = createFakeServer();
    const state = addFakeAppointments(server, slots());
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: /^Đăng ký kết hôn/ }));
    const visit = await screen.findByRole('region', { name: 'Cần đến trực tiếp' });
    expect(visit.textContent).toContain('Hai người phải cùng có mặt');
    await user.click(within(visit).getByRole('button', { name: 'Đặt lịch hẹn' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bạn muốn đến vào ngày nào?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Thứ Ba, 10/03/2026 · còn 5 chỗ' }));
    await user.click(await screen.findByRole('button', { name: '08:30–09:00 · còn 2 chỗ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại lịch hẹn' })).toBeTruthy();
    expect(screen.getByText('Thứ Ba, 10/03/2026')).toBeTruthy();
    expect(screen.getByText('08:30–09:00')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Xác nhận đặt lịch' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Lịch hẹn của tôi' })).toBeTruthy();
    expect((await screen.findByText(/08:30–09:00, Thứ Ba, 10\/03\/2026/)).textContent).toContain('Đã đặt');
    const sent = server.calls.find((call) => call.method === 'POST' && call.path === '/api/me/appointments')?.body as BookAppointmentRequest;
    expect(sent).toMatchObject({ slotId: 2, procedureId: 'marriage-registration', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(state.slots.find((slot) => slot.id === 2)?.booked).toBe(1);
  });

  it('does not offer a booking for a procedure done online', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /^Đăng ký khai sinh/ }));
    await screen.findByRole('heading', { level: 1, name: 'Đăng ký khai sinh' });
    expect(screen.queryByRole('button', { name: 'Đặt lịch hẹn' })).toBeNull();
  });

  it('sends the resident back to the times, refreshed, when the chosen one fills up meanwhile', async () => {
    const server = createFakeServer();
    const state = addFakeAppointments(server, slots());
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: /^Đăng ký kết hôn/ }));
    await user.click(await screen.findByRole('button', { name: 'Đặt lịch hẹn' }));
    await user.click(await screen.findByRole('button', { name: 'Thứ Tư, 11/03/2026 · còn 1 chỗ' }));
    await user.click(await screen.findByRole('button', { name: '08:00–08:30 · còn 1 chỗ' }));
    const slot = state.slots.find((s) => s.id === 3);
    if (slot) slot.booked = 1; // someone else was quicker
    await user.click(await screen.findByRole('button', { name: 'Xác nhận đặt lịch' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Giờ này vừa hết chỗ');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bạn muốn đến lúc mấy giờ?' })).toBeTruthy();
    expect(await screen.findByText('Hiện chưa có giờ hẹn còn trống cho thủ tục này. Bạn có thể đến trong giờ làm việc, hoặc quay lại sau.', { exact: false })).toBeTruthy();
  });

  it('moves an appointment to another time and cancels it after a confirmation', async () => {
    const server = createFakeServer();
    const state = addFakeAppointments(server, slots().map((s) => (s.id === 1 ? { ...s, booked: 1 } : s)), [{ ...booked }]);
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: /^Lịch hẹn của tôi/ }));
    await user.click(await screen.findByRole('button', { name: 'Đổi giờ' }));
    await user.click(await screen.findByRole('button', { name: 'Thứ Tư, 11/03/2026 · còn 1 chỗ' }));
    await user.click(await screen.findByRole('button', { name: '08:00–08:30 · còn 1 chỗ' }));
    await user.click(await screen.findByRole('button', { name: 'Xác nhận đổi sang giờ này' }));
    expect(await screen.findByText(/08:00–08:30, Thứ Tư, 11\/03\/2026/)).toBeTruthy();
    expect(state.slots.map((s) => s.booked)).toEqual([0, 0, 1]);

    await user.click(screen.getByRole('button', { name: 'Hủy lịch' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('Chỗ của bạn sẽ được nhường cho người khác');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy lịch' }));
    expect((await screen.findByText(/08:00–08:30, Thứ Tư, 11\/03\/2026/)).textContent).toContain('Đã hủy');
    expect(screen.queryByRole('button', { name: 'Đổi giờ' })).toBeNull();
    expect(state.slots.map((s) => s.booked)).toEqual([0, 0, 0]);
  });

  it('shows an appointment whose time has come as past, with nothing to change about it', async () => {
    const server = createFakeServer();
    addFakeAppointments(server, slots(), [{ ...booked, date: '2026-02-27', status: 'past' }]);
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: /^Lịch hẹn của tôi/ }));
    expect((await screen.findByText(/08:00–08:30, Thứ Sáu, 27\/02\/2026/)).textContent).toContain('Đã qua');
    expect(screen.queryByRole('button', { name: 'Đổi giờ' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hủy lịch' })).toBeNull();
  });

  it('tells the resident when the office cancelled their time, with a way to book again', async () => {
    const server = createFakeServer();
    addFakeAppointments(server, slots(), [{ ...booked, status: 'cancelled', cancelledBy: 'office' }]);
    const { user } = renderApp({ server });
    await user.click(await screen.findByRole('button', { name: /^Lịch hẹn của tôi/ }));
    expect(await screen.findByText(/Cơ quan đã hủy giờ hẹn này/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Đặt lại giờ khác' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bạn muốn đến vào ngày nào?' })).toBeTruthy();
  });
});
