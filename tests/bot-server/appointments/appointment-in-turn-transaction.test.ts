/**
 * The chat books inside its turn's transaction: a booking that cannot have its place rolls back
 * its own row and nothing else of the caller's, and cancelling works there too.
 */
import { describe, expect, it } from 'vitest';
import { bookAppointment } from '../../../bot-server/storage/appointment-booking-store';
import { cancelAppointment } from '../../../bot-server/storage/appointment-change-store';
import { at, dialects, useTestDatabase } from '../storage/database-targets';
import { booking, clearAppointmentsBeforeEach, places, slot } from './appointment-fixtures';

describe.each(dialects)('appointment changes inside a caller’s transaction (%s)', (dialect) => {
  const target = useTestDatabase(dialect);
  clearAppointmentsBeforeEach(() => target.db);

  it('undoes only a refused booking: the caller’s earlier booking commits with the turn', async () => {
    const open = await slot(target.db, { date: '2026-03-10', capacity: 2 });
    const full = await slot(target.db, { date: '2026-03-11', capacity: 1 });
    expect((await bookAppointment(target.db, booking('B', full))).ok).toBe(true);

    const outcomes = await target.db.transaction().execute(async (trx) => [
      await bookAppointment(trx, booking('A', open)),
      await bookAppointment(trx, booking('A', full, { procedureId: 'certified-copy' })),
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? 'booked' : outcome.reason))).toEqual(['booked', 'slotFull']);
    expect(await places(target.db, open)).toEqual({ booked: 1, active: 1 });
    expect(await places(target.db, full)).toEqual({ booked: 1, active: 1 });
    const rows = await target.db.selectFrom('appointments').select(['slot_id']).where('user_id', '=', 'A').execute();
    expect(rows).toEqual([{ slot_id: open }]);
  });

  it('rolls a booking back with the turn when the turn fails afterwards', async () => {
    const slotId = await slot(target.db);
    await expect(
      target.db.transaction().execute(async (trx) => {
        expect((await bookAppointment(trx, booking('A', slotId))).ok).toBe(true);
        throw new Error('the turn failed after booking');
      }),
    ).rejects.toThrow('the turn failed');
    expect(await places(target.db, slotId)).toEqual({ booked: 0, active: 0 });
  });

  it('cancels inside the caller’s transaction', async () => {
    const slotId = await slot(target.db);
    const made = await bookAppointment(target.db, booking('A', slotId));
    if (!made.ok) throw new Error('booking failed');
    const cancelled = await target.db.transaction().execute((trx) => cancelAppointment(trx, { id: made.appointment.id, userId: 'A', now: at(20) }));
    expect(cancelled).toMatchObject({ ok: true, appointment: { status: 'cancelled' } });
    expect(await places(target.db, slotId)).toEqual({ booked: 0, active: 0 });
  });
});
