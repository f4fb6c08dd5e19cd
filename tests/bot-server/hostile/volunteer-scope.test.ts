/**
 * A volunteer sees only the filings they assisted, through every console route, on SQLite and
 * PostgreSQL. filing-queue.test.ts checks the queue and one filing, assisted-filing.test.ts the
 * prepared-filings list; here the volunteer calls every GET route in the OpenAPI document with
 * every filing reference and id filled in, and the queue with every filter set to another
 * filing's reference, and no answer names a filing (or its resident) they did not assist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../storage/database-targets';
import { startFilingQueueServer, type FilingQueueServer } from '../console/filing-queue-harness';
import { documentedRoutes } from './fuzz-requests';

const RESIDENTS = { mine: '8409000000000000501', unassisted: '8409000000000000502', others: '8409000000000000503' };

describe.each(dialects)('what a volunteer can see on %s', (dialect) => {
  let server: FilingQueueServer;
  const ref = { mine: '', unassisted: '', others: '' };
  beforeAll(async () => {
    server = await startFilingQueueServer(dialect);
    await server.addStaff('boss', 'admin');
    const tnv = await server.addStaff('tnv', 'volunteer');
    const tnv2 = await server.addStaff('tnv2', 'volunteer');
    ref.mine = await server.fileThroughStore({ procedureId: 'temporary-residence', userId: RESIDENTS.mine, receivedLocal: '2026-03-02T08:30', channel: 'volunteer', assistedBy: tnv });
    ref.unassisted = await server.fileThroughStore({ procedureId: 'birth-registration', userId: RESIDENTS.unassisted, receivedLocal: '2026-03-02T08:40', status: 'moreInfoNeeded' });
    ref.others = await server.fileThroughStore({ procedureId: 'marital-status-certificate', userId: RESIDENTS.others, receivedLocal: '2026-03-02T08:50', channel: 'volunteer', assistedBy: tnv2 });
  }, 60_000);
  afterAll(() => server?.close());

  it('names no filing the volunteer did not assist, in any answer of any console route', async () => {
    const tnv = await server.staff('tnv');
    const hidden = [ref.unassisted, ref.others, RESIDENTS.unassisted, RESIDENTS.others, `…${RESIDENTS.unassisted.slice(-4)}`, `…${RESIDENTS.others.slice(-4)}`];
    const routes = (await documentedRoutes(server.app)).filter((route) => route.method === 'GET' && route.path.startsWith('/api/console') && !route.path.endsWith('/events'));
    const fill: Record<string, string[]> = { reference: [ref.mine, ref.unassisted, ref.others, ref.others.toLowerCase()], id: ['1', '2', '3', '4'] };
    const filters = (other: string) => [`?q=${other}`, `?q=${other.replaceAll('-', '')}`, '?status=moreInfoNeeded', '?status=received&status=processing', '?procedureId=birth-registration', '?overdue=true', '?receivedFrom=2026-03-01&receivedTo=2026-03-03', '?dueFrom=2026-01-01&dueTo=2026-12-31', '?from=2026-03-01&to=2026-03-31', '?date=2026-03-02', '?limit=100'];
    let readable = 0;
    for (const route of routes) {
      const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
      const paths = params.reduce<string[]>((built, name) => built.flatMap((path) => (fill[name] ?? ['1']).map((value) => path.replace(`{${name}}`, value))), [route.path]);
      for (const path of paths) {
        for (const query of ['', ...filters(ref.unassisted), ...filters(ref.others)]) {
          const response = await server.console(tnv, 'GET', `${path}${query}`);
          const shown = `GET ${path}${query} as a volunteer → ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, shown).toBeLessThan(500);
          if (response.statusCode === 200) readable += 1;
          for (const secret of hidden) expect(response.body, shown).not.toContain(secret);
        }
      }
    }
    expect(readable).toBeGreaterThan(10);
    // The answers above were not empty for want of data: the volunteer sees their own, an admin all three.
    expect((await server.console(tnv, 'GET', '/api/console/filings')).body).toContain(ref.mine);
    const all = (await server.console(await server.staff('boss'), 'GET', '/api/console/filings')).body;
    for (const reference of Object.values(ref)) expect(all).toContain(reference);
    expect((await server.console(tnv, 'GET', `/api/console/filings/${ref.mine}`)).statusCode).toBe(200);
  }, 120_000);

  it('cannot change, or learn through a refusal, the status of a filing they did not assist', async () => {
    const tnv = await server.staff('tnv');
    for (const reference of [ref.unassisted, ref.others]) {
      const response = await server.console(tnv, 'POST', `/api/console/filings/${reference}/status`, { payload: { status: 'processing' } });
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain(reference);
    }
    const rows = await server.app.services.db.selectFrom('filings').select(['reference', 'status']).where('reference', 'in', [ref.unassisted, ref.others]).orderBy('reference').execute();
    expect(rows.map((row) => row.status).sort()).toEqual(['moreInfoNeeded', 'received']);
  });
});
