import { describe, expect, it } from 'vitest';
import { formatPhoneForDisplay, validatePhone } from '../../../shared/validators/phone';
import type { ValidationResult } from '../../../shared/validators/validation-result';

function errorVi(result: ValidationResult<unknown>): string {
  if (result.ok) throw new Error(`expected a validation error, got ${JSON.stringify(result.value)}`);
  return result.error.vi;
}

describe('validatePhone', () => {
  it.each([
    ['0912345678'],
    ['0912 345 678'],
    ['0912.345.678'],
    ['+84912345678'],
    ['+84 912 345 678'],
    ['84912345678'],
  ])('stores the mobile number %s as E.164', (input) => {
    expect(validatePhone(input)).toEqual({ ok: true, value: '+84912345678' });
  });

  it('accepts landlines with their area code', () => {
    expect(validatePhone('024 3825 7942')).toEqual({ ok: true, value: '+842438257942' });
    expect(validatePhone('028.3812.3456')).toEqual({ ok: true, value: '+842838123456' });
  });

  it('rejects a prefix that is not allocated to any network', () => {
    expect(errorVi(validatePhone('050 123 4567'))).toContain('ví dụ 0912 345 678');
  });

  it('rejects a number with too few digits', () => {
    expect(errorVi(validatePhone('091234567'))).toContain('10 chữ số');
  });

  it('explains that old 11-digit 01… mobile numbers changed in 2018', () => {
    expect(errorVi(validatePhone('0123 456 7890'))).toContain('2018');
  });

  it('asks for a Vietnamese number when given a foreign one', () => {
    expect(errorVi(validatePhone('+1 415 555 2671'))).toContain('Việt Nam');
  });

  it('refuses letters and empty input', () => {
    expect(errorVi(validatePhone('09123abc78'))).toContain('chỉ gồm chữ số');
    expect(errorVi(validatePhone(''))).toContain('chưa nhập');
  });
});

describe('formatPhoneForDisplay', () => {
  it('shows mobiles and landlines the way Vietnamese write them', () => {
    expect(formatPhoneForDisplay('+84912345678')).toBe('0912 345 678');
    expect(formatPhoneForDisplay('+842438257942')).toBe('024 3825 7942');
  });
});
