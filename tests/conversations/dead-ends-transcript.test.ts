/**
 * Places where a resident used to get stuck or lose their place: a number that is not on the
 * list, a bare reference code, "tra cứu" with words, a handoff, the menu mid-way, a declined
 * consent, a not-eligible result, and switching language mid-question.
 */
import { describe, expect, it } from 'vitest';
import { ChatTranscript, chatContext } from '../support/chat-transcript';
import { morningOf } from '../support/real-catalog';

describe('numbers that are not on the list', () => {
  it('shows the menu again with the numbers that work, and does not count it as misunderstood', () => {
    const chat = new ChatTranscript();
    chat.send('menu');
    for (const text of ['10', '11', '0']) {
      const reply = chat.send(text);
      expect(reply).toMatch(/^Hãy chọn số từ 1 đến 9\.\n1\. Đăng ký khai sinh/);
    }
    expect(chat.state).toMatchObject({ mode: 'choosing', misunderstood: 0 });
    expect(chat.effects.some((e) => e.type === 'openHandoff')).toBe(false);
  });

  it('repeats the offer after an explanation', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký khai sinh');
    expect(chat.send('7')).toMatch(/^Hãy chọn số từ 1 đến 3\.\nBạn muốn làm gì tiếp\?/);
  });
});

describe('filing look-ups', () => {
  it('takes a bare valid reference code typed on its own as a status look-up', () => {
    const chat = new ChatTranscript();
    expect(chat.send('5GHB-4875-3')).toBe('');
    expect(chat.effects).toContainEqual({ type: 'lookupFiling', reference: '5GHB-4875-3' });
    expect(chat.effects.some((e) => e.type === 'unplacedQuery')).toBe(false);
  });

  it('keeps a code whose check letter is "A" even though "a" is also a polite ending ("ạ")', () => {
    const chat = new ChatTranscript();
    expect(chat.send('tra cứu AJCA-PR84-A')).toBe('');
    expect(chat.send('Dạ tra cứu AJCA-PR84-A ạ')).toBe('');
    expect(chat.effects.filter((e) => e.type === 'lookupFiling')).toEqual([
      { type: 'lookupFiling', reference: 'AJCA-PR84-A' },
      { type: 'lookupFiling', reference: 'AJCA-PR84-A' },
    ]);
  });

  it('treats "tra cứu khai sinh" as a search for the procedure, not a mistyped code', () => {
    const reply = new ChatTranscript().send('tra cứu khai sinh');
    expect(reply).not.toContain('gõ nhầm');
    expect(reply).toContain('Đăng ký khai sinh');
  });
});

describe('while an official has the conversation', () => {
  it('stays silent, except that "xóa dữ liệu của tôi" still works', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký tạm trú');
    chat.send('gặp cán bộ');
    expect(chat.send('hủy')).toBe('');
    expect(chat.send('menu')).toBe('');
    expect(chat.send('xóa dữ liệu của tôi')).toContain('xác nhận xóa');
    expect(chat.send('không')).toContain('Đã giữ nguyên dữ liệu');
    expect(chat.send('alo')).toBe('');
    chat.send('xóa dữ liệu của tôi');
    expect(chat.send('xác nhận xóa')).toContain('Đã xóa dữ liệu cá nhân');
    expect(chat.effects).toContainEqual({ type: 'deleteMyData' });
    // The official is still there: the bot stays quiet until the handoff is resolved.
    expect(chat.send('cảm ơn')).toBe('');
  });
});

describe('leaving a flow half-way', () => {
  it('keeps it as a paused draft behind the menu, and "tiếp tục" picks it up at the same question', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký khai sinh');
    for (const text of ['1', 'không', 'không']) chat.send(text);
    const menu = chat.send('menu');
    expect(menu).toMatch(/^Bạn đang làm dở thủ tục "Đăng ký khai sinh"\. Gõ "tiếp tục" để làm tiếp\./);
    expect(chat.send('chào')).toContain('Bạn đang làm dở thủ tục "Đăng ký khai sinh"');
    const resumed = chat.send('tiếp tục');
    expect(resumed).toContain('Câu 3/5: Ai sẽ đi đăng ký khai sinh cho trẻ?');
    expect(chat.state?.session?.answers).toEqual({ registered_before: false, foreign_element: false });
  });

  it('judges a paused draft on the day it is resumed: past day 60 the late-registration question comes up', () => {
    const chat = new ChatTranscript(chatContext({ now: morningOf('2026-03-01') }));
    chat.send('đăng ký khai sinh');
    for (const text of ['1', 'không', 'không', 'cha', '01/01/2026']) chat.send(text);
    expect(chat.send('1')).toContain('Lệ phí: miễn phí');
    chat.send('menu');
    chat.at(morningOf('2026-03-05'));
    expect(chat.send('tiếp tục')).toContain('thuộc gia đình có công với cách mạng, hộ nghèo');
  });

  it('says so when there is nothing to continue', () => {
    expect(new ChatTranscript().send('tiếp tục')).toContain('không có thủ tục nào đang làm dở');
  });
});

describe('after a result', () => {
  it('says what to do next when consent is declined, and takes a following "ok" politely', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký khai sinh');
    for (const text of ['1', 'không', 'không', 'cha', '01/03/2026', '1', '1']) chat.send(text);
    const declined = chat.send('không đồng ý');
    expect(declined).toContain('mang các giấy tờ đã liệt kê ở trên đến nộp trực tiếp');
    expect(declined).toContain('Gõ "menu"');
    const ok = chat.send('ok');
    expect(ok).toContain('Cảm ơn bạn');
    expect(ok).not.toContain('🔒');
  });

  it('explains that a resident who is not eligible cannot file, rather than asking to finish the questions', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký khai sinh');
    for (const text of ['1', 'không', 'không']) chat.send(text);
    expect(chat.send('5')).toContain('❌ Bạn chưa đủ điều kiện');
    const reply = chat.send('có');
    expect(reply).toContain('bạn chưa đủ điều kiện nên chưa nộp được hồ sơ');
    expect(reply).not.toContain('trả lời hết các câu hỏi');
  });
});

describe('switching language mid-question', () => {
  it('shows the waiting question again in the new language', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký khai sinh');
    chat.send('1');
    chat.send('không');
    const reply = chat.send('english');
    expect(reply).toContain('Switched to English');
    expect(reply).toContain('Question 2/5: Is the father or mother a foreign national');
    expect(chat.send('no')).toContain('✔ Noted: No');
  });
});
