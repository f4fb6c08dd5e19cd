import type { Procedure } from '../schema/procedure-schema';
import type { RuleScope } from '../rules/condition';
import { evaluateCondition, holds } from '../rules/evaluate-condition';
import type { FeeAssessment, FeeLine } from './assessment-types';

type FeeAmount = NonNullable<Procedure['fees']['items'][number]['amount']>;

function quantity(expression: unknown, scope: RuleScope): number | undefined {
  const value = evaluateCondition(expression as never, scope);
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : undefined;
}

/** VND for one amount form; null when a quantity it depends on is not known yet. */
function computeAmount(amount: FeeAmount, scope: RuleScope): number | null {
  if (typeof amount === 'number') return amount;
  const units = quantity(amount.quantity, scope);
  if (units === undefined) return null;
  if ('perUnit' in amount) return amount.perUnit * units;
  let remaining = units;
  let previousLimit = 0;
  let total = 0;
  for (const tier of amount.tiers) {
    const inTier = tier.upTo === undefined ? remaining : Math.min(remaining, tier.upTo - previousLimit);
    total += inTier * tier.perUnit;
    remaining -= inTier;
    previousLimit = tier.upTo ?? previousLimit;
    if (remaining <= 0) break;
  }
  if (amount.max !== undefined) total = Math.min(total, amount.max);
  const times = amount.times === undefined ? 1 : quantity(amount.times, scope);
  return times === undefined ? null : total * times;
}

/** Fee lines that apply to these answers, exemptions, and totals (in person and online). */
export function assessFees(procedure: Procedure, scope: RuleScope, onlyUnconditional = false): FeeAssessment {
  const items: FeeLine[] = procedure.fees.items
    .filter((item) => (onlyUnconditional ? item.when === undefined : holds(item.when, scope)))
    .map((item) => {
      const amount = item.amount === undefined || item.setByProvince ? null : computeAmount(item.amount, scope);
      const online = item.onlineAmount === undefined ? amount : computeAmount(item.onlineAmount, scope);
      return {
        id: item.id,
        label: item.label,
        amount,
        onlineAmount: item.setByProvince ? null : online,
        setByProvince: item.setByProvince === true,
        note: item.note,
        unconfirmed: item.unconfirmed === true,
      };
    });
  const exemption = onlyUnconditional ? undefined : procedure.fees.exemptions.find((ex) => holds(ex.when, scope));
  const setByProvince = items.some((item) => item.setByProvince);
  const sum = (pick: (line: FeeLine) => number | null): number | null =>
    items.reduce<number | null>((acc, line) => (acc === null || pick(line) === null ? null : acc + (pick(line) as number)), 0);
  if (exemption) {
    return { items, total: 0, totalOnline: 0, setByProvince: false, exemption: { id: exemption.id, reason: exemption.reason }, note: procedure.fees.note };
  }
  return { items, total: sum((l) => l.amount), totalOnline: sum((l) => l.onlineAmount), setByProvince, note: procedure.fees.note };
}
