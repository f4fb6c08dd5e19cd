import { describe, expect, it } from 'vitest';
import { maskCitizenId, validateCitizenId } from '../../../shared/validators/citizen-id';
import type { ValidationResult } from '../../../shared/validators/validation-result';

function errorVi(result: ValidationResult<unknown>): string {
  if (result.ok) throw new Error(`expected a validation error, got ${JSON.stringify(result.value)}`);
  return result.error.vi;
}

describe('validateCitizenId', () => {
  it('accepts 12 digits and strips spaces, dots and dashes', () => {
    expect(validateCitizenId('001 090 012 345')).toEqual({ ok: true, value: '001090012345' });
    expect(validateCitizenId('079.203.004.567')).toEqual({ ok: true, value: '079203004567' });
    expect(validateCitizenId('001-090-012345')).toEqual({ ok: true, value: '001090012345' });
  });

  it('does not reject old or unknown province prefixes', () => {
    expect(validateCitizenId('099090012345').ok).toBe(true);
    expect(validateCitizenId('028190012345').ok).toBe(true);
  });

  it('explains that 9-digit CMND numbers are no longer valid', () => {
    const message = errorVi(validateCitizenId('123 456 789'));
    expect(message).toContain('31/12/2024');
    expect(message).toContain('12 chữ số');
  });

  it('tells how many digits were typed when the length is wrong', () => {
    const message = errorVi(validateCitizenId('00109001234'));
    expect(message).toContain('đúng 12 chữ số');
    expect(message).toContain('11 chữ số');
  });

  it('refuses letters and empty input with a hint', () => {
    expect(errorVi(validateCitizenId('00109001234A'))).toContain('chỉ gồm chữ số');
    expect(errorVi(validateCitizenId('  '))).toContain('chưa nhập');
  });

  it('agrees with a matching birth date and sex in every century', () => {
    expect(validateCitizenId('001090012345', { birthDate: '1990-05-01', sex: 'male' }).ok).toBe(true);
    expect(validateCitizenId('001190012345', { birthDate: '1990-05-01', sex: 'female' }).ok).toBe(true);
    expect(validateCitizenId('079203004567', { birthDate: '2003-01-31', sex: 'male' }).ok).toBe(true);
    expect(validateCitizenId('079325004567', { birthDate: '2025-07-01', sex: 'female' }).ok).toBe(true);
    expect(validateCitizenId('079899004567', { birthDate: '1899-12-31', sex: 'male' }).ok).toBe(true);
    expect(validateCitizenId('079999004567', { birthDate: '1899-12-31', sex: 'female' }).ok).toBe(true);
  });

  it('explains a birth-year mismatch', () => {
    const message = errorVi(validateCitizenId('001090012345', { birthDate: '1991-05-01' }));
    expect(message).toContain('năm sinh 1990');
    expect(message).toContain('1991');
    expect(message).toContain('kiểm tra lại');
  });

  it('reads the century from the 4th digit (2 = 2000s, not 1900s)', () => {
    const message = errorVi(validateCitizenId('079203004567', { birthDate: '1903-01-01' }));
    expect(message).toContain('năm sinh 2003');
  });

  it('explains a sex mismatch', () => {
    const message = errorVi(validateCitizenId('001090012345', { sex: 'female' }));
    expect(message).toContain('người nam');
    expect(message).toContain('giới tính bạn khai là nữ');
  });
});

describe('maskCitizenId', () => {
  it('keeps the first four and last two digits', () => {
    expect(maskCitizenId('001090012345')).toBe('0010******45');
  });

  it('masks short values completely', () => {
    expect(maskCitizenId('12345')).toBe('*****');
  });
});
