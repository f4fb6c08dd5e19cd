/**
 * The Mini App side of appointments: free times, booking (once per request), moving (the old
 * booking stands when the new time is full), cancelling (the place is free again), appointments
 * whose time has passed, and privacy (another resident's appointment is a 404).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppointmentResponse, FreeSlotsResponse, MyAppointmentsResponse } from '../../../shared/api/appointment-api-schemas';
import { dialects } from '../storage/database-targets';
import { MONDAY_9AM, startAppointmentServer, type AppointmentServer } from './appointment-harness';

const MARRIAGE = 'marriage-registration';
type User = ReturnType<AppointmentServer['user']>;

describe.each(dialects)('appointments in the Mini App (%s)', (dialect) => {
  let server: AppointmentServer;
  beforeAll(async () => {
    server = await startAppointmentServer(dialect);
  });
  afterAll(() => server?.close());

  const book = (user: User, slotId: number, requestId = randomUUID(), procedureId = MARRIAGE) => server.call(user, 'POST', '/api/me/appointments', { slotId, procedureId, requestId });
  const freeSlots = async (procedureId = MARRIAGE) => ((await server.call(null, 'GET', `/api/appointment-slots?procedureId=${procedureId}`)).json() as FreeSlotsResponse).items;
  const mine = async (user: User) => ((await server.call(user, 'GET', '/api/me/appointments')).json() as MyAppointmentsResponse).items;

  it('lists free times for anyone, and refuses procedures that need no visit', async () => {
    const [early, late] = await server.publish({ from: '2026-03-16', to: '2026-03-16', capacity: 2, procedureIds: [MARRIAGE] });
    await book(server.user(), early ?? 0);
    const items = await freeSlots();
    expect(items.find((slot) => slot.id === early)).toMatchObject({ date: '2026-03-16', startTime: '08:00', endTime: '08:30', free: 1 });
    expect(items.find((slot) => slot.id === late)).toMatchObject({ free: 2 });
    expect(await freeSlots('certified-copy')).not.toContainEqual(expect.objectContaining({ id: early }));
    expect((await server.call(null, 'GET', '/api/appointment-slots?procedureId=birth-registration')).json()).toMatchObject({ error: { code: 'PROCEDURE_NOT_BOOKABLE' } });
    expect((await server.call(null, 'GET', '/api/appointment-slots?procedureId=no-such-thing')).statusCode).toBe(404);
  });

  it("shows free times up to 60 days ahead by Vietnam's date, also in the hours when UTC is still on the day before", async () => {
    const [lastDay] = await server.publish({ from: '2026-05-04', to: '2026-05-04', procedureIds: [MARRIAGE] });
    server.setNow('2026-03-04T18:00:00.000Z'); // 01:00 on Thursday 5 March in Vietnam; 60 days on is Monday 4 May
    try {
      expect((await freeSlots()).map((slot) => slot.id)).toContain(lastDay);
    } finally {
      server.setNow(MONDAY_9AM);
    }
  });

  it('books once per request: a resend answers 200 with the same appointment and takes no second place', async () => {
    const [slotId] = await server.publish({ from: '2026-03-17', to: '2026-03-17', capacity: 2, procedureIds: [MARRIAGE] });
    const user = server.user();
    const requestId = randomUUID();
    const first = await book(user, slotId ?? 0, requestId);
    const resent = await book(user, slotId ?? 0, requestId);
    expect(first.statusCode).toBe(201);
    expect(resent.statusCode).toBe(200);
    const booked = (first.json() as AppointmentResponse).appointment;
    expect(booked).toMatchObject({ procedureId: MARRIAGE, procedureName: { vi: 'Đăng ký kết hôn' }, date: '2026-03-17', startTime: '08:00', status: 'booked', cancelledBy: null });
    expect((resent.json() as AppointmentResponse).appointment.id).toBe(booked.id);
    expect((await freeSlots()).find((slot) => slot.id === slotId)?.free).toBe(1);
    expect(await mine(user)).toHaveLength(1);

    expect((await book(user, slotId ?? 0)).json()).toMatchObject({ error: { code: 'ALREADY_BOOKED', message: expect.stringContaining('08:00 ngày 17/03/2026') } });
  });

  it('answers a full slot with 409 and a Vietnamese message to pick another time', async () => {
    const [slotId] = await server.publish({ from: '2026-03-18', to: '2026-03-18', capacity: 1, procedureIds: [MARRIAGE] });
    expect((await book(server.user(), slotId ?? 0)).statusCode).toBe(201);
    const refused = await book(server.user(), slotId ?? 0);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'SLOT_FULL', message: expect.stringContaining('chọn một giờ khác') } });
  });

  it('refuses a slot for another procedure, one that has begun, and an unknown one', async () => {
    const [forMarriage] = await server.publish({ from: '2026-03-19', to: '2026-03-19', procedureIds: [MARRIAGE] });
    expect((await book(server.user(), forMarriage ?? 0, randomUUID(), 'certified-copy')).json()).toMatchObject({ error: { code: 'SLOT_NOT_FOR_PROCEDURE' } });
    expect((await book(server.user(), 999_999)).statusCode).toBe(404);
    server.setNow('2026-03-19T01:10:00.000Z'); // 08:10 on the day
    expect((await book(server.user(), forMarriage ?? 0)).json()).toMatchObject({ error: { code: 'SLOT_UNAVAILABLE' } });
    server.setNow('2026-03-02T02:00:00.000Z');
  });

  it('moves to a free time and gives the old place back; a resend of the move changes nothing', async () => {
    const [from, to] = await server.publish({ from: '2026-03-20', to: '2026-03-20', capacity: 1, procedureIds: [MARRIAGE] });
    const user = server.user();
    const booked = (await book(user, from ?? 0)).json() as AppointmentResponse;
    const moved = await server.call(user, 'POST', `/api/me/appointments/${booked.appointment.id}/move`, { slotId: to });
    expect(moved.statusCode).toBe(200);
    const now = (moved.json() as AppointmentResponse).appointment;
    expect(now).toMatchObject({ slotId: to, startTime: '08:30', status: 'booked' });
    const resent = await server.call(user, 'POST', `/api/me/appointments/${booked.appointment.id}/move`, { slotId: to });
    expect((resent.json() as AppointmentResponse).appointment.id).toBe(now.id);
    expect((await mine(user)).map((item) => item.id)).toEqual([now.id]);
    expect((await book(server.user(), from ?? 0)).statusCode).toBe(201); // the old place is free again
  });

  it('keeps the old booking when the new time is full', async () => {
    const [from, full] = await server.publish({ from: '2026-03-23', to: '2026-03-23', capacity: 1, procedureIds: [MARRIAGE] });
    await book(server.user(), full ?? 0);
    const user = server.user();
    const booked = (await book(user, from ?? 0)).json() as AppointmentResponse;
    const refused = await server.call(user, 'POST', `/api/me/appointments/${booked.appointment.id}/move`, { slotId: full });
    expect(refused.json()).toMatchObject({ error: { code: 'SLOT_FULL' } });
    expect(await mine(user)).toEqual([expect.objectContaining({ id: booked.appointment.id, slotId: from, status: 'booked' })]);
    expect((await book(server.user(), from ?? 0)).statusCode).toBe(409); // still taken by the resident
  });

  it('cancels and frees the place; another resident gets 404 for the same appointment', async () => {
    const [slotId] = await server.publish({ from: '2026-03-24', to: '2026-03-24', capacity: 1, procedureIds: [MARRIAGE] });
    const [owner, stranger] = [server.user(), server.user()];
    const booked = (await book(owner, slotId ?? 0)).json() as AppointmentResponse;
    const id = booked.appointment.id;
    for (const url of [`/api/me/appointments/${id}/cancel`, `/api/me/appointments/${id}/move`]) {
      const response = await server.call(stranger, 'POST', url, { slotId });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'APPOINTMENT_NOT_FOUND' } });
    }
    expect(await mine(stranger)).toEqual([]);
    const cancelled = await server.call(owner, 'POST', `/api/me/appointments/${id}/cancel`);
    expect((cancelled.json() as AppointmentResponse).appointment).toMatchObject({ status: 'cancelled', cancelledBy: 'resident' });
    expect((await server.call(owner, 'POST', `/api/me/appointments/${id}/cancel`)).statusCode).toBe(200);
    expect((await server.call(owner, 'POST', `/api/me/appointments/${id}/move`, { slotId })).json()).toMatchObject({ error: { code: 'APPOINTMENT_NOT_ACTIVE' } });
    expect((await book(stranger, slotId ?? 0)).statusCode).toBe(201);
  });

  it('shows an appointment whose time has come as past, unchangeable, and books the procedure again', async () => {
    const [gone] = await server.publish({ from: '2026-03-25', to: '2026-03-25', procedureIds: [MARRIAGE] });
    const [later] = await server.publish({ from: '2026-03-26', to: '2026-03-26', procedureIds: [MARRIAGE] });
    const user = server.user();
    const first = ((await book(user, gone ?? 0)).json() as AppointmentResponse).appointment;
    server.setNow('2026-03-25T03:00:00.000Z'); // 10:00 on the day
    try {
      expect(await mine(user)).toEqual([expect.objectContaining({ id: first.id, status: 'past' })]);
      expect((await book(user, later ?? 0)).statusCode).toBe(201);
      expect((await mine(user)).map((item) => `${item.slotId}:${item.status}`)).toEqual([`${later}:booked`, `${gone}:past`]);
      const cancel = await server.call(user, 'POST', `/api/me/appointments/${first.id}/cancel`);
      expect(cancel.json()).toMatchObject({ error: { code: 'APPOINTMENT_PAST' } });
    } finally {
      server.setNow(MONDAY_9AM);
    }
  });

  it('needs a signed-in resident for everything but the free times', async () => {
    expect((await server.call(null, 'GET', '/api/me/appointments')).statusCode).toBe(401);
    expect((await server.call(null, 'POST', '/api/me/appointments', { slotId: 1, procedureId: MARRIAGE, requestId: randomUUID() })).statusCode).toBe(401);
  });
});
