/**
 * A resident's appointments when they delete their data: the places of upcoming ones are given
 * back (so others can book them), then every appointment row of theirs is removed. Slots are
 * locked first, as every change that touches both does (see `lockSlots`).
 */
import type { Db } from './database-types';
import { lockSlots, releasePlace } from './appointment-places';
import { localMomentAt, startsAfter } from './appointment-slot-store';

/** Returns how many upcoming appointments were cancelled (their places freed). */
export async function deleteAppointmentsOf(db: Db, userId: string, now: string): Promise<number> {
  const upcoming = await db
    .selectFrom('appointments as a')
    .innerJoin('appointment_slots as s', 's.id', 'a.slot_id')
    .select(['a.id', 'a.slot_id'])
    .where('a.user_id', '=', userId)
    .where('a.status', '=', 'booked')
    .where(startsAfter(localMomentAt(now)))
    .execute();
  await lockSlots(db, upcoming.map((appointment) => appointment.slot_id));
  for (const appointment of upcoming) await releasePlace(db, appointment.slot_id);
  await db.deleteFrom('appointments').where('user_id', '=', userId).execute();
  return upcoming.length;
}
