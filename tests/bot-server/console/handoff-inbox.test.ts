/**
 * The officials' handoff inbox, end to end: residents chat through the signed webhook (workers
 * running), officials work the handoff through the console API, and replies reach the fake Zalo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleServer, type ConsoleServer } from './console-harness';
import type { HandoffItem, HandoffListResponse } from '../../../shared/api/console-handoff-schemas';
import type { AuditLogResponse } from '../../../shared/api/console-api-schemas';
import { RATING_QUESTION } from '../../../bot-server/console-api/handoff-actions';

let server: ConsoleServer;
let lanId = 0;
let volunteerId = 0;
beforeAll(async () => {
  server = await startConsoleServer({ workers: true });
  lanId = await server.addUser('lan', 'official');
  await server.addUser('minh', 'official');
  await server.addUser('boss', 'supervisor');
  volunteerId = await server.addUser('tnv', 'volunteer');
});
afterAll(() => server.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a message the bot will not answer (the chat is with an official) and waits until it is processed. */
async function sayQuietly(userId: string, text: string): Promise<void> {
  expect(await server.say(userId, text)).toBe(200);
  const { db } = server.app.services;
  await expect.poll(async () => (await db.selectFrom('inbox').select('id').where('user_id', '=', userId).where('status', 'in', ['pending', 'processing']).execute()).length, { timeout: 5000 }).toBe(0);
}

async function openHandoffs(as: string): Promise<HandoffItem[]> {
  const response = await server.call(await server.session(as), 'GET', '/api/console/handoffs');
  expect(response.statusCode).toBe(200);
  return (response.json() as HandoffListResponse).items;
}

async function handoffOf(userId: string, as = 'boss'): Promise<HandoffItem> {
  const item = (await openHandoffs(as)).find((h) => h.userIdMasked === `…${userId.slice(-4)}`);
  if (!item) throw new Error(`no open handoff for ${userId}`);
  return item;
}

describe('the handoff inbox', () => {
  it('lists a resident who asked for an official, then lets an official claim, reply, note and resolve', async () => {
    const resident = '8409000000000000001';
    await server.turn(resident, 'đăng ký khai sinh');
    await server.turn(resident, '1');
    expect(await server.turn(resident, 'gặp cán bộ')).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');

    const waiting = await handoffOf(resident, 'lan');
    expect(waiting).toMatchObject({ procedureId: 'birth-registration', procedureName: 'Đăng ký khai sinh', reason: 'requested', waitingMinutes: 0, overdue: false, assignedTo: null });
    expect(waiting.userIdMasked).toBe('…0001'); // never the full Zalo id
    expect(waiting.questionId).not.toBeNull();
    expect(waiting.questionText).toMatch(/\?$/); // the question as the resident read it, not its id
    expect(waiting.lastMessages.at(-2)).toMatchObject({ from: 'resident', text: 'gặp cán bộ' });
    expect(waiting.lastMessages.at(-1)).toMatchObject({ from: 'bot', text: expect.stringContaining('chuyển cuộc trò chuyện cho cán bộ') });

    const lan = await server.session('lan');
    const claimed = await server.call(lan, 'POST', `/api/console/handoffs/${waiting.id}/claim`);
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ item: { assignedTo: { id: lanId, displayName: 'Cán bộ lan' } } });
    const stolen = await server.call(await server.session('minh'), 'POST', `/api/console/handoffs/${waiting.id}/claim`);
    expect(stolen.statusCode).toBe(409);
    expect(stolen.json()).toMatchObject({ error: { code: 'HANDOFF_TAKEN', message: expect.stringContaining('Cán bộ lan') } });

    const before = server.replies(resident).length;
    const text = 'Dạ, em chào chị. Em là cán bộ một cửa, chị cần hỗ trợ bước nào ạ?';
    server.advance(3 * 60_000);
    const replied = await server.call(lan, 'POST', `/api/console/handoffs/${waiting.id}/reply`, { payload: { text } });
    expect(replied.statusCode).toBe(200);
    expect(replied.json()).toMatchObject({ item: { waitingMinutes: 3, firstReplyAt: '2026-03-02T02:03:00.000Z' } });
    expect((await server.waitForReplies(resident, before + 1)).at(-1)).toBe(text);

    // The bot stays silent while the official has the conversation.
    server.advance(60_000);
    await sayQuietly(resident, 'dạ, em bị vướng ở ngày sinh của bé');
    await pause(300);
    expect(server.replies(resident)).toHaveLength(before + 1);

    const note = await server.call(lan, 'POST', `/api/console/handoffs/${waiting.id}/notes`, { payload: { text: 'Chị ấy nhập ngày sinh sai định dạng' } });
    expect(note.statusCode).toBe(201);
    const withNote = await handoffOf(resident, 'lan');
    expect(withNote.notes).toMatchObject([{ author: 'Cán bộ lan', text: 'Chị ấy nhập ngày sinh sai định dạng' }]);
    expect(withNote.lastMessages.slice(-2)).toMatchObject([
      { from: 'official', text },
      { from: 'resident', text: 'dạ, em bị vướng ở ngày sinh của bé' },
    ]);
    expect(server.replies(resident).join('\n')).not.toContain('sai định dạng'); // notes stay internal

    const resolved = await server.call(lan, 'POST', `/api/console/handoffs/${waiting.id}/resolve`);
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({ item: { status: 'resolved' } });
    expect((await server.waitForReplies(resident, before + 2)).at(-1)).toBe(RATING_QUESTION);
    expect(RATING_QUESTION).toMatch(/từ 1 .*đến 5/);
    expect((await openHandoffs('lan')).map((h) => h.id)).not.toContain(waiting.id);
    // The answer to the rating question is kept, not taken as menu choice 5.
    expect(await server.turn(resident, '5')).toContain('Cảm ơn bạn đã đánh giá');
    expect(await server.app.services.db.selectFrom('handoffs').select('rating').where('id', '=', waiting.id).executeTakeFirst()).toEqual({ rating: 5 });
    // Back to the bot.
    expect(await server.turn(resident, 'menu')).toContain('Các thủ tục thường gặp');

    const again = await server.call(lan, 'POST', `/api/console/handoffs/${waiting.id}/reply`, { payload: { text: 'còn đó không ạ' } });
    expect(again.json()).toMatchObject({ error: { code: 'HANDOFF_NOT_OPEN' } });

    const audit = (await server.call(await server.session('boss'), 'GET', '/api/console/audit-log?limit=500')).json() as AuditLogResponse;
    const actions = audit.items.filter((entry) => entry.subjectType === 'handoff').map((entry) => `${entry.username} ${entry.action}`);
    for (const action of ['lan handoff.list-read', 'lan handoff.claimed', 'lan handoff.replied', 'lan handoff.note-added', 'lan handoff.resolved']) expect(actions).toContain(action);
    expect(JSON.stringify(audit)).not.toContain(text); // what was said is not copied into the audit log
  });

  it("returns a resident's text as the same plain string, never as HTML", async () => {
    const resident = '8409000000000000002';
    await server.turn(resident, 'gặp cán bộ');
    const script = '<script>alert("xin chào")</script> & <b>gấp</b>';
    await sayQuietly(resident, script);
    const response = await server.call(await server.session('lan'), 'GET', '/api/console/handoffs');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const item = (response.json() as HandoffListResponse).items.find((h) => h.userIdMasked === '…0002');
    expect(item?.lastMessages.at(-1)).toEqual({ from: 'resident', text: script, at: expect.any(String) });
  });

  it('flags a handoff nobody answered within the target as overdue, and lets it be taken over or reassigned', async () => {
    const resident = '8409000000000000003';
    await server.turn(resident, 'gặp cán bộ');
    const { id } = await handoffOf(resident);
    const lan = await server.session('lan');
    expect((await server.call(lan, 'POST', `/api/console/handoffs/${id}/claim`)).statusCode).toBe(200);

    server.advance(15 * 60_000);
    expect(await handoffOf(resident)).toMatchObject({ waitingMinutes: 15, overdue: false });
    server.advance(60_000);
    expect(await handoffOf(resident)).toMatchObject({ waitingMinutes: 16, overdue: true, assignedTo: { id: lanId } });

    const taken = await server.call(await server.session('minh'), 'POST', `/api/console/handoffs/${id}/claim`);
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({ item: { assignedTo: { displayName: 'Cán bộ minh' } } });

    const boss = await server.session('boss');
    const back = await server.call(boss, 'POST', `/api/console/handoffs/${id}/assign`, { payload: { userId: lanId } });
    expect(back.json()).toMatchObject({ item: { assignedTo: { id: lanId } } });
    const toVolunteer = await server.call(boss, 'POST', `/api/console/handoffs/${id}/assign`, { payload: { userId: volunteerId } });
    expect(toVolunteer.statusCode).toBe(400);
    expect(toVolunteer.json()).toMatchObject({ error: { code: 'ASSIGNEE_INVALID' } });
    const byOfficial = await server.call(lan, 'POST', `/api/console/handoffs/${id}/assign`, { payload: { userId: lanId } });
    expect(byOfficial.statusCode).toBe(403);
  });

  it('offers polite canned replies, and keeps volunteers out', async () => {
    const canned = await server.call(await server.session('lan'), 'GET', '/api/console/canned-replies');
    const items = (canned.json() as { items: { text: string }[] }).items;
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const reply of items) expect(reply.text).toMatch(/^Dạ, /);
    const volunteer = await server.session('tnv');
    expect((await server.call(volunteer, 'GET', '/api/console/handoffs')).statusCode).toBe(403);
    expect((await server.call(volunteer, 'GET', '/api/console/canned-replies')).statusCode).toBe(403);
  });

  it('offers a supervisor the officials a handoff can be given to, never a volunteer', async () => {
    const response = await server.call(await server.session('boss'), 'GET', '/api/console/assignees');
    const names = (response.json() as { items: { displayName: string }[] }).items.map((item) => item.displayName);
    expect(names).toEqual(expect.arrayContaining(['Cán bộ lan', 'Cán bộ minh', 'Cán bộ boss']));
    expect(names).not.toContain('Cán bộ tnv');
  });

  it('refuses a reply without the CSRF token', async () => {
    const resident = '8409000000000000004';
    await server.turn(resident, 'gặp cán bộ');
    const { id } = await handoffOf(resident);
    const response = await server.call(await server.session('lan'), 'POST', `/api/console/handoffs/${id}/reply`, { payload: { text: 'Dạ' }, csrf: false });
    expect(response.json()).toMatchObject({ error: { code: 'CSRF_TOKEN_INVALID' } });
  });
});
