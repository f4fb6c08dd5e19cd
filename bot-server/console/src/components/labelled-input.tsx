/** A text box with its label, an optional hint and its own error, wired for screen readers. */
import type { InputHTMLAttributes } from 'react';

interface LabelledInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
}

export function LabelledInput({ id, label, hint, error, value, onValue, ...input }: LabelledInputProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input id={id} value={value} aria-invalid={error ? true : undefined} aria-describedby={described} onChange={(event) => onValue(event.target.value)} {...input} />
    </div>
  );
}
