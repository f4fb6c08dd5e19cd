import type { RuleScope } from '../rules/condition';
import { vietnamClock } from '../rules/calendar';
import type { AnswerValue } from './engine-types';

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/** Rule scope for a set of answers; skipped answers (null) count as unknown. */
export function ruleScope(answers: Readonly<Record<string, AnswerValue>>, now: string, holidays?: ReadonlySet<string>): RuleScope {
  const known: Record<string, unknown> = {};
  for (const id in answers) if (answers[id] !== null) known[id] = answers[id];
  return { answers: known, today: vietnamClock(now).date, holidays: holidays ?? NO_HOLIDAYS };
}
