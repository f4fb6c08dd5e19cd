/** Yes/no, one of several, or several of several: radios and checkboxes with large tap areas. */
import { useLanguage } from '../../i18n/language-context';
import { FieldHelp, describedBy, type FieldProps } from './field-help';

export function ChoiceField({ question, draft, onChange, error }: FieldProps) {
  const { t, loc } = useLanguage();
  const options =
    draft.kind === 'yesNo'
      ? [
          { value: 'yes', label: t('yes'), checked: draft.value === true },
          { value: 'no', label: t('no'), checked: draft.value === false },
        ]
      : (question.options ?? []).map((option) => ({
          value: option.value,
          label: loc(option.label),
          checked: draft.kind === 'multi' ? draft.values.includes(option.value) : draft.kind === 'choice' && draft.value === option.value,
        }));
  const multiple = draft.kind === 'multi';
  const extraHint = multiple ? t('chooseAll') : undefined;
  const pick = (value: string, checked: boolean) => {
    if (draft.kind === 'yesNo') onChange({ kind: 'yesNo', value: value === 'yes' });
    else if (draft.kind === 'multi') onChange({ kind: 'multi', values: checked ? [...draft.values, value] : draft.values.filter((v) => v !== value) });
    else onChange({ kind: 'choice', value });
  };
  return (
    <fieldset className={error ? 'field field-has-error' : 'field'} aria-describedby={describedBy(question, error, extraHint)}>
      <legend>
        <h1 className="question-heading">
          {loc(question.prompt)} {question.required ? null : <span className="item-meta">{t('optional')}</span>}
        </h1>
      </legend>
      <FieldHelp question={question} error={error} extraHint={extraHint} />
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={question.id}
              value={option.value}
              checked={option.checked}
              aria-invalid={error ? true : undefined}
              onChange={(event) => pick(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
