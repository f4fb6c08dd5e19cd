/** A date as three number boxes (day, month, year): the phone shows its number pad, no separators to type. */
import { useLanguage } from '../../i18n/language-context';
import type { MessageKey } from '../../i18n/messages';
import { FieldHelp, describedBy, type FieldProps } from './field-help';

const PARTS: { part: 'day' | 'month' | 'year'; label: MessageKey; maxLength: number }[] = [
  { part: 'day', label: 'day', maxLength: 2 },
  { part: 'month', label: 'month', maxLength: 2 },
  { part: 'year', label: 'year', maxLength: 4 },
];

export function DateField({ question, draft, onChange, error }: FieldProps) {
  const { t, loc } = useLanguage();
  if (draft.kind !== 'date') return null;
  // The procedure's own hint (an example date) already says it; one example is enough.
  const extraHint = question.hint ? undefined : t('dateHint');
  return (
    <fieldset className={error ? 'field field-has-error' : 'field'} role="group" aria-describedby={describedBy(question, error, extraHint)}>
      <legend>
        <h1 className="question-heading">{loc(question.prompt)}</h1>
      </legend>
      <FieldHelp question={question} error={error} extraHint={extraHint} />
      <div className="date-fields">
        {PARTS.map(({ part, label, maxLength }) => (
          <div key={part} className={`date-part date-part-${part}`}>
            <label htmlFor={`${question.id}-${part}`}>{t(label)}</label>
            <input
              id={`${question.id}-${part}`}
              className="input"
              type="text"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={maxLength}
              autoComplete="off"
              value={draft[part]}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange({ ...draft, [part]: event.target.value.replace(/\D/g, '') })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
