/**
 * What the resident is typing or ticking on a question screen, and the raw value sent to the
 * engine (which parses and validates it: the same code as on the server).
 */
import type { AnswerValue, QuestionView } from '../../../../shared/engine/engine-types';
import { isRecord } from '../../lib/is-record';

export type AnswerDraft =
  | { kind: 'text'; text: string }
  | { kind: 'yesNo'; value: boolean | null }
  | { kind: 'choice'; value: string | null }
  | { kind: 'multi'; values: string[] }
  | { kind: 'date'; day: string; month: string; year: string };

/** The kept answer, ready to edit (Back and "Sửa" show what was answered before). */
export function initialDraft(question: QuestionView, value: AnswerValue | undefined): AnswerDraft {
  const kept = value ?? null;
  switch (question.type) {
    case 'yesNo':
      return { kind: 'yesNo', value: typeof kept === 'boolean' ? kept : null };
    case 'singleChoice':
      return { kind: 'choice', value: typeof kept === 'string' ? kept : null };
    case 'multipleChoice':
      return { kind: 'multi', values: Array.isArray(kept) ? kept : [] };
    case 'date': {
      const match = typeof kept === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(kept) : null;
      return { kind: 'date', day: match?.[3] ?? '', month: match?.[2] ?? '', year: match?.[1] ?? '' };
    }
    case 'address':
      return { kind: 'text', text: isRecord(kept) && typeof kept.label === 'string' ? kept.label : '' };
    default:
      return { kind: 'text', text: kept === null || isRecord(kept) || Array.isArray(kept) ? '' : String(kept) };
  }
}

/** The raw answer for the engine's `answer` event; empty input is sent as '' so the engine explains what is missing. */
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
    case 'date':
      return [draft.day, draft.month, draft.year].every((part) => part.trim() === '') ? '' : `${draft.day.trim()}/${draft.month.trim()}/${draft.year.trim()}`;
  }
}
