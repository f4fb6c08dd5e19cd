/**
 * What someone is typing or ticking for one question (a resident in the Mini App, a volunteer in
 * the console), and the raw answer handed to the engine's `answer` event, which parses and checks
 * it with the same validators as the server ("01/03/2026", "0912 345 678" are fine as typed).
 * Dates are either three boxes (day, month, year: the Mini App on a phone) or one text box.
 */
import { formatDate } from '../validators/date-input';
import type { AnswerValue, QuestionView } from './engine-types';

export type AnswerDraft =
  | { kind: 'text'; text: string }
  | { kind: 'yesNo'; value: boolean | null }
  | { kind: 'choice'; value: string | null }
  | { kind: 'multi'; values: string[] }
  | { kind: 'date'; day: string; month: string; year: string };

/** The kept answer, ready to change (after Back or "Sửa"). */
export function initialDraft(question: QuestionView, kept: AnswerValue | undefined, dates: 'parts' | 'text'): AnswerDraft {
  const value = kept ?? null;
  switch (question.type) {
    case 'yesNo':
      return { kind: 'yesNo', value: typeof value === 'boolean' ? value : null };
    case 'singleChoice':
      return { kind: 'choice', value: typeof value === 'string' ? value : null };
    case 'multipleChoice':
      return { kind: 'multi', values: Array.isArray(value) ? value : [] };
    case 'date': {
      if (dates === 'text') return { kind: 'text', text: typeof value === 'string' ? formatDate(value) : '' };
      const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
      return { kind: 'date', day: match?.[3] ?? '', month: match?.[2] ?? '', year: match?.[1] ?? '' };
    }
    default:
      // An address answer is kept as { label, … }: edit the words the resident gave.
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'label' in value && typeof value.label === 'string') return { kind: 'text', text: value.label };
      return { kind: 'text', text: value === null || typeof value === 'object' ? '' : String(value) };
  }
}

/** The raw answer for the engine; nothing given is '' so the engine explains what is missing. */
export function draftInput(draft: AnswerDraft): string | boolean | string[] {
  switch (draft.kind) {
    case 'text':
      return draft.text;
    case 'yesNo':
    case 'choice':
      return draft.value ?? '';
    case 'multi':
      return draft.values;
    case 'date':
      return [draft.day, draft.month, draft.year].every((part) => part.trim() === '') ? '' : `${draft.day.trim()}/${draft.month.trim()}/${draft.year.trim()}`;
  }
}
