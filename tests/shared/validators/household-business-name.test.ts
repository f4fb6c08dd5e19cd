import { describe, expect, it } from 'vitest';
import { validateHouseholdBusinessName } from '../../../shared/validators/household-business-name';
import type { ValidationResult } from '../../../shared/validators/validation-result';

function errorVi(result: ValidationResult<unknown>): string {
  if (result.ok) throw new Error(`expected a validation error, got ${JSON.stringify(result.value)}`);
  return result.error.vi;
}

describe('validateHouseholdBusinessName', () => {
  it('accepts "Hộ kinh doanh" followed by a proper name', () => {
    expect(validateHouseholdBusinessName('Hộ kinh doanh Phở Thìn')).toEqual({ ok: true, value: 'Hộ kinh doanh Phở Thìn' });
  });

  it('accepts the prefix typed without accents and writes it properly', () => {
    expect(validateHouseholdBusinessName('ho kinh doanh Phở Thìn')).toEqual({ ok: true, value: 'Hộ kinh doanh Phở Thìn' });
    expect(validateHouseholdBusinessName('HKD Phở Thìn')).toEqual({ ok: true, value: 'Hộ kinh doanh Phở Thìn' });
  });

  it('accepts text pasted in decomposed (NFD) form and stores NFC', () => {
    const result = validateHouseholdBusinessName('Hộ kinh doanh Phở Thìn'.normalize('NFD'));
    expect(result).toEqual({ ok: true, value: 'Hộ kinh doanh Phở Thìn' });
  });

  it('allows F, J, Z, W, digits and simple symbols', () => {
    expect(validateHouseholdBusinessName('Hộ kinh doanh Zen & Jazz Café 24-7')).toEqual({
      ok: true,
      value: 'Hộ kinh doanh Zen & Jazz Café 24-7',
    });
  });

  it.each([
    ['Hộ kinh doanh Công ty ABC', 'công ty'],
    ['Ho kinh doanh cong ty ABC', 'công ty'],
    ['Hộ kinh doanh Tổng công ty Xây dựng', 'tổng công ty'],
    ['Hộ kinh doanh Tập đoàn Minh Phát', 'tập đoàn'],
    ['Hộ kinh doanh Doanh nghiệp Tư nhân An', 'doanh nghiệp'],
    ['Hộ kinh doanh CongTy ABC', 'công ty'],
  ])('rejects %s because it contains "%s"', (input, word) => {
    const message = errorVi(validateHouseholdBusinessName(input));
    expect(message).toContain(`không được có từ “${word}”`);
    expect(message).toContain('Hãy bỏ từ này');
  });

  it('asks for the prefix when it is missing', () => {
    expect(errorVi(validateHouseholdBusinessName('Phở Thìn'))).toContain('phải bắt đầu bằng “Hộ kinh doanh”');
  });

  it('asks for a name after the prefix', () => {
    expect(errorVi(validateHouseholdBusinessName('Hộ kinh doanh'))).toContain('Hãy ghi tên riêng');
  });

  it('names a character that may not be used', () => {
    expect(errorVi(validateHouseholdBusinessName('Hộ kinh doanh Phở @ Thìn'))).toContain('“@”');
    expect(errorVi(validateHouseholdBusinessName('Hộ kinh doanh 福 Thìn'))).toContain('“福”');
  });
});
