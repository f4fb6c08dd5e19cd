/**
 * Appointments booked, moved and cancelled from the OA chat, through the real webhook with the
 * inbox and outbox workers, on SQLite and PostgreSQL. The chat uses the Mini App's store
 * functions, so a place is taken exactly once (also when Zalo delivers the same webhook twice),
 * the Mini App lists the chat's booking, and deleting one's data gives the place back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyAppointmentsResponse } from '../../../shared/api/appointment-api-schemas';
import type { ConversationState } from '../../../shared/conversation/conversation-types';
import { initialConversation } from '../../../shared/conversation/initial-conversation';
import { carryOutEffects } from '../../../bot-server/channel/carry-out-effects';
import { newResidentId, simulatedEvent } from '../../../bot-server/simulator/simulated-events';
import { signedBody } from '../../support/test-server';
import { dialects } from '../storage/database-targets';
import { clearAppointmentsBeforeEach, MARRIAGE, places } from './appointment-fixtures';
import { MONDAY_9AM, startAppointmentServer, type AppointmentServer } from './appointment-harness';

describe.each(dialects)('appointments in the chat (%s)', (dialect) => {
  let server: AppointmentServer;
  beforeAll(async () => {
    server = await startAppointmentServer(dialect, { workers: true });
  }, 30_000);
  afterAll(() => server?.close());
  clearAppointmentsBeforeEach(() => server.app.services.db);

  const db = () => server.app.services.db;
  const appointmentsOf = (userId: string) => db().selectFrom('appointments').selectAll().where('user_id', '=', userId).execute();

  /** Until the resident's messages are processed and the replies delivered. */
  async function settled(userId: string): Promise<void> {
    const busy = async () => {
      const inbox = await db().selectFrom('inbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'processing']).execute();
      const outbox = await db().selectFrom('outbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'sending']).execute();
      return inbox.length + outbox.length > 0;
    };
    const deadline = Date.now() + 10_000;
    while ((await busy()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 15));
  }

  /** Zalo retrying: the very same signed webhook (same message id) arrives twice. */
  async function deliverTwice(userId: string, text: string): Promise<string> {
    const before = server.replies(userId).length;
    const { rawBody, signature } = signedBody(server.config, simulatedEvent({ kind: 'text', text }, { appId: server.config.zalo.appId, oaId: server.config.zalo.oaId, userId }, new Date()));
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await fetch(`${server.baseUrl}/webhooks/zalo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, body: rawBody });
      expect(response.status).toBe(200);
    }
    await server.waitForReplies(userId, before + 1);
    await settled(userId);
    return server.replies(userId).slice(before).join('\n---\n');
  }

  /** A chat resident who has booked the first 10/03 time for a marriage registration. */
  async function bookedResident(): Promise<{ userId: string; slots: number[] }> {
    const slots = await server.publish({ from: '2026-03-10', to: '2026-03-10', capacity: 2, procedureIds: [MARRIAGE] });
    const userId = newResidentId();
    await server.turn(userId, 'đặt lịch kết hôn');
    await server.turn(userId, '1');
    expect(await server.turn(userId, '1')).toContain('Đã đặt lịch hẹn');
    return { userId, slots };
  }

  it('books by chat once, even when the confirming webhook arrives twice; the Mini App lists it', async () => {
    const [early = 0, late = 0] = await server.publish({ from: '2026-03-10', to: '2026-03-10', capacity: 2, procedureIds: [MARRIAGE] });
    const signals: string[] = [];
    const stop = server.app.services.live.subscribe((topic) => signals.push(topic));
    const userId = newResidentId();

    const list = await server.turn(userId, 'đặt lịch nộp hồ sơ kết hôn');
    expect(list).toContain('1. Thứ Ba 10/03 08:00–08:30 (còn 2 chỗ)\n2. Thứ Ba 10/03 08:30–09:00 (còn 2 chỗ)');
    expect(await server.turn(userId, '1')).toContain('Bạn muốn đặt lịch hẹn "Đăng ký kết hôn" lúc 08:00–08:30, Thứ Ba 10/03/2026');
    expect(signals).not.toContain('appointments');

    const receipt = await deliverTwice(userId, '1');
    stop();
    expect(receipt.match(/Đã đặt lịch hẹn/g)).toHaveLength(1);
    expect(receipt).toContain('Thời gian: 08:00–08:30, Thứ Ba 10/03/2026');
    expect(receipt).toContain('Địa điểm: Bộ phận Một cửa, UBND xã/phường');
    expect(receipt).toContain('Hai người phải cùng có mặt');
    expect(receipt).toContain('Giấy tờ mang theo:\n- Tờ khai đăng ký kết hôn');
    expect(receipt).toContain('gõ "đổi lịch hẹn"');
    expect(await places(db(), early)).toEqual({ booked: 1, active: 1 });
    expect(await places(db(), late)).toEqual({ booked: 0, active: 0 });
    expect(await appointmentsOf(userId)).toEqual([expect.objectContaining({ slot_id: early, status: 'booked', channel: 'chat', request_id: expect.stringMatching(/^chat-inbox-\d+$/) })]);
    expect(signals).toContain('appointments');

    const app = server.user({ chatUserId: userId });
    const mine = (await server.call(app, 'GET', '/api/me/appointments')).json() as MyAppointmentsResponse;
    expect(mine.items).toEqual([expect.objectContaining({ slotId: early, procedureId: MARRIAGE, date: '2026-03-10', startTime: '08:00', status: 'booked' })]);
    expect(await server.turn(userId, 'lịch hẹn của tôi')).toContain('1. Đăng ký kết hôn: 08:00–08:30, Thứ Ba 10/03/2026');
  });

  it('takes one place when the same inbox event is carried out twice (its request id is the inbox id)', async () => {
    const [slotId = 0] = await server.publish({ from: '2026-03-11', to: '2026-03-11', capacity: 2, procedureIds: [MARRIAGE] });
    const { services } = server.app;
    const effect = { type: 'bookAppointment', procedureId: MARRIAGE, slot: { id: slotId, date: '2026-03-11', startTime: '08:00', endTime: '08:30' } } as const;
    const turn = { userId: newResidentId(), state: initialConversation(), effects: [effect], now: MONDAY_9AM, channel: 'chat', inboxId: 987_654 } as const;
    const first = await services.db.transaction().execute((trx) => carryOutEffects(trx, services, turn));
    const again = await services.db.transaction().execute((trx) => carryOutEffects(trx, services, turn));
    expect(first.replies[0]).toContain('Đã đặt lịch hẹn');
    expect(again.replies).toEqual(first.replies);
    expect(await places(db(), slotId)).toEqual({ booked: 1, active: 1 });
  });

  it('moves by chat: the new place is taken and the old one given back', async () => {
    const { userId, slots } = await bookedResident();
    const [from = 0, to = 0] = slots;
    const list = await server.turn(userId, 'đổi lịch hẹn');
    expect(list).toContain('(đang hẹn 08:00–08:30, Thứ Ba 10/03/2026)');
    expect(list).toContain('1. Thứ Ba 10/03 08:30–09:00 (còn 2 chỗ)');
    expect(await server.turn(userId, '1')).toContain('sang 08:30–09:00, Thứ Ba 10/03/2026?');
    const moved = await server.turn(userId, 'xác nhận');
    expect(moved).toContain('Đã đổi lịch hẹn "Đăng ký kết hôn" sang giờ mới');
    expect(moved).toContain('Thời gian: 08:30–09:00, Thứ Ba 10/03/2026');
    expect(await places(db(), from)).toEqual({ booked: 0, active: 0 });
    expect(await places(db(), to)).toEqual({ booked: 1, active: 1 });
  });

  it('cancels by chat after a yes, giving the place back', async () => {
    const { userId, slots } = await bookedResident();
    expect(await server.turn(userId, 'hủy lịch hẹn')).toContain('Bạn có chắc muốn hủy lịch hẹn "Đăng ký kết hôn" lúc 08:00–08:30, Thứ Ba 10/03/2026?');
    expect(await server.turn(userId, '1')).toContain('Đã hủy lịch hẹn "Đăng ký kết hôn" lúc 08:00–08:30, Thứ Ba 10/03/2026');
    expect(await places(db(), slots[0] ?? 0)).toEqual({ booked: 0, active: 0 });
    expect(await appointmentsOf(userId)).toEqual([expect.objectContaining({ status: 'cancelled', cancelled_by: 'resident' })]);
  });

  it('answers a time that filled up before the confirmation with an apology and the fresh list', async () => {
    const [only = 0, other = 0] = await server.publish({ from: '2026-03-12', to: '2026-03-12', capacity: 1, procedureIds: [MARRIAGE] });
    const userId = newResidentId();
    await server.turn(userId, 'đặt lịch kết hôn');
    await server.turn(userId, '1');
    // Meanwhile someone takes the last place in the Mini App.
    const rival = server.user();
    expect((await server.call(rival, 'POST', '/api/me/appointments', { slotId: only, procedureId: MARRIAGE, requestId: crypto.randomUUID() })).statusCode).toBe(201);

    const reply = await server.turn(userId, '1');
    expect(reply).toContain('Xin lỗi, giờ 08:00–08:30, Thứ Năm 12/03/2026 vừa hết chỗ nên chưa đặt được.');
    expect(reply).toContain('1. Thứ Năm 12/03 08:30–09:00 (còn 1 chỗ)');
    expect(await places(db(), only)).toEqual({ booked: 1, active: 1 });
    expect(await appointmentsOf(userId)).toEqual([]);
    expect(await server.turn(userId, '1')).toContain('08:30–09:00');
    expect(await server.turn(userId, '1')).toContain('Đã đặt lịch hẹn');
    expect(await places(db(), other)).toEqual({ booked: 1, active: 1 });
  });

  it('offers the fresh list when the place went in the instant between loading and booking', async () => {
    const [slotId = 0, next = 0] = await server.publish({ from: '2026-03-13', to: '2026-03-13', capacity: 1, procedureIds: [MARRIAGE] });
    const { services } = server.app;
    expect((await server.call(server.user(), 'POST', '/api/me/appointments', { slotId, procedureId: MARRIAGE, requestId: crypto.randomUUID() })).statusCode).toBe(201);
    const effect = { type: 'bookAppointment', procedureId: MARRIAGE, slot: { id: slotId, date: '2026-03-13', startTime: '08:00', endTime: '08:30' } } as const;
    const userId = newResidentId();
    const done = await services.db.transaction().execute((trx) => carryOutEffects(trx, services, { userId, state: initialConversation(), effects: [effect], now: MONDAY_9AM, channel: 'chat', inboxId: 123_456 }));
    expect(done.replies.join('\n')).toContain('vừa hết chỗ nên chưa đặt được');
    expect(done.replies.join('\n')).toContain('1. Thứ Sáu 13/03 08:30–09:00 (còn 1 chỗ)');
    expect((done.state as ConversationState).appointment).toMatchObject({ step: 'pickSlot', shown: [{ id: next }] });
    expect(await places(db(), slotId)).toEqual({ booked: 1, active: 1 });
    expect(await appointmentsOf(userId)).toEqual([]);
  });

  it('books the procedure again by chat once the earlier appointment has passed', async () => {
    const { userId } = await bookedResident();
    await server.publish({ from: '2026-03-16', to: '2026-03-16', procedureIds: [MARRIAGE] });
    server.setNow('2026-03-10T03:00:00.000Z'); // 10:00 on the day of the first appointment
    try {
      await server.turn(userId, 'đặt lịch kết hôn');
      expect(await server.turn(userId, '1')).toContain('08:00–08:30, Thứ Hai 16/03/2026');
      expect(await server.turn(userId, '1')).toContain('Đã đặt lịch hẹn');
      expect((await appointmentsOf(userId)).map((row) => row.status).sort()).toEqual(['booked', 'past']);
    } finally {
      server.setNow(MONDAY_9AM);
    }
  });

  it('"xóa dữ liệu của tôi" cancels an upcoming appointment, frees its place and removes the rows', async () => {
    const { userId, slots } = await bookedResident();
    await server.turn(userId, 'xóa dữ liệu của tôi');
    expect(await server.turn(userId, 'có')).toContain('Đã xóa');
    expect(await places(db(), slots[0] ?? 0)).toEqual({ booked: 0, active: 0 });
    expect(await appointmentsOf(userId)).toEqual([]);
  });
});
