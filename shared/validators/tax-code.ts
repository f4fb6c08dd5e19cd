import { validateCitizenId } from './citizen-id';
import { invalid, valid } from './validation-result';
import type { ValidationResult } from './validation-result';

/**
 * Tax code (mã số thuế): 10 digits whose last is a check digit, a branch form
 * "NNNNNNNNNN-NNN" for dependent units, or — for individuals — the 12-digit personal ID number.
 */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

const EXAMPLE = 'ví dụ 0100109106 hoặc 0100109106-001';
const EXAMPLE_EN = 'e.g. 0100109106 or 0100109106-001';

export function validateTaxCode(input: string): ValidationResult<string> {
  const compact = input.replace(/[\s.]/g, '');
  // Branch codes are also written as 13 digits without the dash.
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(compact);
  if (/^\d{12}$/.test(compact)) return validateCitizenId(compact);
  if (!match) {
    return invalid(
      `Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số cho đơn vị phụ thuộc (${EXAMPLE}). Cá nhân có thể dùng số định danh 12 chữ số.`,
      `A tax code has 10 digits, or 10 digits, a dash and 3 digits for a branch (${EXAMPLE_EN}). Individuals may use their 12-digit personal ID number.`,
    );
  }
  const main = match[1] ?? '';
  const branch = match[2];
  if (!hasValidCheckDigit(main)) {
    return invalid(
      `Mã số thuế ${main} không đúng: chữ số cuối không khớp với 9 chữ số đầu. Hãy kiểm tra lại từng chữ số theo giấy chứng nhận đăng ký thuế (${EXAMPLE}).`,
      `Tax code ${main} is not valid: its last digit does not match the first nine. Please check each digit against your tax registration certificate (${EXAMPLE_EN}).`,
    );
  }
  if (branch === '000') {
    return invalid(
      `Mã đơn vị phụ thuộc phải từ 001 đến 999. Hãy kiểm tra lại 3 chữ số sau dấu gạch ngang (${EXAMPLE}).`,
      `A branch number runs from 001 to 999. Please check the 3 digits after the dash (${EXAMPLE_EN}).`,
    );
  }
  return valid(branch ? `${main}-${branch}` : main);
}

/** N10 = 10 − (Σ Nᵢ·Wᵢ mod 11); a remainder of 0 would need "10", so no valid code has it. */
function hasValidCheckDigit(code: string): boolean {
  const sum = WEIGHTS.reduce((total, weight, i) => total + Number(code[i]) * weight, 0);
  const check = 10 - (sum % 11);
  return check !== 10 && check === Number(code[9]);
}
