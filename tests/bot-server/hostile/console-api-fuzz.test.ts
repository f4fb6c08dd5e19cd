/**
 * Fuzzing every officials' console route in the OpenAPI document, on SQLite and PostgreSQL, signed
 * in as an admin (session cookie and CSRF token) with a handoff, filings and appointment slots to
 * aim at: malformed JSON, wrong types, huge strings, deep nesting, odd Unicode and SQL/HTML/script
 * payloads. Never a 5xx; a refusal comes in the API's error shape and stores nothing but what the
 * console's security does on purpose: recording a refused sign-in or resident look-up, counting
 * wrong passwords, and ending the session a sign-in attempt came with.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../storage/database-targets';
import { startFilingQueueServer, type FilingQueueServer } from '../console/filing-queue-harness';
import { openHandoff } from '../../../bot-server/storage/handoff-store';
import { touchResident } from '../../../bot-server/storage/resident-store';
import { databaseSnapshot, describeChange, tableChanges, type TableChange } from './database-snapshot';
import { checkEveryRoute, documentedRoutes, requestsFor, routeName, sendAndCheck, type FuzzRoute } from './fuzz-requests';
import type { KnownValues } from './schema-values';

/** Runs per route on SQLite (body routes twice as many; PostgreSQL half as many, its snapshots cost more). */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 20);

/** What a refused console request may leave behind, on purpose: the record of a refused sign-in or look-up. */
const REFUSAL_RECORDS = new Set(['sign-in.failed', 'sign-in.refused-locked', 'sign-in.locked', 'assisted-filing.resident-not-reachable']);
const isRefusalRecord = ({ table, gone, came }: TableChange) => table === 'audit_log' && gone.length === 0 && came.every((row) => REFUSAL_RECORDS.has(String(row.action)));
/** A sign-in attempt, even a refused one, ends the session the browser carried (no session fixation). */
const isSessionEndedBySignIn = (route: FuzzRoute, { table, came }: TableChange) => route.path === '/api/console/sign-in' && table === 'staff_sessions' && came.length === 0;
/** A wrong password counts towards the lock-out: only those two columns of the account change. */
const isLockoutCount = ({ table, gone, came }: TableChange) =>
  table === 'staff_users' && gone.length === came.length && came.every((row, i) => JSON.stringify({ ...row, failed_attempts: 0, locked_until: null }) === JSON.stringify({ ...gone[i], failed_attempts: 0, locked_until: null }));

const RESIDENT = '8409000000000000201';

describe.each(dialects)('fuzzing the console API on %s', (dialect) => {
  let server: FilingQueueServer;
  const ids = { admin: 0, official: 0, victim: 0, handoff: 0, slots: [] as number[], references: [] as string[] };
  let session = { cookie: '', csrfToken: '' };

  beforeAll(async () => {
    server = await startFilingQueueServer(dialect);
    ids.admin = await server.addStaff('fuzz.admin', 'admin');
    ids.official = await server.addStaff('fuzz.official', 'official');
    ids.victim = await server.addStaff('fuzz.victim', 'volunteer');
    session = await server.staff('fuzz.admin');
    const { db } = server.app.services;
    const now = server.now().toISOString();
    await touchResident(db, { userId: RESIDENT, appUserId: null, now, spoke: true });
    ids.handoff = await openHandoff(db, { userId: RESIDENT, reason: 'requested', procedureId: 'birth-registration', openedAt: now });
    ids.references.push(await server.fileThroughStore({ procedureId: 'temporary-residence', userId: RESIDENT, receivedLocal: '2026-03-02T08:30' }));
    ids.references.push(await server.fileThroughStore({ procedureId: 'birth-registration', userId: RESIDENT, receivedLocal: '2026-03-02T08:40', status: 'processing' }));
    const published = await server.console(session, 'POST', '/api/console/appointment-slots', { payload: { from: '2026-03-16', to: '2026-03-16', times: [{ start: '08:00', end: '09:00' }], slotMinutes: 30, capacity: 2 } });
    expect(published.statusCode, published.body).toBe(201);
    ids.slots = (published.json() as { created: { id: number }[] }).created.map((slot) => slot.id);
  }, 60_000);
  afterAll(() => server?.close());

  const known: KnownValues = (name) => {
    const values: Record<string, fc.Arbitrary<unknown>> = {
      id: fc.constantFrom(ids.handoff, ids.victim, ...ids.slots, 'birth-registration', 0),
      userId: fc.constantFrom(ids.official, ids.victim, ids.admin),
      reference: fc.constantFrom(...ids.references, ids.references[0]?.toLowerCase() ?? ''),
      version: fc.constantFrom(1, 2),
      procedureId: fc.constantFrom('birth-registration', 'temporary-residence', 'marriage-registration'),
      zaloId: fc.constantFrom(RESIDENT),
      status: fc.constantFrom('processing', 'moreInfoNeeded', 'approved', 'open', 'resolved'),
      username: fc.constantFrom('fuzz.official', 'FUZZ.OFFICIAL', 'nobody'),
      date: fc.constantFrom('2026-03-16', '2026-03-02'),
    };
    return values[name];
  };

  /** Sign-out (or anything else) may end the session the fuzzer carries: sign in again when it did. */
  async function keepSignedIn(): Promise<void> {
    if ((await server.console(session, 'GET', '/api/console/session')).statusCode === 401) session = await server.staff('fuzz.admin');
  }

  it('answers every request below 500, and a refused one changes nothing stored', async () => {
    const routes = (await documentedRoutes(server.app)).filter((route) => route.path.startsWith('/api/console'));
    expect(routes.length).toBeGreaterThan(30);
    const { db } = server.app.services;
    let before = await databaseSnapshot(db);
    const auth = () => ({
      cookie: `dvc_console=${session.cookie}`,
      'x-csrf-token': session.csrfToken,
      // The live feed streams until the client leaves; asking for JSON gets a permitted caller a 406 at once.
      accept: 'application/json',
    });
    const runs = (route: FuzzRoute) => Math.max(5, Math.round((NUM_RUNS * (route.body ? 2 : 1)) / (dialect === 'postgres' ? 2 : 1)));
    const failures = await checkEveryRoute(
      routes,
      (route) =>
        fc.asyncProperty(requestsFor(route, known, auth()), async (request) => {
          const response = await sendAndCheck(server.app, request);
          const after = await databaseSnapshot(db);
          const changed = tableChanges(before, after).filter((change) => !isRefusalRecord(change) && !isLockoutCount(change) && !isSessionEndedBySignIn(route, change)).map(describeChange);
          before = after; // before asserting: fast-check sends more requests while it shrinks a failure
          if (response.statusCode >= 400) expect(changed, `${routeName(route)} refused with ${response.statusCode} but changed: ${changed.join(" / ")}`).toEqual([]);
        }),
      runs,
      async () => {
        await keepSignedIn();
        before = await databaseSnapshot(db);
      },
    );
    expect(failures).toEqual([]);
    expect((await server.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  }, 150_000);
});
