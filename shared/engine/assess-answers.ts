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

/**
 * Why an eligible resident is eligible: none of the procedure's restrictions applies to their
 * answers, under the procedure's legal basis (the "why, with the legal citation" of the result).
 */
export function eligibleReason(procedure: Procedure): RuleReason {
  return {
    ruleId: 'legalBasis',
    text: {
      vi: 'Các câu trả lời của bạn không rơi vào trường hợp nào mà quy định không cho làm thủ tục này, nên bạn làm được theo các văn bản dưới đây.',
      en: 'None of your answers falls under a case the rules exclude, so you may use this procedure under the documents below.',
    },
    citations: procedure.legalBasis.map((basis) => ({ document: basis.document, ...(basis.articles ? { article: basis.articles } : {}) })),
    unconfirmed: procedure.legalBasis.some((basis) => basis.unconfirmed === true),
  };
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
