import type { Condition, RuleScope, RuleValue } from './condition';
import { OPERATORS } from './operators';

/**
 * Evaluates a type-checked condition. Returns `undefined` while it depends on unanswered
 * questions. Unknown operators cannot reach here: the catalog loader rejects them.
 */
export function evaluateCondition(condition: Condition, scope: RuleScope): RuleValue {
  return evaluateNode(condition, scope);
}

function evaluateNode(node: unknown, scope: RuleScope): RuleValue {
  if (typeof node !== 'object' || node === null) return node as RuleValue;
  let key: string | undefined;
  for (const k in node) {
    key = k;
    break;
  }
  const spec = key === undefined ? undefined : OPERATORS[key];
  if (!spec || key === undefined) throw new UnknownOperatorError(String(key));
  return spec.evaluate((node as Record<string, unknown>)[key], evaluateNode, scope);
}

/** `true` only when the condition is definitely true. */
export function holds(condition: Condition | undefined, scope: RuleScope): boolean {
  return condition === undefined ? true : evaluateCondition(condition, scope) === true;
}

class UnknownOperatorError extends Error {
  readonly code = 'UNKNOWN_OPERATOR';
  constructor(operator: string) {
    super(`unknown rule operator "${operator}"`);
  }
}
