/**
 * The outputs that show a resident where they are: the current question, the eligibility
 * result with documents/fee/time, the consent text, the review page or the receipt.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { Question } from '../schema/question-schema';
import type { LocalizedText } from '../schema/localized-text-schema';
import type { EngineOutput, QuestionView, Session } from './engine-types';
import type { StepContext } from './step-context';
import { procedureIndex } from './procedure-index';
import { ruleScope } from './rule-scope';
import { eligibleReason, firedRule, ruleReason } from './assess-answers';
import { formatAnswer } from './format-answer';
import { visibleSequence } from './settle-session';
import { describeProcedure } from './describe-procedure';
import { requirementsAt } from './requirements-at';

// Questions never change once loaded; build each view once.
const views = new WeakMap<Question, QuestionView>();

function questionView(question: Question): QuestionView {
  let view = views.get(question);
  if (!view) {
    view = buildView(question);
    views.set(question, view);
  }
  return view;
}

function buildView(question: Question): QuestionView {
  return {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    hint: question.hint,
    options: question.options?.map((o) => ({ value: o.value, label: o.label })),
    required: question.required,
    personal: question.personal,
    ...(question.prefill ? { prefill: question.prefill } : {}),
  };
}

/** The current question, numbered within its stage, with the kept answer and an error if the last one was refused. */
export function questionOutput(procedure: Procedure, session: Session, context: StepContext, error?: LocalizedText): EngineOutput[] {
  const entry = session.current ? procedureIndex(procedure).byId.get(session.current) : undefined;
  if (!entry) return [];
  const sequence = visibleSequence(procedure, session, context);
  let index = 0;
  let total = 0;
  for (const e of sequence) {
    if (e.stage !== entry.stage) continue;
    total += 1;
    if (e === entry) index = total;
  }
  const value = session.answers[entry.question.id];
  return [
    {
      kind: 'question',
      question: questionView(entry.question),
      ...(value !== undefined ? { value } : {}),
      ...(error ? { error } : {}),
      position: { index, total },
      stage: entry.stage === 'eligibility' ? 'questions' : 'filing',
      canGoBack: entry.order > 0,
    },
  ];
}

function requirements(procedure: Procedure, session: Session, context: StepContext): EngineOutput {
  const { documents, fee, time } = requirementsAt(procedure, session.answers, context.now, context.holidays, context.today);
  return { kind: 'requirements', documents, fee, time, filingAvailable: procedure.filing !== undefined };
}

/** The receipt of a submitted filing: everything on it is judged at the submission instant. */
function receipt(procedure: Procedure, session: Session, context: StepContext): EngineOutput {
  const submittedAt = session.submittedAt ?? session.updatedAt;
  const { documents, fee, time } = requirementsAt(procedure, session.answers, submittedAt, context.holidays);
  return { kind: 'receipt', reference: session.reference ?? '', procedureName: procedure.name, receivedAt: submittedAt, dueDate: time.dueDate, documents, fee };
}

function review(procedure: Procedure, session: Session, context: StepContext): EngineOutput {
  const { byId } = procedureIndex(procedure);
  const visible = new Set(visibleSequence(procedure, session, context).map((e) => e.question.id));
  const groups = (procedure.filing?.review ?? []).map((group) => ({
    title: group.title,
    items: group.fields
      .filter((id) => visible.has(id))
      .map((id) => {
        const question = byId.get(id)?.question as Question;
        return { questionId: id, label: question.prompt, display: formatAnswer(question, session.answers[id]) };
      }),
  }));
  return { kind: 'review', groups };
}

/** What to show for the session's stage; a receipt is judged at its submission instant, not at `context.now`. */
export function stagePrompt(procedure: Procedure, session: Session, context: StepContext): EngineOutput[] {
  switch (session.stage) {
    case 'questions':
    case 'filing':
      return questionOutput(procedure, session, context);
    case 'result': {
      const rule = firedRule(procedure, ruleScope(session.answers, context));
      if (rule) {
        return [{ kind: 'eligibility', result: rule.outcome, reasons: [ruleReason(procedure, rule)], ...(rule.procedure ? { procedureId: rule.procedure } : {}) }];
      }
      return [{ kind: 'eligibility', result: 'eligible', reasons: [eligibleReason(procedure)] }, requirements(procedure, session, context)];
    }
    case 'consent': {
      const consent = procedure.filing?.consent;
      return consent ? [{ kind: 'consent', text: consent.text, purposes: consent.purposes, dataCategories: consent.dataCategories, policyVersion: consent.policyVersion }] : [];
    }
    case 'review':
      return [review(procedure, session, context)];
    case 'submitted':
      return [receipt(procedure, session, context)];
    case 'cancelled':
      return [{ kind: 'notice', notice: 'cancelled' }];
    case 'info': {
      const overview = describeProcedure(procedure, context.now, context.holidays);
      return [{ kind: 'overview', overview }, requirements(procedure, session, context), { kind: 'notice', notice: 'infoOnly' }];
    }
  }
}
