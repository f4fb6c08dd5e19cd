/**
 * Residents answer in words, not numbers: "đúng", "không có", "bà ngoại", "không biết",
 * "không có giấy chứng sinh". Each reply is read the way the resident meant it, or asked again,
 * and the bot says how it understood every interpreted answer ("✔ Đã ghi: …").
 */
import { describe, expect, it } from 'vitest';
import { ChatTranscript } from '../support/chat-transcript';

function birthChat(): ChatTranscript {
  const chat = new ChatTranscript();
  chat.send('đăng ký khai sinh');
  chat.send('1');
  return chat;
}

describe('answers typed in words', () => {
  it('takes "Đúng" and "không có" as answers to a yes/no question, never as "stop" or "skip"', () => {
    const chat = birthChat();
    const first = chat.send('Dạ không có ạ');
    expect(first).toMatch(/^✔ Đã ghi: Không\nCâu 2\/5/);
    expect(chat.state?.session?.answers.registered_before).toBe(false);

    const second = chat.send('Đúng');
    expect(second).toContain('✔ Đã ghi: Có');
    expect(second).not.toContain('Đã dừng');
    expect(chat.state?.session?.answers.foreign_element).toBe(true);
    expect(chat.effects.some((e) => e.type === 'discardDraft')).toBe(false);
  });

  it('still hands over to an official when the request comes inside an answer-like reply', () => {
    const chat = birthChat();
    expect(chat.send('không, cho tôi gặp cán bộ')).toContain('Tôi đã chuyển cuộc trò chuyện cho cán bộ');
    expect(chat.state?.session?.answers).toEqual({});
  });

  it('asks again, offering an official, when the resident does not know', () => {
    const chat = birthChat();
    const reply = chat.send('Không biết');
    expect(reply).toContain('⚠️ Không sao.');
    expect(reply).toContain('gặp cán bộ');
    expect(reply).toContain('Câu 1/5');
    expect(chat.state?.session?.answers).toEqual({});
  });

  it('echoes how a choice in words was understood, so a misreading shows at once', () => {
    const chat = birthChat();
    chat.send('không');
    chat.send('không');
    expect(chat.send('bà ngoại')).toMatch(/^✔ Đã ghi: Ông, bà hoặc người thân thích khác\nCâu 4\/5/);
    expect(chat.send('1/3/2026')).toMatch(/^✔ Đã ghi: 01\/03\/2026\n/);
    const proof = chat.send('có giấy chứng sinh');
    expect(proof).toMatch(/^✔ Đã ghi: Giấy chứng sinh của bệnh viện\/trạm y tế\n✅ Bạn đủ điều kiện/);
  });

  it('never reads "không có giấy chứng sinh" as having one, and asks which of the close options was meant', () => {
    const chat = birthChat();
    for (const text of ['không', 'không', 'mẹ', '01/03/2026']) chat.send(text);
    const reply = chat.send('không có giấy chứng sinh');
    expect(reply).toContain('⚠️ Câu trả lời có thể hiểu là mục 2 hoặc 3');
    expect(chat.state?.session?.answers.birth_proof).toBeUndefined();
    expect(chat.send('không có giấy chứng sinh, nhưng có người làm chứng')).toContain('✔ Đã ghi: Không có giấy chứng sinh, có người làm chứng');
  });

  it('keeps whole command phrases as commands at a choice question: "quay lại", "bỏ qua"', () => {
    const chat = birthChat();
    chat.send('không');
    chat.send('không');
    expect(chat.send('bỏ qua')).toContain('Câu này bắt buộc, không bỏ qua được');
    expect(chat.send('quay lại')).toContain('Câu 2/5');
    expect(chat.state?.session?.answers.registrant_relationship).toBeUndefined();
  });

  it('asks again when "ba" could be the father or a grandmother', () => {
    const chat = birthChat();
    chat.send('không');
    chat.send('không');
    expect(chat.send('ba')).toContain('⚠️ Câu trả lời có thể hiểu là mục 1 hoặc 2');
    expect(chat.send('tôi là ba của bé')).toContain('✔ Đã ghi: Cha hoặc mẹ');
  });

  it('takes "không có" as "none of these problems" at a multiple-choice question', () => {
    const chat = new ChatTranscript();
    chat.send('chứng thực bản sao');
    chat.send('1');
    chat.send('không');
    expect(chat.send('không có')).toMatch(/^✔ Đã ghi: Không có vấn đề nào\nCâu 3\/4/);
  });

  it('skips an optional free-text question when the resident has nothing to give', () => {
    const chat = new ChatTranscript();
    chat.send('đăng ký khai tử');
    for (const text of ['1', 'không', 'không', '1', '01/03/2026', '1']) chat.send(text);
    expect(chat.state?.session).toMatchObject({ stage: 'result', outcome: { result: 'eligible' } });
    chat.send('1');
    chat.send('đồng ý');
    chat.send('Nguyễn Văn An');
    expect(chat.state?.session?.current).toBe('deceased_citizen_id');
    expect(chat.send('không nhớ')).not.toContain('⚠️');
    expect(chat.state?.session?.answers.deceased_citizen_id).toBeNull();
  });
});
