/**
 * Fuzzing every public and Mini App route in the OpenAPI document (all but the console's, the
 * webhook's and the simulator's, which have their own files or are not deployed), on SQLite and
 * PostgreSQL: malformed JSON, wrong types, huge strings, deep nesting, odd Unicode and
 * SQL/HTML/script payloads, signed in as a resident who has a filing, a draft, consents, an
 * appointment and a handoff for the requests to aim at. Never a 5xx; a refusal comes in the API's
 * error shape and changes no row of any table.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../storage/database-targets';
import { startAppointmentServer, type AppointmentServer } from '../appointments/appointment-harness';
import { databaseSnapshot, describeChange, tableChanges, type TableChange } from './database-snapshot';
import { checkEveryRoute, documentedRoutes, requestsFor, routeName, sendAndCheck, type FuzzRoute } from './fuzz-requests';
import { BOOKED_PROCEDURE, DRAFT_PROCEDURE, FILED_PROCEDURE, residentWithData, type ResidentWithData } from './resident-with-data';
import type { KnownValues } from './schema-values';

/**
 * Runs per route on SQLite: twice as many for a route with a body, half as many on PostgreSQL,
 * whose snapshots cost more (FUZZ_RUNS=500 for a longer hunt).
 */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 30);

/** Not here: the console (console-api-fuzz), the webhook (webhook-fuzz), and simulator mode's own pages and fake Zalo. */
const fuzzedHere = (route: FuzzRoute) => !['/api/console', '/webhooks/', '/simulator', '/fake-zalo'].some((prefix) => route.path.startsWith(prefix));

/** DELETE /api/me erases the resident's data: it goes last, so the others still find something to aim at. */
const erasesLast = (a: FuzzRoute, b: FuzzRoute) => Number(a.method === 'DELETE' && a.path === '/api/me') - Number(b.method === 'DELETE' && b.path === '/api/me');

describe.each(dialects)('fuzzing the public and Mini App API on %s', (dialect) => {
  let server: AppointmentServer;
  let owner: ResidentWithData;
  beforeAll(async () => {
    server = await startAppointmentServer(dialect);
    owner = await residentWithData(server, 'Nguyễn Thị Hoà');
  }, 60_000);
  afterAll(() => server?.close());

  const known: KnownValues = (name) => {
    const procedures = fc.constantFrom(FILED_PROCEDURE, DRAFT_PROCEDURE, BOOKED_PROCEDURE, 'no-such-procedure');
    const values: Record<string, fc.Arbitrary<unknown>> = {
      id: fc.oneof(procedures, fc.constantFrom(...owner.consentIds, owner.appointmentId, 0, 2 ** 31)),
      procedureId: procedures,
      reference: fc.constantFrom(owner.reference, owner.reference.toLowerCase(), owner.reference.replaceAll('-', '')),
      slotId: fc.constantFrom(...owner.slotIds),
      version: fc.constantFrom(1, 2, 0, -1),
      q: fc.constantFrom('tam tru', 'nhập hộ khẩu', 'dk'),
    };
    return values[name];
  };

  /**
   * The one write a refused request may cause: signing in links the resident's Zalo id to their
   * row again after "delete my data" (resident-auth.ts). That is the sign-in, not the request.
   */
  const isSignInRelink = ({ table, gone, came }: TableChange) =>
    table === 'residents' && gone.length === 1 && came.length === 1 && gone[0]?.app_user_id === null && came[0]?.user_id === owner.userId && came[0]?.app_user_id === owner.user.appUserId;

  it('answers every request below 500, and a refused one changes nothing stored', async () => {
    const routes = (await documentedRoutes(server.app)).filter(fuzzedHere).sort(erasesLast);
    expect(routes.map(routeName)).toContain('POST /api/me/drafts/{procedureId}/events');
    const { db } = server.app.services;
    let before = await databaseSnapshot(db);
    const failures = await checkEveryRoute(
      routes,
      (route) =>
        fc.asyncProperty(requestsFor(route, known, { 'x-zalo-access-token': owner.user.token }), async (request) => {
          const response = await sendAndCheck(server.app, request);
          const after = await databaseSnapshot(db);
          const changed = tableChanges(before, after).filter((change) => !isSignInRelink(change)).map(describeChange);
          before = after; // before asserting: fast-check sends more requests while it shrinks a failure
          if (response.statusCode >= 400) expect(changed, `${routeName(route)} refused with ${response.statusCode} but changed: ${changed.join(" / ")}`).toEqual([]);
        }),
      (route) => Math.max(5, Math.round((NUM_RUNS * (route.body ? 2 : 1)) / (dialect === 'postgres' ? 2 : 1))),
    );
    expect(failures).toEqual([]);
    expect((await server.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  }, 120_000);
});
