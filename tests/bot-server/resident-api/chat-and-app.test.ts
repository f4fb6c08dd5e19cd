/**
 * One resident, two doors: a flow started in the OA chat (through the real webhook and inbox
 * worker) shows up in the Mini App for the same app-scoped id, an answer given in the app is where
 * the chat continues, and a resident who used the Mini App first finds their draft in the chat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftListResponse, DraftResponse, MeResponse } from '../../../shared/api/mini-app-api-schemas';
import type { ConversationState } from '../../../shared/conversation/conversation-types';
import { loadConversationState } from '../../../bot-server/storage/conversation-store';
import { morningOf } from '../../support/real-catalog';
import { startResidentApiServer, type ResidentApiServer } from './resident-api-harness';
import { sendOk } from './run-through-app';
import { procedureById } from '../../support/engine-fixtures';

const PROCEDURE = 'temporary-residence';
let server: ResidentApiServer;
let nextId = 0;
/** The Vietnamese prompt of a temporary-residence question, as the chat shows it. */
const prompt = (questionId: string) => procedureById(PROCEDURE).questions.find((q) => q.id === questionId)?.prompt.vi ?? questionId;
const chatId = () => `84${String(7000000000000000 + (nextId += 1))}`;

beforeAll(async () => {
  server = await startResidentApiServer();
  // Time moves on between turns, as it does for people (a session's updatedAt is its version).
  let tick = 0;
  server.app.services.clock = () => new Date(Date.parse(morningOf('2026-03-02')) + 1000 * (tick += 1));
});
afterAll(() => server.close());

async function chatState(userId: string): Promise<ConversationState> {
  const sealed = await loadConversationState(server.app.services.db, userId);
  if (!sealed) throw new Error('no conversation stored');
  return JSON.parse(server.app.services.cipher.open(sealed)) as ConversationState;
}

/** "đăng ký tạm trú" in the chat, then start its questions. */
async function startInChat(userId: string): Promise<string> {
  await server.turn(userId, 'đăng ký tạm trú');
  if ((await chatState(userId)).mode === 'choosing') await server.turn(userId, String((await chatState(userId)).choices.indexOf(PROCEDURE) + 1));
  return server.turn(userId, '1');
}

describe('chat and Mini App share a resident', () => {
  it('shows a flow started in the chat as a draft, and the chat continues from an answer given in the app', async () => {
    const userId = chatId();
    const asked = await startInChat(userId);
    expect(asked).toContain(prompt('stay_length'));
    await server.turn(userId, '2'); // at least 30 days
    const user = server.user({ chatUserId: userId });

    expect(((await server.call(user, 'GET', '/api/me')).json() as MeResponse).resident.linkedToChat).toBe(true);
    const drafts = (await server.call(user, 'GET', '/api/me/drafts')).json() as DraftListResponse;
    expect(drafts.items).toEqual([expect.objectContaining({ procedureId: PROCEDURE, stage: 'questions', position: { index: 2, total: expect.any(Number) } })]);
    const draft = (await server.call(user, 'GET', `/api/me/drafts/${PROCEDURE}`)).json() as DraftResponse;
    expect(draft.session.current).toBe('same_commune');
    expect(draft.outputs).toContainEqual(expect.objectContaining({ kind: 'question', question: expect.objectContaining({ id: 'same_commune' }) }));

    // Answered in the app: the chat's running flow moves on with it.
    const answered = await sendOk(server, user, PROCEDURE, { type: 'answer', value: false }, draft.session);
    expect(answered.session.current).toBe('place_type');
    expect((await chatState(userId)).session?.current).toBe('place_type');
    const resumed = await server.turn(userId, 'tiếp tục');
    expect(resumed).toContain(prompt('place_type'));
    await server.turn(userId, '1'); // the chat answers the next question as usual
    expect((await chatState(userId)).session?.answers).toMatchObject({ stay_length: 'at_least_30_days', same_commune: false });

    // And the app sees the chat's answer: its old base is stale now.
    const stale = await server.send(user, PROCEDURE, { type: 'answer', value: 'rented' }, answered.session);
    expect(stale.statusCode).toBe(409);
  }, 60_000);

  it('keeps a procedure started in the app as the chat\'s paused draft, leaving the chat\'s running flow alone', async () => {
    const userId = chatId();
    await startInChat(userId);
    const user = server.user({ chatUserId: userId });
    const other = await sendOk(server, user, 'birth-registration', { type: 'start' }, null);
    const state = await chatState(userId);
    expect(state.session?.procedureId).toBe(PROCEDURE);
    expect(state.draft?.procedureId).toBe('birth-registration');
    const items = ((await server.call(user, 'GET', '/api/me/drafts')).json() as DraftListResponse).items.map((d) => d.procedureId);
    expect(items.sort()).toEqual(['birth-registration', PROCEDURE]);
    expect(other.session.stage).toBe('questions');
  }, 60_000);

  it('moves a Mini-App-first resident\'s draft to their chat id once the chat meets them, and "tiếp tục" resumes it', async () => {
    const userId = chatId();
    const user = server.user({ chatUserId: userId });
    const started = await sendOk(server, user, PROCEDURE, { type: 'start' }, null);
    await sendOk(server, user, PROCEDURE, { type: 'answer', value: 'at_least_30_days' }, started.session);
    expect(((await server.call(user, 'GET', '/api/me')).json() as MeResponse).resident.linkedToChat).toBe(false);

    await server.turn(userId, 'xin chào'); // the webhook carries user_id_by_app = the app id
    const me = (await server.call(user, 'GET', '/api/me')).json() as MeResponse;
    expect(me.resident.linkedToChat).toBe(true);
    const { db } = server.app.services;
    expect(await db.selectFrom('residents').select('user_id').where('user_id', '=', `app:${user.appUserId}`).execute()).toEqual([]);
    expect((await chatState(userId)).draft).toMatchObject({ procedureId: PROCEDURE, current: 'same_commune' });
    expect(await server.turn(userId, 'tiếp tục')).toContain(prompt('same_commune'));
  }, 60_000);
});
