/**
 * A labelled text box with one submit button, its hint, its own error and a short confirmation:
 * the shape of both the reply and the note forms. `tools` may insert text at the cursor (canned
 * replies do).
 */
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorMessage } from './error-message';

interface TextActionFormProps {
  label: string;
  hint: string;
  submitLabel: string;
  /** Said when the box is empty and the official presses the button. */
  emptyText: string;
  /** Said after a success, until the official types again. */
  doneText: string;
  maxLength: number;
  /** Sends the text; resolves when the server accepted it. */
  onSubmit: (text: string) => Promise<unknown>;
  pending: boolean;
  error: unknown;
  tools?: (insert: (text: string) => void) => ReactNode;
}

export function TextActionForm({ label, hint, submitLabel, emptyText, doneText, maxLength, onSubmit, pending, error, tools }: TextActionFormProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  const insert = (snippet: string) => {
    const element = box.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const next = `${text.slice(0, start)}${snippet}${text.slice(end)}`.slice(0, maxLength);
    setText(next);
    setDone(false);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem(emptyText);
      box.current?.focus();
      return;
    }
    setProblem(null);
    onSubmit(text.trim()).then(
      () => {
        setText('');
        setDone(true);
      },
      () => undefined, // shown through `error`
    );
  };

  const described = [`${id}-hint`, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  return (
    <form className="text-action" onSubmit={submit} noValidate>
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {tools?.(insert)}
      {problem ? (
        <p className="field__error" id={`${id}-problem`}>
          {problem}
        </p>
      ) : null}
      <textarea
        id={id}
        ref={box}
        value={text}
        maxLength={maxLength}
        rows={4}
        aria-describedby={described}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setDone(false);
        }}
      />
      <div className="text-action__footer">
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
        {done ? (
          <p className="done-note" role="status">
            {doneText}
          </p>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
