import type { Procedure } from '../schema/procedure-schema';
import type { Session } from './engine-types';
import type { StepContext } from './step-context';
import { visibleSequence } from './settle-session';
import { ruleTrigger } from './rule-trigger';

/**
 * The question "back" leads to, or undefined when there is none. From a result that is not
 * eligible: the eligibility answer that decided it (never a filing field). Otherwise the answered
 * question before the current one (from the result or review page: the last one answered).
 */
export function backTarget(procedure: Procedure, session: Session, context: StepContext): string | undefined {
  const sequence = visibleSequence(procedure, session, context);
  if (session.stage === 'result' && session.outcome && session.outcome.result !== 'eligible') {
    const rule = procedure.eligibility.find((r) => r.id === session.outcome?.ruleId);
    return ruleTrigger(rule, sequence, session.answers)?.question.id;
  }
  const position = session.current ? sequence.findIndex((e) => e.question.id === session.current) : sequence.length;
  for (let i = position - 1; i >= 0; i -= 1) {
    const entry = sequence[i];
    if (entry && session.answers[entry.question.id] !== undefined) return entry.question.id;
  }
  return undefined;
}
