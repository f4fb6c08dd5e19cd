import { invalid, valid } from './validation-result';
import type { ValidationResult } from './validation-result';

/**
 * Personal ID number (số định danh cá nhân, printed on the CCCD card): 12 digits =
 * 3-digit province-of-birth-registration code + century/sex digit + 2-digit birth year + 6 digits.
 * There is no checksum, so we can only check the shape and agreement with what we already know.
 * Province prefixes are not checked: old and foreign-registration codes are still valid.
 */

/** Century and sex encoded by the 4th digit: 0/1 → 1900s, 2/3 → 2000s, …, 8/9 → 1800s; even = male. */
const CENTURY_BY_PAIR = [1900, 2000, 2100, 2200, 1800] as const;

const SEX_VI = { male: 'nam', female: 'nữ' } as const;

export function validateCitizenId(
  input: string,
  cross?: { birthDate?: string; sex?: 'male' | 'female' },
): ValidationResult<string> {
  const id = input.replace(/[\s.-]/g, '');
  if (id === '') {
    return invalid(
      'Bạn chưa nhập số định danh cá nhân. Hãy nhập 12 chữ số in trên thẻ căn cước, ví dụ 001090012345.',
      'Please enter your 12-digit personal ID number, as printed on your ID card, e.g. 001090012345.',
    );
  }
  if (!/^\d+$/.test(id)) {
    return invalid(
      'Số định danh cá nhân chỉ gồm chữ số. Hãy nhập 12 chữ số in trên thẻ căn cước, ví dụ 001090012345.',
      'The personal ID number has digits only. Please enter the 12 digits on your ID card, e.g. 001090012345.',
    );
  }
  if (id.length === 9) {
    return invalid(
      'Số chứng minh nhân dân 9 số đã hết giá trị từ ngày 31/12/2024. Hãy nhập số định danh cá nhân 12 chữ số in trên thẻ căn cước, ví dụ 001090012345.',
      'Old 9-digit ID card (CMND) numbers stopped being valid on 31/12/2024. Please give your 12-digit personal ID number from your citizen ID card, e.g. 001090012345.',
    );
  }
  if (id.length !== 12) {
    return invalid(
      `Số định danh cá nhân phải có đúng 12 chữ số, bạn đã nhập ${id.length} chữ số. Hãy kiểm tra lại trên thẻ căn cước, ví dụ 001090012345.`,
      `The personal ID number must have exactly 12 digits; you entered ${id.length}. Please check your ID card, e.g. 001090012345.`,
    );
  }
  const mismatch = crossCheck(id, cross);
  return mismatch ?? valid(id);
}

/** Year of birth and sex read from a 12-digit ID number. */
function decode(id: string): { birthYear: number; sex: 'male' | 'female'; code: number } {
  const code = Number(id[3]);
  const century = CENTURY_BY_PAIR[Math.floor(code / 2)] ?? 1900;
  return { birthYear: century + Number(id.slice(4, 6)), sex: code % 2 === 0 ? 'male' : 'female', code };
}

function crossCheck(
  id: string,
  cross: { birthDate?: string; sex?: 'male' | 'female' } | undefined,
): ValidationResult<string> | undefined {
  if (!cross) return undefined;
  const decoded = decode(id);
  const givenYear = cross.birthDate ? Number(/^(\d{4})-/.exec(cross.birthDate)?.[1]) : NaN;
  if (Number.isInteger(givenYear) && givenYear !== decoded.birthYear) {
    return invalid(
      `Số định danh này cho thấy năm sinh ${decoded.birthYear} (chữ số thứ 4 đến thứ 6), nhưng ngày sinh bạn khai là năm ${givenYear}. Hãy kiểm tra lại số định danh hoặc ngày sinh.`,
      `This ID number shows birth year ${decoded.birthYear} (digits 4 to 6), but the date of birth you gave is in ${givenYear}. Please check the ID number or the date of birth.`,
    );
  }
  if (cross.sex && cross.sex !== decoded.sex) {
    return invalid(
      `Số định danh này là của người ${SEX_VI[decoded.sex]} (chữ số thứ 4 là ${decoded.code}), nhưng giới tính bạn khai là ${SEX_VI[cross.sex]}. Hãy kiểm tra lại số định danh hoặc giới tính.`,
      `This ID number belongs to a ${decoded.sex} person (4th digit is ${decoded.code}), but the sex you gave is ${cross.sex}. Please check the ID number or the sex.`,
    );
  }
  return undefined;
}

/** Display form that hides the middle digits, e.g. "001090012345" → "0010******45". */
export function maskCitizenId(id: string): string {
  const digits = id.replace(/[\s.-]/g, '');
  if (digits.length <= 6) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 6)}${digits.slice(-2)}`;
}
