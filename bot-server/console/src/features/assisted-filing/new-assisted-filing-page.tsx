/**
 * "Giúp người dân nộp hồ sơ": who the resident is, which procedure, the procedure's questions one
 * at a time (checked by the shared engine as the volunteer types), a check of every answer, then
 * one Zalo message to the resident, who confirms with 1. Nothing is filed before that.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AssistedFilingItem } from '../../../../../shared/api/console-assisted-filing-schemas';
import { procedureDefinitionQuery } from '../../api/procedure-definition-api';
import { consoleProceduresQuery } from '../../api/procedures-api';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { FlowStep } from './flow-step';
import { ProcedureStep } from './procedure-step';
import { residentOf, type ResidentDraft } from './resident-draft';
import { ResidentStep } from './resident-step';
import { SentStep } from './sent-step';
import { StepIndicator, type StepKey } from './step-indicator';
import { useFilingFlow } from './use-filing-flow';
import { useSendToResident } from './use-send-to-resident';
import './assisted-filing.css';

type Step = 'resident' | 'procedure' | 'flow' | 'sent';

const EMPTY_RESIDENT: ResidentDraft = { by: 'phone', value: '' };

function AssistedFilingWizard({ onStartAgain, focusOnStart }: { onStartAgain: () => void; focusOnStart: boolean }) {
  const [step, setStep] = useState<Step>('resident');
  const [resident, setResident] = useState(EMPTY_RESIDENT);
  const [residentProblem, setResidentProblem] = useState<string | null>(null);
  const [procedureId, setProcedureId] = useState<string | null>(null);
  const [sent, setSent] = useState<AssistedFilingItem | null>(null);
  const definition = useQuery({ ...procedureDefinitionQuery(procedureId ?? ''), enabled: procedureId !== null });
  const names = useQuery({ ...consoleProceduresQuery, select: (list) => new Map(list.items.map((procedure) => [procedure.id, procedure.name])) });
  const flow = useFilingFlow(procedureId === null ? undefined : definition.data);
  const sending = useSendToResident({
    onSent: (item) => {
      setSent(item);
      setStep('sent');
    },
    onResidentProblem: (message) => {
      setResidentProblem(message);
      setStep('resident');
    },
  });

  const shown: StepKey | 'sent' = step === 'flow' ? (flow?.screen?.kind === 'review' ? 'review' : 'questions') : step;
  const of = flow ? ` – ${flow.procedure.name.vi}` : '';
  const titles: Record<StepKey | 'sent', string> = {
    resident: 'Bước 1/4: Người dân cần giúp',
    procedure: 'Bước 2/4: Chọn thủ tục',
    questions: `Bước 3/4: Trả lời câu hỏi${of}`,
    review: `Bước 4/4: Kiểm tra và gửi cho người dân${of}`,
    sent: 'Đã gửi cho người dân xác nhận',
  };

  // A new step is announced by its heading; a question puts focus in its own answer box instead,
  // and the resident step in its box when the server sent the volunteer back there.
  const heading = useRef<HTMLHeadingElement>(null);
  const onQuestion = shown === 'questions' && flow?.screen?.kind === 'question';
  const focusKey = `${shown}:${flow?.screen?.kind ?? ''}`;
  const focusedFor = useRef(focusOnStart ? '' : focusKey);
  useEffect(() => {
    // Only a change of step moves focus (not the page's first screen, nor a re-render).
    if (focusedFor.current === focusKey) return;
    focusedFor.current = focusKey;
    if (!onQuestion && !(shown === 'resident' && residentProblem)) heading.current?.focus();
  }, [focusKey, onQuestion, shown, residentProblem]);

  return (
    <>
      {shown === 'sent' ? null : <StepIndicator current={shown} />}
      <section className="panel assisted-step" aria-labelledby="assisted-step-title">
        <h2 id="assisted-step-title" ref={heading} tabIndex={-1}>
          {titles[shown]}
        </h2>
        {step === 'resident' ? (
          <ResidentStep
            resident={resident}
            serverProblem={residentProblem}
            onDone={(next) => {
              setResident(next);
              setResidentProblem(null);
              // Answers already typed are kept: back to them, or on to choose a procedure.
              setStep(flow ? 'flow' : 'procedure');
            }}
          />
        ) : null}
        {step === 'procedure' ? (
          <ProcedureStep
            procedureId={procedureId}
            onBack={() => setStep('resident')}
            onDone={(id) => {
              setProcedureId(id);
              setStep('flow');
            }}
          />
        ) : null}
        {step === 'flow' && !flow ? <QueryState error={definition.error} loadingText="Đang tải câu hỏi của thủ tục…" onRetry={() => void definition.refetch()} /> : null}
        {step === 'flow' && flow ? (
          <FlowStep
            flow={flow}
            resident={resident}
            procedureName={(id) => names.data?.get(id)}
            onChooseProcedure={() => setStep('procedure')}
            onEditResident={() => setStep('resident')}
            onLeaveReview={sending.reset}
            onSend={() => sending.send({ resident: residentOf(resident), procedureId: flow.procedure.id, answers: flow.state.session.answers })}
            sending={sending.sending}
            sendError={sending.error}
          />
        ) : null}
        {step === 'sent' && sent ? <SentStep item={sent} onAnother={onStartAgain} /> : null}
      </section>
    </>
  );
}

export function NewAssistedFilingPage() {
  useDocumentTitle('Giúp người dân nộp hồ sơ');
  // "Giúp người dân khác" starts from nothing: a new wizard, none of the last resident's answers.
  const [round, setRound] = useState(0);
  return (
    <div className="assisted-filing">
      <h1>Giúp người dân nộp hồ sơ</h1>
      <AssistedFilingWizard key={round} focusOnStart={round > 0} onStartAgain={() => setRound((n) => n + 1)} />
    </div>
  );
}
