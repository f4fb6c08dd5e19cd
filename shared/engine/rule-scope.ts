import type { RuleScope } from '../rules/condition';
import { NO_HOLIDAYS, vietnamClock } from '../rules/calendar';
import type { AnswerValue } from './engine-types';

/** Rule scope for a set of answers; the operators read skipped answers (null) as unknown. */
export function ruleScope(answers: Readonly<Record<string, AnswerValue>>, now: string, holidays?: ReadonlySet<string>): RuleScope {
  return { answers, today: vietnamClock(now).date, holidays: holidays ?? NO_HOLIDAYS };
}
