/**
 * A resident runs a procedure in the Mini App through the events endpoint, from start to a
 * submitted filing, on SQLite and on PostgreSQL: what is stored, what is refused, what is applied
 * once, and what another resident can see.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftListResponse, DraftResponse, FilingDetailResponse, FilingListResponse } from '../../../shared/api/mini-app-api-schemas';
import type { EngineOutput } from '../../../shared/engine/engine-types';
import { morningOf } from '../../support/real-catalog';
import { startResidentApiServer, type ResidentApiServer } from './resident-api-harness';
import { answerEligibility, eligibleScenario, fillFiling, sendOk } from './run-through-app';

const PROCEDURE = 'temporary-residence';
const scenario = eligibleScenario(PROCEDURE);

describe.each(['sqlite', 'postgres'] as const)('drafts and events on %s', (dialect) => {
  let server: ResidentApiServer;
  beforeAll(async () => {
    server = await startResidentApiServer({ dialect, workers: false });
    server.app.services.clock = () => new Date(morningOf(scenario.today));
  }, 30_000);
  afterAll(() => server?.close());

  it('runs from start to a submitted filing with a receipt, then lists it with a "received" timeline', async () => {
    expect(server.app.services.dialect).toBe(dialect);
    const user = server.user();
    const result = await answerEligibility(server, user, PROCEDURE, scenario.answers);
    expect(result.outputs).toContainEqual(expect.objectContaining({ kind: 'eligibility', result: 'eligible' }));
    const review = await fillFiling(server, user, PROCEDURE, result);
    expect(review.session.stage).toBe('review');

    const drafts = (await server.call(user, 'GET', '/api/me/drafts')).json() as DraftListResponse;
    expect(drafts.items).toEqual([expect.objectContaining({ procedureId: PROCEDURE, stage: 'review', procedureName: expect.objectContaining({ vi: 'Đăng ký tạm trú' }) })]);

    const submitted = await sendOk(server, user, PROCEDURE, { type: 'confirm' }, review.session);
    const receipt = submitted.outputs.find((o): o is Extract<EngineOutput, { kind: 'receipt' }> => o.kind === 'receipt');
    expect(receipt?.reference).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]$/);
    expect(submitted.session.stage).toBe('submitted');

    // The draft is gone; the filing is there, newest first, with what to do next.
    expect(((await server.call(user, 'GET', '/api/me/drafts')).json() as DraftListResponse).items).toEqual([]);
    expect((await server.call(user, 'GET', `/api/me/drafts/${PROCEDURE}`)).statusCode).toBe(404);
    const filings = (await server.call(user, 'GET', '/api/me/filings')).json() as FilingListResponse;
    expect(filings.items).toEqual([expect.objectContaining({ reference: receipt?.reference, procedureId: PROCEDURE, status: 'received' })]);
    const detail = (await server.call(user, 'GET', `/api/me/filings/${receipt?.reference}`)).json() as FilingDetailResponse;
    expect(detail.timeline).toEqual([expect.objectContaining({ status: 'received', next: expect.objectContaining({ vi: expect.stringContaining('Bạn chưa cần làm gì thêm') }) })]);
    expect(detail.filing.documents.map((d) => d.id)).toEqual(receipt?.documents.map((d) => d.id));
    expect(detail.filing.fee.total).toBe(receipt?.fee.total);
    expect(detail.filing.review.flatMap((g) => g.items.map((i) => i.display.vi))).toContain('Nguyễn Thị Hoà');
    expect(detail.rating).toBeNull();

    // Filed through the Mini App, consent recorded for this procedure, answers sealed at rest.
    const row = await server.app.services.db.selectFrom('filings').selectAll().where('reference', '=', receipt?.reference ?? '').executeTakeFirstOrThrow();
    expect(row.channel).toBe('miniApp');
    expect(row.answers).not.toContain('Nguyễn');
    const consents = (await server.call(user, 'GET', '/api/me/consents')).json() as { items: { procedureId: string; withdrawnAt: string | null }[] };
    expect(consents.items).toEqual([expect.objectContaining({ procedureId: PROCEDURE, withdrawnAt: null })]);
  }, 60_000);

  it('refuses a wrong answer with the engine\'s Vietnamese message and stores nothing', async () => {
    const user = server.user();
    const result = await answerEligibility(server, user, PROCEDURE, scenario.answers);
    const filing = await sendOk(server, user, PROCEDURE, { type: 'startFiling' }, result.session);
    const fields = await sendOk(server, user, PROCEDURE, { type: 'consent', accepted: true }, filing.session);
    const name = await sendOk(server, user, PROCEDURE, { type: 'answer', value: 'Nguyễn Thị Hoà' }, fields.session);
    expect(name.session.current).toBe('registrant_citizen_id');
    const refused = await sendOk(server, user, PROCEDURE, { type: 'answer', value: '123' }, name.session);
    const question = refused.outputs.find((o) => o.kind === 'question');
    expect(question?.kind === 'question' && question.error?.vi).toMatch(/CCCD|định danh|12 chữ số/);
    expect(refused.session).toEqual(name.session);
    const stored = (await server.call(user, 'GET', `/api/me/drafts/${PROCEDURE}`)).json() as DraftResponse;
    expect(stored.session).toEqual(name.session);
    expect(stored.session.answers).not.toHaveProperty('registrant_citizen_id');
  }, 30_000);

  it('applies the same eventId once, and answers a retry with the first result', async () => {
    const user = server.user();
    const started = await sendOk(server, user, PROCEDURE, { type: 'start' }, null);
    const eventId = randomUUID();
    const answer = { type: 'answer' as const, value: 'at_least_30_days' };
    const first = await server.send(user, PROCEDURE, answer, started.session, eventId);
    const retry = await server.send(user, PROCEDURE, answer, started.session, eventId);
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const count = await server.app.services.db.selectFrom('app_events').select('event_id').where('event_id', '=', eventId).execute();
    expect(count).toHaveLength(1);
    const stored = (await server.call(user, 'GET', `/api/me/drafts/${PROCEDURE}`)).json() as DraftResponse;
    expect(stored.session.current).toBe('same_commune');
  });

  it('answers 409 DRAFT_CHANGED with the current draft when the app is behind, and applies nothing', async () => {
    const user = server.user();
    const started = await sendOk(server, user, PROCEDURE, { type: 'start' }, null);
    server.app.services.clock = () => new Date(Date.parse(morningOf(scenario.today)) + 60_000);
    try {
      const moved = await sendOk(server, user, PROCEDURE, { type: 'answer', value: 'at_least_30_days' }, started.session);
      const stale = await server.send(user, PROCEDURE, { type: 'answer', value: 'under_30_days' }, started.session);
      expect(stale.statusCode).toBe(409);
      const body = stale.json() as { error: { code: string; message: string }; current: DraftResponse };
      expect(body.error).toMatchObject({ code: 'DRAFT_CHANGED', message: expect.stringContaining('trả lời tiếp') });
      expect(body.current.session).toEqual(moved.session);
      expect(body.current.outputs).toContainEqual(expect.objectContaining({ kind: 'question', question: expect.objectContaining({ id: 'same_commune' }) }));
      // A new start without knowing the stored draft is refused the same way.
      expect((await server.send(user, PROCEDURE, { type: 'start' }, null)).statusCode).toBe(409);
    } finally {
      server.app.services.clock = () => new Date(morningOf(scenario.today));
    }
  });

  it('keeps two events racing on one draft apart: one applies, the other is told the draft changed', async () => {
    const user = server.user();
    const started = await sendOk(server, user, PROCEDURE, { type: 'start' }, null);
    let tick = 0;
    server.app.services.clock = () => new Date(Date.parse(morningOf(scenario.today)) + 1000 * (tick += 1));
    try {
      const statuses = (await Promise.all([0, 1, 2].map(() => server.send(user, PROCEDURE, { type: 'answer', value: 'at_least_30_days' }, started.session)))).map((r) => r.statusCode);
      expect(statuses.sort()).toEqual([200, 409, 409]);
    } finally {
      server.app.services.clock = () => new Date(morningOf(scenario.today));
    }
  });

  it('does not let resident B read, answer or rate resident A\'s draft or filing', async () => {
    const [a, b] = [server.user(), server.user()];
    const result = await answerEligibility(server, a, PROCEDURE, scenario.answers);
    const review = await fillFiling(server, a, PROCEDURE, result);
    const submitted = await sendOk(server, a, PROCEDURE, { type: 'confirm' }, review.session);
    const second = await answerEligibility(server, a, PROCEDURE, scenario.answers);
    const reference = submitted.session.reference ?? '';
    expect((await server.call(b, 'GET', `/api/me/drafts/${PROCEDURE}`)).statusCode).toBe(404);
    expect(((await server.call(b, 'GET', '/api/me/drafts')).json() as DraftListResponse).items).toEqual([]);
    expect((await server.send(b, PROCEDURE, { type: 'answer', value: 'x' }, second.session)).statusCode).toBe(409);
    const peek = await server.call(b, 'GET', `/api/me/filings/${reference}`);
    expect(peek.statusCode).toBe(404);
    expect(peek.json()).toMatchObject({ error: { code: 'FILING_NOT_FOUND' } });
    await server.app.services.db.updateTable('filings').set({ status: 'resultReady' }).where('reference', '=', reference).execute();
    expect((await server.call(b, 'POST', `/api/me/filings/${reference}/rating`, { score: 1 })).statusCode).toBe(404);
    expect(((await server.call(b, 'GET', '/api/me/filings')).json() as FilingListResponse).items).toEqual([]);
    // A's own draft is untouched by B's attempts.
    expect(((await server.call(a, 'GET', `/api/me/drafts/${PROCEDURE}`)).json() as DraftResponse).session).toEqual(second.session);
  }, 60_000);
});
