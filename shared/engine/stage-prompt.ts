/**
 * The outputs that show a resident where they are: the current question, the eligibility
 * result with documents/fee/time, the consent text, the review page or the receipt.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { Question } from '../schema/question-schema';
import type { LocalizedText } from '../schema/localized-text-schema';
import type { EngineContext, EngineOutput, QuestionView, Session } from './engine-types';
import { procedureIndex } from './procedure-index';
import { ruleScope } from './rule-scope';
import { firedRule, requiredDocuments, ruleReason } from './assess-answers';
import { assessFees } from './assess-fees';
import { assessProcessingTime } from './processing-time';
import { formatAnswer } from './format-answer';
import { visibleSequence } from './settle-session';
import { describeProcedure } from './describe-procedure';
import { NO_HOLIDAYS } from '../rules/calendar';

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
  };
}

export function questionOutput(procedure: Procedure, session: Session, context: EngineContext, error?: LocalizedText): EngineOutput[] {
  const entry = session.current ? procedureIndex(procedure).byId.get(session.current) : undefined;
  if (!entry) return [];
  const sameStage = visibleSequence(procedure, session, context).filter((e) => e.stage === entry.stage);
  const index = sameStage.findIndex((e) => e.question.id === entry.question.id);
  const value = session.answers[entry.question.id];
  return [
    {
      kind: 'question',
      question: questionView(entry.question),
      ...(value !== undefined ? { value } : {}),
      ...(error ? { error } : {}),
      position: { index: index + 1, total: sameStage.length },
      stage: entry.stage === 'eligibility' ? 'questions' : 'filing',
      canGoBack: entry.order > 0,
    },
  ];
}

function requirements(procedure: Procedure, session: Session, context: EngineContext, at: string): EngineOutput & { kind: 'requirements' } {
  const holidays = context.holidays ?? NO_HOLIDAYS;
  const scope = ruleScope(session.answers, context.now, holidays);
  return {
    kind: 'requirements',
    documents: requiredDocuments(procedure, scope),
    fee: assessFees(procedure, scope),
    time: assessProcessingTime(procedure.processingTime, at, holidays),
    filingAvailable: procedure.filing !== undefined,
  };
}

export function stagePrompt(procedure: Procedure, session: Session, context: EngineContext): EngineOutput[] {
  switch (session.stage) {
    case 'questions':
    case 'filing':
      return questionOutput(procedure, session, context);
    case 'result': {
      const rule = firedRule(procedure, ruleScope(session.answers, context.now, context.holidays));
      if (rule) {
        return [{ kind: 'eligibility', result: rule.outcome, reasons: [ruleReason(procedure, rule)], ...(rule.procedure ? { procedureId: rule.procedure } : {}) }];
      }
      return [{ kind: 'eligibility', result: 'eligible', reasons: [] }, requirements(procedure, session, context, context.now)];
    }
    case 'consent': {
      const consent = procedure.filing?.consent;
      return consent ? [{ kind: 'consent', text: consent.text, purposes: consent.purposes, dataCategories: consent.dataCategories, policyVersion: consent.policyVersion }] : [];
    }
    case 'review': {
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
      return [{ kind: 'review', groups }];
    }
    case 'submitted': {
      const submittedAt = session.submittedAt ?? session.updatedAt;
      const req = requirements(procedure, session, context, submittedAt);
      return [
        {
          kind: 'receipt',
          reference: session.reference ?? '',
          procedureName: procedure.name,
          receivedAt: submittedAt,
          dueDate: req.time.dueDate,
          documents: req.documents,
          fee: req.fee,
        },
      ];
    }
    case 'cancelled':
      return [{ kind: 'notice', notice: 'cancelled' }];
    case 'info': {
      const overview = describeProcedure(procedure, context.now, context.holidays);
      return [{ kind: 'overview', overview }, requirements(procedure, session, context, context.now), { kind: 'notice', notice: 'infoOnly' }];
    }
  }
}
