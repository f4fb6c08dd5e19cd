/**
 * Steps 3 and 4, as the engine decides: the current question, why the case cannot be filed, or the
 * answers to check and send. "Câu trước" goes back through the answers, which are kept.
 */
import type { FilingFlow } from './use-filing-flow';
import { EligibilityOutcome } from './eligibility-outcome';
import { QuestionForm } from './question-form';
import { reviewGroups } from './review-groups';
import { ReviewStep } from './review-step';
import type { ResidentDraft } from './resident-draft';

interface FlowStepProps {
  flow: FilingFlow;
  resident: ResidentDraft;
  procedureName: (id: string) => string | undefined;
  onChooseProcedure: () => void;
  onEditResident: () => void;
  /** The answers are about to change: a refusal of the ones sent no longer applies. */
  onLeaveReview: () => void;
  onSend: () => void;
  sending: boolean;
  sendError: unknown;
}

function BackButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <p className="back-link">
      <button type="button" className="link-button" onClick={onClick}>
        <span aria-hidden="true">‹ </span>
        {label}
      </button>
    </p>
  );
}

export function FlowStep({ flow, resident, procedureName, onChooseProcedure, onEditResident, onLeaveReview, onSend, sending, sendError }: FlowStepProps) {
  const { screen, send } = flow;
  const back = () => send({ type: 'back' });
  if (!screen) return null;
  switch (screen.kind) {
    case 'question':
      return (
        <>
          {screen.canGoBack ? <BackButton label="Câu trước" onClick={back} /> : <BackButton label="Chọn lại thủ tục" onClick={onChooseProcedure} />}
          <QuestionForm
            key={screen.question.id}
            screen={screen}
            onAnswer={(value) => send({ type: 'answer', value })}
            onSkip={() => send({ type: 'skip' })}
            checkingAddress={flow.checkingAddress}
            addressListFailed={flow.addressListFailed}
          />
        </>
      );
    case 'eligibility':
      return (
        <>
          <EligibilityOutcome screen={screen} otherProcedureName={screen.procedureId ? procedureName(screen.procedureId) : undefined} />
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={back}>
              <span aria-hidden="true">‹ </span>
              Sửa câu trả lời
            </button>
            <button type="button" className="button button--secondary" onClick={onChooseProcedure}>
              Chọn thủ tục khác
            </button>
          </div>
        </>
      );
    case 'review': {
      const leaving = (then: () => void) => () => {
        onLeaveReview();
        then();
      };
      return (
        <>
          <BackButton label="Câu trước" onClick={leaving(back)} />
          <ReviewStep
            groups={reviewGroups(flow.procedure, screen, flow.state.session.answers)}
            resident={resident}
            onEdit={(questionId) => leaving(() => send({ type: 'edit', questionId }))()}
            onEditResident={leaving(onEditResident)}
            onSend={onSend}
            sending={sending}
            error={sendError}
          />
        </>
      );
    }
  }
}
