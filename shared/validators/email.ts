import { invalid, valid } from './validation-result';
import type { ValidationResult } from './validation-result';

/**
 * A sane email check, not full RFC 5322: one "@", a plain local part, a domain with a dot and a
 * letter-only top-level label. Stored in lower case so the same address always compares equal.
 */
const EMAIL = /^[a-z0-9._%+-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

export function validateEmail(input: string): ValidationResult<string> {
  const email = input.trim().toLowerCase();
  const ok = EMAIL.test(email) && email.length <= 254 && !email.includes('..') && !/^\.|\.@/.test(email);
  if (!ok) {
    const what = email === '' ? 'Bạn chưa nhập email.' : 'Email chưa đúng.';
    const whatEn = email === '' ? 'Please enter an email address.' : 'This email address is not valid.';
    return invalid(
      `${what} Hãy nhập theo dạng tên@tên-miền, không dấu và không có dấu cách, ví dụ nguyenvanan@gmail.com.`,
      `${whatEn} Please use the form name@domain, without accents or spaces, e.g. nguyenvanan@gmail.com.`,
    );
  }
  return valid(email);
}
