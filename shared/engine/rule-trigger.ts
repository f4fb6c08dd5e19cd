import type { Procedure } from '../schema/procedure-schema';
import type { IndexedQuestion } from '../catalog/question-index';
import type { AnswerValue } from './engine-types';

type Rule = Procedure['eligibility'][number];

// Rules never change once loaded: collect each one's question references once.
const referencesByRule = new WeakMap<Rule, ReadonlySet<string>>();

function collect(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, into);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'answer' || key === 'answered') && typeof value === 'string') into.add(value);
    else collect(value, into);
  }
}

function references(rule: Rule): ReadonlySet<string> {
  let refs = referencesByRule.get(rule);
  if (!refs) {
    const found = new Set<string>();
    collect(rule.when, found);
    refs = found;
    referencesByRule.set(rule, refs);
  }
  return refs;
}

/**
 * The eligibility question a resident most likely wants to revisit when `rule` has fired: the
 * last answered one (in asking order) that the rule reads, else the last answered one.
 */
export function ruleTrigger(rule: Rule | undefined, sequence: readonly IndexedQuestion[], answers: Readonly<Record<string, AnswerValue>>): IndexedQuestion | undefined {
  const answered = sequence.filter((e) => e.stage === 'eligibility' && answers[e.question.id] !== undefined).reverse();
  const refs = rule ? references(rule) : undefined;
  return answered.find((e) => refs?.has(e.question.id)) ?? answered[0];
}
