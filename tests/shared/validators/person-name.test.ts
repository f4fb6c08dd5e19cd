import { describe, expect, it } from 'vitest';
import { validatePersonName } from '../../../shared/validators/person-name';
import type { ValidationResult } from '../../../shared/validators/validation-result';

function errorVi(result: ValidationResult<unknown>): string {
  if (result.ok) throw new Error(`expected a validation error, got ${JSON.stringify(result.value)}`);
  return result.error.vi;
}

describe('validatePersonName', () => {
  it('writes each word in Title Case', () => {
    expect(validatePersonName('nguyễn văn an')).toEqual({ ok: true, value: 'Nguyễn Văn An' });
    expect(validatePersonName('ĐẶNG THỊ   HỒNG   ')).toEqual({ ok: true, value: 'Đặng Thị Hồng' });
  });

  it('turns decomposed (NFD) input into NFC', () => {
    const result = validatePersonName('Nguyễn Thị Ánh'.normalize('NFD'));
    expect(result).toEqual({ ok: true, value: 'Nguyễn Thị Ánh'.normalize('NFC') });
  });

  it('accepts names typed without accents', () => {
    expect(validatePersonName('nguyen van an')).toEqual({ ok: true, value: 'Nguyen Van An' });
  });

  it("keeps an apostrophe inside Ê Đê names such as H'Hen Niê", () => {
    expect(validatePersonName("h'hen niê")).toEqual({ ok: true, value: "H'Hen Niê" });
  });

  it('asks for the full name when only one word is given', () => {
    expect(errorVi(validatePersonName('An'))).toContain('cả họ và tên');
  });

  it('refuses digits and symbols', () => {
    expect(errorVi(validatePersonName('Nguyễn Văn An 2'))).toContain('không có chữ số hay ký hiệu');
    expect(errorVi(validatePersonName('Nguyễn_Văn An'))).toContain('không có chữ số hay ký hiệu');
  });

  it('refuses names that are too short or too long', () => {
    expect(errorVi(validatePersonName('A'))).toContain('đầy đủ họ và tên');
    expect(errorVi(validatePersonName(`Nguyễn ${'a'.repeat(100)}`))).toContain('tối đa 100 ký tự');
  });
});
