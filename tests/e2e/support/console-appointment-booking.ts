/**
 * A resident books an appointment the way the Mini App does, on the console harness's server: a
 * simulator token for the chat resident's Zalo id, the free times of the procedure, then
 * `POST /api/me/appointments` with a fresh request id.
 */
import { randomUUID } from 'node:crypto';
import type { FreeSlotsResponse, AppointmentResponse } from '../../../shared/api/appointment-api-schemas';
import type { ConsoleHarness } from './console-harness';

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Books the first free time of `procedureId` on `date` for the resident `userId`; returns the appointment. */
export async function bookThroughMiniApp(harness: ConsoleHarness, userId: string, procedureId: string, date: string): Promise<AppointmentResponse['appointment']> {
  const { baseUrl } = harness.server;
  const { userToken } = await json<{ userToken: string }>(
    await fetch(`${baseUrl}/simulator/api/mini-app-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, name: 'Trần Thị Mai' }) }),
  );
  const free = await json<FreeSlotsResponse>(await fetch(`${baseUrl}/api/appointment-slots?procedureId=${procedureId}`));
  const slot = free.items.find((item) => item.date === date && item.free > 0);
  if (!slot) throw new Error(`no free time on ${date}: ${JSON.stringify(free.items)}`);
  const booked = await json<AppointmentResponse>(
    await fetch(`${baseUrl}/api/me/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zalo-access-token': userToken },
      body: JSON.stringify({ slotId: slot.id, procedureId, requestId: randomUUID() }),
    }),
  );
  return booked.appointment;
}
