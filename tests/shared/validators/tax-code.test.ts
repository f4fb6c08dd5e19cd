import { describe, expect, it } from 'vitest';
import { validateTaxCode } from '../../../shared/validators/tax-code';
import type { ValidationResult } from '../../../shared/validators/validation-result';

function errorVi(result: ValidationResult<unknown>): string {
  if (result.ok) throw new Error(`expected a validation error, got ${JSON.stringify(result.value)}`);
  return result.error.vi;
}

// Worked by hand from N10 = 10 − (Σ Nᵢ·Wᵢ mod 11), W = 31,29,23,19,17,13,7,5,3:
// 010010910 → 0·31+1·29+0+0+1·17+0+9·7+1·5+0 = 114; 114 mod 11 = 4 → N10 = 6 → 0100109106.
// 030123456 → 0+3·29+0+1·19+2·17+3·13+4·7+5·5+6·3 = 250; 250 mod 11 = 8 → N10 = 2 → 0301234562.
// 100000008 → 31+8·3 = 55; 55 mod 11 = 0 → N10 would be 10 → no valid code starts 100000008.

describe('validateTaxCode', () => {
  it('accepts 10 digits whose last digit matches the formula', () => {
    expect(validateTaxCode('0100109106')).toEqual({ ok: true, value: '0100109106' });
    expect(validateTaxCode('0301 234 562')).toEqual({ ok: true, value: '0301234562' });
  });

  it('rejects a wrong check digit and says to check the digits', () => {
    const message = errorVi(validateTaxCode('0100109107'));
    expect(message).toContain('chữ số cuối không khớp');
    expect(message).toContain('ví dụ 0100109106');
    expect(validateTaxCode('0301234563').ok).toBe(false);
  });

  it('rejects every code whose formula gives 10', () => {
    for (let last = 0; last <= 9; last += 1) expect(validateTaxCode(`100000008${last}`).ok).toBe(false);
  });

  it('accepts the branch form and normalises 13 digits to it', () => {
    expect(validateTaxCode('0100109106-001')).toEqual({ ok: true, value: '0100109106-001' });
    expect(validateTaxCode('0100109106001')).toEqual({ ok: true, value: '0100109106-001' });
  });

  it('checks the parent code of a branch and refuses branch 000', () => {
    expect(errorVi(validateTaxCode('0100109107-001'))).toContain('chữ số cuối không khớp');
    expect(errorVi(validateTaxCode('0100109106-000'))).toContain('từ 001 đến 999');
  });

  it('lets individuals use their 12-digit personal ID number', () => {
    expect(validateTaxCode('001090012345')).toEqual({ ok: true, value: '001090012345' });
  });

  it('shows the expected forms for other lengths', () => {
    const message = errorVi(validateTaxCode('01001091'));
    expect(message).toContain('10 chữ số');
    expect(message).toContain('0100109106-001');
  });
});
