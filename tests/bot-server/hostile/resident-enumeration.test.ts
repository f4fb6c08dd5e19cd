/**
 * Residents cannot reach each other's data through any resident route, on SQLite and PostgreSQL.
 * Resident B calls every `/api/me` route in the OpenAPI document with resident A's filing
 * reference, consent and appointment ids, procedures, booking request id and Mini App event id,
 * and walks every id up to the largest there is. Nothing of A's shows in any answer, and none of
 * A's rows changes. (drafts-and-events.test.ts checks the draft, filing and rating routes one by
 * one; this covers every route, so a new one is checked without touching this file.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../storage/database-targets';
import { startAppointmentServer, type AppointmentServer } from '../appointments/appointment-harness';
import { databaseSnapshot, type Snapshot } from './database-snapshot';
import { documentedRoutes, routeName } from './fuzz-requests';
import { BOOKED_PROCEDURE, DRAFT_PROCEDURE, FILED_PROCEDURE, residentWithData, type ResidentWithData } from './resident-with-data';

/** A request body for every resident route that takes one, aimed at A's data where it can be. */
const BODIES: Record<string, (a: ResidentWithData, eventIdOfA: string) => object> = {
  'POST /api/me/drafts/{procedureId}/events': (_a, eventIdOfA) => ({ event: { type: 'back' }, eventId: eventIdOfA, baseUpdatedAt: null }),
  'POST /api/me/filings/{reference}/rating': () => ({ score: 1, comment: 'B đã ở đây' }),
  'POST /api/me/phone': () => ({ phoneToken: 'fake-phone-of-someone-else' }),
  'POST /api/me/handoff': () => ({ procedureId: FILED_PROCEDURE, questionId: null }),
  'POST /api/me/appointments': (a) => ({ slotId: a.slotIds[0], procedureId: BOOKED_PROCEDURE, requestId: a.bookingRequestId }),
  'POST /api/me/appointments/{id}/move': (a) => ({ slotId: a.slotIds[1] }),
};

/** A's consents and appointment anywhere in an answer: they carry no name or reference, only their ids. */
function recordsOfA(body: string, a: ResidentWithData): unknown[] {
  const found: unknown[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const consent = 'purposes' in record && a.consentIds.includes(Number(record.id));
    const appointment = 'slotId' in record && 'id' in record && record.id === a.appointmentId;
    if (consent || appointment) found.push(record);
    Object.values(record).forEach(walk);
  };
  if (body.startsWith('{') || body.startsWith('[')) walk(JSON.parse(body));
  return found;
}

/** A's rows, wherever A's key or reference appears in them. */
function rowsOf(snapshot: Snapshot, a: ResidentWithData): string[] {
  return [...snapshot.entries()].flatMap(([table, rows]) => rows.split('\n').filter((row) => row.includes(a.userId) || row.includes(a.reference)).map((row) => `${table} ${row}`));
}

describe.each(dialects)('one resident reaching for another\'s data on %s', (dialect) => {
  let server: AppointmentServer;
  let a: ResidentWithData;
  let b: ResidentWithData;
  beforeAll(async () => {
    server = await startAppointmentServer(dialect);
    a = await residentWithData(server, 'Lê Thị Ánh');
    b = await residentWithData(server, 'Phạm Văn Bích');
  }, 60_000);
  afterAll(() => server?.close());

  it('shows B nothing of A and changes none of A\'s rows, through every resident route', async () => {
    const { db } = server.app.services;
    const eventOfA = await db.selectFrom('app_events').select('event_id').where('user_id', '=', a.userId).executeTakeFirstOrThrow();
    const maxId = Math.max(...a.consentIds, ...b.consentIds, a.appointmentId, b.appointmentId) + 2;
    const everyId = Array.from({ length: maxId }, (_, i) => String(i + 1));
    const candidates: Record<string, string[]> = {
      reference: [a.reference, a.reference.toLowerCase(), a.reference.replaceAll('-', '')],
      id: everyId,
      procedureId: [FILED_PROCEDURE, DRAFT_PROCEDURE, BOOKED_PROCEDURE],
    };
    const routes = (await documentedRoutes(server.app)).filter((route) => route.path.startsWith('/api/me'));
    expect(routes.filter((route) => route.body).map(routeName).sort()).toEqual(Object.keys(BODIES).sort());
    // B deleting B's own data goes last, so B still has a resident row for every other attempt.
    routes.sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'));

    const before = rowsOf(await databaseSnapshot(db), a);
    expect(before.length).toBeGreaterThan(8); // filing, its history, consent, draft, events, appointment, handoff, phone…
    const secrets = [a.reference, a.userId, a.user.appUserId, a.user.token, 'Lê Thị Ánh'];
    let calls = 0;
    for (const route of routes) {
      const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
      const urls = params.reduce<string[]>((built, name) => built.flatMap((url) => (candidates[name] ?? ['x']).map((value) => url.replace(`{${name}}`, encodeURIComponent(value)))), [route.path]);
      for (const url of urls) {
        const payload = BODIES[routeName(route)]?.(a, eventOfA.event_id);
        const response = await server.app.inject({ method: route.method, url, headers: { 'x-zalo-access-token': b.user.token }, ...(payload ? { payload } : {}) });
        calls += 1;
        const shown = `${route.method} ${url} as B → ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, shown).toBeLessThan(500);
        for (const secret of secrets) expect(response.body, shown).not.toContain(secret);
        expect(recordsOfA(response.body, a), shown).toEqual([]);
      }
    }
    expect(calls).toBeGreaterThan(routes.length);
    expect(rowsOf(await databaseSnapshot(db), a)).toEqual(before);
    // A still sees all of it, and this test's detectors do find A's records in A's own answers.
    expect((await server.call(a.user, 'GET', `/api/me/filings/${a.reference}`)).body).toContain(a.reference);
    expect(recordsOfA((await server.call(a.user, 'GET', '/api/me/consents')).body, a)).toHaveLength(a.consentIds.length);
    expect(recordsOfA((await server.call(a.user, 'GET', '/api/me/appointments')).body, a)).toHaveLength(1);
  }, 120_000);
});
