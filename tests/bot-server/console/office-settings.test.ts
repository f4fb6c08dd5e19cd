/**
 * The desk's settings as an admin changes them in the console, and what residents and officials
 * then see: the chat's "an official will answer at …" follows the office hours; canned replies follow the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleServer, type ConsoleServer } from './console-harness';
import type { AuditLogResponse } from '../../../shared/api/console-api-schemas';

let server: ConsoleServer;
beforeAll(async () => {
  // The harness clock: Monday 2 March 2026, 09:00 in Vietnam.
  server = await startConsoleServer({ workers: true });
  await server.addUser('quantri', 'admin');
  await server.addUser('lan', 'official');
});
afterAll(() => server.close());

describe('office hours', () => {
  it('are open on a Monday morning by default', async () => {
    const response = await server.call(await server.session('lan'), 'GET', '/api/console/office-hours');
    expect(response.json()).toMatchObject({ hours: { open: '07:30', close: '17:00' }, openNow: true });
  });

  it('refuses closing before opening, in Vietnamese, and keeps the old hours', async () => {
    const admin = await server.session('quantri');
    const refused = await server.call(admin, 'PUT', '/api/console/office-hours', { payload: { open: '17:00', close: '07:30' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Giờ mở cửa phải sớm hơn giờ đóng cửa');
    expect((await server.call(admin, 'GET', '/api/console/office-hours')).json()).toMatchObject({ hours: { open: '07:30' } });
  });

  it("tell a resident asking for an official outside them when someone will answer, and the change is audited", async () => {
    const admin = await server.session('quantri');
    const changed = await server.call(admin, 'PUT', '/api/console/office-hours', { payload: { open: '13:30', close: '16:30' } });
    expect(changed.json()).toMatchObject({ hours: { open: '13:30', close: '16:30' }, openNow: false, nextOpen: { date: '2026-03-02', time: '13:30' } });

    const reply = await server.turn('8409000000000000301', 'gặp cán bộ');
    expect(reply).toContain('13:30');
    expect(reply).toContain('02/03/2026');

    const audit = (await server.call(admin, 'GET', '/api/console/audit-log')).json() as AuditLogResponse;
    expect(audit.items[0]).toMatchObject({ username: 'quantri', action: 'office-hours.changed', detail: { open: '13:30', close: '16:30' } });
  });

  it('may be changed only by an admin', async () => {
    const refused = await server.call(await server.session('lan'), 'PUT', '/api/console/office-hours', { payload: { open: '06:00', close: '22:00' } });
    expect(refused.statusCode).toBe(403);
  });
});

describe('canned replies', () => {
  it('are the polite defaults until an admin replaces them, then the new list in order', async () => {
    const lan = await server.session('lan');
    const before = (await server.call(lan, 'GET', '/api/console/canned-replies')).json() as { items: { title: string }[] };
    expect(before.items[0]?.title).toBe('Chào hỏi');

    const items = [
      { title: 'Hẹn gọi lại', text: 'Dạ, em sẽ gọi lại cho anh/chị trong giờ hành chính ạ.' },
      { title: 'Cảm ơn', text: 'Dạ, cảm ơn anh/chị đã liên hệ ạ.' },
    ];
    const saved = await server.call(await server.session('quantri'), 'PUT', '/api/console/canned-replies', { payload: { items } });
    expect(saved.statusCode).toBe(200);
    const after = (await server.call(lan, 'GET', '/api/console/canned-replies')).json() as { items: { title: string; text: string }[] };
    expect(after.items.map((item) => item.title)).toEqual(['Hẹn gọi lại', 'Cảm ơn']);
  });
});
