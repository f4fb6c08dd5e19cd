/**
 * The supervisors' service-quality dashboard over HTTP, on SQLite and on PostgreSQL: the figures a
 * supervisor reads for March 2026 after a small realistic month (dashboard-history.ts), one
 * procedure alone, another period, the CSV export, and who may see it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleServer, type ConsoleServer } from './console-harness';
import { buildDashboardHistory, PHONE_PHRASING } from './dashboard-history';
import { createTestDatabase, type TestDatabase } from '../storage/database-targets';
import { createStaffAccount } from '../../../bot-server/console-api/create-staff-account';
import type { DashboardResponse } from '../../../shared/api/console-dashboard-schemas';
import type { AuditLogResponse } from '../../../shared/api/console-api-schemas';

const MARCH = 'from=2026-03-01&to=2026-03-31';
const CB_NAME = 'Liên thông: khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi';
const ratings = (...counts: number[]) => counts.map((count, index) => ({ score: index + 1, count }));

describe.each(['sqlite', 'postgres'] as const)('the service-quality dashboard on %s', (dialect) => {
  let server: ConsoleServer;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    const env: Record<string, string> = { COMMUNE_CODE: '00001' };
    if (dialect === 'postgres') {
      database = await createTestDatabase('postgres');
      Object.assign(env, { DATABASE_URL: database.url, DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') });
    }
    server = await startConsoleServer({ workers: true, env });
    await server.addUser('lan', 'official');
    await server.addUser('boss', 'supervisor');
    await buildDashboardHistory(server);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await database?.dispose();
  });

  const read = async (query: string, as = 'boss') => {
    const response = await server.call(await server.session(as), 'GET', `/api/console/dashboard?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as DashboardResponse;
  };

  it("shows March's filings: received, in progress, decided early, on time or late, time taken against the legal limit, online share", async () => {
    expect(server.app.services.dialect).toBe(dialect);
    const march = await read(MARCH);
    expect(march).toMatchObject({ period: { from: '2026-03-01', to: '2026-03-31' }, communeCode: '00001', procedureId: null });
    // 9 received in March (not the February or April ones); 7 decided in March, one of them received in February.
    expect(march.filings.total).toEqual({
      received: 9, receivedOnline: 7, onlinePercent: 77.8,
      inProgress: 3, inProgressOverdue: 2,
      resolved: 7, early: 2, onTime: 3, late: 2, earlyPercent: 28.6, onTimePercent: 42.9, latePercent: 28.6,
      // Working days taken: 0, 2, 2, 3, 3, 4, 5.
      averageProcessingDays: 2.7, p90ProcessingDays: 5,
    });
    expect(march.filings.byProcedure).toEqual([
      {
        procedureId: 'temporary-residence', procedureName: 'Đăng ký tạm trú', legalLimitDays: 3,
        received: 6, receivedOnline: 5, onlinePercent: 83.3, inProgress: 3, inProgressOverdue: 2,
        resolved: 4, early: 1, onTime: 2, late: 1, earlyPercent: 25, onTimePercent: 50, latePercent: 25, averageProcessingDays: 3.3, p90ProcessingDays: 5,
      },
      {
        procedureId: 'child-birth-residence-insurance', procedureName: CB_NAME, legalLimitDays: 3,
        received: 2, receivedOnline: 1, onlinePercent: 50, inProgress: 0, inProgressOverdue: 0,
        resolved: 2, early: 1, onTime: 0, late: 1, earlyPercent: 50, onTimePercent: 0, latePercent: 50, averageProcessingDays: 3, p90ProcessingDays: 4,
      },
      {
        procedureId: 'birth-registration', procedureName: 'Đăng ký khai sinh', legalLimitDays: 0,
        received: 1, receivedOnline: 1, onlinePercent: 100, inProgress: 0, inProgressOverdue: 0,
        resolved: 1, early: 0, onTime: 1, late: 0, earlyPercent: 0, onTimePercent: 100, latePercent: 0, averageProcessingDays: 0, p90ProcessingDays: 0,
      },
    ]);
  });

  it("sums up residents' ratings of their filings and of officials' help", async () => {
    const { satisfaction } = await read(MARCH);
    // Filings rated in March: 5, 4, 2, 4, 5 (a February and an April rating stay out).
    expect(satisfaction.filings).toEqual({ count: 5, average: 4, distribution: ratings(0, 1, 0, 2, 2) });
    expect(satisfaction.handoffs).toEqual({ count: 2, average: 4.5, distribution: ratings(0, 0, 0, 1, 1) });
  });

  it('shows how the bot did: residents served alone, handoffs, how fast officials answered, what it could not place', async () => {
    const march = await read(MARCH);
    expect(march.bot).toEqual({
      conversations: 5, handedOff: 3, withoutHuman: 2, withoutHumanPercent: 40, handoffRatePercent: 60,
      // Answered after 4 and 10 minutes; the third still waits.
      handoffsOpened: 3, answeredHandoffs: 2, medianFirstReplyMinutes: 7,
      unplacedTotal: 3,
      unplacedTop: [
        { text: 'xe buýt mấy giờ chạy', count: 2 },
        { text: PHONE_PHRASING.replace('0912345678', '[phone]'), count: 1 },
      ],
    });
    expect(JSON.stringify(march)).not.toContain('0912345678');
  });

  it('limits filings and ratings to one procedure', async () => {
    const one = await read(`${MARCH}&procedureId=child-birth-residence-insurance`);
    expect(one.procedureId).toBe('child-birth-residence-insurance');
    expect(one.filings.byProcedure.map((row) => row.procedureId)).toEqual(['child-birth-residence-insurance']);
    expect(one.filings.total).toMatchObject({ received: 2, resolved: 2, early: 1, late: 1, averageProcessingDays: 3 });
    expect(one.satisfaction.filings).toEqual({ count: 1, average: 5, distribution: ratings(0, 0, 0, 0, 1) });
    expect(one.satisfaction.handoffs.count).toBe(0); // those handoffs were about no procedure
  });

  it('counts another period on its own, judging overdue on today while the period runs', async () => {
    const april = await read('from=2026-04-01&to=2026-04-30');
    // Received: only the April filing. Decided: it (early, 1 day) and the one due 25/3 (late: 9 working days for 3).
    expect(april.filings.total).toMatchObject({ received: 1, resolved: 2, early: 1, late: 1, averageProcessingDays: 5, p90ProcessingDays: 9 });
    // Today is 6/4: the one due 2/4 is overdue now too.
    expect(april.filings.total).toMatchObject({ inProgress: 2, inProgressOverdue: 2 });
    expect(april.bot).toMatchObject({ conversations: 0, withoutHumanPercent: null, medianFirstReplyMinutes: null, unplacedTop: [] });
    expect(april.satisfaction.filings).toMatchObject({ count: 1, average: 1 });
  });

  it('exports the figures as CSV for Excel: BOM, Vietnamese headers, one row per procedure and a total; the export is audited', async () => {
    const boss = await server.session('boss');
    const response = await server.call(boss, 'GET', `/api/console/dashboard.csv?${MARCH}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="chat-luong-phuc-vu_2026-03-01_2026-03-31.csv"');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.rawPayload.toString('utf8').slice(1).split('\r\n');
    expect(lines).toEqual([
      'Mã thủ tục,Tên thủ tục,Thời hạn theo quy định (ngày làm việc),Tiếp nhận,Nộp trực tuyến,Tỷ lệ trực tuyến (%),Đang giải quyết,Đang giải quyết quá hạn,Đã giải quyết,Trước hạn,Đúng hạn,Quá hạn,Tỷ lệ trước hạn (%),Tỷ lệ đúng hạn (%),Tỷ lệ quá hạn (%),Thời gian giải quyết trung bình (ngày làm việc),Thời gian giải quyết phân vị 90 (ngày làm việc)',
      'temporary-residence,Đăng ký tạm trú,3,6,5,83.3,3,2,4,1,2,1,25,50,25,3.3,5',
      `child-birth-residence-insurance,"${CB_NAME}",3,2,1,50,0,0,2,1,0,1,50,0,50,3,4`,
      'birth-registration,Đăng ký khai sinh,0,1,1,100,0,0,1,0,1,0,0,100,0,0,0',
      ',Tổng cộng,,9,7,77.8,3,2,7,2,3,2,28.6,42.9,28.6,2.7,5',
      '',
    ]);
    const audit = (await server.call(boss, 'GET', '/api/console/audit-log?limit=20')).json() as AuditLogResponse;
    expect(audit.items).toContainEqual(
      expect.objectContaining({ username: 'boss', action: 'dashboard.exported', subjectType: 'dashboard', detail: { from: '2026-03-01', to: '2026-03-31', procedureId: null } }),
    );
  });

  it('refuses a period that ends before it starts, an unknown procedure, an official and a supervisor of another commune', async () => {
    const boss = await server.session('boss');
    const reversed = await server.call(boss, 'GET', '/api/console/dashboard?from=2026-03-31&to=2026-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', message: expect.stringContaining('phải bằng hoặc sau ngày bắt đầu') } });
    const unknown = await server.call(boss, 'GET', `/api/console/dashboard.csv?${MARCH}&procedureId=dang-ky-nuoi-cho`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'PROCEDURE_NOT_FOUND' } });

    expect((await server.call(await server.session('lan'), 'GET', `/api/console/dashboard?${MARCH}`)).statusCode).toBe(403);
    const now = server.app.services.clock().toISOString();
    const created = await createStaffAccount(server.app.services.db, { username: 'elsewhere', displayName: 'Giám sát xã khác', role: 'supervisor', communeCode: '00009', password: 'mùa thu Hà Nội 2026' }, { now, actorId: null });
    expect(created.ok).toBe(true);
    const elsewhere = await server.call(await server.session('elsewhere'), 'GET', `/api/console/dashboard?${MARCH}`);
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json()).toMatchObject({ error: { code: 'OTHER_COMMUNE' } });
  });
});
