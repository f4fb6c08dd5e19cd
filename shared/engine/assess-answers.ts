import type { Procedure } from '../schema/procedure-schema';
import type { RuleScope } from '../rules/condition';
import { holds } from '../rules/evaluate-condition';
import type { DocumentView } from './assessment-types';
import type { RuleReason } from './engine-types';
import { procedureIndex } from './procedure-index';

/** Documents to bring for these answers. */
export function requiredDocuments(procedure: Procedure, scope: RuleScope): DocumentView[] {
  return procedure.documents
    .filter((doc) => holds(doc.when, scope))
    .map((doc) => ({ id: doc.id, name: doc.name, copies: doc.copies, form: doc.form, note: doc.note, unconfirmed: doc.unconfirmed === true }));
}

/** The first eligibility rule that definitely applies, if any. */
export function firedRule(procedure: Procedure, scope: RuleScope): Procedure['eligibility'][number] | undefined {
  return procedure.eligibility.find((rule) => holds(rule.when, scope));
}

export function ruleReason(procedure: Procedure, rule: Procedure['eligibility'][number]): RuleReason {
  const { legalById } = procedureIndex(procedure);
  return {
    ruleId: rule.id,
    text: rule.reason,
    citations: rule.cite.map((cite) => {
      const basis = legalById.get(cite.ref);
      return { document: basis?.document ?? cite.ref, article: cite.article ?? basis?.articles };
    }),
    unconfirmed: rule.unconfirmed === true || rule.cite.some((cite) => legalById.get(cite.ref)?.unconfirmed === true),
  };
}
