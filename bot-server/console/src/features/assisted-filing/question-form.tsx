/**
 * One question, GOV.UK style: where it stands in the procedure, the question as the label, its
 * hint, the engine's message when the last answer was refused (what to fix, in plain Vietnamese),
 * the answer, and "Tiếp tục". Focus goes to the answer when the question appears and again after
 * a refusal, so the volunteer can type on; the message is read out with it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { draftInput, initialDraft, type AnswerDraft } from '../../../../../shared/engine/answer-draft';
import { ChoiceAnswer } from './choice-answer';
import { questionHint } from './question-help';
import type { FlowScreen } from './run-flow';
import { TextAnswer } from './text-answer';

type QuestionScreen = Extract<FlowScreen, { kind: 'question' }>;

interface QuestionFormProps {
  screen: QuestionScreen;
  onAnswer: (input: string | boolean | string[]) => void;
  onSkip: () => void;
  checkingAddress: boolean;
  addressListFailed: boolean;
}

const STAGE_NAMES: Record<QuestionScreen['stage'], string> = { questions: 'Câu hỏi điều kiện', filing: 'Thông tin hồ sơ' };

/** The chosen option of a choice, or else the first box or option. */
function focusAnswer(form: HTMLFormElement | null): void {
  (form?.querySelector<HTMLElement>('input:checked') ?? form?.querySelector<HTMLElement>('input, textarea'))?.focus();
}

export function QuestionForm({ screen, onAnswer, onSkip, checkingAddress, addressListFailed }: QuestionFormProps) {
  const { question, error, position } = screen;
  const [draft, setDraft] = useState<AnswerDraft>(() => initialDraft(question, screen.value, 'text'));
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => focusAnswer(form.current), [error]);

  const hint = questionHint(question);
  const ids = { progress: `${question.id}-progress`, hint: `${question.id}-hint`, error: `${question.id}-error` };
  const describedBy = [ids.progress, hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ');
  const help = (
    <>
      {hint ? (
        <p className="field__hint" id={ids.hint}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={ids.error}>
          {error.vi}
        </p>
      ) : null}
    </>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!checkingAddress) onAnswer(draftInput(draft));
  };
  const props = { question, describedBy, invalid: error !== undefined, help };

  return (
    <form ref={form} className="question-form" onSubmit={submit} noValidate>
      <p className="question-progress" id={ids.progress}>
        {STAGE_NAMES[screen.stage]} · Câu {position.index}/{position.total}
      </p>
      {/* Dates are typed in one box here ('text' drafts), so a draft is either text or a choice. */}
      {draft.kind === 'text' || draft.kind === 'date' ? (
        <TextAnswer {...props} text={draft.kind === 'text' ? draft.text : ''} onText={(text) => setDraft({ kind: 'text', text })} />
      ) : (
        <ChoiceAnswer {...props} draft={draft} onDraft={setDraft} />
      )}
      {addressListFailed ? <p className="error-message">Chưa tải được danh sách địa chỉ để kiểm tra câu trả lời. Hãy kiểm tra mạng rồi bấm “Tiếp tục” lại.</p> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={checkingAddress}>
          {checkingAddress ? 'Đang kiểm tra địa chỉ…' : 'Tiếp tục'}
        </button>
        {question.required ? null : (
          <button type="button" className="button button--secondary" onClick={onSkip}>
            Bỏ qua câu này
          </button>
        )}
      </div>
    </form>
  );
}
