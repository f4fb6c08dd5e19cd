import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkReferenceCode, generateReferenceCode } from '../../../shared/filing/reference-code';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const seeded = (seq: number[]) => {
  let i = 0;
  return (n: number) => (seq[i++ % seq.length] ?? 0) % n;
};

describe('reference codes', () => {
  it('are short, grouped, and never use look-alike symbols', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (seq) => {
        const code = generateReferenceCode(seeded(seq));
        expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]$/);
        expect(checkReferenceCode(code)).toEqual({ status: 'valid', code });
      }),
    );
  });

  it('accept what residents type: lower case, spaces, no dashes', () => {
    expect(checkReferenceCode(' 5ghb 4875 3 ')).toEqual({ status: 'valid', code: '5GHB-4875-3' });
    expect(checkReferenceCode('5GHB48753')).toEqual({ status: 'valid', code: '5GHB-4875-3' });
  });

  it('recognise every single mistyped symbol as mistyped', () => {
    const code = '5GHB48753';
    for (let position = 0; position < code.length; position += 1) {
      for (const symbol of ALPHABET) {
        if (symbol === code[position]) continue;
        const typo = code.slice(0, position) + symbol + code.slice(position + 1);
        expect(checkReferenceCode(typo).status).toBe('mistyped');
      }
    }
  });

  it('recognise swapped neighbours and look-alikes (O for 0, I for 1) as mistyped', () => {
    expect(checkReferenceCode('5GHB-4857-3').status).toBe('mistyped');
    expect(checkReferenceCode('5GHB-487O-3').status).toBe('mistyped');
    expect(checkReferenceCode('hello').status).toBe('notACode');
  });
});
