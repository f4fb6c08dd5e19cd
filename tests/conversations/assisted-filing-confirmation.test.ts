/**
 * A filing a volunteer prepared waits for the resident's answer in the chat: only an explicit yes
 * files it, a no cancels it, anything else is asked about once, and after the expiry instant the
 * resident is told it expired. The state is saved as JSON and reloaded between turns, as the server does.
 */
import { describe, expect, it } from 'vitest';
import { converse, initialConversation } from '../../shared/conversation/converse';
import { awaitAssistedFiling, awaitedAssistedFiling } from '../../shared/conversation/assisted-filing-turn';
import type { ConversationContext, ConversationEffect, ConversationState } from '../../shared/conversation/conversation-types';
import { chatContext } from '../support/chat-transcript';
import { morningOf } from '../support/real-catalog';

const PREPARED_AT = morningOf('2026-03-11');
const EXPIRES_AT = '2026-03-13T02:00:00.000Z';
const wait = { id: 42, procedureId: 'birth-registration', procedureVersion: 1, helperName: 'Lê Văn Tâm', expiresAt: EXPIRES_AT };

/** A chat that just received the summary, driven turn by turn through a JSON round trip. */
function waitingChat(start: ConversationState = initialConversation()) {
  let saved = JSON.stringify(awaitAssistedFiling(start, wait));
  const effects: ConversationEffect[] = [];
  return {
    get state(): ConversationState {
      return JSON.parse(saved) as ConversationState;
    },
    effects,
    send(text: string, context: Partial<ConversationContext> = {}): string {
      const turn = converse(JSON.parse(saved) as ConversationState, { kind: 'text', text }, chatContext({ now: PREPARED_AT, ...context }));
      saved = JSON.stringify(turn.state);
      effects.push(...turn.effects);
      return turn.replies.join('\n---\n');
    },
  };
}

const submitted = (effects: readonly ConversationEffect[]) => effects.filter((e) => e.type === 'submitAssistedFiling');

describe('a filing a volunteer prepared, waiting for the resident', () => {
  it.each(['1', 'xác nhận', 'xac nhan', 'Dạ, đồng ý ạ', 'dong y', 'XÁC NHẬN'])('files on "%s" under the turn\'s fresh reference, and stops waiting', (text) => {
    const chat = waitingChat();
    expect(chat.send(text)).toBe(''); // the server answers with the receipt once it is filed
    expect(chat.effects).toEqual([{ type: 'submitAssistedFiling', assistedFilingId: 42, reference: '5GHB-4875-3' }]);
    expect(chat.state.awaiting).toBeUndefined();
    expect(chat.state.assistedFiling).toBeNull();
  });

  it.each(['2', 'hủy', 'huy', 'không', 'Dạ không ạ', 'hủy bỏ'])('cancels on "%s": nothing filed, a polite reply naming the procedure', (text) => {
    const chat = waitingChat();
    const reply = chat.send(text);
    expect(reply).toContain('Dạ, đã hủy. Hồ sơ "Đăng ký khai sinh" không được nộp');
    expect(reply).toContain('Lê Văn Tâm');
    expect(chat.effects).toEqual([{ type: 'cancelAssistedFiling', assistedFilingId: 42, reason: 'declined' }]);
    expect(chat.state.awaiting).toBeUndefined();
  });

  it('asks once more on anything else, keeping the filing waiting; a second time it stops waiting and answers the message', () => {
    const chat = waitingChat();
    const reask = chat.send('cho hỏi hồ sơ này là gì vậy');
    expect(reask).toContain('Hồ sơ "Đăng ký khai sinh" do Lê Văn Tâm chuẩn bị đang chờ bạn xác nhận');
    expect(reask).toContain('Trả lời 1 để XÁC NHẬN nộp hồ sơ, 2 để HỦY');
    expect(chat.effects).toEqual([]);
    expect(awaitedAssistedFiling(chat.state, PREPARED_AT)).toMatchObject({ id: 42, reasked: true });

    const after = chat.send('đăng ký tạm trú');
    expect(after).toMatch(/^Hồ sơ "Đăng ký khai sinh" do Lê Văn Tâm chuẩn bị chưa được nộp/);
    expect(after).toContain('tạm trú'); // and the question itself is answered as usual
    expect(chat.effects).toEqual([{ type: 'cancelAssistedFiling', assistedFilingId: 42, reason: 'unanswered' }]);
    expect(submitted(chat.effects)).toHaveLength(0);
    expect(chat.state.awaiting).toBeUndefined();
    // "1" now means what it means anywhere else: it files nothing.
    chat.send('1');
    expect(submitted(chat.effects)).toHaveLength(0);
  });

  it('never reads "dừng" (folds like "đúng") or "ok nhưng sai tên" as a yes', () => {
    const chat = waitingChat();
    chat.send('dừng');
    chat.send('ok nhưng sai tên');
    expect(submitted(chat.effects)).toHaveLength(0);
  });

  it('confirms after the re-ask too', () => {
    const chat = waitingChat();
    chat.send('alo');
    chat.send('1');
    expect(submitted(chat.effects)).toHaveLength(1);
  });

  it('tells the resident it expired, files nothing, and handles another message as usual after the notice', () => {
    const late = { now: '2026-03-13T02:00:00.000Z' };
    const chat = waitingChat();
    expect(chat.send('1', late)).toContain('Yêu cầu xác nhận hồ sơ "Đăng ký khai sinh" đã hết hạn nên hồ sơ chưa được nộp');
    expect(chat.effects).toEqual([]);
    expect(chat.state.awaiting).toBeUndefined();

    const other = waitingChat();
    const reply = other.send('đăng ký tạm trú', late);
    expect(reply).toMatch(/^Yêu cầu xác nhận hồ sơ .* đã hết hạn/);
    expect(reply).toContain('tạm trú');
    expect(other.effects.filter((e) => e.type.includes('AssistedFiling'))).toEqual([]);
    expect(awaitedAssistedFiling(waitingChat().state, late.now)).toBeUndefined();
  });

  it('drops a pending "delete my data?" question, so the "1" meant for the filing cannot delete anything', () => {
    const asked: ConversationState = { ...initialConversation(), mode: 'confirmDelete', resumeMode: 'explained' };
    const chat = waitingChat(asked);
    expect(chat.state.mode).toBe('explained');
    chat.send('1');
    expect(chat.effects.map((e) => e.type)).toEqual(['submitAssistedFiling']);
  });

  it('lets "xóa dữ liệu của tôi" through at once (the deletion removes the waiting filing too)', () => {
    const chat = waitingChat();
    expect(chat.send('xóa dữ liệu của tôi')).toContain('xóa');
    expect(chat.state.mode).toBe('confirmDelete');
    chat.send('có');
    expect(chat.effects.map((e) => e.type)).toEqual(['deleteMyData']);
  });

  it('answers in English for an English chat', () => {
    const chat = waitingChat({ ...initialConversation('en') });
    expect(chat.send('no')).toContain('Cancelled: "Birth registration" has not been filed');
  });
});
