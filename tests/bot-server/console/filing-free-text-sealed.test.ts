/**
 * The free text around a filing, on SQLite and PostgreSQL: an official's reason for a status
 * change and a resident's rating comment often carry names and ID numbers, so the database holds
 * them sealed, while the resident's Mini App and the official's console show them as written.
 * Rows stored in clear before they were sealed still read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilingPageResponse } from '../../../shared/api/console-filing-schemas';
import type { FilingDetailResponse } from '../../../shared/api/mini-app-api-schemas';
import type { FilingStatus } from '../../../shared/filing/filing-status-text';
import { ensureAppOnlyResident } from '../../../bot-server/storage/app-resident-store';
import type { MiniAppUser } from '../resident-api/resident-api-harness';
import { dialects } from '../storage/database-targets';
import { startFilingQueueServer, type FilingQueueServer } from './filing-queue-harness';

const REASON = 'Dạ, CCCD 001190012345 của chị Trần Thị Mai chưa khớp với giấy xác nhận nơi ở. Anh/chị vui lòng bổ sung ạ.';
const COMMENT = 'Chị Lan gọi số 0912345678 nhắc tôi bổ sung, rất nhiệt tình';

describe.each(dialects)('reasons and rating comments at rest on %s', (dialect) => {
  let server: FilingQueueServer;
  beforeAll(async () => {
    server = await startFilingQueueServer(dialect);
    await server.addStaff('lan', 'official');
  }, 60_000);
  afterAll(() => server?.close());

  /** A temporary-residence filing of a Mini App resident, brought to `status` by an official. */
  async function appFiling(status: FilingStatus): Promise<{ user: MiniAppUser; userId: string; reference: string }> {
    const user = server.user();
    const userId = await ensureAppOnlyResident(server.app.services.db, user.appUserId, server.now().toISOString());
    const reference = await server.fileThroughStore({ procedureId: 'temporary-residence', userId, receivedLocal: '2026-03-02T08:30', channel: 'miniApp', status });
    return { user, userId, reference };
  }
  const change = async (reference: string, payload: object) =>
    (await server.console(await server.staff('lan'), 'POST', `/api/console/filings/${reference}/status`, { payload })).statusCode;
  const residentView = async (user: MiniAppUser, reference: string) => {
    const response = await server.call(user, 'GET', `/api/me/filings/${reference}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as FilingDetailResponse;
  };
  const consolePage = async (reference: string) => {
    const response = await server.console(await server.staff('lan'), 'GET', `/api/console/filings/${reference}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as FilingPageResponse;
  };
  const storedNotes = (reference: string) => server.app.services.db.selectFrom('filing_events').select(['status', 'note']).where('reference', '=', reference).orderBy('id').execute();
  const storedComment = async (reference: string) =>
    (await server.app.services.db.selectFrom('filing_ratings').select('comment').where('reference', '=', reference).executeTakeFirstOrThrow()).comment;

  it('stores the reason and the comment sealed; the resident and the console read them as written', async () => {
    const { user, reference } = await appFiling('processing');
    expect(await change(reference, { status: 'moreInfoNeeded', reason: REASON })).toBe(200);
    for (const status of ['processing', 'approved', 'resultReady']) expect(await change(reference, { status })).toBe(200);
    expect((await server.call(user, 'POST', `/api/me/filings/${reference}/rating`, { score: 5, comment: COMMENT })).statusCode).toBe(204);

    const reasonCell = (await storedNotes(reference)).find((row) => row.status === 'moreInfoNeeded')?.note ?? '';
    expect(reasonCell).toMatch(/^v1:/);
    expect(reasonCell).not.toContain('001190012345');
    expect(reasonCell).not.toContain('Trần Thị Mai');
    const commentCell = (await storedComment(reference)) ?? '';
    expect(commentCell).toMatch(/^v1:/);
    expect(commentCell).not.toContain('0912345678');

    const mine = await residentView(user, reference);
    expect(mine.timeline.map((step) => [step.status, step.note])).toEqual([
      ['received', null],
      ['processing', null],
      ['moreInfoNeeded', REASON],
      ['processing', null],
      ['approved', null],
      ['resultReady', null],
    ]);
    expect(mine.rating).toEqual({ score: 5, comment: COMMENT });
    const page = await consolePage(reference);
    expect(page.timeline).toEqual(mine.timeline);
    expect(page.rating).toEqual({ score: 5, comment: COMMENT });
  });

  it('still shows a reason and a comment stored in clear before they were sealed, beside sealed ones', async () => {
    const { user, userId, reference } = await appFiling('moreInfoNeeded'); // the harness's reason is sealed
    const { db } = server.app.services;
    const at = server.now().toISOString();
    const legacyReason = 'Nơi ở không đủ điều kiện đăng ký tạm trú.';
    await db.updateTable('filings').set({ status: 'rejected', updated_at: at }).where('reference', '=', reference).execute();
    await db.insertInto('filing_events').values({ reference, status: 'rejected', note: legacyReason, at }).execute();
    await db.insertInto('filing_ratings').values({ reference, user_id: userId, score: 2, comment: 'Chờ lâu quá', rated_at: at }).execute();

    const mine = await residentView(user, reference);
    expect(mine.timeline.map((step) => step.note)).toEqual([null, null, 'Thiếu giấy tờ', legacyReason]);
    expect(mine.rating).toEqual({ score: 2, comment: 'Chờ lâu quá' });
    const page = await consolePage(reference);
    expect(page.timeline).toEqual(mine.timeline);
    expect(page.rating).toEqual(mine.rating);
  });

  it('erases a sealed comment on "delete my data" and keeps the score', async () => {
    const { user, userId, reference } = await appFiling('resultReady');
    expect((await server.call(user, 'POST', `/api/me/filings/${reference}/rating`, { score: 4, comment: COMMENT })).statusCode).toBe(204);
    expect((await server.call(user, 'DELETE', '/api/me')).statusCode).toBe(204);
    const row = await server.app.services.db.selectFrom('filing_ratings').select(['score', 'comment']).where('user_id', '=', userId).executeTakeFirstOrThrow();
    expect(row).toEqual({ score: 4, comment: null });
  });
});
