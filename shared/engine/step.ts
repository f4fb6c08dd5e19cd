/**
 * The engine: `step(procedure, session, event, context) → { session, outputs, effects }`.
 * Pure and deterministic: time, holidays, address data and a fresh reference code come in the
 * context; effects (save, submit, consent, handoff) are returned as data for the caller to run.
 */
import type { Procedure } from '../schema/procedure-schema';
import { EngineError, type EngineContext, type EngineEffect, type EngineEvent, type EngineOutput, type Session, type StepResult } from './engine-types';
import { stepContext, type StepContext } from './step-context';
import { procedureIndex } from './procedure-index';
import { parseAnswer } from './parse-answer';
import { settleSession, visibleSequence } from './settle-session';
import { questionOutput, stagePrompt } from './stage-prompt';
import { describeProcedure } from './describe-procedure';
import { requirementsAt } from './requirements-at';
import { backTarget } from './go-back';

function newSession(procedure: Procedure, now: string): Session {
  return {
    procedureId: procedure.id,
    procedureVersion: procedure.version,
    stage: 'questions',
    current: null,
    answers: {},
    focus: null,
    filingStarted: false,
    consent: null,
    outcome: null,
    closed: null,
    reference: null,
    submittedAt: null,
    startedAt: now,
    updatedAt: now,
  };
}

/** The session with new answers and no question singled out (written out: it runs on every answer). */
function withAnswers(session: Session, answers: Session['answers']): Session {
  return {
    procedureId: session.procedureId,
    procedureVersion: session.procedureVersion,
    stage: session.stage,
    current: session.current,
    answers,
    focus: null,
    filingStarted: session.filingStarted,
    consent: session.consent,
    outcome: session.outcome,
    closed: session.closed,
    reference: session.reference,
    submittedAt: session.submittedAt,
    startedAt: session.startedAt,
    updatedAt: session.updatedAt,
  };
}

function notice(code: Extract<EngineOutput, { kind: 'notice' }>['notice']): EngineOutput {
  return { kind: 'notice', notice: code };
}

/** A settled session, its prompt, and a handoff when a rule newly sends the resident to an official. */
function advance(procedure: Procedure, before: Session, next: Session, context: StepContext, effects: EngineEffect[] = [], lead: EngineOutput[] = []): StepResult {
  const session = settleSession(procedure, next, context);
  const outputs = [...lead, ...stagePrompt(procedure, session, context)];
  const all: EngineEffect[] = [...effects];
  if (session.outcome?.result === 'talkToOfficial' && before.outcome?.result !== 'talkToOfficial') {
    all.push({ type: 'openHandoff', reason: 'rule', ruleId: session.outcome.ruleId, questionId: null });
  }
  return { session, outputs, effects: all };
}

function stay(procedure: Procedure, session: Session, context: StepContext, code: Parameters<typeof notice>[0]): StepResult {
  return { session, outputs: [notice(code), ...stagePrompt(procedure, session, context)], effects: [] };
}

function goBack(procedure: Procedure, session: Session, context: StepContext): StepResult {
  if (session.stage === 'consent') return advance(procedure, session, { ...session, filingStarted: false }, context);
  const target = session.stage === 'info' ? undefined : backTarget(procedure, session, context);
  if (!target) return stay(procedure, session, context, 'cannotGoBack');
  return advance(procedure, session, { ...session, focus: target }, context);
}

function answer(procedure: Procedure, session: Session, event: Extract<EngineEvent, { type: 'answer' }>, context: StepContext): StepResult {
  let target = session;
  if (event.questionId && event.questionId !== session.current) {
    const visible = visibleSequence(procedure, session, context).some((e) => e.question.id === event.questionId);
    if (!visible || (session.answers[event.questionId] === undefined && session.stage !== 'review')) return stay(procedure, session, context, 'nothingToAnswer');
    target = settleSession(procedure, { ...session, focus: event.questionId }, context);
  }
  const entry = target.current ? procedureIndex(procedure).byId.get(target.current) : undefined;
  if (!entry || (target.stage !== 'questions' && target.stage !== 'filing')) return stay(procedure, session, context, 'nothingToAnswer');
  const parsed = parseAnswer(entry.question, event.value, { today: context.today, answers: target.answers, addresses: context.addresses });
  if (!parsed.ok) return { session: target, outputs: questionOutput(procedure, target, context, parsed.error), effects: [] };
  const answers = { ...target.answers, [entry.question.id]: parsed.value };
  return advance(procedure, session, withAnswers(target, answers), context, [{ type: 'saveDraft' }]);
}

function startFiling(procedure: Procedure, session: Session, context: StepContext): StepResult {
  if (!procedure.filing) return stay(procedure, session, context, 'noFilingHere');
  if (session.outcome === null) return stay(procedure, session, context, 'finishQuestionsFirst');
  if (session.outcome.result !== 'eligible') return stay(procedure, session, context, 'notEligibleToFile');
  return advance(procedure, session, { ...session, filingStarted: true }, context, [{ type: 'saveDraft' }]);
}

function confirm(procedure: Procedure, session: Session, context: StepContext): StepResult {
  if (session.stage !== 'review') return stay(procedure, session, context, 'nothingToAnswer');
  if (!context.referenceCode) throw new EngineError('REFERENCE_CODE_REQUIRED', 'confirm needs context.referenceCode');
  const submitted: Session = { ...session, closed: 'submitted', reference: context.referenceCode, submittedAt: context.now };
  // The same facts as the receipt, judged at this instant, so the office and the resident agree.
  const { documents, fee, time } = requirementsAt(procedure, session.answers, context.now, context.holidays, context.today);
  const effect: EngineEffect = {
    type: 'submitFiling',
    reference: context.referenceCode,
    procedureId: procedure.id,
    procedureVersion: procedure.version,
    answers: session.answers,
    receivedAt: context.now,
    dueDate: time.dueDate,
    documents,
    fee,
  };
  return advance(procedure, session, submitted, context, [effect]);
}

function consent(procedure: Procedure, session: Session, accepted: boolean, context: StepContext): StepResult {
  const text = procedure.filing?.consent;
  if (session.stage !== 'consent' || !text) return stay(procedure, session, context, 'nothingToAnswer');
  if (!accepted) {
    const declined = settleSession(procedure, { ...session, filingStarted: false }, context);
    return { session: declined, outputs: [notice('consentDeclined')], effects: [{ type: 'saveDraft' }] };
  }
  const recorded: EngineEffect = { type: 'recordConsent', policyVersion: text.policyVersion, purposes: text.purposes, dataCategories: text.dataCategories, at: context.now };
  return advance(procedure, session, { ...session, consent: { policyVersion: text.policyVersion, at: context.now } }, context, [recorded, { type: 'saveDraft' }]);
}

function start(procedure: Procedure, context: StepContext): StepResult {
  const fresh = newSession(procedure, context.now);
  const started = advance(procedure, fresh, fresh, context, [{ type: 'saveDraft' }]);
  if (procedure.kind === 'info') return started;
  const overview: EngineOutput = { kind: 'overview', overview: describeProcedure(procedure, context.now, context.holidays) };
  return { ...started, outputs: [overview, ...started.outputs] };
}

/** Applies one event. `session` is undefined only for `start`. Throws only on programmer error. */
export function step(procedure: Procedure, session: Session | undefined, event: EngineEvent, caller: EngineContext): StepResult {
  const context = stepContext(caller);
  if (event.type === 'start' || !session) {
    if (event.type !== 'start') throw new EngineError('NO_SESSION', `event ${event.type} needs a session`);
    return start(procedure, context);
  }
  if (session.procedureId !== procedure.id || session.procedureVersion !== procedure.version) {
    throw new EngineError('PROCEDURE_MISMATCH', `session pins ${session.procedureId}@${session.procedureVersion}, got ${procedure.id}@${procedure.version}`);
  }
  if (session.closed && event.type !== 'resume') return stay(procedure, session, context, 'sessionClosed');
  switch (event.type) {
    case 'resume':
      // Time-dependent rules may have changed since the last message: settle like any other event.
      return advance(procedure, session, session, context);
    case 'answer':
      return answer(procedure, session, event, context);
    case 'back':
      return goBack(procedure, session, context);
    case 'edit': {
      const visible = visibleSequence(procedure, session, context).some((e) => e.question.id === event.questionId);
      if (!visible || session.answers[event.questionId] === undefined) return stay(procedure, session, context, 'notEditable');
      return advance(procedure, session, { ...session, focus: event.questionId }, context);
    }
    case 'skip': {
      const entry = session.current ? procedureIndex(procedure).byId.get(session.current) : undefined;
      if (!entry) return stay(procedure, session, context, 'nothingToAnswer');
      if (entry.question.required) return stay(procedure, session, context, 'cannotSkipRequired');
      return advance(procedure, session, withAnswers(session, { ...session.answers, [entry.question.id]: null }), context, [{ type: 'saveDraft' }]);
    }
    case 'cancel':
      return advance(procedure, session, { ...session, closed: 'cancelled' }, context, [{ type: 'discardDraft' }]);
    case 'handoff':
      return { session, outputs: [notice('handoffRequested')], effects: [{ type: 'openHandoff', reason: 'requested', questionId: session.current }] };
    case 'startFiling':
      return startFiling(procedure, session, context);
    case 'consent':
      return consent(procedure, session, event.accepted, context);
    case 'confirm':
      return confirm(procedure, session, context);
  }
}
