import { foldForMatch } from '../text/fold-vietnamese';
import { invalid, valid } from './validation-result';
import type { ValidationResult } from './validation-result';

/**
 * Dates typed by residents. Vietnamese write day first (dd/mm/yyyy); we store ISO (yyyy-mm-dd).
 * "Today" is passed in so this stays pure and testable.
 */

class DateInputUsageError extends Error {
  readonly code = 'DATE_INPUT_TODAY_REQUIRED';
}

const HOW_TO = {
  vi: 'Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026.',
  en: 'Please use day/month/year, e.g. 05/03/2026.',
};

export function parseDateInput(
  input: string,
  options: { today?: string; notFuture?: boolean; notPast?: boolean } = {},
): ValidationResult<string> {
  const parts = splitParts(input);
  if (!parts) {
    const what = input.trim() === '' ? 'Bạn chưa nhập ngày.' : 'Ngày không hợp lệ.';
    const whatEn = input.trim() === '' ? 'Please enter a date.' : 'This date is not valid.';
    return invalid(`${what} ${HOW_TO.vi}`, `${whatEn} ${HOW_TO.en}`);
  }
  const { day, month, year } = parts;
  if (year.length === 2) {
    return invalid(
      `Hãy ghi năm đủ 4 chữ số, ví dụ ${pad(day)}/${pad(month)}/19${year} hoặc ${pad(day)}/${pad(month)}/20${year}.`,
      `Please write the year with 4 digits, e.g. ${pad(day)}/${pad(month)}/19${year} or ${pad(day)}/${pad(month)}/20${year}.`,
    );
  }
  if (year.length !== 4) return invalid(`Năm phải có 4 chữ số. ${HOW_TO.vi}`, `The year needs 4 digits. ${HOW_TO.en}`);
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  if (m < 1 || m > 12) {
    return invalid(`Tháng phải từ 1 đến 12. ${HOW_TO.vi}`, `The month must be from 1 to 12. ${HOW_TO.en}`);
  }
  const lastDay = daysInMonth(y, m);
  if (d < 1 || d > lastDay) {
    return invalid(
      `Ngày ${pad(d)}/${pad(m)}/${y} không có trên lịch: tháng ${m} năm ${y} chỉ có ${lastDay} ngày. Hãy kiểm tra lại ngày.`,
      `${pad(d)}/${pad(m)}/${y} does not exist: month ${m} of ${y} has only ${lastDay} days. Please check the date.`,
    );
  }
  if (y < 1900) {
    return invalid('Năm phải từ 1900 trở đi. Hãy kiểm tra lại năm, ví dụ 05/03/1990.', 'The year must be 1900 or later. Please check the year, e.g. 05/03/1990.');
  }
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return checkRange(iso, options);
}

function checkRange(iso: string, options: { today?: string; notFuture?: boolean; notPast?: boolean }): ValidationResult<string> {
  if (!options.notFuture && !options.notPast) return valid(iso);
  const today = options.today;
  if (!today) throw new DateInputUsageError('parseDateInput: notFuture/notPast need options.today (ISO date)');
  // ISO dates compare correctly as strings.
  if (options.notFuture && iso > today) {
    return invalid(
      `Ngày ${formatDate(iso)} ở sau hôm nay (${formatDate(today)}). Hãy nhập một ngày đã qua hoặc hôm nay.`,
      `${formatDate(iso)} is after today (${formatDate(today)}). Please enter today or a past date.`,
    );
  }
  if (options.notPast && iso < today) {
    return invalid(
      `Ngày ${formatDate(iso)} đã qua (hôm nay là ${formatDate(today)}). Hãy nhập hôm nay hoặc một ngày sắp tới.`,
      `${formatDate(iso)} is in the past (today is ${formatDate(today)}). Please enter today or a future date.`,
    );
  }
  return valid(iso);
}

/** Day, month and year as typed; `null` when the text is not shaped like a date at all. */
function splitParts(input: string): { day: string; month: string; year: string } | null {
  const text = input.trim().replace(/\s*([/.-])\s*/g, '$1');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return { year: iso[1] ?? '', month: iso[2] ?? '', day: iso[3] ?? '' };
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d+)$/.exec(text);
  if (dmy) return { day: dmy[1] ?? '', month: dmy[2] ?? '', year: dmy[3] ?? '' };
  // Spelled out: "ngày 5 tháng 3 năm 2026" (accents optional).
  const words = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d+)$/.exec(foldForMatch(input));
  if (words) return { day: words[1] ?? '', month: words[2] ?? '', year: words[3] ?? '' };
  return null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number | string): string {
  return String(n).padStart(2, '0');
}

/** ISO "2026-03-05" → "05/03/2026". Text that is not an ISO date is returned unchanged. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
