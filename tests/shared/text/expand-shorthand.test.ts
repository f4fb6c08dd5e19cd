import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../shared/text/expand-shorthand';
import { foldForMatch } from '../../../shared/text/fold-vietnamese';

const expand = (text: string): string => expandShorthand(foldForMatch(text));

describe('expandShorthand', () => {
  it('expands chat shorthand residents type', () => {
    expect(expand('đk ks cho con')).toBe('dang ky khai sinh cho con');
    expect(expand('ko dc')).toBe('khong duoc');
    expect(expand('lam cccd')).toBe('lam can cuoc cong dan');
  });

  it('reads "kh" as "kết hôn" after a verb and as "không" before a verb', () => {
    expect(expand('dk kh')).toBe('dang ky ket hon');
    expect(expand('kh biet')).toBe('khong biet');
  });

  it('leaves shorthand with no dominant meaning alone', () => {
    expect(expand('tt')).toBe('tt');
    expect(expand('so hong')).toBe('so hong');
  });
});
