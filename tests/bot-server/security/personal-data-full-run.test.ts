/**
 * Personal data across a whole realistic run of the real server, on SQLite and PostgreSQL: the
 * citizen ID, phone number and access tokens reach no log line (captured at `trace`, so nothing
 * is hidden by the level) and no database cell in clear; after "xóa dữ liệu của tôi" nothing of
 * the resident's is left anywhere, sealed or not, except the filings the office must keep (with
 * the officials' reasons in their history) and the audit log's record that the deletion was done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilingDetailResponse } from '../../../shared/api/mini-app-api-schemas';
import { dialects } from '../storage/database-targets';
import { databaseCells, tablesOf, type Cell } from './database-cells';
import { CITIZEN_ID, CITIZEN_ID_FORMS, MORE_INFO_REASON, PERSONAL_WORDS, PHONE_FORMS, runPersonalDataDay, type PersonalDataRun } from './personal-data-run';

/** Digits only, so "0011 9001 2345" inside a cell is found as well as "001190012345". */
const digitsOf = (text: string): string => text.replace(/[\s.-]/g, '');

/** Where a cell shows one of `secrets` (in any digit grouping), as "table.column: secret". */
function exposures(cells: readonly Cell[], secrets: readonly string[], read: (cell: Cell) => string = (cell) => cell.value): string[] {
  const found: string[] = [];
  for (const cell of cells) {
    const text = read(cell);
    for (const secret of secrets) {
      const hit = /^\+?\d[\d\s.-]+$/.test(secret) ? digitsOf(text).includes(digitsOf(secret)) : text.includes(secret);
      if (hit) found.push(`${cell.table}.${cell.column}: ${secret}`);
    }
  }
  return [...new Set(found)];
}

describe.each(dialects)('personal data in a full run on %s', (dialect) => {
  let run: PersonalDataRun;
  beforeAll(async () => {
    run = await runPersonalDataDay(dialect);
  }, 120_000);
  afterAll(() => run?.server.close());

  it('keeps citizen IDs, phone numbers and tokens out of every log line', () => {
    const { logs, tokens } = run;
    // The run really was logged at trace: requests, the webhook, the workers.
    expect(logs.length).toBeGreaterThan(100);
    for (const url of ['/webhooks/zalo', '/api/me/phone', '/api/console/handoffs/1/notes']) expect(logs.join('')).toContain(`"url":"${url}"`);
    const leaks = logs.flatMap((line) => [...CITIZEN_ID_FORMS, ...PHONE_FORMS, ...tokens].filter((secret) => line.includes(secret)).map((secret) => `${secret} in ${line.slice(0, 300)}`));
    expect(leaks).toEqual([]);
  });

  it('stores the citizen ID and phone number in no table cell in clear', async () => {
    const cells = await databaseCells(run.server.app.services.db);
    // The tables that do hold them, sealed: the scan did look there.
    for (const table of ['filings', 'filing_events', 'filing_ratings', 'conversations', 'inbox', 'outbox', 'app_events', 'handoff_notes', 'resident_phones']) expect(tablesOf(cells)).toContain(table);
    expect(exposures(cells, [CITIZEN_ID, PHONE_FORMS[0] ?? '', '84912345678', ...PERSONAL_WORDS])).toEqual([]);
    // Sealed is not lost: the filing opens to the citizen ID the resident typed.
    const { cipher, db } = run.server.app.services;
    const filing = await db.selectFrom('filings').select('answers').where('reference', '=', run.references[0] ?? '').executeTakeFirstOrThrow();
    expect(cipher.open(filing.answers)).toContain(CITIZEN_ID);
    // And the official's reason reads as written on the resident's timeline.
    const mine = (await run.server.call(run.user, 'GET', `/api/me/filings/${run.references[0] ?? ''}`)).json() as FilingDetailResponse;
    expect(mine.timeline.map((step) => step.note)).toContain(MORE_INFO_REASON);
  });

  it('after "xóa dữ liệu của tôi", leaves nothing of the resident but the kept filings and the audit record', async () => {
    const { server, userId } = run;
    expect(await server.turn(userId, 'xóa dữ liệu của tôi')).toContain('xác nhận xóa');
    expect(await server.turn(userId, 'xác nhận xóa')).toContain('Đã xóa dữ liệu cá nhân');
    const { cipher, db } = server.app.services;
    expect(await db.selectFrom('residents').select('app_user_id').where('user_id', '=', userId).executeTakeFirst()).toEqual({ app_user_id: null });
    await run.sayAndSettle('xin chào'); // a new message afterwards is answered afresh (and links the Mini App again)

    const opened = (cell: Cell): string => {
      if (!cell.value.startsWith('v1:')) return cell.value;
      try {
        return cipher.open(cell.value);
      } catch {
        return cell.value;
      }
    };
    const cells = await databaseCells(db);
    const secrets = [CITIZEN_ID, PHONE_FORMS[0] ?? '', ...PERSONAL_WORDS];
    // The filing's answers and the officials' reasons in its history are the case file the office keeps.
    const kept = (cell: Cell) => (cell.table === 'filings' && cell.column === 'answers') || (cell.table === 'filing_events' && cell.column === 'note');
    expect(exposures(cells.filter((cell) => !kept(cell)), secrets, opened)).toEqual([]);
    // The filings stay, as the law requires, still sealed and still whole.
    const filings = await db.selectFrom('filings').select(['reference', 'answers']).where('user_id', '=', userId).execute();
    expect(filings.map((f) => f.reference).sort()).toEqual([...run.references].sort());
    for (const filing of filings) expect(cipher.open(filing.answers)).toContain(CITIZEN_ID);
    const notes = await db.selectFrom('filing_events').select('note').where('reference', '=', run.references[0] ?? '').where('note', 'is not', null).execute();
    expect(notes.map((row) => cipher.open(row.note ?? ''))).toEqual([MORE_INFO_REASON]);
    // Nothing to find them by their phone number, no officials' notes.
    expect(await db.selectFrom('resident_phones').selectAll().where('user_id', '=', userId).execute()).toEqual([]);
    expect(await db.selectFrom('handoff_notes').selectAll().execute()).toEqual([]);

    const audit = await db.selectFrom('audit_log').selectAll().where('action', '=', 'resident.data-deleted').execute();
    expect(audit).toEqual([expect.objectContaining({ user_id: null, subject_type: 'resident', subject_id: userId })]);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ conversations: 1, filingsKept: 2, consentsWithdrawn: 2 });
  });
});
