/**
 * Words that decide something irreversible are read strictly: the review page files only on a
 * clear confirmation, and "hủy" asks before throwing answers away.
 */
import { describe, expect, it } from 'vitest';
import { ChatTranscript } from '../support/chat-transcript';
import { birthChatAtReview } from '../support/birth-filing-chat';

const filed = (chat: ChatTranscript) => chat.effects.filter((e) => e.type === 'submitFiling').length;

describe('the review page', () => {
  it('does not file on "có sai, sửa tên": it shows the page again with how to change a line', () => {
    const chat = birthChatAtReview();
    const reply = chat.send('có sai, sửa tên');
    expect(filed(chat)).toBe(0);
    expect(reply).toMatch(/^Hồ sơ chưa được nộp\. Muốn sửa, gõ "sửa" kèm số dòng/);
    expect(reply).toContain('📝 Vui lòng kiểm tra lại thông tin');
    expect(chat.state?.session?.stage).toBe('review');
  });

  it('does not cancel on "Đúng" (folds like "dừng"), and does not file on a reply that only starts like a confirmation', () => {
    const chat = birthChatAtReview();
    for (const text of ['Đúng', 'ok nhưng sai số điện thoại', 'gửi lại cho tôi bản khác']) {
      expect(chat.send(text)).toContain('Hồ sơ chưa được nộp');
      expect(chat.state?.session?.stage).toBe('review');
    }
    expect(chat.effects.some((e) => e.type === 'discardDraft')).toBe(false);
    expect(filed(chat)).toBe(0);
  });

  it('files on a whole-reply confirmation such as "Đúng rồi ạ"', () => {
    const chat = birthChatAtReview();
    expect(chat.send('Đúng rồi ạ')).toContain('✅ Đã nộp hồ sơ');
    expect(filed(chat)).toBe(1);
  });
});

describe('cancelling', () => {
  it('asks before discarding answers, and "không" carries on at the same question', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký khai sinh');
    chat.send('1');
    chat.send('không');
    expect(chat.send('hủy')).toBe('Bạn muốn dừng và bỏ các câu đã trả lời? Gõ "có" để dừng, "không" để tiếp tục.');
    const kept = chat.send('không');
    expect(kept).toContain('Chúng ta tiếp tục nhé.');
    expect(kept).toContain('Câu 2/5');
    expect(chat.state?.session?.answers).toEqual({ registered_before: false });
  });

  it('stops on "có" after "dừng lại", even at a yes/no question', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký khai sinh');
    chat.send('1');
    chat.send('không');
    expect(chat.send('Dừng lại')).toContain('Bạn muốn dừng');
    expect(chat.send('có')).toContain('Đã dừng');
    expect(chat.state?.session).toBeNull();
    expect(chat.effects.some((e) => e.type === 'discardDraft')).toBe(true);
  });

  it('stops at once when nothing has been answered yet', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký khai sinh');
    chat.send('1');
    expect(chat.send('hủy')).toContain('Đã dừng');
  });
});
