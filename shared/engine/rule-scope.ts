import type { RuleScope } from '../rules/condition';
import type { AnswerValue } from './engine-types';

/** Rule scope for a set of answers on a local date; the operators read skipped answers (null) as unknown. */
export function ruleScope(answers: Readonly<Record<string, AnswerValue>>, on: { today: string; holidays: ReadonlySet<string> }): RuleScope {
  return { answers, today: on.today, holidays: on.holidays };
}
