/**
 * One question per screen: progress ("Câu 3/7"), the question, the kept answer, the engine's
 * error if the last answer was refused (the screen stays), Continue, Skip when optional.
 * Back is the top bar's button. Keyed by question id by the caller, so typing survives an error.
 */
import { useState, type FormEvent } from 'react';
import { Button } from 'zmp-ui';
import type { EngineEvent, EngineOutput } from '../../../../shared/engine/engine-types';
import { useLanguage } from '../../i18n/language-context';
import { AnswerField } from './answer-field';
import { draftInput, initialDraft } from '../../../../shared/engine/answer-draft';
import type { ServerWork } from './flow-rules';
import { PrefillButton, prefillKind } from './prefill-button';
import { ProgressHeader } from './progress-header';

type QuestionOutput = Extract<EngineOutput, { kind: 'question' }>;

export function QuestionScreen({ output, busy, dispatch }: { output: QuestionOutput; busy: ServerWork | null; dispatch: (event: EngineEvent) => void }) {
  const { t, loc } = useLanguage();
  const { question } = output;
  const [draft, setDraft] = useState(() => initialDraft(question, output.value, 'parts'));
  const prefill = prefillKind(question);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'answer', questionId: question.id, value: draftInput(draft) });
  };
  const working = busy === 'address' ? t('checkingAddress') : busy ? t('sending') : null;
  return (
    <form onSubmit={submit} noValidate>
      <ProgressHeader index={output.position.index} total={output.position.total} stage={output.stage} />
      <AnswerField question={question} draft={draft} onChange={setDraft} error={output.error ? loc(output.error) : undefined} />
      {prefill ? <PrefillButton kind={prefill} onFill={(text) => setDraft({ kind: 'text', text })} /> : null}
      <div className="actions">
        <Button htmlType="submit" fullWidth disabled={busy !== null}>
          {working ?? t('continue')}
        </Button>
        {question.required ? null : (
          <Button variant="tertiary" fullWidth disabled={busy !== null} onClick={() => dispatch({ type: 'skip' })}>
            {t('skip')}
          </Button>
        )}
      </div>
      {working ? (
        <p className="visually-hidden" role="status">
          {working}
        </p>
      ) : null}
    </form>
  );
}
