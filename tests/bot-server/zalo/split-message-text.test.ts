import { describe, expect, it } from 'vitest';
import { splitMessageText, ZALO_TEXT_LIMIT } from '../../../bot-server/zalo/split-message-text';

describe('splitMessageText', () => {
  it('leaves a text within the limit whole (trimmed)', () => {
    expect(splitMessageText('  Xin chào  ')).toEqual(['Xin chào']);
    expect(splitMessageText('a'.repeat(ZALO_TEXT_LIMIT))).toHaveLength(1);
  });

  it('gives no parts for blank text', () => {
    expect(splitMessageText(' \n\t ')).toEqual([]);
  });

  it('prefers a paragraph break, then a line break, over a later sentence end', () => {
    const text = `${'Một hai ba. '.repeat(6)}\n\n${'Bốn năm sáu. '.repeat(5)}`;
    expect(splitMessageText(text, 100)).toEqual([text.slice(0, text.indexOf('\n')).trim(), expect.any(String)]);
    const lines = `${'x'.repeat(60)}\n${'y'.repeat(30)}. ${'z'.repeat(30)}`;
    expect(splitMessageText(lines, 100)[0]).toBe('x'.repeat(60));
  });

  it('cuts after a sentence end, keeping the punctuation, when there is no line break', () => {
    const text = 'Mang theo căn cước. Nộp lệ phí tại xã! Nhận kết quả sau 3 ngày? Được rồi.';
    const parts = splitMessageText(text, 45);
    expect(parts[0]).toBe('Mang theo căn cước. Nộp lệ phí tại xã!');
    expect(parts.every((p) => p.length <= 45)).toBe(true);
  });

  it('falls back to a word boundary, never mid-word', () => {
    const words = Array.from({ length: 50 }, (_, i) => `từ${i}`);
    const parts = splitMessageText(words.join(' '), 40);
    expect(parts.join(' ')).toBe(words.join(' '));
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(40);
      for (const word of part.split(' ')) expect(words).toContain(word);
    }
  });

  it('cuts a single over-long word hard, but never inside a surrogate pair', () => {
    const url = `https://dichvucong.gov.vn/${'a'.repeat(2500)}`;
    const parts = splitMessageText(url);
    expect(parts.map((p) => p.length)).toEqual([2000, url.length - 2000]);
    const emoji = '😀'.repeat(3); // 6 UTF-16 units
    expect(splitMessageText(emoji, 3)).toEqual(['😀', '😀', '😀']);
  });

  it('keeps every part within the limit on long realistic text, in order', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Bước ${i}: điền tờ khai, ký tên và nộp hồ sơ.${i % 7 === 0 ? '\n' : ' '}`).join('');
    const parts = splitMessageText(text);
    expect(parts.every((p) => p.length > 0 && p.length <= ZALO_TEXT_LIMIT)).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.trim().replace(/\s+/g, ' '));
  });
});
