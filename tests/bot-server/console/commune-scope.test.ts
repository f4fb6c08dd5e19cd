/**
 * A deployment serves one commune's desk (COMMUNE_CODE): an account of another commune may sign in
 * and see who it is, but every working route turns it away with a message saying why; a
 * province-level account (no commune) works as usual, and handoffs go only to this commune's officials.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleServer, type ConsoleServer } from './console-harness';
import type { HandoffListResponse } from '../../../shared/api/console-handoff-schemas';
import { createStaffAccount } from '../../../bot-server/console-api/create-staff-account';

let server: ConsoleServer;
let localId = 0;
beforeAll(async () => {
  // The harness gives every account but admins the commune 00001.
  server = await startConsoleServer({ workers: true, env: { COMMUNE_CODE: '00004' } });
  await server.addUser('elsewhere', 'official');
  await server.addUser('province', 'admin');
  const local = await createStaffAccount(server.app.services.db, { username: 'local', displayName: 'Cán bộ phường', role: 'official', communeCode: '00004', password: 'mùa thu Hà Nội 2026' }, { now: new Date().toISOString(), actorId: null });
  if (!local.ok) throw local.error;
  localId = local.id;
});
afterAll(() => server.close());

describe('commune scoping', () => {
  it("turns another commune's official away from every working route, saying why, but lets them see who they are", async () => {
    expect(await server.turn('8409000000000000201', 'gặp cán bộ')).toContain('chuyển cuộc trò chuyện cho cán bộ');
    const official = await server.session('elsewhere');
    expect((await server.call(official, 'GET', '/api/console/session')).statusCode).toBe(200);
    for (const url of ['/api/console/handoffs', '/api/console/filings', '/api/console/appointments?date=2026-03-02', '/api/console/procedures']) {
      const response = await server.call(official, 'GET', url);
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'OTHER_COMMUNE', message: expect.stringContaining('xã/phường khác') } });
    }
  });

  it("lets a province account work this commune's handoffs, and give them only to this commune's officials", async () => {
    const province = await server.session('province');
    const items = ((await server.call(province, 'GET', '/api/console/handoffs')).json() as HandoffListResponse).items;
    expect(items.map((item) => item.userIdMasked)).toEqual(['…0201']);
    const id = items[0]?.id;
    const elsewhereId = (await server.app.services.db.selectFrom('staff_users').select('id').where('username', '=', 'elsewhere').executeTakeFirstOrThrow()).id;
    const refused = await server.call(province, 'POST', `/api/console/handoffs/${id}/assign`, { payload: { userId: elsewhereId } });
    expect(refused.statusCode).toBe(400);
    const given = await server.call(province, 'POST', `/api/console/handoffs/${id}/assign`, { payload: { userId: localId } });
    expect(given.json()).toMatchObject({ item: { assignedTo: { displayName: 'Cán bộ phường' } } });
    const assignees = (await server.call(province, 'GET', '/api/console/assignees')).json() as { items: { displayName: string }[] };
    expect(assignees.items.map((item) => item.displayName)).not.toContain('Cán bộ elsewhere');
  });
});
