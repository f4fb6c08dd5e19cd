/**
 * The answer being typed, as the Mini App (date in three boxes) and the console (one box) keep it:
 * a kept answer comes back ready to edit, and what is typed goes to the engine as typed.
 */
import { describe, expect, it } from 'vitest';
import { draftInput, initialDraft } from '../../../shared/engine/answer-draft';
import type { QuestionView } from '../../../shared/engine/engine-types';

const question = (type: QuestionView['type']): QuestionView => ({ id: 'q', type, prompt: { vi: 'Câu hỏi?' }, required: true, personal: false });

describe('an answer being typed', () => {
  it('shows a kept date in three boxes on the phone and as dd/mm/yyyy in one box, and sends it as typed', () => {
    const parts = initialDraft(question('date'), '2026-03-05', 'parts');
    expect(parts).toEqual({ kind: 'date', day: '05', month: '03', year: '2026' });
    expect(draftInput(parts)).toBe('05/03/2026');
    expect(initialDraft(question('date'), '2026-03-05', 'text')).toEqual({ kind: 'text', text: '05/03/2026' });
    expect(draftInput({ kind: 'date', day: ' ', month: '', year: '' })).toBe('');
  });

  it('edits an address by the words given, and sends nothing chosen as empty so the engine says what is missing', () => {
    expect(initialDraft(question('address'), { label: '12 Lê Lợi, Phường Bến Thành' } as never, 'text')).toEqual({ kind: 'text', text: '12 Lê Lợi, Phường Bến Thành' });
    expect(draftInput(initialDraft(question('yesNo'), undefined, 'text'))).toBe('');
    expect(draftInput(initialDraft(question('singleChoice'), undefined, 'parts'))).toBe('');
    expect(draftInput(initialDraft(question('multipleChoice'), ['a', 'b'], 'parts'))).toEqual(['a', 'b']);
    expect(initialDraft(question('yesNo'), false, 'parts')).toEqual({ kind: 'yesNo', value: false });
  });
});
