/**
 * Derives where a session stands from its answers: hidden answers are dropped, eligibility
 * rules are applied, and the next question (or result, consent, review) is chosen. Every
 * event ends here, so the stored stage can never disagree with the answers.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { IndexedQuestion } from '../catalog/question-index';
import { holds } from '../rules/evaluate-condition';
import type { AnswerValue, EngineContext, Session } from './engine-types';
import { procedureIndex } from './procedure-index';
import { ruleScope } from './rule-scope';
import { firedRule } from './assess-answers';

/** Answers minus those whose question is now hidden; visibility only looks backwards, so one pass suffices. */
export function pruneHidden(procedure: Procedure, answers: Record<string, AnswerValue>, context: EngineContext): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  const scope = ruleScope(kept, context.now, context.holidays);
  const known = scope.answers as Record<string, unknown>; // grows as we go: later questions see earlier answers
  for (const { question } of procedureIndex(procedure).questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    if (question.visibleWhen === undefined || holds(question.visibleWhen, scope)) {
      kept[question.id] = value;
      if (value !== null) known[question.id] = value;
    }
  }
  return kept;
}

/** Visible questions of the stages the resident has reached, in asking order. */
export function visibleSequence(procedure: Procedure, session: Session, context: EngineContext): IndexedQuestion[] {
  const scope = ruleScope(session.answers, context.now, context.holidays);
  const includeFiling = session.filingStarted && session.consent !== null;
  return procedureIndex(procedure).questions.filter(
    (entry) => (entry.stage === 'eligibility' || includeFiling) && holds(entry.question.visibleWhen, scope),
  );
}

export function settleSession(procedure: Procedure, session: Session, context: EngineContext): Session {
  const base = { ...session, updatedAt: context.now };
  if (session.closed) return { ...base, stage: session.closed, current: null, focus: null };
  if (procedure.kind === 'info') return { ...base, stage: 'info', current: null, focus: null };

  const answers = pruneHidden(procedure, session.answers, context);
  const scope = ruleScope(answers, context.now, context.holidays);
  const pruned: Session = { ...base, answers };
  const sequence = visibleSequence(procedure, pruned, context);
  const rule = firedRule(procedure, scope);
  const pendingEligibility = sequence.find((e) => e.stage === 'eligibility' && answers[e.question.id] === undefined);
  const outcome = rule
    ? { result: rule.outcome, ruleId: rule.id }
    : pendingEligibility
      ? null
      : { result: 'eligible' as const };
  const focused = session.focus ? sequence.find((e) => e.question.id === session.focus) : undefined;
  if (focused) {
    return { ...pruned, outcome, stage: focused.stage === 'eligibility' ? 'questions' : 'filing', current: focused.question.id };
  }
  const settled = { ...pruned, outcome, focus: null };
  if (rule) return { ...settled, stage: 'result', current: null };
  if (pendingEligibility) return { ...settled, stage: 'questions', current: pendingEligibility.question.id };
  if (!session.filingStarted || !procedure.filing) return { ...settled, stage: 'result', current: null, filingStarted: false };
  if (!session.consent) return { ...settled, stage: 'consent', current: null };
  const pendingField = sequence.find((e) => e.stage === 'filing' && answers[e.question.id] === undefined);
  if (pendingField) return { ...settled, stage: 'filing', current: pendingField.question.id };
  return { ...settled, stage: 'review', current: null };
}
