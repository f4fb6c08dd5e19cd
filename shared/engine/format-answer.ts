import type { Question } from '../schema/question-schema';
import type { LocalizedText } from '../schema/localized-text-schema';
import type { AddressValue } from '../address/address-value';
import { formatDate } from '../validators/date-input';
import { formatPhoneForDisplay } from '../validators/phone';
import type { AnswerValue } from './engine-types';

const SKIPPED: LocalizedText = { vi: '(bỏ qua)', en: '(skipped)' };

function same(text: string): LocalizedText {
  return { vi: text, en: text };
}

function groupDigits(amount: number): string {
  return amount.toLocaleString('de-DE');
}

/** An answer as a resident reads it back on the review page: labels, dd/mm/yyyy, 0912 345 678. */
export function formatAnswer(question: Question, value: AnswerValue | undefined): LocalizedText {
  if (value === null || value === undefined) return SKIPPED;
  switch (question.type) {
    case 'yesNo':
      return value ? { vi: 'Có', en: 'Yes' } : { vi: 'Không', en: 'No' };
    case 'singleChoice':
    case 'multipleChoice': {
      const values = Array.isArray(value) ? value : [String(value)];
      const labels = values.map((v) => question.options?.find((o) => o.value === v)?.label ?? same(v));
      return { vi: labels.map((l) => l.vi).join(', '), en: labels.map((l) => l.en ?? l.vi).join(', ') };
    }
    case 'date':
      return same(formatDate(String(value)));
    case 'phone':
      return same(formatPhoneForDisplay(String(value)));
    case 'number':
      return same(typeof value === 'number' ? groupDigits(value) : String(value));
    case 'address':
      return same((value as AddressValue).label);
    default:
      return same(String(value));
  }
}
