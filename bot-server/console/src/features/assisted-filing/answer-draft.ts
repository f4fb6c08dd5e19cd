/**
 * What the volunteer is typing or ticking for one question, and the raw answer handed to the
 * engine, which parses and checks it with the same validators as the server ("01/03/2026",
 * "0912 345 678" are fine as typed).
 */
import type { AnswerValue, QuestionView } from '../../../../../shared/engine/engine-types';
import { formatDate } from '../../lib/format-date';

export type AnswerDraft =
  | { kind: 'text'; text: string }
  | { kind: 'yesNo'; value: boolean | null }
  | { kind: 'choice'; value: string | null }
  | { kind: 'multi'; values: string[] };

/** The kept answer, ready to change (after "Câu trước" or "Sửa"). */
export function initialDraft(question: QuestionView, kept: AnswerValue | undefined): AnswerDraft {
  const value = kept ?? null;
  switch (question.type) {
    case 'yesNo':
      return { kind: 'yesNo', value: typeof value === 'boolean' ? value : null };
    case 'singleChoice':
      return { kind: 'choice', value: typeof value === 'string' ? value : null };
    case 'multipleChoice':
      return { kind: 'multi', values: Array.isArray(value) ? value : [] };
    case 'date':
      return { kind: 'text', text: typeof value === 'string' ? formatDate(value) : '' };
    default:
      if (value !== null && typeof value === 'object' && 'label' in value) return { kind: 'text', text: value.label };
      return { kind: 'text', text: value === null || typeof value === 'object' ? '' : String(value) };
  }
}

/** The answer for the engine's `answer` event; nothing chosen is '' so the engine says what is missing. */
export function draftInput(draft: AnswerDraft): string | boolean | string[] {
  switch (draft.kind) {
    case 'text':
      return draft.text;
    case 'yesNo':
      return draft.value ?? '';
    case 'choice':
      return draft.value ?? '';
    case 'multi':
      return draft.values;
  }
}
