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

interface VisibilityPass {
  /** Answers of visible questions only. */
  answers: Record<string, AnswerValue>;
  /** Visible questions of the stages reached, in asking order. */
  visible: IndexedQuestion[];
}

/**
 * One pass in asking order: a question is visible when its condition holds on the answers kept
 * so far (visibility only looks backwards, which the linter enforces), and hidden answers are dropped.
 */
function visibilityPass(procedure: Procedure, answers: Readonly<Record<string, AnswerValue>>, includeFiling: boolean, context: EngineContext): VisibilityPass {
  const kept: Record<string, AnswerValue> = {};
  const visible: IndexedQuestion[] = [];
  const scope = ruleScope(kept, context.now, context.holidays);
  const known = scope.answers as Record<string, unknown>; // grows as we go: later questions see earlier answers
  for (const entry of procedureIndex(procedure).questions) {
    const { question } = entry;
    if (question.visibleWhen !== undefined && !holds(question.visibleWhen, scope)) continue;
    if (entry.stage === 'eligibility' || includeFiling) visible.push(entry);
    const value = answers[question.id];
    if (value === undefined) continue;
    kept[question.id] = value;
    if (value !== null) known[question.id] = value;
  }
  return { answers: kept, visible };
}

// Sessions are immutable values: remember each one's visible questions for the step's "now".
const visibleCache = new WeakMap<Session, { now: string; visible: IndexedQuestion[] }>();

/** Visible questions of the stages the resident has reached, in asking order. */
export function visibleSequence(procedure: Procedure, session: Session, context: EngineContext): IndexedQuestion[] {
  const cached = visibleCache.get(session);
  if (cached && cached.now === context.now) return cached.visible;
  const { visible } = visibilityPass(procedure, session.answers, session.filingStarted && session.consent !== null, context);
  visibleCache.set(session, { now: context.now, visible });
  return visible;
}

export function settleSession(procedure: Procedure, session: Session, context: EngineContext): Session {
  const base = { ...session, updatedAt: context.now };
  if (session.closed) return { ...base, stage: session.closed, current: null, focus: null };
  if (procedure.kind === 'info') return { ...base, stage: 'info', current: null, focus: null };

  const includeFiling = session.filingStarted && session.consent !== null;
  const { answers, visible: sequence } = visibilityPass(procedure, session.answers, includeFiling, context);
  const settled = decide(procedure, { ...base, answers }, sequence, context);
  // The visible list only changes with answers or the filing flags; reuse it for this step's prompt.
  const stillIncludesFiling = settled.filingStarted && settled.consent !== null;
  visibleCache.set(settled, { now: context.now, visible: stillIncludesFiling === includeFiling ? sequence : sequence.filter((e) => e.stage === 'eligibility') });
  return settled;
}

function decide(procedure: Procedure, pruned: Session, sequence: IndexedQuestion[], context: EngineContext): Session {
  const { answers } = pruned;
  const scope = ruleScope(answers, context.now, context.holidays);
  const rule = firedRule(procedure, scope);
  const pendingEligibility = sequence.find((e) => e.stage === 'eligibility' && answers[e.question.id] === undefined);
  const outcome = rule
    ? { result: rule.outcome, ruleId: rule.id }
    : pendingEligibility
      ? null
      : { result: 'eligible' as const };
  const focused = pruned.focus ? sequence.find((e) => e.question.id === pruned.focus) : undefined;
  if (focused) {
    return { ...pruned, outcome, stage: focused.stage === 'eligibility' ? 'questions' : 'filing', current: focused.question.id };
  }
  const settled = { ...pruned, outcome, focus: null };
  if (rule) return { ...settled, stage: 'result', current: null };
  if (pendingEligibility) return { ...settled, stage: 'questions', current: pendingEligibility.question.id };
  if (!pruned.filingStarted || !procedure.filing) return { ...settled, stage: 'result', current: null, filingStarted: false };
  if (!pruned.consent) return { ...settled, stage: 'consent', current: null };
  const pendingField = sequence.find((e) => e.stage === 'filing' && answers[e.question.id] === undefined);
  if (pendingField) return { ...settled, stage: 'filing', current: pendingField.question.id };
  return { ...settled, stage: 'review', current: null };
}
