/**
 * The input for one question, GOV.UK style: the question is the page heading and the label,
 * then the hint, then the error (what to fix, in plain Vietnamese), then the input.
 */
import type { QuestionView } from '../../../../shared/engine/engine-types';
import { useLanguage } from '../../i18n/language-context';
import { ChoiceField } from './choice-field';
import { DateField } from './date-field';
import { FieldHelp, describedBy, type FieldProps } from './field-help';

const INPUT_MODES: Partial<Record<QuestionView['type'], { type: string; inputMode: 'text' | 'numeric' | 'decimal' | 'tel' | 'email'; autoComplete?: string }>> = {
  number: { type: 'text', inputMode: 'decimal' },
  citizenId: { type: 'text', inputMode: 'numeric', autoComplete: 'off' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  email: { type: 'email', inputMode: 'email', autoComplete: 'email' },
};

export function AnswerField(props: FieldProps) {
  const { t, loc } = useLanguage();
  const { question, draft, onChange, error } = props;
  if (draft.kind === 'yesNo' || draft.kind === 'choice' || draft.kind === 'multi') return <ChoiceField {...props} />;
  if (draft.kind === 'date') return <DateField {...props} />;
  const mode = INPUT_MODES[question.type];
  const inputId = `${question.id}-input`;
  const extraHint = question.type === 'address' && !question.hint ? t('addressHint') : undefined;
  const common = {
    id: inputId,
    value: draft.text,
    'aria-describedby': describedBy(question, error, extraHint),
    'aria-invalid': error ? true : undefined,
    onChange: (event: { target: { value: string } }) => onChange({ kind: 'text', text: event.target.value }),
  };
  return (
    <div className={error ? 'field field-has-error' : 'field'}>
      <h1 className="question-heading">
        <label htmlFor={inputId}>
          {loc(question.prompt)} {question.required ? null : <span className="item-meta">{t('optional')}</span>}
        </label>
      </h1>
      <FieldHelp question={question} error={error} extraHint={extraHint} />
      {question.type === 'address' ? (
        <textarea {...common} className="textarea" rows={3} autoComplete="street-address" />
      ) : (
        <input {...common} className="input" type={mode?.type ?? 'text'} inputMode={mode?.inputMode ?? 'text'} autoComplete={mode?.autoComplete ?? 'off'} />
      )}
    </div>
  );
}
