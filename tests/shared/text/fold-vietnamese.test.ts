/** Matching keys for Vietnamese as phones and keyboards really send it. */
import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldForMatch, normalizeText } from '../../../shared/text/fold-vietnamese';

describe('normalizeText', () => {
  it('composes decomposed (NFD) input, as some phones paste it, into NFC', () => {
    const nfd = 'Đăng ký khai sinh'.normalize('NFD');
    expect(nfd).not.toBe('Đăng ký khai sinh');
    expect(normalizeText(nfd)).toBe('Đăng ký khai sinh');
  });

  it('removes zero-width characters and collapses white space', () => {
    expect(normalizeText('  khai\u200b sinh\u00a0\u00a0cho\tcon\ufeff ')).toBe('khai sinh cho con');
    expect(normalizeText('Hủy\u200d')).toBe('Hủy');
  });

  it('leaves plain ASCII alone', () => {
    expect(normalizeText('dang ky tam tru')).toBe('dang ky tam tru');
  });
});

describe('foldDiacritics', () => {
  it('maps đ and Đ to d and D, which NFD alone does not', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldDiacritics('Đăng ký đất đai')).toBe('Dang ky dat dai');
  });

  it('strips tone marks stacked on y: ỷ ỹ ỵ ý ỳ', () => {
    expect(foldDiacritics('ỷ ỹ ỵ ý ỳ Ỷ Ỹ Ỵ')).toBe('y y y y y Y Y Y');
    expect(foldDiacritics('Thủy, Mỹ, Kỳ, Ỵ')).toBe('Thuy, My, Ky, Y');
  });

  it('folds both tone placements, hoà (old style) and hòa (new style), to the same key', () => {
    expect(foldDiacritics('hoà')).toBe('hoa');
    expect(foldDiacritics('hòa')).toBe('hoa');
    expect(foldForMatch('Thanh Hoá')).toBe(foldForMatch('Thanh Hóa'));
    expect(foldForMatch('thuỷ')).toBe(foldForMatch('thủy'));
  });

  it('works the same on NFD input', () => {
    expect(foldDiacritics('Nguyễn Thị Hoà'.normalize('NFD'))).toBe('Nguyen Thi Hoa');
  });

  it('drops zero-width characters so "Hủy" with a joiner still matches', () => {
    expect(foldDiacritics('Hủ\u200by')).toBe('Huy');
  });
});

describe('foldForMatch', () => {
  it('lower-cases, turns punctuation into spaces and trims', () => {
    expect(foldForMatch('  Xác-nhận, XÓA!! ')).toBe('xac nhan xoa');
    expect(foldForMatch('5GHB-4875-3')).toBe('5ghb 4875 3');
  });

  it('gives an empty key for punctuation only', () => {
    expect(foldForMatch('?!…')).toBe('');
  });
});
