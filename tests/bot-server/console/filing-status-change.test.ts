/**
 * An official works a filing a resident made through the chat, on SQLite and PostgreSQL: its page
 * shows the answers as the resident's own review did; status changes follow the rules, need a
 * reason where the resident must be told why, and never both win when two officials act at once;
 * the resident hears of a change on Zalo only inside the free reply window, while the Mini App
 * timeline shows every change; reads and changes are in the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilingPageResponse, FilingStatusChangeResponse } from '../../../shared/api/console-filing-schemas';
import type { FilingDetailResponse } from '../../../shared/api/mini-app-api-schemas';
import type { AuditLogResponse } from '../../../shared/api/console-api-schemas';
import type { LiveTopic } from '../../../bot-server/app/live-events';
import { ensureAppOnlyResident } from '../../../bot-server/storage/app-resident-store';
import { deleteAllResidentData } from '../../../bot-server/storage/resident-data-deletion';
import { startFilingQueueServer, type FilingQueueServer } from './filing-queue-harness';

/** A birth registration typed as residents do (tests/support/birth-filing-chat.ts), up to the receipt. */
const BIRTH_CHAT = ['đăng ký khai sinh', '1', 'không', 'không', 'cha', '01/03/2026', '1', '1', 'đồng ý', 'Nguyễn Hoàng Nam', 'nam', 'Trần Thị Mai', '001190012345', '0912345678', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh'];
const HOUR = 3_600_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(['sqlite', 'postgres'] as const)('changing a filing’s status on %s', (dialect) => {
  let server: FilingQueueServer;
  const published: LiveTopic[] = [];
  beforeAll(async () => {
    server = await startFilingQueueServer(dialect, { workers: true });
    await server.addStaff('lan', 'official');
    await server.addStaff('minh', 'official');
    await server.addStaff('boss', 'supervisor');
    server.app.services.live.subscribe((topic) => published.push(topic));
  }, 60_000);
  afterAll(() => server?.close());

  /** Files a birth registration through the signed webhook; returns its reference. */
  async function fileThroughChat(resident: string): Promise<string> {
    for (const text of BIRTH_CHAT) await server.turn(resident, text);
    const receipt = await server.turn(resident, 'xác nhận');
    const reference = /Mã hồ sơ: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z])/.exec(receipt)?.[1];
    if (!reference) throw new Error(`no receipt: ${receipt}`);
    return reference;
  }
  const change = async (as: string, reference: string, payload: object) => server.console(await server.staff(as), 'POST', `/api/console/filings/${reference}/status`, { payload });
  const residentView = async (resident: string, reference: string) => {
    const response = await server.call(server.user({ chatUserId: resident }), 'GET', `/api/me/filings/${reference}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as FilingDetailResponse;
  };
  const auditLog = async () => ((await server.console(await server.staff('boss'), 'GET', '/api/console/audit-log?limit=500')).json() as AuditLogResponse).items;

  it('shows the filing with the answers exactly as the resident’s Mini App shows them, and logs the read', async () => {
    const resident = '8409000000000000201';
    const reference = await fileThroughChat(resident);
    const page = await server.console(await server.staff('lan'), 'GET', `/api/console/filings/${reference}`);
    expect(page.statusCode, page.body).toBe(200);
    const { filing, timeline, rating, allowedNextStatuses } = page.json() as FilingPageResponse;
    const mine = await residentView(resident, reference);
    expect(filing.review).toEqual(mine.filing.review);
    expect(filing.review.flatMap((group) => group.items.map((item) => item.display.vi))).toEqual(expect.arrayContaining(['Nguyễn Hoàng Nam', 'Trần Thị Mai', '01/03/2026']));
    expect(filing.documents).toEqual(mine.filing.documents);
    expect(filing.fee).toEqual(mine.filing.fee);
    expect(filing).toMatchObject({ reference, procedureId: 'birth-registration', status: 'received', channel: 'chat', dueDate: '2026-03-02', overdue: false, workingDaysLeft: 0, userIdMasked: '…0201' });
    expect(timeline).toEqual(mine.timeline);
    expect(rating).toBeNull();
    expect(allowedNextStatuses).toEqual(['processing', 'moreInfoNeeded']);

    const read = (await auditLog()).find((entry) => entry.action === 'filing.read' && entry.subjectId === reference);
    expect(read).toMatchObject({ username: 'lan', subjectType: 'filing', at: server.now().toISOString() });
    expect(JSON.stringify(await auditLog())).not.toContain('001190012345'); // no answers in the audit log

    // The console refetches an open filing on every live signal: one line per official and filing every 5 minutes.
    const reads = async () => (await auditLog()).filter((entry) => entry.action === 'filing.read' && entry.subjectId === reference).length;
    await server.console(await server.staff('lan'), 'GET', `/api/console/filings/${reference}`);
    expect(await reads()).toBe(1);
    server.advance(6 * 60_000);
    await server.console(await server.staff('lan'), 'GET', `/api/console/filings/${reference}`);
    expect(await reads()).toBe(2);
  });

  it('follows the status rules: a reason where the resident must be told why, 409 for a step not allowed', async () => {
    const reference = await fileThroughChat('8409000000000000202');
    for (const reason of [undefined, '   ']) {
      const refused = await change('lan', reference, { status: 'moreInfoNeeded', ...(reason === undefined ? {} : { reason }) });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ error: { code: 'FILING_REASON_REQUIRED', message: expect.stringContaining('Cần ghi lý do khi chuyển hồ sơ sang "Cần bổ sung"') } });
    }
    const skipped = await change('lan', reference, { status: 'approved' });
    expect(skipped.statusCode).toBe(409);
    expect(skipped.json()).toMatchObject({ error: { code: 'FILING_TRANSITION_INVALID', message: expect.stringContaining('"Đã tiếp nhận", không thể chuyển sang "Đã được duyệt"') } });
    const noCsrf = await server.console(await server.staff('lan'), 'POST', `/api/console/filings/${reference}/status`, { payload: { status: 'processing' }, csrf: false });
    expect(noCsrf.json()).toMatchObject({ error: { code: 'CSRF_TOKEN_INVALID' } });
    const stale = await change('lan', reference, { status: 'processing', expectedStatus: 'moreInfoNeeded' });
    expect(stale.json()).toMatchObject({ error: { code: 'FILING_CHANGED' } });

    expect((await change('lan', reference, { status: 'processing', expectedStatus: 'received' })).statusCode).toBe(200);
    expect((await change('lan', reference, { status: 'approved' })).statusCode).toBe(200);
    expect((await change('lan', reference, { status: 'resultReady' })).json()).toMatchObject({ item: { status: 'resultReady', overdue: false, workingDaysLeft: null } });
    const final = await server.console(await server.staff('lan'), 'GET', `/api/console/filings/${reference}`);
    expect((final.json() as FilingPageResponse).allowedNextStatuses).toEqual([]);
    expect((await change('lan', reference, { status: 'processing' })).statusCode).toBe(409);
  });

  it('tells the resident once on Zalo inside the reply window, not at all outside it; the Mini App timeline shows both', async () => {
    const resident = '8409000000000000203';
    const reference = await fileThroughChat(resident);
    const before = server.replies(resident).length;
    const publishedBefore = published.length;
    const reason = 'Dạ, hồ sơ còn thiếu bản sao giấy chứng sinh của bé. Anh/chị vui lòng bổ sung ạ.';
    const inside = await change('lan', reference, { status: 'moreInfoNeeded', reason });
    expect(inside.statusCode, inside.body).toBe(200);
    expect(inside.json()).toEqual({ item: expect.objectContaining({ reference, status: 'moreInfoNeeded' }), notified: true });
    const [notice] = (await server.waitForReplies(resident, before + 1)).slice(before);
    expect(notice).toContain(`Dạ, hồ sơ ${reference} (Đăng ký khai sinh)`);
    expect(notice).toContain('Tình trạng mới: Cần bổ sung.');
    expect(notice).toContain(`Lý do: ${reason}`);
    expect(notice).toContain('Gõ "gặp cán bộ"');
    await pause(300);
    expect(server.replies(resident)).toHaveLength(before + 1);
    expect(published.slice(publishedBefore)).toContain('filings');

    // 48 hours later the free window has closed: nothing is sent, and the console is told why.
    server.advance(48 * HOUR + 60_000);
    const outside = await change('lan', reference, { status: 'processing' });
    expect(outside.json()).toEqual({ item: expect.objectContaining({ status: 'processing' }), notified: false, reason: 'outsideReplyWindow' });
    await pause(300);
    expect(server.replies(resident)).toHaveLength(before + 1);

    const { timeline } = await residentView(resident, reference);
    expect(timeline.map((step) => [step.status, step.note])).toEqual([
      ['received', null],
      ['moreInfoNeeded', reason],
      ['processing', null],
    ]);
    expect(timeline[1]?.next.vi).toContain('Bấm "Gặp cán bộ"');

    const changes = (await auditLog()).filter((entry) => entry.action === 'filing.status-changed' && entry.subjectId === reference);
    expect(changes.map((entry) => [entry.username, entry.detail])).toEqual([
      ['lan', { from: 'moreInfoNeeded', to: 'processing', notified: false, notNotifiedReason: 'outsideReplyWindow' }],
      ['lan', { from: 'received', to: 'moreInfoNeeded', notified: true }],
    ]);
    expect(JSON.stringify(await auditLog())).not.toContain('giấy chứng sinh của bé'); // reasons stay out of the audit log
  });

  it('sends nothing to a resident known only through the Mini App, also once they deleted their data', async () => {
    const { db } = server.app.services;
    const userId = await ensureAppOnlyResident(db, 'app-only-301', server.now().toISOString());
    const reference = await server.fileThroughStore({ procedureId: 'temporary-residence', userId, receivedLocal: '2026-03-04T10:00', channel: 'miniApp' });
    expect((await change('lan', reference, { status: 'processing' })).json()).toMatchObject({ notified: false, reason: 'noZaloChat' });
    // The deletion forgets their app id; the filing, a legal record, stays and is still worked on.
    await deleteAllResidentData(db, userId, server.now().toISOString());
    expect((await change('lan', reference, { status: 'approved' })).json()).toMatchObject({ notified: false, reason: 'noZaloChat' });
    expect(await db.selectFrom('outbox').select('id').where('user_id', '=', userId).execute()).toEqual([]);
  });

  it('lets exactly one of two officials deciding at once win; the other gets 409', async () => {
    const reference = await server.fileThroughStore({ procedureId: 'temporary-residence', userId: '8409000000000000204', receivedLocal: '2026-03-02T10:00', status: 'processing' });
    // Signed in beforehand, so the two requests really overlap.
    const [lan, minh] = [await server.staff('lan'), await server.staff('minh')];
    const url = `/api/console/filings/${reference}/status`;
    const [a, b] = await Promise.all([
      server.console(lan, 'POST', url, { payload: { status: 'approved' } }),
      server.console(minh, 'POST', url, { payload: { status: 'rejected', reason: 'Nơi ở không đủ điều kiện đăng ký tạm trú.' } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(['FILING_CHANGED', 'FILING_TRANSITION_INVALID']).toContain((loser.json() as { error: { code: string } }).error.code);
    const events = await server.app.services.db.selectFrom('filing_events').select('status').where('reference', '=', reference).orderBy('id').execute();
    expect(events.map((event) => event.status)).toEqual(['received', 'processing', a.statusCode === 200 ? 'approved' : 'rejected']);
    const winner = (a.statusCode === 200 ? a : b).json() as FilingStatusChangeResponse;
    expect(winner.item.status).toBe(events.at(-1)?.status);
  });
});
