/**
 * The rest of what a resident does in the Mini App: share their phone number, see and withdraw
 * consents, ask for an official, rate a decided filing, delete their data; and the procedure
 * definition the app runs the engine on. Every route is in the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentListResponse, DraftListResponse, FilingDetailResponse, MeResponse, ProcedureDefinitionResponse } from '../../../shared/api/mini-app-api-schemas';
import type { ConversationState } from '../../../shared/conversation/conversation-types';
import { loadConversationState } from '../../../bot-server/storage/conversation-store';
import { morningOf } from '../../support/real-catalog';
import { startResidentApiServer, type MiniAppUser, type ResidentApiServer } from './resident-api-harness';
import { answerEligibility, eligibleScenario, fillFiling, sendOk } from './run-through-app';

const PROCEDURE = 'temporary-residence';
const scenario = eligibleScenario(PROCEDURE);
let server: ResidentApiServer;

beforeAll(async () => {
  server = await startResidentApiServer({ workers: false });
  server.app.services.clock = () => new Date(morningOf(scenario.today));
});
afterAll(() => server.close());

/** A filing submitted through the app, and its reference. */
async function submittedFiling(user: MiniAppUser): Promise<string> {
  const review = await fillFiling(server, user, PROCEDURE, await answerEligibility(server, user, PROCEDURE, scenario.answers));
  const submitted = await sendOk(server, user, PROCEDURE, { type: 'confirm' }, review.session);
  return submitted.session.reference ?? '';
}

const userIdOf = (user: MiniAppUser) => `app:${user.appUserId}`;

describe('the resident API', () => {
  it('exchanges a phone token for the number in national form, once', async () => {
    const user = server.user();
    const phoneToken = server.app.fakeZalo?.issuePhoneToken(user.token);
    const first = await server.call(user, 'POST', '/api/me/phone', { phoneToken });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ phone: '0912345678' });
    const again = await server.call(user, 'POST', '/api/me/phone', { phoneToken });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: { code: 'PHONE_TOKEN_INVALID', message: expect.stringContaining('chia sẻ số điện thoại') } });
    // Another resident's phone token is no use either.
    const other = server.user();
    const stolen = server.app.fakeZalo?.issuePhoneToken(user.token);
    expect((await server.call(other, 'POST', '/api/me/phone', { phoneToken: stolen })).statusCode).toBe(400);
  });

  it('lets a resident rate a filing once it has a result, and only once', async () => {
    const user = server.user();
    const reference = await submittedFiling(user);
    const early = await server.call(user, 'POST', `/api/me/filings/${reference}/rating`, { score: 5 });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: 'NO_RESULT_YET' } });
    await server.app.services.db.updateTable('filings').set({ status: 'resultReady' }).where('reference', '=', reference).execute();
    await server.app.services.db.insertInto('filing_events').values({ reference, status: 'resultReady', note: null, at: morningOf('2026-03-05') }).execute();
    expect((await server.call(user, 'POST', `/api/me/filings/${reference}/rating`, { score: 6 })).statusCode).toBe(400);
    expect((await server.call(user, 'POST', `/api/me/filings/${reference}/rating`, { score: 4, comment: 'Nhanh, cán bộ nhiệt tình' })).statusCode).toBe(204);
    const twice = await server.call(user, 'POST', `/api/me/filings/${reference}/rating`, { score: 1 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'ALREADY_RATED' } });
    const detail = (await server.call(user, 'GET', `/api/me/filings/${reference}`)).json() as FilingDetailResponse;
    expect(detail.rating).toEqual({ score: 4, comment: 'Nhanh, cán bộ nhiệt tình' });
    expect(detail.timeline.map((t) => t.status)).toEqual(['received', 'resultReady']);
    expect(detail.timeline[1]?.next.vi).toContain('Bộ phận Một cửa');
  }, 60_000);

  it('lists consents and withdraws one, keeping the record', async () => {
    const user = server.user();
    await submittedFiling(user);
    const { items } = (await server.call(user, 'GET', '/api/me/consents')).json() as ConsentListResponse;
    expect(items).toEqual([expect.objectContaining({ procedureId: PROCEDURE, purposes: expect.any(Array), withdrawnAt: null })]);
    const id = items[0]?.id ?? 0;
    expect((await server.call(server.user(), 'POST', `/api/me/consents/${id}/withdraw`)).statusCode).toBe(404);
    expect((await server.call(user, 'POST', `/api/me/consents/${id}/withdraw`)).statusCode).toBe(204);
    const after = (await server.call(user, 'GET', '/api/me/consents')).json() as ConsentListResponse;
    expect(after.items).toEqual([expect.objectContaining({ id, withdrawnAt: morningOf(scenario.today) })]);
  }, 60_000);

  it('opens a handoff with the procedure and question, and the chat stays quiet for the official', async () => {
    const user = server.user();
    const asked = await server.call(user, 'POST', '/api/me/handoff', { procedureId: PROCEDURE, questionId: 'place_type' });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toEqual({ oaId: server.config.zalo.oaId }); // the chat the app then opens
    const handoff = await server.app.services.db.selectFrom('handoffs').selectAll().where('user_id', '=', userIdOf(user)).executeTakeFirstOrThrow();
    expect(handoff).toMatchObject({ status: 'open', reason: 'requested', procedure_id: PROCEDURE, question_id: 'place_type' });
    expect(((await server.call(user, 'GET', '/api/me')).json() as MeResponse).openHandoff).toBe(true);
    const sealed = await loadConversationState(server.app.services.db, userIdOf(user));
    expect((JSON.parse(server.app.services.cipher.open(sealed ?? '')) as ConversationState).mode).toBe('handoff');
    // Asking twice keeps one open request.
    expect((await server.call(user, 'POST', '/api/me/handoff', { procedureId: null, questionId: null })).statusCode).toBe(200);
    expect(await server.app.services.db.selectFrom('handoffs').select('id').where('user_id', '=', userIdOf(user)).execute()).toHaveLength(1);
  });

  it('deletes drafts and the answers kept with applied events, as the chat\'s "xóa dữ liệu của tôi" does', async () => {
    const user = server.user();
    const reference = await submittedFiling(user);
    await answerEligibility(server, user, PROCEDURE, scenario.answers); // a new draft
    expect(((await server.call(user, 'GET', '/api/me/drafts')).json() as DraftListResponse).items).toHaveLength(1);
    const { db } = server.app.services;
    expect((await db.selectFrom('app_events').select('event_id').where('user_id', '=', userIdOf(user)).execute()).length).toBeGreaterThan(0);

    expect((await server.call(user, 'DELETE', '/api/me')).statusCode).toBe(204);
    expect(((await server.call(user, 'GET', '/api/me/drafts')).json() as DraftListResponse).items).toEqual([]);
    expect(await loadConversationState(db, userIdOf(user))).toBeUndefined();
    expect(await db.selectFrom('app_events').select('event_id').where('user_id', '=', userIdOf(user)).execute()).toEqual([]);
    const consents = (await server.call(user, 'GET', '/api/me/consents')).json() as ConsentListResponse;
    expect(consents.items.every((c) => c.withdrawnAt !== null)).toBe(true);
    // The submitted filing stays, sealed, as the office must keep case files (the chat tells residents so).
    expect((await server.call(user, 'GET', '/api/me/filings')).json()).toEqual({ items: [expect.objectContaining({ reference })] });
  }, 60_000);

  it('serves the procedure definition the engine runs on, current or pinned', async () => {
    const response = await server.call(null, 'GET', `/api/procedures/${PROCEDURE}/definition`);
    expect(response.statusCode).toBe(200);
    const { procedure } = response.json() as ProcedureDefinitionResponse;
    expect(procedure).toMatchObject({ id: PROCEDURE, kind: 'flow' });
    expect(procedure.questions.map((q) => q.id)).toContain('stay_length');
    expect((await server.call(null, 'GET', `/api/procedures/${PROCEDURE}/definition?version=${procedure.version}`)).statusCode).toBe(200);
    expect((await server.call(null, 'GET', `/api/procedures/${PROCEDURE}/definition?version=999`)).statusCode).toBe(404);
    expect((await server.call(null, 'GET', '/api/procedures/no-such-thing/definition')).json()).toMatchObject({ error: { code: 'PROCEDURE_NOT_FOUND' } });
  });

  it('lists every resident route in the OpenAPI document under the mini-app tag', async () => {
    const document = (await server.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const routes: [string, string][] = [
      ['/api/procedures/{id}/definition', 'get'],
      ['/api/me', 'get'],
      ['/api/me', 'delete'],
      ['/api/me/drafts', 'get'],
      ['/api/me/drafts/{procedureId}', 'get'],
      ['/api/me/drafts/{procedureId}/events', 'post'],
      ['/api/me/filings', 'get'],
      ['/api/me/filings/{reference}', 'get'],
      ['/api/me/filings/{reference}/rating', 'post'],
      ['/api/me/consents', 'get'],
      ['/api/me/consents/{id}/withdraw', 'post'],
      ['/api/me/phone', 'post'],
      ['/api/me/handoff', 'post'],
    ];
    for (const [path, method] of routes) expect(document.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['mini-app']);
  });
});
