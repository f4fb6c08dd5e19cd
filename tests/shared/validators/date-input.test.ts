import { describe, expect, it } from 'vitest';
import { formatDate, parseDateInput } from '../../../shared/validators/date-input';
import type { ValidationResult } from '../../../shared/validators/validation-result';

function errorVi(result: ValidationResult<unknown>): string {
  if (result.ok) throw new Error(`expected a validation error, got ${JSON.stringify(result.value)}`);
  return result.error.vi;
}

describe('parseDateInput', () => {
  it.each([
    ['05/03/2026'],
    ['5/3/2026'],
    ['05-03-2026'],
    ['05.03.2026'],
    ['2026-03-05'],
    [' 05 / 03 / 2026 '],
    ['ngày 5 tháng 3 năm 2026'],
    ['ngay 5 thang 3 nam 2026'],
  ])('reads %s day first and stores ISO', (input) => {
    expect(parseDateInput(input)).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('accepts 29/02 in a leap year', () => {
    expect(parseDateInput('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDateInput('29/02/2000')).toEqual({ ok: true, value: '2000-02-29' });
  });

  it('rejects dates that are not on the calendar and says why', () => {
    expect(errorVi(parseDateInput('31/02/2024'))).toContain('chỉ có 29 ngày');
    expect(errorVi(parseDateInput('29/02/2023'))).toContain('chỉ có 28 ngày');
    expect(errorVi(parseDateInput('29/02/1900'))).toContain('chỉ có 28 ngày');
    expect(errorVi(parseDateInput('31/04/2025'))).toContain('chỉ có 30 ngày');
    expect(errorVi(parseDateInput('05/13/2025'))).toContain('Tháng phải từ 1 đến 12');
  });

  it('asks for a 4-digit year instead of guessing the century', () => {
    const message = errorVi(parseDateInput('05/03/90'));
    expect(message).toContain('4 chữ số');
    expect(message).toContain('05/03/1990');
  });

  it('rejects years before 1900', () => {
    expect(errorVi(parseDateInput('05/03/1899'))).toContain('từ 1900');
  });

  it('shows the expected form for text that is not a date', () => {
    expect(errorVi(parseDateInput('hôm qua'))).toContain('ví dụ 05/03/2026');
    expect(errorVi(parseDateInput(''))).toContain('chưa nhập');
  });

  it('refuses a future date when notFuture is set, but allows today', () => {
    const options = { today: '2026-03-05', notFuture: true };
    expect(parseDateInput('05/03/2026', options)).toEqual({ ok: true, value: '2026-03-05' });
    const message = errorVi(parseDateInput('06/03/2026', options));
    expect(message).toContain('sau hôm nay (05/03/2026)');
  });

  it('refuses a past date when notPast is set, but allows today', () => {
    const options = { today: '2026-03-05', notPast: true };
    expect(parseDateInput('05/03/2026', options).ok).toBe(true);
    expect(errorVi(parseDateInput('04/03/2026', options))).toContain('đã qua');
  });

  it('throws a coded error when a range check is asked for without today', () => {
    expect(() => parseDateInput('05/03/2026', { notFuture: true })).toThrow(
      expect.objectContaining({ code: 'DATE_INPUT_TODAY_REQUIRED' }),
    );
  });
});

describe('formatDate', () => {
  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-03-05')).toBe('05/03/2026');
  });
});
