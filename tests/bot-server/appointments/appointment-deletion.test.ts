/**
 * "Delete my data" and appointments: an upcoming one is cancelled (its place freed for others),
 * and every appointment row of the resident is removed; a past slot's count is history and stays.
 */
import { describe, expect, it } from 'vitest';
import { bookAppointment } from '../../../bot-server/storage/appointment-booking-store';
import { cancelAppointment } from '../../../bot-server/storage/appointment-change-store';
import { deleteAllResidentData } from '../../../bot-server/storage/resident-data-deletion';
import { at, dialects, useTestDatabase } from '../storage/database-targets';
import { booking, clearAppointmentsBeforeEach, places, slot } from './appointment-fixtures';

describe.each(dialects)('deleting a resident’s data with appointments (%s)', (dialect) => {
  const target = useTestDatabase(dialect);
  clearAppointmentsBeforeEach(() => target.db);

  it('frees upcoming places, keeps past counts, removes the rows, and leaves others alone', async () => {
    // at(0) is 1 July 2025, 15:00 in Vietnam.
    const upcoming = await slot(target.db, { date: '2026-03-10' });
    const laterToday = await slot(target.db, { date: '2025-07-01', startTime: '16:00', endTime: '16:30' });
    const past = await slot(target.db, { date: '2025-06-30' });
    const cancelledSlot = await slot(target.db, { date: '2026-03-11' });
    await bookAppointment(target.db, booking('A', upcoming));
    await bookAppointment(target.db, booking('A', laterToday, { procedureId: 'certified-copy' }));
    await bookAppointment(target.db, booking('A', past, { procedureId: 'birth-registration' }));
    const cancelled = await bookAppointment(target.db, booking('A', cancelledSlot, { procedureId: 'household-business-registration' }));
    if (!cancelled.ok) throw new Error('booking failed');
    await cancelAppointment(target.db, { id: cancelled.appointment.id, userId: 'A', now: at(5) });
    await bookAppointment(target.db, booking('B', upcoming));

    await deleteAllResidentData(target.db, 'A', at(20));

    expect(await places(target.db, upcoming)).toEqual({ booked: 1, active: 1 }); // B's place only
    expect(await places(target.db, laterToday)).toEqual({ booked: 0, active: 0 });
    expect((await places(target.db, past)).booked).toBe(1);
    expect(await places(target.db, cancelledSlot)).toEqual({ booked: 0, active: 0 });
    expect(await target.db.selectFrom('appointments').select('user_id').where('user_id', '=', 'A').execute()).toEqual([]);
    expect(await target.db.selectFrom('appointments').select('user_id').where('user_id', '=', 'B').execute()).toHaveLength(1);
  });
});
