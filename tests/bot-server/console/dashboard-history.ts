/**
 * A small month at a commune's one-stop desk (March 2026), for the dashboard tests.
 *
 * Chat, through the signed webhook on 2 March: one resident files a birth registration and never
 * needs a human (after one message the bot could not place, with a phone number in it); two ask
 * for an official, are answered after 4 and 10 minutes and rate the help 4 and 5; one types
 * something unplaceable and then asks about temporary residence; one types the same unplaceable
 * thing without accents and asks for an official nobody has answered yet.
 *
 * Filings, stored and decided through the stores as the desk would, from February to April,
 * each due when the engine says (shared/engine/processing-time.ts), with residents' ratings.
 */
import { expect } from 'vitest';
import type { ConsoleServer } from './console-harness';
import { assessProcessingTime } from '../../../shared/engine/processing-time';
import type { FilingStatus } from '../../../shared/filing/filing-status-text';
import { insertFiling, listFilingsByUser } from '../../../bot-server/storage/filing-store';
import { changeFilingStatus } from '../../../bot-server/storage/filing-queue-store';
import { insertFilingRating } from '../../../bot-server/storage/filing-rating-store';
import { findOpenHandoff } from '../../../bot-server/storage/handoff-store';

const RESIDENTS = { filer: '8409000000000000101', ratesFour: '8409000000000000102', ratesFive: '8409000000000000103', asker: '8409000000000000104', waiting: '8409000000000000105' };
export const PHONE_PHRASING = 'vé bóng đá, gọi giúp tôi 0912345678';

/** An instant from a Vietnam date and time ("2026-03-02", "09:00"). */
const vn = (date: string, time: string): string => new Date(`${date}T${time}:00+07:00`).toISOString();

const BIRTH_ANSWERS = ['1', 'không', 'không', 'cha', '01/03/2026', '1', '1', 'đồng ý', 'Nguyễn Hoàng Nam', 'nam', 'Trần Thị Mai', '001190012345', '0912345678', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh'];

async function chat(server: ConsoleServer): Promise<void> {
  const { db } = server.app.services;
  const lan = await server.session('lan');
  // Residents type a message every half minute or so (a frozen clock would trip the flood guard).
  const say = (resident: string, text: string) => {
    server.advance(30_000);
    return server.turn(resident, text);
  };
  const answerAndResolve = async (resident: string, afterMinutes: number, score: string) => {
    expect(await say(resident, 'gặp cán bộ')).toContain('chuyển cuộc trò chuyện cho cán bộ');
    const handoff = await findOpenHandoff(db, resident);
    server.advance(afterMinutes * 60_000);
    expect((await server.call(lan, 'POST', `/api/console/handoffs/${handoff?.id}/reply`, { payload: { text: 'Dạ, em chào anh/chị, em hỗ trợ ngay ạ.' } })).statusCode).toBe(200);
    expect((await server.call(lan, 'POST', `/api/console/handoffs/${handoff?.id}/resolve`)).statusCode).toBe(200);
    expect(await say(resident, score)).toContain('Cảm ơn bạn đã đánh giá');
  };

  await say(RESIDENTS.filer, PHONE_PHRASING);
  await say(RESIDENTS.filer, 'đăng ký khai sinh');
  for (const text of BIRTH_ANSWERS) await say(RESIDENTS.filer, text);
  expect(await say(RESIDENTS.filer, 'xác nhận')).toContain('Đã nộp hồ sơ');

  await answerAndResolve(RESIDENTS.ratesFour, 4, '4');
  await answerAndResolve(RESIDENTS.ratesFive, 10, '5');
  await say(RESIDENTS.asker, 'xe buýt mấy giờ chạy');
  await say(RESIDENTS.asker, 'đăng ký tạm trú');
  await say(RESIDENTS.waiting, 'Xe buyt may gio chay');
  expect(await say(RESIDENTS.waiting, 'gặp cán bộ')).toContain('chuyển cuộc trò chuyện cho cán bộ');
}

interface HistoryFiling {
  reference: string;
  procedureId: string;
  channel: 'chat' | 'miniApp' | 'volunteer';
  receivedAt: string;
  /** Status changes after 'received', in order, each with its time. */
  steps: [FilingStatus, string][];
  rating?: [number, string];
}

const TR = 'temporary-residence'; // 3 working days
const CB = 'child-birth-residence-insurance'; // 3 working days, a name with commas

/** Due dates in the comments are what the engine gives (no holidays in March 2026). */
const FILINGS: HistoryFiling[] = [
  // Due Thu 5/3; decided Wed 4/3: early, 2 working days.
  { reference: 'TRAA-2222-A', procedureId: TR, channel: 'miniApp', receivedAt: vn('2026-03-02', '09:00'), steps: [['processing', vn('2026-03-02', '10:00')], ['approved', vn('2026-03-04', '10:00')]], rating: [5, vn('2026-03-05', '08:00')] },
  // After the 15:00 cut-off: counted from Wed 4/3, due Mon 9/3; decided that day: on time, 3.
  { reference: 'TRAB-2222-B', procedureId: TR, channel: 'chat', receivedAt: vn('2026-03-03', '16:00'), steps: [['processing', vn('2026-03-04', '08:00')], ['approved', vn('2026-03-09', '16:30')]], rating: [4, vn('2026-03-10', '08:00')] },
  // At the desk with a volunteer; due Tue 10/3, decided Thu 12/3: late, 5.
  { reference: 'TRAC-2222-C', procedureId: TR, channel: 'volunteer', receivedAt: vn('2026-03-05', '10:00'), steps: [['processing', vn('2026-03-05', '11:00')], ['approved', vn('2026-03-12', '09:00')]], rating: [2, vn('2026-03-13', '08:00')] },
  // Received in February, due Wed 4/3, decided that day: resolved in March, on time, 3; not received in March.
  { reference: 'TRAD-2222-D', procedureId: TR, channel: 'miniApp', receivedAt: vn('2026-02-27', '09:00'), steps: [['processing', vn('2026-03-02', '08:00')], ['approved', vn('2026-03-04', '15:00')]], rating: [4, vn('2026-03-05', '09:00')] },
  // All in February: not in March's figures at all.
  { reference: 'TRAE-2222-E', procedureId: TR, channel: 'chat', receivedAt: vn('2026-02-10', '09:00'), steps: [['processing', vn('2026-02-10', '10:00')], ['approved', vn('2026-02-12', '10:00')]], rating: [3, vn('2026-02-13', '08:00')] },
  // Due Thu 2/4: still in progress at the end of March, not yet overdue.
  { reference: 'TRAF-2222-F', procedureId: TR, channel: 'chat', receivedAt: vn('2026-03-30', '09:00'), steps: [['processing', vn('2026-03-30', '10:00')]] },
  // Due Thu 19/3, waiting for papers ever since: in progress and overdue.
  { reference: 'TRAG-2222-G', procedureId: TR, channel: 'miniApp', receivedAt: vn('2026-03-16', '09:00'), steps: [['moreInfoNeeded', vn('2026-03-16', '10:00')]] },
  // Received and decided in April: outside March.
  { reference: 'TRAH-2222-H', procedureId: TR, channel: 'miniApp', receivedAt: vn('2026-04-02', '09:00'), steps: [['processing', vn('2026-04-02', '10:00')], ['approved', vn('2026-04-03', '10:00')]], rating: [1, vn('2026-04-03', '11:00')] },
  // Due Wed 25/3, decided Thu 2/4: in progress and overdue at the end of March, late in April.
  { reference: 'TRAI-2222-I', procedureId: TR, channel: 'chat', receivedAt: vn('2026-03-20', '09:00'), steps: [['processing', vn('2026-03-20', '10:00')], ['approved', vn('2026-04-02', '10:00')]] },
  // Due Thu 12/3; approved Wed 11/3 (the decision: early, 2), result ready Fri 13/3.
  { reference: 'CBAA-2222-A', procedureId: CB, channel: 'miniApp', receivedAt: vn('2026-03-09', '09:00'), steps: [['processing', vn('2026-03-09', '10:00')], ['approved', vn('2026-03-11', '10:00')], ['resultReady', vn('2026-03-13', '10:00')]], rating: [5, vn('2026-03-14', '08:00')] },
  // Due Fri 13/3, refused Mon 16/3: late, 4.
  { reference: 'CBAB-2222-B', procedureId: CB, channel: 'volunteer', receivedAt: vn('2026-03-10', '09:00'), steps: [['processing', vn('2026-03-10', '10:00')], ['rejected', vn('2026-03-16', '10:00')]] },
];

async function fileAndDecide(server: ConsoleServer): Promise<void> {
  const { db, catalog, holidays, cipher } = server.app.services;
  for (const filing of FILINGS) {
    const procedure = catalog.current(filing.procedureId, filing.receivedAt.slice(0, 10));
    if (!procedure) throw new Error(`no procedure ${filing.procedureId}`);
    const dueDate = assessProcessingTime(procedure.processingTime, filing.receivedAt, holidays).dueDate;
    const userId = `84090000000000${filing.reference.slice(0, 4)}`;
    await insertFiling(db, {
      reference: filing.reference,
      user_id: userId,
      procedure_id: procedure.id,
      procedure_version: procedure.version,
      answers: cipher.seal('{}'),
      status: 'received',
      channel: filing.channel,
      received_at: filing.receivedAt,
      due_date: dueDate,
      updated_at: filing.receivedAt,
    });
    let from: FilingStatus = 'received';
    for (const [to, at] of filing.steps) {
      expect(await changeFilingStatus(db, { reference: filing.reference, from, to, sealedNote: to === 'rejected' || to === 'moreInfoNeeded' ? cipher.seal('Thiếu giấy tờ') : null, at })).toBe(true);
      from = to;
    }
    if (filing.rating) await insertFilingRating(db, { reference: filing.reference, user_id: userId, score: filing.rating[0], comment: null, rated_at: filing.rating[1] });
  }
  // The birth registration filed in the chat: due the same day (before 15:00), decided that afternoon.
  const [birth] = await listFilingsByUser(db, RESIDENTS.filer);
  expect(birth).toMatchObject({ procedure_id: 'birth-registration', channel: 'chat', due_date: '2026-03-02' });
  const reference = birth?.reference ?? '';
  expect(await changeFilingStatus(db, { reference, from: 'received', to: 'processing', sealedNote: null, at: vn('2026-03-02', '13:00') })).toBe(true);
  expect(await changeFilingStatus(db, { reference, from: 'processing', to: 'approved', sealedNote: null, at: vn('2026-03-02', '14:00') })).toBe(true);
}

/** Builds the history, then moves the clock to Monday 6 April 2026, 09:00 in Vietnam. */
export async function buildDashboardHistory(server: ConsoleServer): Promise<void> {
  await chat(server);
  await fileAndDecide(server);
  server.advance(Date.parse(vn('2026-04-06', '09:00')) - server.app.services.clock().getTime());
}
