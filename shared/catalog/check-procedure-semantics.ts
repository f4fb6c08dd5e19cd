/**
 * Checks a schema-valid procedure for what zod cannot see: conditions that reference unknown
 * questions or mix types, citations of missing legal bases, duplicate ids, questions that can
 * never be asked, and filing fields missing from the review page.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { Condition } from '../rules/condition';
import { checkCondition } from '../rules/check-condition';
import { indexQuestions, questionTypeInfo } from './question-index';
import type { Path } from './source-locator';

export interface SemanticProblem {
  path: Path;
  message: string;
}

type ConditionSite = { condition: Condition; path: Path; expect: 'boolean' | 'number' };

function conditionSites(procedure: Procedure): ConditionSite[] {
  const sites: ConditionSite[] = [];
  const add = (condition: Condition | undefined, path: Path, expect: 'boolean' | 'number' = 'boolean'): void => {
    if (condition !== undefined) sites.push({ condition, path, expect });
  };
  procedure.eligibility.forEach((rule, i) => add(rule.when, ['eligibility', i, 'when']));
  procedure.documents.forEach((doc, i) => add(doc.when, ['documents', i, 'when']));
  procedure.fees.items.forEach((item, i) => {
    add(item.when, ['fees', 'items', i, 'when']);
    for (const key of ['amount', 'onlineAmount'] as const) {
      const amount = item[key];
      if (typeof amount === 'object') {
        add(amount.quantity, ['fees', 'items', i, key, 'quantity'], 'number');
        if ('times' in amount) add(amount.times, ['fees', 'items', i, key, 'times'], 'number');
      }
    }
  });
  procedure.fees.exemptions.forEach((exemption, i) => add(exemption.when, ['fees', 'exemptions', i, 'when']));
  return sites;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

export function checkProcedureSemantics(procedure: Procedure): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const questions = indexQuestions(procedure);
  const types = questionTypeInfo(questions);
  const byId = new Map(questions.map((entry) => [entry.question.id, entry]));

  for (const id of duplicates(questions.map((entry) => entry.question.id))) {
    const second = questions.filter((entry) => entry.question.id === id)[1];
    problems.push({ path: [...(second?.path ?? []), 'id'], message: `duplicate question id "${id}"` });
  }
  const idLists: [string, { id: string }[]][] = [
    ['eligibility', procedure.eligibility],
    ['documents', procedure.documents],
    ['legalBasis', procedure.legalBasis],
  ];
  for (const [key, items] of idLists) {
    for (const id of duplicates(items.map((item) => item.id))) {
      const index = items.map((item) => item.id).lastIndexOf(id);
      problems.push({ path: [key, index, 'id'], message: `duplicate id "${id}" in ${key}` });
    }
  }

  for (const site of conditionSites(procedure)) {
    const result = checkCondition(site.condition, types);
    for (const problem of result.problems) problems.push({ path: [...site.path, ...problem.path], message: problem.message });
    if (result.problems.length === 0 && result.type !== site.expect) {
      problems.push({ path: site.path, message: `expected a ${site.expect === 'boolean' ? 'condition (true/false)' : 'number'}, got ${result.type}` });
    }
  }

  // Visibility: a question may only depend on questions asked before it, and on reachable ones.
  const unreachable = new Set<string>();
  for (const entry of questions) {
    const { visibleWhen, id } = entry.question;
    if (visibleWhen === undefined) continue;
    const result = checkCondition(visibleWhen, types);
    const path = [...entry.path, 'visibleWhen'];
    for (const problem of result.problems) problems.push({ path: [...path, ...problem.path], message: problem.message });
    if (result.problems.length === 0 && result.type !== 'boolean') {
      problems.push({ path, message: `expected a condition (true/false), got ${result.type}` });
    }
    const later = result.references.find((ref) => (byId.get(ref)?.order ?? -1) >= entry.order);
    const blocked = result.references.find((ref) => unreachable.has(ref));
    if (visibleWhen === false || later || blocked) {
      unreachable.add(id);
      const why = later
        ? `it depends on "${later}", which is asked later or is itself`
        : blocked
          ? `it depends on "${blocked}", which can never be asked`
          : 'its condition is always false';
      problems.push({ path, message: `question "${id}" can never be asked: ${why}` });
    }
  }

  const legalIds = new Set(procedure.legalBasis.map((basis) => basis.id));
  const citing: [Path, { ref: string }[] | undefined][] = [
    ...procedure.eligibility.map((rule, i): [Path, { ref: string }[]] => [['eligibility', i, 'cite'], rule.cite]),
    ...procedure.fees.items.map((item, i): [Path, { ref: string }[] | undefined] => [['fees', 'items', i, 'cite'], item.cite]),
    ...procedure.fees.exemptions.map((ex, i): [Path, { ref: string }[]] => [['fees', 'exemptions', i, 'cite'], ex.cite]),
  ];
  for (const [path, cites] of citing) {
    cites?.forEach((cite, i) => {
      if (!legalIds.has(cite.ref)) problems.push({ path: [...path, i, 'ref'], message: `cites unknown legal basis "${cite.ref}"` });
    });
  }

  procedure.eligibility.forEach((rule, i) => {
    if (rule.outcome === 'otherProcedure' && !rule.procedure) {
      problems.push({ path: ['eligibility', i, 'procedure'], message: 'an otherProcedure rule must name the procedure to use' });
    }
  });

  for (const entry of questions) {
    const validation = entry.question.validation;
    if (validation?.birthDateQuestion && byId.get(validation.birthDateQuestion)?.question.type !== 'date') {
      problems.push({ path: [...entry.path, 'validation', 'birthDateQuestion'], message: `"${validation.birthDateQuestion}" is not a date question` });
    }
    const sex = validation?.sexQuestion ? byId.get(validation.sexQuestion)?.question : undefined;
    if (validation?.sexQuestion && !(sex?.type === 'singleChoice' && sex.options?.some((o) => o.value === 'male'))) {
      problems.push({ path: [...entry.path, 'validation', 'sexQuestion'], message: `"${validation.sexQuestion}" must be a single-choice question with options male/female` });
    }
  }

  if (procedure.filing) {
    const reviewed = new Set<string>();
    procedure.filing.review.forEach((group, g) =>
      group.fields.forEach((id, f) => {
        reviewed.add(id);
        if (!byId.has(id)) problems.push({ path: ['filing', 'review', g, 'fields', f], message: `unknown question "${id}" on the review page` });
      }),
    );
    procedure.filing.fields.forEach((field, i) => {
      if (!reviewed.has(field.id)) problems.push({ path: ['filing', 'fields', i, 'id'], message: `filing field "${field.id}" is missing from the review page` });
    });
  }
  return problems;
}
