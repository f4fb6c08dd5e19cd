/** Yes/no, one of several, or several of several: radios and checkboxes under the question as legend. */
import type { ReactNode } from 'react';
import type { QuestionView } from '../../../../../shared/engine/engine-types';
import type { AnswerDraft } from '../../../../../shared/engine/answer-draft';

type ChoiceDraft = Extract<AnswerDraft, { kind: 'yesNo' | 'choice' | 'multi' }>;

interface ChoiceAnswerProps {
  question: QuestionView;
  draft: ChoiceDraft;
  onDraft: (draft: AnswerDraft) => void;
  describedBy: string;
  invalid: boolean;
  /** The hint and the error, between the question and the answer. */
  help: ReactNode;
}

function optionsOf(question: QuestionView, draft: ChoiceDraft): { value: string; label: string; checked: boolean }[] {
  if (draft.kind === 'yesNo') {
    return [
      { value: 'yes', label: 'Có', checked: draft.value === true },
      { value: 'no', label: 'Không', checked: draft.value === false },
    ];
  }
  return (question.options ?? []).map((option) => ({
    value: option.value,
    label: option.label.vi,
    checked: draft.kind === 'multi' ? draft.values.includes(option.value) : draft.value === option.value,
  }));
}

export function ChoiceAnswer({ question, draft, onDraft, describedBy, invalid, help }: ChoiceAnswerProps) {
  const multiple = draft.kind === 'multi';
  const pick = (value: string, checked: boolean) => {
    if (draft.kind === 'yesNo') onDraft({ kind: 'yesNo', value: value === 'yes' });
    else if (draft.kind === 'multi') onDraft({ kind: 'multi', values: checked ? [...draft.values, value] : draft.values.filter((other) => other !== value) });
    else onDraft({ kind: 'choice', value });
  };
  return (
    <fieldset className="question-field question-choices" aria-describedby={describedBy}>
      <legend className="question-prompt">
        {question.prompt.vi}
        {question.required ? null : <span className="muted"> (không bắt buộc)</span>}
      </legend>
      {help}
      {optionsOf(question, draft).map((option) => (
        <label key={option.value} className="checkbox">
          <input type={multiple ? 'checkbox' : 'radio'} name={`answer-${question.id}`} value={option.value} checked={option.checked} aria-invalid={invalid ? true : undefined} onChange={(event) => pick(option.value, event.target.checked)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
