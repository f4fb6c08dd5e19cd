import type { Question } from '../schema/question-schema';
import { invalid, valid, type ValidationResult } from '../validators/validation-result';

/**
 * Numbers as Vietnamese residents write them: "1.000.000" (dot groups thousands), "2,5"
 * (comma decimal), "3 trang" (a unit after the number).
 */
export function parseNumberInput(text: string, rules: Question['validation']): ValidationResult<number> {
  const token = text.trim().split(/\s+/)[0] ?? '';
  const grouped = /^\d{1,3}(\.\d{3})+$/.test(token) ? token.replace(/\./g, '') : token.replace(',', '.');
  const value = /^-?\d+(\.\d+)?$/.test(grouped) ? Number(grouped) : Number.NaN;
  if (!Number.isFinite(value)) return invalid('Hãy nhập một con số, ví dụ 2.', 'Please type a number, for example 2.');
  if (rules?.integer && !Number.isInteger(value)) return invalid('Hãy nhập số nguyên, ví dụ 3.', 'Please type a whole number, for example 3.');
  if (rules?.min !== undefined && value < rules.min) return invalid(`Số này phải từ ${rules.min} trở lên.`, `The number must be at least ${rules.min}.`);
  if (rules?.max !== undefined && value > rules.max) return invalid(`Số này không được lớn hơn ${rules.max}.`, `The number must be at most ${rules.max}.`);
  return valid(value);
}
