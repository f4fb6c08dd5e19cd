/**
 * A deployment serves one commune (COMMUNE_CODE): an official of another commune sees none of its
 * handoffs and cannot act on them, while a province-level account (no commune) sees them all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleServer, type ConsoleServer } from './console-harness';
import type { HandoffListResponse } from '../../../shared/api/console-handoff-schemas';

let server: ConsoleServer;
beforeAll(async () => {
  // The harness gives every account but admins the commune 00001.
  server = await startConsoleServer({ workers: true, env: { COMMUNE_CODE: '00004' } });
  await server.addUser('elsewhere', 'official');
  await server.addUser('province', 'admin');
});
afterAll(() => server.close());

describe('commune scoping of the handoff inbox', () => {
  it("hides this commune's handoffs from another commune's official, not from a province account", async () => {
    expect(await server.turn('8409000000000000201', 'gặp cán bộ')).toContain('chuyển cuộc trò chuyện cho cán bộ');

    const province = await server.call(await server.session('province'), 'GET', '/api/console/handoffs');
    const items = (province.json() as HandoffListResponse).items;
    expect(items.map((item) => item.userIdMasked)).toEqual(['…0201']);

    const official = await server.session('elsewhere');
    expect((await server.call(official, 'GET', '/api/console/handoffs')).json()).toMatchObject({ items: [] });
    const claim = await server.call(official, 'POST', `/api/console/handoffs/${items[0]?.id}/claim`);
    expect(claim.statusCode).toBe(404);
  });
});
