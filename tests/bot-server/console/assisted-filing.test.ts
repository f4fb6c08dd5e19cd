/**
 * Volunteer-assisted filing end to end, on SQLite and PostgreSQL: residents chat through the
 * signed webhook (workers running), a volunteer prepares a filing through the console API, the
 * resident's fake Zalo inbox gets the summary, and only their "1" makes it a filing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../storage/database-targets';
import { BIRTH_ANSWERS, startAssistedFilingServer, type AssistedFilingServer } from './assisted-filing-harness';
import type { AssistedFilingItem, AssistedFilingListResponse, AssistedFilingResponse } from '../../../shared/api/console-assisted-filing-schemas';
import type { AuditLogResponse } from '../../../shared/api/console-api-schemas';
import type { FilingListResponse } from '../../../shared/api/mini-app-api-schemas';
import type { FilingQueueResponse } from '../../../shared/api/console-filing-schemas';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const NOT_REACHABLE = 'Người dân cần nhắn một tin bất kỳ tới Zalo OA của xã trước, rồi thử lại';

describe.each(dialects)('volunteer-assisted filing on %s', (dialect) => {
  let server: AssistedFilingServer;
  let tnvId = 0;
  beforeAll(async () => {
    server = await startAssistedFilingServer(dialect);
    tnvId = await server.addUser('tnv', 'volunteer');
    await server.addUser('tnv2', 'volunteer');
    await server.addUser('lan', 'official');
    await server.addUser('boss', 'supervisor');
  });
  afterAll(() => server.close());

  const db = () => server.app.services.db;
  const filingsOf = (userId: string) => db().selectFrom('filings').selectAll().where('user_id', '=', userId).execute();
  const outboxCount = async (userId: string) => (await db().selectFrom('outbox').select('id').where('user_id', '=', userId).execute()).length;
  const list = async (as: string, query = ''): Promise<AssistedFilingItem[]> => ((await server.call(await server.session(as), 'GET', `/api/console/assisted-filings${query}`)).json() as AssistedFilingListResponse).items;

  /** A resident who has just written to the OA, and the summary a volunteer then sent them. */
  async function preparedFor(resident: string, requestId?: string): Promise<{ item: AssistedFilingItem; summary: string; before: number }> {
    await server.turn(resident, 'xin chào');
    const before = server.replies(resident).length;
    const response = await server.prepare('tnv', { resident: { zaloId: resident }, requestId });
    expect(response.statusCode, response.body).toBe(201);
    const summary = (await server.waitForReplies(resident, before + 1)).at(-1) ?? '';
    return { item: (response.json() as AssistedFilingResponse).item, summary, before };
  }

  it('sends ONE summary, files nothing until the resident answers "1", then files it with channel volunteer and who assisted', async () => {
    const resident = '8409100000000000001';
    const { item, summary, before } = await preparedFor(resident, 'request-main-0001');
    expect(item).toMatchObject({ status: 'pending', procedureName: 'Đăng ký khai sinh', userIdMasked: '…0001', assistedBy: { id: tnvId, displayName: 'Cán bộ tnv' }, filingReference: null });
    expect(item.questionIds).toEqual(Object.keys(BIRTH_ANSWERS));
    expect(summary).toContain('Cán bộ tnv đã giúp bạn chuẩn bị hồ sơ "Đăng ký khai sinh"');
    expect(summary).toContain('Nguyễn Hoàng Nam');
    expect(summary).toContain('*********345');
    expect(summary).not.toContain('001190012345');
    expect(summary).toContain('Giấy chứng sinh');
    expect(summary).toContain('Trả lời 1 để XÁC NHẬN nộp hồ sơ, 2 để HỦY');
    expect(await filingsOf(resident)).toEqual([]);

    // A retry of the same request answers the same prepared filing and sends nothing again.
    const retried = await server.prepare('tnv', { resident: { zaloId: resident }, requestId: 'request-main-0001' });
    expect(retried.statusCode).toBe(200);
    expect((retried.json() as AssistedFilingResponse).item.id).toBe(item.id);
    await pause(300);
    expect(server.replies(resident)).toHaveLength(before + 1);

    const receipt = await server.turn(resident, '1');
    const filings = await filingsOf(resident);
    expect(filings).toHaveLength(1);
    const [filing] = filings;
    expect(filing).toMatchObject({ channel: 'volunteer', assisted_by: tnvId, status: 'received', procedure_id: 'birth-registration' });
    expect(receipt).toContain('Cảm ơn bạn đã xác nhận');
    expect(receipt).toContain('✅ Đã nộp hồ sơ "Đăng ký khai sinh"');
    expect(receipt).toContain(`Mã hồ sơ: ${filing?.reference}`);
    // Confirming is the resident's consent to this processing, given in the chat.
    expect(await db().selectFrom('consents').selectAll().where('user_id', '=', resident).execute()).toMatchObject([{ channel: 'chat', procedure_id: 'birth-registration', policy_version: '2026-01' }]);

    expect((await list('tnv')).find((i) => i.id === item.id)).toMatchObject({ status: 'confirmed', filingReference: filing?.reference, decidedAt: expect.any(String) });
    expect((await list('tnv2')).map((i) => i.id)).not.toContain(item.id);
    expect((await list('lan')).map((i) => i.id)).toContain(item.id);
    // The filings work queue shows a volunteer the filings they assisted, and only those.
    const queue = async (as: string) => ((await server.call(await server.session(as), 'GET', '/api/console/filings')).json() as FilingQueueResponse).items.map((f) => f.reference);
    expect(await queue('tnv')).toContain(filing?.reference);
    expect(await queue('tnv2')).not.toContain(filing?.reference);

    // The resident finds it like any filing: in the chat and in the Mini App.
    const reference = filing?.reference ?? '';
    expect(await server.turn(resident, `tra cứu ${reference}`)).toContain(reference);
    const app = await server.app.inject({ url: '/api/me/filings', headers: { 'x-zalo-access-token': server.miniAppToken(resident) } });
    expect((app.json() as FilingListResponse).items).toMatchObject([{ reference, procedureId: 'birth-registration', status: 'received' }]);
    // A second "1" files nothing more, and the prepared answers are no longer kept beside the filing.
    await server.turn(resident, '1');
    expect(await filingsOf(resident)).toHaveLength(1);
    expect(await db().selectFrom('assisted_filings').select('answers').where('id', '=', item.id).executeTakeFirst()).toEqual({ answers: '' });
  });

  it('answers a retry racing its original with the same prepared filing, and refuses the id for another resident', async () => {
    const resident = '8409100000000000008';
    await server.turn(resident, 'xin chào');
    const before = server.replies(resident).length;
    const session = await server.session('tnv');
    const payload = { resident: { zaloId: resident }, procedureId: 'birth-registration', answers: BIRTH_ANSWERS, requestId: 'request-race-0001' };
    const [first, retry] = await Promise.all([0, 1].map(() => server.call(session, 'POST', '/api/console/assisted-filings', { payload })));
    expect([first?.statusCode, retry?.statusCode].sort(), retry?.body).toEqual([200, 201]);
    expect((first?.json() as AssistedFilingResponse).item.id).toBe((retry?.json() as AssistedFilingResponse).item.id);
    await pause(300);
    expect(server.replies(resident)).toHaveLength(before + 1);

    const other = '8409100000000000009';
    await server.turn(other, 'xin chào');
    const reused = await server.prepare('tnv', { resident: { zaloId: other }, requestId: 'request-race-0001' });
    expect(reused.json()).toMatchObject({ error: { code: 'REQUEST_ID_REUSED' } });
    expect(await db().selectFrom('assisted_filings').select('id').where('user_id', '=', other).execute()).toEqual([]);
  });

  it('keeps in the audit log who entered which questions, never the answers; the logs hold no citizen ID', async () => {
    const audit = (await server.call(await server.session('boss'), 'GET', '/api/console/audit-log?limit=500')).json() as AuditLogResponse;
    const prepared = audit.items.filter((entry) => entry.action === 'assisted-filing.prepared');
    expect(prepared.length).toBeGreaterThan(0);
    expect(prepared.at(-1)).toMatchObject({ username: 'tnv', subjectType: 'assisted_filing', detail: { procedureId: 'birth-registration', questionIds: Object.keys(BIRTH_ANSWERS).join(','), residentFoundBy: 'zaloId' } });
    const text = JSON.stringify(audit);
    for (const value of ['001190012345', 'Trần Thị Mai', 'Nguyễn Hoàng Nam', '345 678', '01/03/2026']) expect(text).not.toContain(value);
    const logs = server.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toMatch(/001\D?190\D?012\D?345/);
    expect(logs).not.toContain('Trần Thị Mai');
  });

  it('files nothing when the resident answers "2", and tells the volunteer it was declined', async () => {
    const resident = '8409100000000000002';
    const { item } = await preparedFor(resident);
    expect(await server.turn(resident, '2')).toContain('Dạ, đã hủy. Hồ sơ "Đăng ký khai sinh" không được nộp');
    expect(await filingsOf(resident)).toEqual([]);
    expect((await list('tnv')).find((i) => i.id === item.id)).toMatchObject({ status: 'cancelled', cancelReason: 'declined', filingReference: null });
    expect((await list('tnv', '?status=cancelled')).map((i) => i.id)).toContain(item.id);
    expect((await list('tnv', '?status=pending')).map((i) => i.id)).not.toContain(item.id);
  });

  it('cancels it as outdated, answers emptied, when the rules no longer accept the answers at the resident\'s "1"', async () => {
    const resident = '8409100000000000004';
    const { item } = await preparedFor(resident);
    // The rules changed meanwhile: the stored answers no longer pass (as if the ID now had to be longer).
    const { cipher } = server.app.services;
    const row = await db().selectFrom('assisted_filings').select('answers').where('id', '=', item.id).executeTakeFirstOrThrow();
    const refused = { ...(JSON.parse(cipher.open(row.answers)) as Record<string, unknown>), registrant_citizen_id: '0011900123' };
    await db().updateTable('assisted_filings').set({ answers: cipher.seal(JSON.stringify(refused)) }).where('id', '=', item.id).execute();

    expect(await server.turn(resident, '1')).toContain('Quy định của thủ tục này vừa thay đổi');
    expect(await filingsOf(resident)).toEqual([]);
    expect(await db().selectFrom('assisted_filings').select(['status', 'cancel_reason', 'answers']).where('id', '=', item.id).executeTakeFirst()).toEqual({ status: 'cancelled', cancel_reason: 'outdated', answers: '' });
    expect((await list('tnv')).find((i) => i.id === item.id)).toMatchObject({ status: 'cancelled', cancelReason: 'outdated', decidedAt: expect.any(String) });
  });

  it('refuses a wrong answer with 400 naming the question and the validator’s message, and sends nothing', async () => {
    const resident = '8409100000000000003';
    await server.turn(resident, 'xin chào');
    const queued = await outboxCount(resident);
    const response = await server.prepare('tnv', { resident: { zaloId: resident }, answers: { ...BIRTH_ANSWERS, registrant_citizen_id: '0011900123' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'ANSWER_INVALID', message: expect.stringMatching(/registrant_citizen_id.*12 chữ số/) } });
    const missing = await server.prepare('tnv', { resident: { zaloId: resident }, answers: { ...BIRTH_ANSWERS, residence_address: undefined } });
    expect(missing.json()).toMatchObject({ error: { code: 'ANSWER_MISSING', message: expect.stringContaining('residence_address') } });
    expect(await outboxCount(resident)).toBe(queued);
    expect(await db().selectFrom('assisted_filings').select('id').where('user_id', '=', resident).execute()).toEqual([]);
  });

  it('finds a resident by the phone they gave in the Mini App, without keeping the number', async () => {
    const resident = '8409100000000000005';
    await server.turn(resident, 'xin chào');
    const token = server.miniAppToken(resident, '84987654321');
    const phoneToken = server.app.fakeZalo?.issuePhoneToken(token);
    const exchanged = await server.app.inject({ method: 'POST', url: '/api/me/phone', headers: { 'x-zalo-access-token': token }, payload: { phoneToken } });
    expect(exchanged.json()).toEqual({ phone: '0987654321' });
    expect(JSON.stringify(await db().selectFrom('resident_phones').selectAll().execute())).not.toMatch(/987\D?654\D?321/);

    const before = server.replies(resident).length;
    const response = await server.prepare('tnv', { resident: { phone: '0987 654 321' } });
    expect(response.statusCode, response.body).toBe(201);
    expect((response.json() as AssistedFilingResponse).item.userIdMasked).toBe('…0005');
    expect((await server.waitForReplies(resident, before + 1)).at(-1)).toContain('Trả lời 1 để XÁC NHẬN');

    const unknown = await server.prepare('tnv', { resident: { phone: '0903 123 456' } });
    expect(unknown.json()).toMatchObject({ error: { code: 'RESIDENT_NOT_REACHABLE', message: expect.stringContaining(NOT_REACHABLE) } });

    // "Delete my data" is not held up by the waiting filing, and takes it and the phone digest away.
    await server.turn(resident, 'xóa dữ liệu của tôi');
    await server.turn(resident, 'có');
    expect(await db().selectFrom('assisted_filings').select('id').where('user_id', '=', resident).execute()).toEqual([]);
    expect(await db().selectFrom('resident_phones').select('user_id').where('user_id', '=', resident).execute()).toEqual([]);
  });

  it('refuses a resident outside the reply window (or unknown) with a plain 409, and tells a late "1" it expired', async () => {
    const stranger = await server.prepare('tnv', { resident: { zaloId: '8409199999999999999' } });
    expect(stranger.statusCode).toBe(409);
    expect(stranger.json()).toMatchObject({ error: { code: 'RESIDENT_NOT_REACHABLE', message: expect.stringContaining(NOT_REACHABLE) } });

    const waiting = '8409100000000000006';
    const { item } = await preparedFor(waiting);
    const quiet = '8409100000000000007';
    await server.turn(quiet, 'xin chào');
    server.advance(49 * 3_600_000);

    const queued = await outboxCount(quiet);
    const late = await server.prepare('tnv', { resident: { zaloId: quiet } });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'RESIDENT_NOT_REACHABLE', message: expect.stringContaining(NOT_REACHABLE) } });
    expect(await outboxCount(quiet)).toBe(queued);
    // Unknown and out of the window read the same, so the route cannot tell who uses the OA; each try is on record.
    expect(stranger.json()).toEqual(late.json());
    const audit = (await server.call(await server.session('boss'), 'GET', '/api/console/audit-log?limit=500')).json() as AuditLogResponse;
    const lookups = audit.items.filter((entry) => entry.action === 'assisted-filing.resident-not-reachable');
    expect(lookups.length).toBeGreaterThanOrEqual(2);
    expect(lookups[0]).toMatchObject({ username: 'tnv', detail: { by: 'zaloId' } });
    expect(JSON.stringify(lookups)).not.toContain(quiet);

    expect(await server.turn(waiting, '1')).toContain('đã hết hạn nên hồ sơ chưa được nộp');
    expect(await filingsOf(waiting)).toEqual([]);
    expect((await list('tnv', '?status=expired')).find((i) => i.id === item.id)).toMatchObject({ status: 'expired' });
  });
});
