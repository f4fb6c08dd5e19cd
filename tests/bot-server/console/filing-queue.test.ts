/**
 * The officials' filings work queue over HTTP, on SQLite and PostgreSQL: the list with its
 * filters, order (overdue first) and pages, and who sees what (volunteers only what they assisted,
 * officials of another commune are turned away). Status changes: filing-status-change.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilingQueueItem, FilingQueueResponse } from '../../../shared/api/console-filing-schemas';
import { startFilingQueueServer, type FilingQueueServer } from './filing-queue-harness';

describe.each(['sqlite', 'postgres'] as const)('the filings work queue on %s', (dialect) => {
  let server: FilingQueueServer;
  let volunteerId = 0;
  /** Received through the chat (by store) at Vietnam times, and moved on as officials would. */
  const ref = { tempOverdue: '', business: '', permanent: '', birth: '', marital: '', tempDueToday: '' };

  beforeAll(async () => {
    server = await startFilingQueueServer(dialect);
    await server.addStaff('lan', 'official');
    await server.addStaff('boss', 'supervisor');
    await server.addStaff('root', 'admin');
    volunteerId = await server.addStaff('tnv', 'volunteer');
    await server.addStaff('tnv2', 'volunteer');
    await server.addStaff('khac', 'official', '00002');
    const file = server.fileThroughStore;
    // Due Thu 05/03 (3 working days), still being processed on Wed 11/03: overdue by 4 working days.
    ref.tempOverdue = await file({ procedureId: 'temporary-residence', userId: '8409000000000000101', receivedLocal: '2026-03-02T10:00', status: 'processing' });
    ref.business = await file({ procedureId: 'household-business-registration', userId: '8409000000000000102', receivedLocal: '2026-03-02T09:30', status: 'moreInfoNeeded' });
    // After the 15:00 cut-off: counted from Tue 03/03, 7 working days → Thu 12/03.
    ref.permanent = await file({ procedureId: 'permanent-residence', userId: '8409000000000000103', receivedLocal: '2026-03-02T16:00', status: 'received', channel: 'miniApp' });
    // 06:30 on 03/03 in Vietnam is still 02/03 in UTC. Same-day, decided: past due but never overdue.
    ref.birth = await file({ procedureId: 'birth-registration', userId: '8409000000000000104', receivedLocal: '2026-03-03T06:30', status: 'approved' });
    ref.marital = await file({ procedureId: 'marital-status-certificate', userId: '8409000000000000105', receivedLocal: '2026-03-11T08:30', channel: 'volunteer', assistedBy: volunteerId });
    ref.tempDueToday = await file({ procedureId: 'temporary-residence', userId: '8409000000000000106', receivedLocal: '2026-03-06T14:00', status: 'moreInfoNeeded' });
    server.setNow('2026-03-11T02:00:00.000Z'); // Wednesday 09:00 in Vietnam
  }, 60_000);
  afterAll(() => server?.close());

  async function list(as: string, query = ''): Promise<FilingQueueResponse> {
    const response = await server.console(await server.staff(as), 'GET', `/api/console/filings${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as FilingQueueResponse;
  }
  const references = (items: FilingQueueItem[]) => items.map((item) => item.reference);
  const overdueFirst = () => [ref.tempOverdue, ref.business].sort();

  it('lists every filing of the commune: overdue first, then by due date, with deadlines counted in working days', async () => {
    const queue = await list('lan');
    expect(queue).toMatchObject({ today: '2026-03-11', total: 6, nextCursor: null });
    // The decided birth filing was due earliest of the rest, but it is not overdue.
    expect(references(queue.items)).toEqual([...overdueFirst(), ref.birth, ref.tempDueToday, ref.permanent, ref.marital]);
    const byRef = new Map(queue.items.map((item) => [item.reference, item]));
    expect(byRef.get(ref.tempOverdue)).toEqual({
      reference: ref.tempOverdue,
      procedureId: 'temporary-residence',
      procedureName: expect.objectContaining({ vi: 'Đăng ký tạm trú' }),
      status: 'processing',
      channel: 'chat',
      receivedAt: '2026-03-02T03:00:00.000Z',
      dueDate: '2026-03-05',
      updatedAt: '2026-03-02T03:00:00.000Z',
      overdue: true,
      workingDaysLeft: -4,
      userIdMasked: '…0101',
    });
    expect(byRef.get(ref.permanent)).toMatchObject({ dueDate: '2026-03-12', overdue: false, workingDaysLeft: 1, channel: 'miniApp' });
    expect(byRef.get(ref.tempDueToday)).toMatchObject({ dueDate: '2026-03-11', overdue: false, workingDaysLeft: 0 });
    expect(byRef.get(ref.marital)).toMatchObject({ dueDate: '2026-03-16', workingDaysLeft: 3, channel: 'volunteer' });
    expect(byRef.get(ref.birth)).toMatchObject({ status: 'approved', dueDate: '2026-03-03', overdue: false, workingDaysLeft: null });
    // Never the resident's full Zalo id.
    expect(JSON.stringify(queue)).not.toContain('8409000000000000101');
  });

  it('filters by one or several statuses, procedure, due dates, overdue, received days and reference', async () => {
    expect(references((await list('lan', '?status=processing')).items)).toEqual([ref.tempOverdue]);
    const several = await list('lan', '?status=received&status=moreInfoNeeded');
    expect(references(several.items)).toEqual([ref.business, ref.tempDueToday, ref.permanent, ref.marital]);
    expect(several.total).toBe(4);
    expect(references((await list('lan', '?procedureId=temporary-residence')).items)).toEqual([ref.tempOverdue, ref.tempDueToday]);
    expect(references((await list('lan', '?dueFrom=2026-03-11&dueTo=2026-03-12')).items)).toEqual([ref.tempDueToday, ref.permanent]);
    expect(references((await list('lan', '?overdue=true')).items)).toEqual(overdueFirst());
    expect(references((await list('lan', '?overdue=false')).items)).toEqual([ref.birth, ref.tempDueToday, ref.permanent, ref.marital]);
    // Days are Vietnam's: the filing received at 06:30 on 03/03 counts as 03/03, the one at 16:00 on 02/03 does not.
    expect(references((await list('lan', '?receivedFrom=2026-03-03&receivedTo=2026-03-06')).items)).toEqual([ref.birth, ref.tempDueToday]);
    // Part of the code, typed in lower case and across the dash.
    const typed = ref.permanent.replace(/-/g, '').slice(2, 7).toLowerCase();
    expect(references((await list('lan', `?q=${typed}`)).items)).toContain(ref.permanent);
    expect(references((await list('lan', `?q=${ref.marital.toLowerCase()}`)).items)).toEqual([ref.marital]);
  });

  it('refuses malformed filters with a 400 in Vietnamese', async () => {
    const lan = await server.staff('lan');
    for (const query of ['?status=done', '?dueFrom=2026-02-31', '?limit=0', '?q=<script>', '?cursor=bm9wZQ']) {
      const response = await server.console(lan, 'GET', `/api/console/filings${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json(), query).toMatchObject({ error: { message: expect.any(String), messageEn: expect.any(String) } });
    }
    expect((await server.console(lan, 'GET', '/api/console/filings?cursor=bm9wZQ')).json()).toMatchObject({ error: { code: 'CURSOR_INVALID', message: expect.stringContaining('tải lại danh sách') } });
  });

  it('pages through the queue in order, with a cursor, without skipping or repeating', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const queue: FilingQueueResponse = await list('boss', `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(queue.total).toBe(6);
      seen.push(...references(queue.items));
      cursor = queue.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(references((await list('boss')).items));
    expect(cursor).toBeNull();
  });

  it('shows a volunteer only the filings they assisted, and hides the rest as unknown', async () => {
    const assisted = await list('tnv');
    expect(references(assisted.items)).toEqual([ref.marital]);
    expect(assisted.total).toBe(1);
    expect((await list('tnv2')).items).toEqual([]);
    const tnv = await server.staff('tnv');
    expect((await server.console(tnv, 'GET', `/api/console/filings/${ref.marital}`)).statusCode).toBe(200);
    expect((await server.console(tnv, 'GET', `/api/console/filings/${ref.permanent}`)).json()).toMatchObject({ error: { code: 'FILING_NOT_FOUND' } });
    // Volunteers help at the desk; deciding is for officials.
    const decide = await server.console(tnv, 'POST', `/api/console/filings/${ref.marital}/status`, { payload: { status: 'processing' } });
    expect(decide.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it("turns an official of another commune away from the queue, a filing and a status change, saying why", async () => {
    const khac = await server.staff('khac');
    for (const [method, url, payload] of [
      ['GET', '/api/console/filings', undefined],
      ['GET', `/api/console/filings/${ref.permanent}`, undefined],
      ['POST', `/api/console/filings/${ref.permanent}/status`, { status: 'processing' }],
    ] as const) {
      const response = await server.console(khac, method, url, payload ? { payload } : {});
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'OTHER_COMMUNE', message: expect.stringContaining('xã/phường khác') } });
    }
    // An admin without a commune (province level) sees the deployment's filings.
    expect((await list('root')).total).toBe(6);
  });

  it('answers an unknown reference with 404 in Vietnamese', async () => {
    const response = await server.console(await server.staff('lan'), 'GET', '/api/console/filings/ABCD-EFGH-K');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'FILING_NOT_FOUND', message: expect.stringContaining('Không tìm thấy hồ sơ') } });
  });
});
