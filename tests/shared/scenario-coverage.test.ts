/**
 * Every fact of a flow procedure that depends on the answers must be exercised by its scenario
 * file, or a typo in a condition would go unnoticed. "Exercised" means:
 * - an eligibility rule fires (decides the outcome) in at least one scenario;
 * - a conditional document, conditional fee item or fee exemption applies in at least one
 *   scenario and does not apply in another (so both sides of its condition are seen).
 */
import { describe, expect, it } from 'vitest';
import { realCatalog, morningOf } from '../support/real-catalog';
import { answerThroughEngine } from '../support/answer-through-engine';
import { ruleScope } from '../../shared/engine/rule-scope';
import { stepContext } from '../../shared/engine/step-context';
import { requiredDocuments } from '../../shared/engine/assess-answers';
import { assessFees } from '../../shared/engine/assess-fees';
import type { Procedure } from '../../shared/schema/procedure-schema';
import { latestVersions } from '../support/latest-versions';

const { procedures, scenarios } = realCatalog();

interface Seen {
  rules: Set<string>;
  present: Set<string>;
  absent: Set<string>;
}

function exercise(procedure: Procedure): Seen {
  const seen: Seen = { rules: new Set(), present: new Set(), absent: new Set() };
  const own = scenarios.filter((s) => s.content.procedure === procedure.id).flatMap((s) => s.content.scenarios);
  for (const scenario of own) {
    const context = { now: morningOf(scenario.today) };
    const { session } = answerThroughEngine(procedure, scenario.answers, context);
    if (session.outcome?.ruleId) seen.rules.add(session.outcome.ruleId);
    const scope = ruleScope(session.answers, stepContext(context));
    const documents = new Set(requiredDocuments(procedure, scope).map((d) => d.id));
    const fee = assessFees(procedure, scope);
    const items = new Set(fee.items.map((i) => i.id));
    const mark = (key: string, applies: boolean): void => void (applies ? seen.present : seen.absent).add(key);
    procedure.documents.forEach((d) => mark(`document ${d.id}`, documents.has(d.id)));
    procedure.fees.items.forEach((f) => mark(`fee ${f.id}`, items.has(f.id)));
    procedure.fees.exemptions.forEach((e) => mark(`exemption ${e.id}`, fee.exemption?.id === e.id));
  }
  return seen;
}

/** What the scenarios never exercise, as readable lines. */
function unexercised(procedure: Procedure): string[] {
  const seen = exercise(procedure);
  const conditional = [
    ...procedure.documents.filter((d) => d.when !== undefined).map((d) => `document ${d.id}`),
    ...procedure.fees.items.filter((f) => f.when !== undefined).map((f) => `fee ${f.id}`),
    ...procedure.fees.exemptions.map((e) => `exemption ${e.id}`),
  ];
  return [
    ...procedure.eligibility.filter((r) => !seen.rules.has(r.id)).map((r) => `rule ${r.id} never fires`),
    ...conditional.filter((key) => !seen.present.has(key)).map((key) => `${key} never applies`),
    ...conditional.filter((key) => !seen.absent.has(key)).map((key) => `${key} always applies`),
  ];
}

describe('scenario coverage', () => {
  for (const procedure of latestVersions(procedures).filter((p) => p.kind === 'flow')) {
    it(`${procedure.id}: every rule, conditional document, conditional fee and exemption is exercised`, () => {
      expect(unexercised(procedure)).toEqual([]);
    });
  }

  it('notices a rule that no scenario makes fire', () => {
    const birth = procedures.find((p) => p.id === 'birth-registration') as Procedure;
    const extra = { ...birth.eligibility[0], id: 'never_true', when: { eq: [{ answer: 'registered_before' }, 'x'] } } as Procedure['eligibility'][number];
    expect(unexercised({ ...birth, eligibility: [...birth.eligibility, extra] })).toContain('rule never_true never fires');
  });
});
