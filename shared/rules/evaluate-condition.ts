import type { Condition, RuleScope, RuleValue } from './condition';
import { OPERATORS } from './operators';

/**
 * Evaluates a type-checked condition. Returns `undefined` while it depends on unanswered
 * questions. Unknown operators cannot reach here: the catalog loader rejects them.
 */
export function evaluateCondition(condition: Condition, scope: RuleScope): RuleValue {
  const evaluate = (node: unknown): RuleValue => {
    if (typeof node !== 'object' || node === null) return node as RuleValue;
    const key = Object.keys(node)[0] as string;
    const spec = OPERATORS[key];
    if (!spec) throw new UnknownOperatorError(key);
    return spec.evaluate((node as Record<string, unknown>)[key], evaluate, scope);
  };
  return evaluate(condition);
}

/** `true` only when the condition is definitely true. */
export function holds(condition: Condition | undefined, scope: RuleScope): boolean {
  return condition === undefined ? true : evaluateCondition(condition, scope) === true;
}

export class UnknownOperatorError extends Error {
  readonly code = 'UNKNOWN_OPERATOR';
  constructor(operator: string) {
    super(`unknown rule operator "${operator}"`);
  }
}
