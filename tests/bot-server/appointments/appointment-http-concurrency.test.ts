/**
 * 40 residents tap "Xác nhận" on the same 3-place time at once, over real HTTP: exactly 3 get it,
 * the rest are told the time is full, and the slot counts 3.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../storage/database-targets';
import { places } from './appointment-fixtures';
import { startAppointmentServer, type AppointmentServer } from './appointment-harness';

describe.each(dialects)('concurrent bookings over HTTP (%s)', (dialect) => {
  let server: AppointmentServer;
  beforeAll(async () => {
    server = await startAppointmentServer(dialect);
  });
  afterAll(() => server?.close());

  const post = (token: string, body: object) =>
    fetch(`${server.baseUrl}/api/me/appointments`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zalo-access-token': token }, body: JSON.stringify(body) });

  it('lets exactly 3 of 40 residents book a 3-place slot', async () => {
    const [slotId] = await server.publish({ from: '2026-03-25', to: '2026-03-25', capacity: 3, procedureIds: ['marriage-registration'] });
    const residents = Array.from({ length: 40 }, () => server.user());
    const responses = await Promise.all(residents.map((user) => post(user.token, { slotId, procedureId: 'marriage-registration', requestId: randomUUID() })));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(37);
    const refusal = (await responses[statuses.indexOf(409)]?.json()) as { error: { code: string } };
    expect(refusal.error.code).toBe('SLOT_FULL');
    expect(await places(server.app.services.db, slotId ?? 0)).toEqual({ booked: 3, active: 3 });
  });

  it('books once when one resident sends the same request five times at once', async () => {
    const [slotId] = await server.publish({ from: '2026-03-26', to: '2026-03-26', capacity: 3, procedureIds: ['marriage-registration'] });
    const user = server.user();
    const body = { slotId, procedureId: 'marriage-registration', requestId: randomUUID() };
    const responses = await Promise.all(Array.from({ length: 5 }, () => post(user.token, body)));
    const ids = new Set(await Promise.all(responses.map(async (response) => ((await response.json()) as { appointment: { id: number } }).appointment.id)));
    expect(ids.size).toBe(1);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await places(server.app.services.db, slotId ?? 0)).toEqual({ booked: 1, active: 1 });
  });
});
