import { describe, expect, it } from 'vitest';
import { validateEmail } from '../../../shared/validators/email';
import type { ValidationResult } from '../../../shared/validators/validation-result';

function errorVi(result: ValidationResult<unknown>): string {
  if (result.ok) throw new Error(`expected a validation error, got ${JSON.stringify(result.value)}`);
  return result.error.vi;
}

describe('validateEmail', () => {
  it('accepts a plain address and stores it in lower case', () => {
    expect(validateEmail('  NguyenVanAn@Gmail.com ')).toEqual({ ok: true, value: 'nguyenvanan@gmail.com' });
    expect(validateEmail('an.nguyen+dvc@ubnd.hanoi.gov.vn')).toEqual({ ok: true, value: 'an.nguyen+dvc@ubnd.hanoi.gov.vn' });
  });

  it.each([['nguyenvanan'], ['nguyenvanan@gmail'], ['nguyễn@gmail.com'], ['an @gmail.com'], ['an..b@gmail.com'], ['a@b@gmail.com']])(
    'rejects %s with the expected form',
    (input) => {
      expect(errorVi(validateEmail(input))).toContain('ví dụ nguyenvanan@gmail.com');
    },
  );

  it('says when nothing was typed', () => {
    expect(errorVi(validateEmail(''))).toContain('chưa nhập');
  });
});
