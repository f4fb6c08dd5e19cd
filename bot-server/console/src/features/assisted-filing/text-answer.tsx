/** A typed answer (text, number, date, ID number, phone, e-mail, address): the question is its label. */
import type { ReactNode } from 'react';
import type { QuestionView } from '../../../../../shared/engine/engine-types';

const INPUTS: Partial<Record<QuestionView['type'], { type: string; inputMode: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' }>> = {
  number: { type: 'text', inputMode: 'decimal' },
  citizenId: { type: 'text', inputMode: 'numeric' },
  phone: { type: 'tel', inputMode: 'tel' },
  email: { type: 'email', inputMode: 'email' },
};

interface TextAnswerProps {
  question: QuestionView;
  text: string;
  onText: (text: string) => void;
  describedBy: string;
  invalid: boolean;
  /** The hint and the error, between the question and the answer. */
  help: ReactNode;
}

export function TextAnswer({ question, text, onText, describedBy, invalid, help }: TextAnswerProps) {
  const id = `answer-${question.id}`;
  const input = INPUTS[question.type];
  const common = {
    id,
    value: text,
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? true : undefined,
    // What residents tell a volunteer is not the volunteer's own data to autofill.
    autoComplete: 'off',
    spellCheck: false,
    onChange: (event: { target: { value: string } }) => onText(event.target.value),
  };
  return (
    <div className="field question-field">
      <label htmlFor={id} className="question-prompt">
        {question.prompt.vi}
        {question.required ? null : <span className="muted"> (không bắt buộc)</span>}
      </label>
      {help}
      {question.type === 'address' ? <textarea {...common} rows={3} /> : <input {...common} type={input?.type ?? 'text'} inputMode={input?.inputMode ?? 'text'} />}
    </div>
  );
}
