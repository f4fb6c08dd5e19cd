/** What every question input shares: its props, the hint and the error, and the ids that link them. */
import type { QuestionView } from '../../../../shared/engine/engine-types';
import { useLanguage } from '../../i18n/language-context';
import type { AnswerDraft } from '../../../../shared/engine/answer-draft';

export interface FieldProps {
  question: QuestionView;
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  error?: string;
}

/** The ids that tie hint and error to the input for screen readers. */
export function describedBy(question: QuestionView, error: string | undefined, extraHint?: string): string | undefined {
  const ids = [question.hint || extraHint ? `${question.id}-hint` : '', error ? `${question.id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldHelp({ question, error, extraHint }: { question: QuestionView; error?: string; extraHint?: string }) {
  const { t, loc } = useLanguage();
  const hint = [loc(question.hint), extraHint].filter(Boolean).join(' ');
  return (
    <>
      {hint ? (
        <p id={`${question.id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${question.id}-error`} className="field-error" role="alert">
          <span className="visually-hidden">{t('errorPrefix')} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

