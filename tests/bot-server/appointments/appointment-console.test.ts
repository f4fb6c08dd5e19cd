/**
 * The console side of appointments: admins publish slots (weekends and holidays skipped, past days
 * refused, nothing published twice), list and cancel them (booked residents are told on Zalo
 * when the OA may still write to them, otherwise in the Mini App); officials
 * read the day's list with residents' ids masked; volunteers see nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DayListResponse } from '../../../shared/api/appointment-api-schemas';
import { openOutboxMessage } from '../../../bot-server/channel/outbox-message';
import { dialects } from '../storage/database-targets';
import { MONDAY_9AM, startAppointmentServer, type AppointmentServer, type StaffSession } from './appointment-harness';
import { randomUUID } from 'node:crypto';

const MARRIAGE = 'marriage-registration';

describe.each(dialects)('appointments in the console (%s)', (dialect) => {
  let server: AppointmentServer;
  let admin: StaffSession;
  beforeAll(async () => {
    server = await startAppointmentServer(dialect);
    admin = await server.staff('admin');
  });
  afterAll(() => server?.close());

  const publish = (payload: object) => server.console(admin, 'POST', '/api/console/appointment-slots', { times: [{ start: '08:00', end: '09:30' }], slotMinutes: 30, capacity: 2, ...payload });
  const book = (user: ReturnType<AppointmentServer['user']>, slotId: number) =>
    server.call(user, 'POST', '/api/me/appointments', { slotId, procedureId: MARRIAGE, requestId: randomUUID() });

  it('publishes slots on working days only: weekends and public holidays are skipped', async () => {
    // 27 Apr 2026 (Giỗ Tổ, taken on Monday) to Sunday 3 May: 30 Apr and 1 May are holidays too.
    const response = await publish({ from: '2026-04-27', to: '2026-05-03', procedureIds: [MARRIAGE] });
    expect(response.statusCode).toBe(201);
    const body = response.json() as { created: { date: string; startTime: string; endTime: string; capacity: number; booked: number; procedureIds: string[] }[]; skippedHolidays: string[]; alreadyPublished: number };
    expect([...new Set(body.created.map((slot) => slot.date))]).toEqual(['2026-04-28', '2026-04-29']);
    expect(body.created.filter((slot) => slot.date === '2026-04-28').map((slot) => `${slot.startTime}-${slot.endTime}`)).toEqual(['08:00-08:30', '08:30-09:00', '09:00-09:30']);
    expect(body.created[0]).toMatchObject({ capacity: 2, booked: 0, procedureIds: [MARRIAGE] });
    expect(body.skippedHolidays).toEqual(['2026-04-27', '2026-04-30', '2026-05-01']);

    const again = (await publish({ from: '2026-04-27', to: '2026-05-03', procedureIds: [MARRIAGE] })).json() as { created: unknown[]; alreadyPublished: number };
    expect(again).toMatchObject({ created: [], alreadyPublished: 6 });
  });

  it('publishes only on the chosen weekdays, and not the slots of today that have begun', async () => {
    const body = (await publish({ from: '2026-03-02', to: '2026-03-08', weekdays: [1, 3] })).json() as { created: { date: string; startTime: string }[] };
    // 09:00 on Monday 2 March: only 09:00 is over too (a slot starting now has begun).
    expect(body.created.map((slot) => `${slot.date} ${slot.startTime}`)).toEqual(['2026-03-04 08:00', '2026-03-04 08:30', '2026-03-04 09:00']);
  });

  it('refuses past days, too long a range, procedures that need no visit, and a range with no working day', async () => {
    expect((await publish({ from: '2026-03-01', to: '2026-03-05' })).json()).toMatchObject({ error: { code: 'DATE_IN_PAST', message: expect.stringContaining('ngày đã qua') } });
    expect((await publish({ from: '2026-03-03', to: '2026-08-31' })).json()).toMatchObject({ error: { code: 'RANGE_TOO_LONG' } });
    expect((await publish({ from: '2026-03-03', to: '2026-03-03', procedureIds: ['birth-registration'] })).json()).toMatchObject({ error: { code: 'PROCEDURE_NOT_BOOKABLE' } });
    expect((await publish({ from: '2026-03-07', to: '2026-03-08' })).json()).toMatchObject({ error: { code: 'NO_SLOTS_TO_PUBLISH' } });
    expect((await publish({ from: '2026-03-05', to: '2026-03-03' })).statusCode).toBe(400);
  });

  it("lists the day's appointments by time for officials, with residents' ids masked", async () => {
    const [first, second] = await server.publish({ from: '2026-03-10', to: '2026-03-10', procedureIds: [MARRIAGE] });
    const [anna, binh] = [server.user(), server.user()];
    expect((await book(anna, second ?? 0)).statusCode).toBe(201);
    expect((await book(binh, first ?? 0)).statusCode).toBe(201);
    const official = await server.staff('official');
    const response = await server.console(official, 'GET', '/api/console/appointments?date=2026-03-10');
    expect(response.statusCode).toBe(200);
    const list = response.json() as DayListResponse;
    expect(list.items.map((item) => [item.startTime, item.userIdMasked, item.procedureName, item.status])).toEqual([
      ['08:00', `…${binh.appUserId.slice(-4)}`, 'Đăng ký kết hôn', 'booked'],
      ['08:30', `…${anna.appUserId.slice(-4)}`, 'Đăng ký kết hôn', 'booked'],
    ]);
    expect(response.body).not.toContain(anna.appUserId);
    expect((await server.console(await server.staff('volunteer'), 'GET', '/api/console/appointments?date=2026-03-10')).json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await server.console(official, 'POST', '/api/console/appointment-slots', { from: '2026-03-11', to: '2026-03-11', times: [{ start: '08:00', end: '09:00' }], slotMinutes: 30, capacity: 1 })).statusCode).toBe(403);
  });

  it('cancels a slot with bookings: the appointments are cancelled by the office and chat residents are told on Zalo within the notice window', async () => {
    const [slotId] = await server.publish({ from: '2026-03-12', to: '2026-03-12', capacity: 3, procedureIds: [MARRIAGE] });
    const chatResident = server.user({ chatUserId: '8400000000000077' });
    const quietResident = server.user({ chatUserId: '8400000000000078' });
    const threeDaysAgo = new Date(Date.parse(MONDAY_9AM) - 72 * 3_600_000).toISOString();
    await server.app.services.db
      .insertInto('residents')
      .values([
        { user_id: '8400000000000077', app_user_id: chatResident.appUserId, last_interaction_at: MONDAY_9AM, created_at: MONDAY_9AM },
        { user_id: '8400000000000078', app_user_id: quietResident.appUserId, last_interaction_at: threeDaysAgo, created_at: threeDaysAgo },
      ])
      .execute();
    const appOnly = server.user();
    for (const resident of [chatResident, quietResident, appOnly]) expect((await book(resident, slotId ?? 0)).statusCode).toBe(201);

    const response = await server.console(admin, 'POST', `/api/console/appointment-slots/${slotId}/cancel`, { reason: 'mất điện' });
    // Zalo would refuse a message to the resident who last wrote 3 days ago: they, like the Mini-App-only one, see it in the app.
    expect(response.json()).toMatchObject({ slot: { id: slotId, booked: 0, cancelledAt: expect.any(String) }, cancelledAppointments: 3, messagesQueued: 1, shownOnlyInMiniApp: 2 });
    const queued = await server.app.services.db.selectFrom('outbox').select('body').where('user_id', '=', '8400000000000077').execute();
    const texts = queued.map((row) => openOutboxMessage(server.app.services.cipher, row.body)?.text ?? '');
    expect(texts).toEqual([expect.stringMatching(/Đăng ký kết hôn.*08:00 ngày 12\/03\/2026.*đã bị hủy.*mất điện.*đặt lại/s)]);
    expect(await server.app.services.db.selectFrom('outbox').select('id').where('user_id', '=', '8400000000000078').execute()).toEqual([]);
    const mine = (await server.call(appOnly, 'GET', '/api/me/appointments')).json() as { items: { status: string; cancelledBy: string }[] };
    expect(mine.items).toEqual([expect.objectContaining({ status: 'cancelled', cancelledBy: 'office' })]);

    expect((await server.console(admin, 'POST', `/api/console/appointment-slots/${slotId}/cancel`)).json()).toMatchObject({ error: { code: 'SLOT_ALREADY_CANCELLED' } });
    expect((await server.console(admin, 'POST', '/api/console/appointment-slots/999999/cancel')).statusCode).toBe(404);
    const slots = (await server.console(admin, 'GET', '/api/console/appointment-slots?from=2026-03-12&to=2026-03-12')).json() as { items: { id: number; cancelledAt: string | null }[] };
    expect(slots.items.find((slot) => slot.id === slotId)?.cancelledAt).not.toBeNull();
  });
});
