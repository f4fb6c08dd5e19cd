/**
 * The engine: `step(procedure, session, event, context) → { session, outputs, effects }`.
 * Pure and deterministic: time, holidays, address data and a fresh reference code come in the
 * context; effects (save, submit, consent, handoff) are returned as data for the caller to run.
 */
import type { Procedure } from '../schema/procedure-schema';
import { NO_HOLIDAYS, vietnamClock } from '../rules/calendar';
import { EngineError, type EngineContext, type EngineEffect, type EngineEvent, type EngineOutput, type Session, type StepResult } from './engine-types';
import { procedureIndex } from './procedure-index';
import { parseAnswer } from './parse-answer';
import { settleSession, visibleSequence } from './settle-session';
import { questionOutput, stagePrompt } from './stage-prompt';
import { describeProcedure } from './describe-procedure';
import { assessProcessingTime } from './processing-time';

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

function notice(code: Extract<EngineOutput, { kind: 'notice' }>['notice']): EngineOutput {
  return { kind: 'notice', notice: code };
}

/** A settled session, its prompt, and a handoff when a rule newly sends the resident to an official. */
function advance(procedure: Procedure, before: Session, next: Session, context: EngineContext, effects: EngineEffect[] = [], lead: EngineOutput[] = []): StepResult {
  const session = settleSession(procedure, next, context);
  const outputs = [...lead, ...stagePrompt(procedure, session, context)];
  const all: EngineEffect[] = [...effects];
  if (session.outcome?.result === 'talkToOfficial' && before.outcome?.result !== 'talkToOfficial') {
    all.push({ type: 'openHandoff', reason: 'rule', ruleId: session.outcome.ruleId, questionId: null });
  }
  return { session, outputs, effects: all };
}

function stay(procedure: Procedure, session: Session, context: EngineContext, code: Parameters<typeof notice>[0]): StepResult {
  return { session, outputs: [notice(code), ...stagePrompt(procedure, session, context)], effects: [] };
}

function goBack(procedure: Procedure, session: Session, context: EngineContext): StepResult {
  if (session.stage === 'consent') return advance(procedure, session, { ...session, filingStarted: false }, context);
  const sequence = visibleSequence(procedure, session, context);
  const position = session.current ? sequence.findIndex((e) => e.question.id === session.current) : sequence.length;
  const previous = [...sequence.slice(0, position)].reverse().find((e) => session.answers[e.question.id] !== undefined);
  if (!previous || session.stage === 'info') return stay(procedure, session, context, 'cannotGoBack');
  return advance(procedure, session, { ...session, focus: previous.question.id }, context);
}

function answer(procedure: Procedure, session: Session, event: Extract<EngineEvent, { type: 'answer' }>, context: EngineContext): StepResult {
  let target = session;
  if (event.questionId && event.questionId !== session.current) {
    const visible = visibleSequence(procedure, session, context).some((e) => e.question.id === event.questionId);
    if (!visible || (session.answers[event.questionId] === undefined && session.stage !== 'review')) return stay(procedure, session, context, 'nothingToAnswer');
    target = settleSession(procedure, { ...session, focus: event.questionId }, context);
  }
  const entry = target.current ? procedureIndex(procedure).byId.get(target.current) : undefined;
  if (!entry || (target.stage !== 'questions' && target.stage !== 'filing')) return stay(procedure, session, context, 'nothingToAnswer');
  const parsed = parseAnswer(entry.question, event.value, { today: vietnamClock(context.now).date, answers: target.answers, addresses: context.addresses });
  if (!parsed.ok) return { session: target, outputs: questionOutput(procedure, target, context, parsed.error), effects: [] };
  const answers = { ...target.answers, [entry.question.id]: parsed.value };
  return advance(procedure, session, { ...target, answers, focus: null }, context, [{ type: 'saveDraft' }]);
}

/** Applies one event. `session` is undefined only for `start`. Throws only on programmer error. */
export function step(procedure: Procedure, session: Session | undefined, event: EngineEvent, context: EngineContext): StepResult {
  if (event.type === 'start' || !session) {
    if (event.type !== 'start') throw new EngineError('NO_SESSION', `event ${event.type} needs a session`);
    const started = advance(procedure, newSession(procedure, context.now), newSession(procedure, context.now), context, [{ type: 'saveDraft' }]);
    const overview: EngineOutput = { kind: 'overview', overview: describeProcedure(procedure, context.now, context.holidays) };
    return { ...started, outputs: procedure.kind === 'info' ? started.outputs : [overview, ...started.outputs] };
  }
  if (session.procedureId !== procedure.id || session.procedureVersion !== procedure.version) {
    throw new EngineError('PROCEDURE_MISMATCH', `session pins ${session.procedureId}@${session.procedureVersion}, got ${procedure.id}@${procedure.version}`);
  }
  if (session.closed && event.type !== 'resume') return stay(procedure, session, context, 'sessionClosed');
  switch (event.type) {
    case 'resume':
      return { session, outputs: stagePrompt(procedure, session, context), effects: [] };
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
      return advance(procedure, session, { ...session, answers: { ...session.answers, [entry.question.id]: null }, focus: null }, context, [{ type: 'saveDraft' }]);
    }
    case 'cancel':
      return advance(procedure, session, { ...session, closed: 'cancelled' }, context, [{ type: 'discardDraft' }]);
    case 'handoff':
      return { session, outputs: [notice('handoffRequested')], effects: [{ type: 'openHandoff', reason: 'requested', questionId: session.current }] };
    case 'startFiling':
      if (!procedure.filing) return stay(procedure, session, context, 'noFilingHere');
      if (session.outcome?.result !== 'eligible') return stay(procedure, session, context, 'notEligibleToFile');
      return advance(procedure, session, { ...session, filingStarted: true }, context, [{ type: 'saveDraft' }]);
    case 'consent': {
      const consent = procedure.filing?.consent;
      if (session.stage !== 'consent' || !consent) return stay(procedure, session, context, 'nothingToAnswer');
      if (!event.accepted) {
        const declined = settleSession(procedure, { ...session, filingStarted: false }, context);
        return { session: declined, outputs: [notice('consentDeclined')], effects: [{ type: 'saveDraft' }] };
      }
      const recorded: EngineEffect = { type: 'recordConsent', policyVersion: consent.policyVersion, purposes: consent.purposes, dataCategories: consent.dataCategories, at: context.now };
      return advance(procedure, session, { ...session, consent: { policyVersion: consent.policyVersion, at: context.now } }, context, [recorded, { type: 'saveDraft' }]);
    }
    case 'confirm': {
      if (session.stage !== 'review') return stay(procedure, session, context, 'nothingToAnswer');
      if (!context.referenceCode) throw new EngineError('REFERENCE_CODE_REQUIRED', 'confirm needs context.referenceCode');
      const submitted: Session = { ...session, closed: 'submitted', reference: context.referenceCode, submittedAt: context.now };
      const time = assessProcessingTime(procedure.processingTime, context.now, context.holidays ?? NO_HOLIDAYS);
      const effect: EngineEffect = {
        type: 'submitFiling',
        reference: context.referenceCode,
        procedureId: procedure.id,
        procedureVersion: procedure.version,
        answers: session.answers,
        receivedAt: context.now,
        dueDate: time.dueDate,
      };
      return advance(procedure, session, submitted, context, [effect]);
    }
  }
}
