/**
 * Commands that work anywhere in a chat, handoff to an official (and the silence that follows),
 * status look-ups, data deletion, attachments and language.
 */
import { describe, expect, it } from 'vitest';
import { ChatTranscript, chatContext } from '../support/chat-transcript';
import { resumeAfterHandoff } from '../../shared/conversation/bring-in-official';
import { converse } from '../../shared/conversation/converse';
import { detectCommand } from '../../shared/conversation/detect-command';

describe('chat commands', () => {
  it('understands commands with or without diacritics and polite padding', () => {
    expect(detectCommand('Quay lại')).toEqual({ command: 'back' });
    expect(detectCommand('quay lai')).toEqual({ command: 'back' });
    expect(detectCommand('Sửa câu 3')).toEqual({ command: 'change', number: 3 });
    expect(detectCommand('dạ cho em gặp cán bộ ạ')).toEqual({ command: 'official' });
    expect(detectCommand('HỦY')).toEqual({ command: 'cancel' });
    expect(detectCommand('tra cứu 5ghb-4875-3')).toEqual({ command: 'status', code: '5GHB 4875 3' });
    expect(detectCommand('Xóa dữ liệu của tôi')).toEqual({ command: 'deleteData' });
    expect(detectCommand('đăng ký tạm trú')).toBeUndefined();
  });

  it('hands over to an official on request, says when they will answer, then stays silent', () => {
    // Saturday 10:00: outside office hours, next opening Monday 07:30.
    const chat = new ChatTranscript(chatContext({ now: '2026-03-14T03:00:00Z' }));
    chat.send('dang ky tam tru');
    const reply = chat.send('gặp cán bộ');
    expect(reply).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
    expect(reply).toContain('cán bộ sẽ trả lời bạn từ 07:30 ngày 16/03/2026');
    expect(chat.effects).toContainEqual({ type: 'openHandoff', reason: 'requested', questionId: null, procedureId: 'temporary-residence' });
    expect(chat.send('alo, có ai không?')).toBe('');
    expect(chat.send('menu')).toBe('');
  });

  it('brings in an official after two messages it cannot place, and resumes afterwards', () => {
    const chat = new ChatTranscript();
    expect(chat.send('xyzzy qwerty')).toContain('Xin lỗi, tôi chưa hiểu');
    const second = chat.send('blorp');
    expect(second).toContain('Tôi vẫn chưa hiểu được');
    expect(second).toContain('Cán bộ sẽ trả lời bạn trong giờ làm việc');
    expect(chat.effects.filter((e) => e.type === 'unplacedQuery')).toHaveLength(2);
    const state = chat.state;
    if (!state) throw new Error('no state');
    const resumed = converse(resumeAfterHandoff(state), { kind: 'text', text: 'menu' }, chatContext());
    expect(resumed.replies.join('\n')).toContain('Các thủ tục thường gặp');
  });

  it('hands over when an eligibility rule says an official must help', () => {
    const chat = new ChatTranscript();
    chat.send('làm giấy khai sinh cho con');
    chat.send('1');
    chat.send('không');
    const reply = chat.send('có');
    expect(reply).toContain('👤 Trường hợp của bạn cần cán bộ hướng dẫn trực tiếp');
    expect(reply).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
    expect(chat.effects.some((e) => e.type === 'openHandoff' && e.reason === 'rule' && e.ruleId === 'foreign_case')).toBe(true);
    expect(chat.send('hello')).toBe('');
  });

  it('looks up a filing by a valid code and recognises a mistyped one', () => {
    const chat = new ChatTranscript();
    expect(chat.send('tra cứu 5GHB-4875-3')).toBe('');
    expect(chat.effects).toContainEqual({ type: 'lookupFiling', reference: '5GHB-4875-3' });
    expect(chat.send('tra cuu 5GHB-4857-3')).toContain('có vẻ bị gõ nhầm một ký tự');
    expect(chat.send('tra cứu')).toContain('Hãy gửi mã hồ sơ');
  });

  it('deletes personal data only after confirmation', () => {
    const chat = new ChatTranscript();
    expect(chat.send('xoa du lieu cua toi')).toContain('xác nhận xóa');
    expect(chat.send('thôi')).toContain('Đã giữ nguyên dữ liệu');
    expect(chat.effects.some((e) => e.type === 'deleteMyData')).toBe(false);
    chat.send('xóa dữ liệu');
    expect(chat.send('xác nhận xóa')).toContain('Đã xóa dữ liệu cá nhân');
    expect(chat.effects).toContainEqual({ type: 'deleteMyData' });
  });

  it('cancels a flow without keeping the answers', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký thường trú');
    chat.send('1');
    expect(chat.send('hủy')).toContain('Đã dừng');
    expect(chat.state?.session).toBeNull();
    expect(chat.effects.some((e) => e.type === 'discardDraft')).toBe(true);
  });

  it('welcomes a new follower and answers photos and locations sensibly', () => {
    const chat = new ChatTranscript();
    expect(chat.send({ kind: 'follow' })).toContain('Cảm ơn bạn đã quan tâm');
    expect(chat.send({ kind: 'attachment', attachment: 'image' })).toContain('đừng gửi ảnh CCCD');
    expect(chat.send({ kind: 'attachment', attachment: 'location' })).toContain('địa chỉ dạng chữ');
  });

  it('switches to English and back', () => {
    const chat = new ChatTranscript();
    expect(chat.send('english')).toContain('Switched to English');
    expect(chat.send('menu')).toContain('Common procedures');
    expect(chat.send('1')).toContain('Where:');
    expect(chat.send('tieng viet')).toContain('Đã chuyển sang tiếng Việt');
  });
});
