/**
 * Every console route, as nobody and as each role. The routes are read from the OpenAPI document,
 * so a console route added later without an entry here (and a role check) makes this test fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startConsoleServer, type ConsoleServer } from './console-harness';
import type { StaffRole } from '../../../bot-server/storage/database-types';

const ROLES: StaffRole[] = ['official', 'supervisor', 'volunteer', 'admin'];
const HANDOFF_ROLES: StaffRole[] = ['official', 'supervisor', 'admin'];

/** Who may call each route, and a request a permitted caller could send. */
interface Rule {
  allowed: StaffRole[] | 'public';
  payload?: () => object;
  /** The live feed streams forever; asking for JSON makes a permitted caller get 406 at once instead. */
  headers?: Record<string, string>;
}
let counter = 0;
const matrix: Record<string, Rule> = {
  'POST /api/console/sign-in': { allowed: 'public' },
  'POST /api/console/sign-out': { allowed: ROLES },
  'GET /api/console/session': { allowed: ROLES },
  'GET /api/console/users': { allowed: ['admin'] },
  'GET /api/console/assignees': { allowed: ['supervisor', 'admin'] },
  'POST /api/console/users': {
    allowed: ['admin'],
    payload: () => ({ username: `made.${(counter += 1)}`, displayName: 'Người mới', role: 'official', communeCode: '00001', password: PASSWORD }),
  },
  'POST /api/console/users/{id}/disable': { allowed: ['admin'] },
  'GET /api/console/audit-log': { allowed: ['admin', 'supervisor'] },
  // Handoffs: everyone but volunteers; assignment only supervisors and admins. (Unknown ids → 404.)
  'GET /api/console/handoffs': { allowed: HANDOFF_ROLES },
  'POST /api/console/handoffs/{id}/claim': { allowed: HANDOFF_ROLES },
  'POST /api/console/handoffs/{id}/assign': { allowed: ['supervisor', 'admin'], payload: () => ({ userId: 1 }) },
  'POST /api/console/handoffs/{id}/reply': { allowed: HANDOFF_ROLES, payload: () => ({ text: 'Dạ, em chào anh/chị.' }) },
  'POST /api/console/handoffs/{id}/notes': { allowed: HANDOFF_ROLES, payload: () => ({ text: 'Ghi chú nội bộ' }) },
  'POST /api/console/handoffs/{id}/resolve': { allowed: HANDOFF_ROLES },
  'GET /api/console/canned-replies': { allowed: HANDOFF_ROLES },
  'GET /api/console/office-hours': { allowed: ROLES },
  'PUT /api/console/office-hours': { allowed: ['admin'], payload: () => ({ open: '07:30', close: '17:00' }) },
  'PUT /api/console/canned-replies': { allowed: ['admin'], payload: () => ({ items: [{ title: 'Chào hỏi', text: 'Dạ, em chào anh/chị.' }] }) },
  'GET /api/console/procedures': { allowed: ROLES },
  // No draft version in the catalog: a permitted caller gets 404, which is past the role check.
  'POST /api/console/procedures/{id}/versions/{version}/publish': { allowed: ['admin'] },
  'GET /api/console/events': { allowed: ROLES, headers: { accept: 'application/json' } },
  // The dashboard: supervisors and admins. (Without from/to → 400.)
  'GET /api/console/dashboard': { allowed: ['supervisor', 'admin'] },
  'GET /api/console/dashboard.csv': { allowed: ['supervisor', 'admin'] },
  // Filings: every role reads (volunteers only those they assisted); deciding is for officials. ({reference} is not a code → 400.)
  'GET /api/console/filings': { allowed: ROLES },
  'GET /api/console/filings/{reference}': { allowed: ROLES },
  'POST /api/console/filings/{reference}/status': { allowed: HANDOFF_ROLES, payload: () => ({ status: 'processing' }) },
  // Appointments: admins manage slots; officials, supervisors and admins read the day's list. (Past dates → 400, unknown slot → 404.)
  'POST /api/console/appointment-slots': { allowed: ['admin'], payload: () => ({ from: '2020-01-06', to: '2020-01-06', times: [{ start: '08:00', end: '09:00' }], slotMinutes: 30, capacity: 2 }) },
  'GET /api/console/appointment-slots': { allowed: ['admin'] },
  'POST /api/console/appointment-slots/{id}/cancel': { allowed: ['admin'] },
  'GET /api/console/appointments': { allowed: HANDOFF_ROLES },
  // Assisted filing: every role may prepare one for a resident and see its own (officials: all). (Unknown resident → 409.)
  'POST /api/console/assisted-filings': {
    allowed: ROLES,
    payload: () => ({ resident: { zaloId: '8400000000000000000' }, procedureId: 'birth-registration', answers: {}, requestId: `matrix-${(counter += 1)}` }),
  },
  'GET /api/console/assisted-filings': { allowed: ROLES },
};

let server: ConsoleServer;
let victimId = 0;
beforeAll(async () => {
  server = await startConsoleServer();
  for (const role of ROLES) await server.addUser(`as.${role}`, role);
  victimId = await server.addUser('victim', 'volunteer');
});
afterAll(() => server.close());

async function consoleRoutes(): Promise<string[]> {
  const document = (await server.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, Record<string, { tags?: string[] }>> };
  const routes: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (path.startsWith('/api/console')) {
        expect(operation.tags, `${method} ${path} is tagged console`).toEqual(['console']);
        routes.push(`${method.toUpperCase()} ${path}`);
      }
    }
  }
  return routes;
}

describe('console role matrix', () => {
  it('lists every console route in the OpenAPI document, and each one is in this matrix', async () => {
    const routes = await consoleRoutes();
    expect(routes.sort()).toEqual(Object.keys(matrix).sort());
  });

  it('answers nobody with 401, a role without the right with 403, and lets every permitted role through', async () => {
    const outcomes: string[] = [];
    for (const route of await consoleRoutes()) {
      const rule = matrix[route];
      if (!rule || rule.allowed === 'public') continue;
      const [method = 'GET', path = ''] = route.split(' ');
      const url = path.replace('{id}', String(victimId)).replace('{version}', '1');
      const anonymous = await server.call(null, method, url, { payload: rule.payload?.(), headers: rule.headers });
      outcomes.push(`${route} as nobody → ${anonymous.statusCode}`);
      expect(anonymous.json()).toMatchObject({ error: { code: 'NOT_SIGNED_IN' } });
      for (const role of ROLES) {
        // A fresh session each time: sign-out ends it, and a disabled victim is still a valid target.
        const session = await server.session(`as.${role}`);
        const response = await server.call(session, method, url, { payload: rule.payload?.(), headers: rule.headers });
        const permitted = rule.allowed.includes(role);
        outcomes.push(`${route} as ${role} → ${response.statusCode}`);
        if (permitted) expect([401, 403], `${route} as ${role}: ${response.body}`).not.toContain(response.statusCode);
        else expect(response.json(), `${route} as ${role}`).toMatchObject({ error: { code: 'FORBIDDEN', message: expect.stringContaining('không có quyền') } });
      }
    }
    expect(outcomes.filter((line) => line.includes('as nobody')).every((line) => line.endsWith('401'))).toBe(true);
    expect(outcomes.filter((line) => line.endsWith('403')).length).toBeGreaterThan(0);
  });

  it('lets anyone reach sign-in, which answers bad credentials with 401 and no cookie', async () => {
    const response = await server.call(null, 'POST', '/api/console/sign-in', { payload: { username: 'as.admin', password: 'not it at all' } });
    expect(response.statusCode).toBe(401);
  });
});
