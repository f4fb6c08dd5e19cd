/**
 * U+0000 in what residents and officials send, on SQLite and PostgreSQL (whose text cannot hold
 * it: bot-server/storage/postgres-text-plugin.ts). Found by the fuzzers, kept here as plain cases:
 * a chat message with one is answered and does not hold up the resident's next messages, and the
 * Mini App and console routes that store or look up text answer below 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../storage/database-targets';
import { startAppointmentServer, type AppointmentServer } from '../appointments/appointment-harness';
import { residentWithData, type ResidentWithData } from './resident-with-data';

const NUL = '\u0000';

describe.each(dialects)('a NUL character on %s', (dialect) => {
  let server: AppointmentServer;
  let resident: ResidentWithData;
  beforeAll(async () => {
    server = await startAppointmentServer(dialect, { workers: true });
    resident = await residentWithData(server, 'Đỗ Văn Nul');
  }, 60_000);
  afterAll(() => server?.close());

  it('in a chat message: answered, and the messages after it too', async () => {
    const userId = '8400000000000000601';
    for (const text of [`xin${NUL} chào`, `zzqx${NUL}`, `gặp cán bộ${NUL}`]) expect(await server.say(userId, text)).toBe(200);
    expect(await server.say(userId, 'xin chào')).toBe(200);
    const { db } = server.app.services;
    await expect.poll(async () => (await db.selectFrom('inbox').select('status').where('user_id', '=', userId).execute()).map((row) => row.status), { timeout: 20_000 }).toEqual(['done', 'done', 'done', 'done']);
  });

  it("in a resident's Zalo id: acknowledged and kept aside as not understood, so Zalo does not retry it forever", async () => {
    expect(await server.say(`84${NUL}01`, 'xin chào')).toBe(200);
    const { db } = server.app.services;
    const kept = await db.selectFrom('inbox').select(['status', 'error']).where('error', 'like', 'ZALO_EVENT_UNPARSED%').execute();
    expect(kept.some((row) => row.status === 'failed' && row.error?.includes('control characters'))).toBe(true);
  });

  it('in Mini App and console requests: answered below 500', async () => {
    await server.app.services.db.updateTable('filings').set({ status: 'resultReady' }).where('reference', '=', resident.reference).execute();
    const answers = [
      await server.call(resident.user, 'POST', '/api/me/handoff', { procedureId: `birth${NUL}`, questionId: NUL }),
      await server.call(resident.user, 'POST', `/api/me/filings/${resident.reference}/rating`, { score: 4, comment: `tốt${NUL}` }),
      await server.call(resident.user, 'GET', `/api/me/filings/${encodeURIComponent(`AAAA-AAAA-A${NUL}`)}`),
      await server.app.inject({ method: 'POST', url: '/api/console/sign-in', payload: { username: `admin${NUL}`, password: `x${NUL}`.repeat(8) } }),
      await server.app.inject({ url: `/api/procedures?q=${encodeURIComponent(`tạm trú${NUL}`)}` }),
    ];
    for (const answer of answers) expect(answer.statusCode, answer.body.slice(0, 200)).toBeLessThan(500);
    expect(answers[3]?.statusCode).toBe(401);
  });
});
