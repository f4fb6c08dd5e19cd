/**
 * Runs every scenario file beside the procedures through the real engine: the answers are given
 * one by one as the engine asks for them, then the outcome, documents and fee are compared.
 */
import { describe, expect, it } from 'vitest';
import { realCatalog, morningOf } from '../support/real-catalog';
import { answerThroughEngine } from '../support/answer-through-engine';
import { ruleScope } from '../../shared/engine/rule-scope';
import { stepContext } from '../../shared/engine/step-context';
import { requiredDocuments } from '../../shared/engine/assess-answers';
import { assessFees } from '../../shared/engine/assess-fees';
import { latestVersions } from '../support/latest-versions';

const { scenarios, procedures: all, problems } = realCatalog();
// Scenario files describe the version in force; archived versions keep only their pinned sessions.
const procedures = latestVersions(all);

describe('procedure catalog', () => {
  it('lints clean', () => {
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.path}: ${p.message}`)).toEqual([]);
  });

  it('has a scenario file for every flow procedure', () => {
    const covered = new Set(scenarios.map((s) => s.content.procedure));
    const missing = procedures.filter((p) => p.kind === 'flow' && !covered.has(p.id)).map((p) => p.id);
    expect(missing).toEqual([]);
  });
});

for (const { file, content } of scenarios) {
  const procedure = procedures.find((p) => p.id === content.procedure);
  describe(`${content.procedure} scenarios (${file})`, () => {
    for (const scenario of content.scenarios) {
      it(scenario.name, () => {
        if (!procedure) throw new Error(`no procedure ${content.procedure}`);
        const context = { now: morningOf(scenario.today) };
        const { session } = answerThroughEngine(procedure, scenario.answers, context);
        const { expect: want } = scenario;
        const got = session.outcome?.result ?? 'pending';
        expect(got, `eligibility (stopped at ${session.current ?? session.stage})`).toBe(want.eligibility);
        if (want.rule) expect(session.outcome?.ruleId).toBe(want.rule);
        if (want.nextQuestion) expect(session.current).toBe(want.nextQuestion);
        const scope = ruleScope(session.answers, stepContext(context));
        const documents = requiredDocuments(procedure, scope).map((d) => d.id);
        if (want.documents) expect(documents).toEqual(want.documents);
        for (const id of want.documentsInclude ?? []) expect(documents).toContain(id);
        for (const id of want.documentsExclude ?? []) expect(documents).not.toContain(id);
        if (want.fee) {
          const fee = assessFees(procedure, scope);
          if (want.fee.total !== undefined) expect(fee.total).toBe(want.fee.total);
          if (want.fee.totalOnline !== undefined) expect(fee.totalOnline).toBe(want.fee.totalOnline);
          if (want.fee.setByProvince !== undefined) expect(fee.setByProvince).toBe(want.fee.setByProvince);
          if (want.fee.exempt !== undefined) expect(fee.exemption !== undefined).toBe(want.fee.exempt);
          if (want.fee.items) expect(fee.items.map((i) => i.id)).toEqual(want.fee.items);
        }
      });
    }
  });
}
