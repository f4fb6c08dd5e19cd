import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { invalid, valid } from './validation-result';
import type { ValidationResult } from './validation-result';

/**
 * Vietnamese phone numbers, stored as E.164 ("+84912345678").
 * The `max` metadata knows which prefixes are really allocated, so "050…" is refused
 * where a hand-written regex would let it through.
 */
export function validatePhone(input: string): ValidationResult<string> {
  const compact = input.replace(/[\s.\-()]/g, '');
  if (compact === '') {
    return invalid(
      'Bạn chưa nhập số điện thoại. Hãy nhập số di động 10 chữ số, ví dụ 0912 345 678.',
      'Please enter a phone number: a 10-digit mobile number, e.g. 0912 345 678.',
    );
  }
  if (!/^\+?\d+$/.test(compact)) {
    return invalid(
      'Số điện thoại chỉ gồm chữ số. Hãy nhập lại, ví dụ 0912 345 678.',
      'A phone number has digits only. Please enter it again, e.g. 0912 345 678.',
    );
  }
  // "84912345678" is the country code without "+"; a national number never starts with 84 and has 11+ digits.
  const withPlus = /^84\d{9,10}$/.test(compact) ? `+${compact}` : compact;
  if (/^01\d{9}$/.test(withPlus)) {
    return invalid(
      'Số di động 11 chữ số (đầu 01…) đã được đổi sang 10 chữ số từ năm 2018. Hãy nhập số mới, ví dụ 0912 345 678.',
      'Eleven-digit mobile numbers (starting 01…) were changed to 10 digits in 2018. Please enter the new number, e.g. 0912 345 678.',
    );
  }
  const phone = parsePhoneNumberFromString(withPlus, 'VN');
  if (phone && phone.country !== 'VN' && phone.isValid()) {
    return invalid(
      'Hãy nhập số điện thoại Việt Nam, ví dụ 0912 345 678.',
      'Please enter a Vietnamese phone number, e.g. 0912 345 678.',
    );
  }
  if (!phone || phone.country !== 'VN' || !phone.isValid()) {
    return invalid(
      'Số điện thoại chưa đúng. Hãy nhập số di động 10 chữ số bắt đầu bằng 0, ví dụ 0912 345 678, hoặc số cố định kèm mã vùng, ví dụ 024 3825 7942.',
      'This phone number is not valid. Please enter a 10-digit mobile number starting with 0, e.g. 0912 345 678, or a landline with its area code, e.g. 024 3825 7942.',
    );
  }
  return valid(phone.number);
}

/** National display form: "+84912345678" → "0912 345 678", "+842438257942" → "024 3825 7942". */
export function formatPhoneForDisplay(e164: string): string {
  return parsePhoneNumberFromString(e164, 'VN')?.formatNational() ?? e164;
}
