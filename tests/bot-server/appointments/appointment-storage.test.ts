import { describe, expect, it } from 'vitest';
import { insertSlots, listBookableSlots } from '../../../bot-server/storage/appointment-slot-store';
import { bookAppointment } from '../../../bot-server/storage/appointment-booking-store';
import { cancelAppointment, moveAppointment } from '../../../bot-server/storage/appointment-change-store';
import { cancelSlotWithAppointments } from '../../../bot-server/storage/appointment-slot-cancellation-store';
import { findActiveAppointment, findAppointment, listAppointmentsOfUser, reassignAppointments } from '../../../bot-server/storage/appointment-store';
import { at, dialects, useTestDatabase } from '../storage/database-targets';
import { booking, clearAppointmentsBeforeEach, MARRIAGE, places, slot } from './appointment-fixtures';

describe.each(dialects)('appointment storage (%s)', (dialect) => {
  const target = useTestDatabase(dialect);
  clearAppointmentsBeforeEach(() => target.db);

  it('publishes a slot once: the same times and procedures again add nothing', async () => {
    const first = await insertSlots(target.db, [{ date: '2026-03-10', startTime: '08:00', endTime: '08:30', capacity: 2, procedureIds: [MARRIAGE, 'certified-copy'] }], { userId: null, now: at(0) });
    const again = await insertSlots(target.db, [{ date: '2026-03-10', startTime: '08:00', endTime: '08:30', capacity: 5, procedureIds: ['certified-copy', MARRIAGE] }], { userId: null, now: at(1) });
    const forAny = await insertSlots(target.db, [{ date: '2026-03-10', startTime: '08:00', endTime: '08:30', capacity: 2, procedureIds: null }], { userId: null, now: at(1) });
    expect(first).toHaveLength(1);
    expect(again).toHaveLength(0);
    expect(forAny).toHaveLength(1);
  });

  it('lists slots that start later, with a free place, serving the procedure', async () => {
    const any = await slot(target.db, { date: '2026-03-10', startTime: '09:00', endTime: '09:30' });
    const forMarriage = await slot(target.db, { date: '2026-03-11', procedureIds: [MARRIAGE] });
    await slot(target.db, { date: '2026-03-11', startTime: '10:00', endTime: '10:30', procedureIds: ['certified-copy'] });
    await slot(target.db, { date: '2026-03-10', startTime: '07:30', endTime: '08:00' }); // already started
    const full = await slot(target.db, { date: '2026-03-12', capacity: 1 });
    expect((await bookAppointment(target.db, booking('A', full))).ok).toBe(true);
    const cancelled = await slot(target.db, { date: '2026-03-13' });
    await cancelSlotWithAppointments(target.db, cancelled, at(5));
    await slot(target.db, { date: '2026-05-01' }); // beyond the window

    const listed = await listBookableSlots(target.db, { procedureId: MARRIAGE, after: { date: '2026-03-10', time: '08:00' }, untilDate: '2026-04-30' });
    expect(listed.map((row) => row.id)).toEqual([any, forMarriage]);
  });

  it('books a place, and the same request again finds that booking instead of taking another', async () => {
    const slotId = await slot(target.db);
    const request = booking('A', slotId, { requestId: 'req-1' });
    const first = await bookAppointment(target.db, request);
    const retried = await bookAppointment(target.db, request);
    expect(first).toMatchObject({ ok: true, replayed: false, appointment: { slot_id: slotId, user_id: 'A', status: 'booked', date: '2026-03-10', start_time: '08:00' } });
    expect(retried).toMatchObject({ ok: true, replayed: true });
    if (!first.ok || !retried.ok) return;
    expect(retried.appointment.id).toBe(first.appointment.id);
    expect(await places(target.db, slotId)).toEqual({ booked: 1, active: 1 });
    expect(await bookAppointment(target.db, { ...request, slotId: await slot(target.db, { startTime: '09:00' }) })).toEqual({ ok: false, reason: 'requestIdReused' });
  });

  it('keeps one active appointment per resident and procedure', async () => {
    const slotId = await slot(target.db);
    const first = await bookAppointment(target.db, booking('A', slotId));
    const second = await bookAppointment(target.db, booking('A', slotId));
    expect(second).toMatchObject({ ok: false, reason: 'alreadyBooked', appointment: { id: first.ok ? first.appointment.id : -1 } });
    expect((await bookAppointment(target.db, booking('A', slotId, { procedureId: 'certified-copy' }))).ok).toBe(true);
    expect(await places(target.db, slotId)).toEqual({ booked: 2, active: 2 });
  });

  it('marks a booking whose time has come past: it no longer blocks booking the procedure again, and its place stays counted', async () => {
    const gone = await slot(target.db);
    const later = await slot(target.db, { date: '2026-03-11' });
    const first = await bookAppointment(target.db, booking('A', gone));
    const afterIt = '2026-03-10T02:00:00.000Z'; // 09:00 on the day
    const again = await bookAppointment(target.db, booking('A', later, { now: afterIt }));
    expect(again).toMatchObject({ ok: true, appointment: { slot_id: later, status: 'booked' } });
    expect(await findAppointment(target.db, first.ok ? first.appointment.id : -1)).toMatchObject({ status: 'past', cancelled_at: null });
    expect(await findActiveAppointment(target.db, 'A', MARRIAGE, afterIt)).toMatchObject({ slot_id: later });
    expect(await places(target.db, gone)).toEqual({ booked: 1, active: 1 });
    expect(await bookAppointment(target.db, booking('A', later, { now: afterIt }))).toMatchObject({ ok: false, reason: 'alreadyBooked', appointment: { slot_id: later } });
  });

  it('refuses a full slot and leaves no appointment behind; a cancelled or unknown slot is unavailable', async () => {
    const slotId = await slot(target.db, { capacity: 1 });
    expect((await bookAppointment(target.db, booking('A', slotId))).ok).toBe(true);
    expect(await bookAppointment(target.db, booking('B', slotId))).toEqual({ ok: false, reason: 'slotFull' });
    expect(await listAppointmentsOfUser(target.db, 'B', 50)).toEqual([]);
    expect(await places(target.db, slotId)).toEqual({ booked: 1, active: 1 });
    expect(await bookAppointment(target.db, booking('B', 999_999))).toEqual({ ok: false, reason: 'slotUnavailable' });
  });

  it('cancelling gives the place back; cancelling again answers the same; another resident cannot', async () => {
    const slotId = await slot(target.db, { capacity: 1 });
    const booked = await bookAppointment(target.db, booking('A', slotId));
    if (!booked.ok) throw new Error('not booked');
    const id = booked.appointment.id;
    expect(await cancelAppointment(target.db, { id, userId: 'B', now: at(20) })).toEqual({ ok: false, reason: 'notFound' });
    expect(await cancelAppointment(target.db, { id, userId: 'A', now: at(20) })).toMatchObject({ ok: true, appointment: { status: 'cancelled', cancelled_by: 'resident' } });
    expect(await cancelAppointment(target.db, { id, userId: 'A', now: at(30) })).toMatchObject({ ok: true, appointment: { cancelled_at: at(20) } });
    expect(await places(target.db, slotId)).toEqual({ booked: 0, active: 0 });
    expect((await bookAppointment(target.db, booking('B', slotId))).ok).toBe(true);
  });

  it('moves to a free slot: the new place is taken, the old one given back; a retried move changes nothing', async () => {
    const from = await slot(target.db);
    const to = await slot(target.db, { startTime: '09:00', endTime: '09:30' });
    const booked = await bookAppointment(target.db, booking('A', from, { filingReference: 'ABCD-EFGH-K' }));
    if (!booked.ok) throw new Error('not booked');
    const moved = await moveAppointment(target.db, { id: booked.appointment.id, userId: 'A', slotId: to, now: at(20) });
    expect(moved).toMatchObject({ ok: true, appointment: { slot_id: to, status: 'booked', filing_reference: 'ABCD-EFGH-K', start_time: '09:00' } });
    const again = await moveAppointment(target.db, { id: booked.appointment.id, userId: 'A', slotId: to, now: at(30) });
    expect(again.ok && moved.ok && again.appointment.id === moved.appointment.id).toBe(true);
    expect(await findAppointment(target.db, booked.appointment.id)).toMatchObject({ status: 'moved', moved_to: moved.ok ? moved.appointment.id : -1 });
    expect(await places(target.db, from)).toEqual({ booked: 0, active: 0 });
    expect(await places(target.db, to)).toEqual({ booked: 1, active: 1 });
    expect((await listAppointmentsOfUser(target.db, 'A', 50)).map((row) => row.slot_id)).toEqual([to]);
  });

  it('moving into a full slot leaves the old booking exactly as it was', async () => {
    const from = await slot(target.db);
    const full = await slot(target.db, { startTime: '09:00', endTime: '09:30', capacity: 1 });
    await bookAppointment(target.db, booking('B', full));
    const booked = await bookAppointment(target.db, booking('A', from));
    if (!booked.ok) throw new Error('not booked');
    expect(await moveAppointment(target.db, { id: booked.appointment.id, userId: 'A', slotId: full, now: at(20) })).toEqual({ ok: false, reason: 'slotFull' });
    expect(await findAppointment(target.db, booked.appointment.id)).toMatchObject({ status: 'booked', slot_id: from, moved_to: null, cancelled_at: null });
    expect(await places(target.db, from)).toEqual({ booked: 1, active: 1 });
    expect(await places(target.db, full)).toEqual({ booked: 1, active: 1 });
  });

  it('cancelling a slot cancels its bookings (by the office) and nobody can book it any more', async () => {
    const slotId = await slot(target.db);
    await bookAppointment(target.db, booking('A', slotId));
    await bookAppointment(target.db, booking('B', slotId));
    const result = await cancelSlotWithAppointments(target.db, slotId, at(50));
    expect(result?.cancelled.map((row) => row.user_id).sort()).toEqual(['A', 'B']);
    expect(result?.cancelled.every((row) => row.status === 'cancelled' && row.cancelled_by === 'office')).toBe(true);
    expect(await cancelSlotWithAppointments(target.db, slotId, at(60))).toBeUndefined();
    expect(await places(target.db, slotId)).toEqual({ booked: 0, active: 0 });
    expect(await bookAppointment(target.db, booking('C', slotId))).toEqual({ ok: false, reason: 'slotUnavailable' });
  });

  it("moves a Mini-App-only resident's appointments to their chat id; a duplicate for the same procedure gives its place back", async () => {
    const first = await slot(target.db);
    const second = await slot(target.db, { startTime: '09:00', endTime: '09:30' });
    await bookAppointment(target.db, booking('chat-1', first));
    await bookAppointment(target.db, booking('app:9', second));
    await bookAppointment(target.db, booking('app:9', second, { procedureId: 'certified-copy' }));
    await target.db.transaction().execute((trx) => reassignAppointments(trx, 'app:9', 'chat-1', at(40)));
    const mine = await listAppointmentsOfUser(target.db, 'chat-1', 50);
    expect(mine.map((row) => `${row.procedure_id}:${row.status}`).sort()).toEqual(['certified-copy:booked', `${MARRIAGE}:booked`, `${MARRIAGE}:cancelled`]);
    expect(await listAppointmentsOfUser(target.db, 'app:9', 50)).toEqual([]);
    expect(await places(target.db, second)).toEqual({ booked: 1, active: 1 });
  });

  it("keeps the Mini App's upcoming appointment when the chat id holds only a past one for the procedure", async () => {
    const gone = await slot(target.db);
    const upcoming = await slot(target.db, { date: '2026-03-12' });
    await bookAppointment(target.db, booking('chat-1', gone));
    await bookAppointment(target.db, booking('app:9', upcoming));
    await target.db.transaction().execute((trx) => reassignAppointments(trx, 'app:9', 'chat-1', '2026-03-11T02:00:00.000Z'));
    const mine = await listAppointmentsOfUser(target.db, 'chat-1', 50);
    expect(mine.map((row) => `${row.slot_id}:${row.status}`)).toEqual([`${upcoming}:booked`, `${gone}:past`]);
    expect(await places(target.db, upcoming)).toEqual({ booked: 1, active: 1 });
  });
});
