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
 * One pass in asking order: a question is visible when its condition holds, and answers of hidden
 * questions are dropped. Conditions only look backwards (the linter enforces it), so the full
 * answer map gives the same result unless a hidden question still holds an answer; only then
 * is the slower, progressive pass needed.
 */
function visibilityPass(procedure: Procedure, answers: Readonly<Record<string, AnswerValue>>, includeFiling: boolean, context: EngineContext): VisibilityPass {
  const questions = procedureIndex(procedure).questions;
  const scope = ruleScope(answers, context.now, context.holidays);
  const visible: IndexedQuestion[] = [];
  for (const entry of questions) {
    const { question } = entry;
    if (question.visibleWhen !== undefined && !holds(question.visibleWhen, scope)) {
      if (answers[question.id] !== undefined) return progressivePass(questions, answers, includeFiling, context);
      continue;
    }
    if (entry.stage === 'eligibility' || includeFiling) visible.push(entry);
  }
  return { answers: answers as Record<string, AnswerValue>, visible };
}

function progressivePass(questions: readonly IndexedQuestion[], answers: Readonly<Record<string, AnswerValue>>, includeFiling: boolean, context: EngineContext): VisibilityPass {
  const kept: Record<string, AnswerValue> = {};
  const visible: IndexedQuestion[] = [];
  const scope = ruleScope(kept, context.now, context.holidays); // `kept` grows: later questions see earlier answers
  for (const entry of questions) {
    const { question } = entry;
    if (question.visibleWhen !== undefined && !holds(question.visibleWhen, scope)) continue;
    if (entry.stage === 'eligibility' || includeFiling) visible.push(entry);
    const value = answers[question.id];
    if (value !== undefined) kept[question.id] = value;
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
  if (session.closed) return { ...session, stage: session.closed, current: null, focus: null, updatedAt: context.now };
  if (procedure.kind === 'info') return { ...session, stage: 'info', current: null, focus: null, updatedAt: context.now };

  const includeFiling = session.filingStarted && session.consent !== null;
  const { answers, visible } = visibilityPass(procedure, session.answers, includeFiling, context);
  const position = decide(procedure, session, answers, visible, context);
  const settled: Session = { ...session, ...position, answers, updatedAt: context.now };
  // The visible list only changes with answers or the filing flags; reuse it for this step's prompt.
  const stillIncludesFiling = settled.filingStarted && settled.consent !== null;
  visibleCache.set(settled, { now: context.now, visible: stillIncludesFiling === includeFiling ? visible : visible.filter((e) => e.stage === 'eligibility') });
  return settled;
}

type Position = Pick<Session, 'stage' | 'current' | 'focus' | 'outcome' | 'filingStarted'>;

function decide(procedure: Procedure, session: Session, answers: Session['answers'], sequence: IndexedQuestion[], context: EngineContext): Position {
  const rule = firedRule(procedure, ruleScope(answers, context.now, context.holidays));
  const pendingEligibility = sequence.find((e) => e.stage === 'eligibility' && answers[e.question.id] === undefined);
  const outcome: Session['outcome'] = rule ? { result: rule.outcome, ruleId: rule.id } : pendingEligibility ? null : { result: 'eligible' };
  const { filingStarted, focus } = session;
  const focused = focus ? sequence.find((e) => e.question.id === focus) : undefined;
  if (focused) return { outcome, filingStarted, focus, stage: focused.stage === 'eligibility' ? 'questions' : 'filing', current: focused.question.id };
  const at = (stage: Session['stage'], current: string | null = null): Position => ({ outcome, filingStarted, focus: null, stage, current });
  if (rule) return at('result');
  if (pendingEligibility) return at('questions', pendingEligibility.question.id);
  if (!filingStarted || !procedure.filing) return { ...at('result'), filingStarted: false };
  if (!session.consent) return at('consent');
  const pendingField = sequence.find((e) => e.stage === 'filing' && answers[e.question.id] === undefined);
  return pendingField ? at('filing', pendingField.question.id) : at('review');
}
