/**
 * Derives where a session stands from its answers: hidden answers are dropped, eligibility
 * rules are applied, and the next question (or result, consent, review) is chosen. Every
 * event ends here, so the stored stage can never disagree with the answers.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { IndexedQuestion } from '../catalog/question-index';
import { holds } from '../rules/evaluate-condition';
import type { AnswerValue, Session } from './engine-types';
import type { StepContext } from './step-context';
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
function visibilityPass(procedure: Procedure, answers: Readonly<Record<string, AnswerValue>>, includeFiling: boolean, context: StepContext): VisibilityPass {
  const questions = procedureIndex(procedure).questions;
  const scope = ruleScope(answers, context);
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

function progressivePass(questions: readonly IndexedQuestion[], answers: Readonly<Record<string, AnswerValue>>, includeFiling: boolean, context: StepContext): VisibilityPass {
  const kept: Record<string, AnswerValue> = {};
  const visible: IndexedQuestion[] = [];
  const scope = ruleScope(kept, context); // `kept` grows: later questions see earlier answers
  for (const entry of questions) {
    const { question } = entry;
    if (question.visibleWhen !== undefined && !holds(question.visibleWhen, scope)) continue;
    if (entry.stage === 'eligibility' || includeFiling) visible.push(entry);
    const value = answers[question.id];
    if (value !== undefined) kept[question.id] = value;
  }
  return { answers: kept, visible };
}

/** Visible questions of the stages the resident has reached, in asking order. */
export function visibleSequence(procedure: Procedure, session: Session, context: StepContext): IndexedQuestion[] {
  if (context.memo.session === session) return context.memo.visible;
  const { visible } = visibilityPass(procedure, session.answers, session.filingStarted && session.consent !== null, context);
  context.memo.session = session;
  context.memo.visible = visible;
  return visible;
}

/** Only the eligibility answers: what is left when a filing can no longer go ahead. */
function withoutFilingAnswers(answers: Record<string, AnswerValue>, visible: readonly IndexedQuestion[]): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  for (const entry of visible) {
    const value = answers[entry.question.id];
    if (entry.stage === 'eligibility' && value !== undefined) kept[entry.question.id] = value;
  }
  return kept;
}

/**
 * The session as its answers say it stands on `context.today`: hidden answers dropped, rules
 * applied, stage and current question chosen; a rule that fires mid-filing ends the filing.
 */
export function settleSession(procedure: Procedure, session: Session, context: StepContext): Session {
  if (session.closed) return { ...session, stage: session.closed, current: null, focus: null, updatedAt: context.now };
  if (procedure.kind === 'info') return { ...session, stage: 'info', current: null, focus: null, updatedAt: context.now };

  const includeFiling = session.filingStarted && session.consent !== null;
  const pass = visibilityPass(procedure, session.answers, includeFiling, context);
  const rule = firedRule(procedure, ruleScope(pass.answers, context));
  // A rule that fires mid-filing (after an edit) ends the filing: its personal data is not kept.
  const abandoned = rule !== undefined && (session.filingStarted || session.consent !== null);
  const answers = abandoned ? withoutFilingAnswers(pass.answers, pass.visible) : pass.answers;
  const base: Session = abandoned ? { ...session, filingStarted: false, consent: null } : session;
  const position = decide(procedure, base, answers, pass.visible, rule);
  // Written out field by field: this runs on every step, and a spread of two objects costs more.
  const settled: Session = {
    procedureId: base.procedureId,
    procedureVersion: base.procedureVersion,
    stage: position.stage,
    current: position.current,
    answers,
    focus: position.focus,
    filingStarted: position.filingStarted,
    consent: base.consent,
    outcome: position.outcome,
    closed: base.closed,
    reference: base.reference,
    submittedAt: base.submittedAt,
    startedAt: base.startedAt,
    updatedAt: context.now,
  };
  // The visible list only changes with answers or the filing flags; reuse it for this step's prompt.
  const stillIncludesFiling = settled.filingStarted && settled.consent !== null;
  context.memo.session = settled;
  context.memo.visible = stillIncludesFiling === includeFiling ? pass.visible : pass.visible.filter((e) => e.stage === 'eligibility');
  return settled;
}

type Position = Pick<Session, 'stage' | 'current' | 'focus' | 'outcome' | 'filingStarted'>;
type Rule = Procedure['eligibility'][number];

function decide(procedure: Procedure, session: Session, answers: Session['answers'], sequence: IndexedQuestion[], rule: Rule | undefined): Position {
  const pendingEligibility = sequence.find((e) => e.stage === 'eligibility' && answers[e.question.id] === undefined);
  const outcome: Session['outcome'] = rule ? { result: rule.outcome, ruleId: rule.id } : pendingEligibility ? null : { result: 'eligible' };
  const { filingStarted, focus } = session;
  const focused = focus ? sequence.find((e) => e.question.id === focus && (filingStarted || e.stage === 'eligibility')) : undefined;
  if (focused) return { outcome, filingStarted, focus, stage: focused.stage === 'eligibility' ? 'questions' : 'filing', current: focused.question.id };
  const at = (stage: Session['stage'], current: string | null = null): Position => ({ outcome, filingStarted, focus: null, stage, current });
  if (rule) return at('result');
  if (pendingEligibility) return at('questions', pendingEligibility.question.id);
  if (!filingStarted || !procedure.filing) return { ...at('result'), filingStarted: false };
  if (!session.consent) return at('consent');
  const pendingField = sequence.find((e) => e.stage === 'filing' && answers[e.question.id] === undefined);
  return pendingField ? at('filing', pendingField.question.id) : at('review');
}
