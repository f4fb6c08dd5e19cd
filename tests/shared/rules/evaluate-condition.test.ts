import { describe, expect, it } from 'vitest';
import { evaluateCondition, holds } from '../../../shared/rules/evaluate-condition';
import type { Condition, RuleScope } from '../../../shared/rules/condition';

const scope = (answers: Record<string, unknown>, today = '2026-03-02'): RuleScope => ({ answers, today, holidays: new Set() });

describe('evaluateCondition', () => {
  it('compares answers with literals', () => {
    expect(evaluateCondition({ eq: [{ answer: 'married' }, true] }, scope({ married: true }))).toBe(true);
    expect(evaluateCondition({ gt: [{ answer: 'pages' }, 2] }, scope({ pages: 2 }))).toBe(false);
    expect(evaluateCondition({ in: [{ answer: 'home' }, ['rented', 'borrowed']] }, scope({ home: 'rented' }))).toBe(true);
    expect(evaluateCondition({ includes: [{ answer: 'papers' }, 'lease'] }, scope({ papers: ['lease', 'id'] }))).toBe(true);
  });

  it('stays unknown while a question is unanswered, and and/or settle as soon as they can', () => {
    expect(evaluateCondition({ eq: [{ answer: 'a' }, true] }, scope({}))).toBeUndefined();
    expect(evaluateCondition({ and: [{ eq: [{ answer: 'a' }, true] }, false] }, scope({}))).toBe(false);
    expect(evaluateCondition({ or: [{ eq: [{ answer: 'a' }, true] }, true] }, scope({}))).toBe(true);
    expect(evaluateCondition({ not: { eq: [{ answer: 'a' }, true] } }, scope({}))).toBeUndefined();
    expect(holds({ eq: [{ answer: 'a' }, true] }, scope({}))).toBe(false);
    expect(evaluateCondition({ answered: 'a' }, scope({}))).toBe(false);
  });

  it('counts days since a date against the injected today: day 60 is on time, day 61 is late', () => {
    const late: Condition = { gt: [{ daysSince: { answer: 'born' } }, 60] };
    expect(holds(late, scope({ born: '2026-01-01' }, '2026-03-02'))).toBe(false); // 60 days
    expect(holds(late, scope({ born: '2026-01-01' }, '2026-03-03'))).toBe(true); // 61 days
  });

  it('computes age in completed years', () => {
    const adult: Condition = { gte: [{ ageYears: { answer: 'born' } }, 18] };
    expect(holds(adult, scope({ born: '2008-03-02' }, '2026-03-01'))).toBe(false);
    expect(holds(adult, scope({ born: '2008-03-02' }, '2026-03-02'))).toBe(true);
  });

  it('compares dates and counts working days', () => {
    expect(holds({ before: [{ answer: 'expires' }, { today: true }] }, scope({ expires: '2026-03-01' }))).toBe(true);
    expect(holds({ after: [{ answer: 'expires' }, { date: '2026-12-31' }] }, scope({ expires: '2026-03-01' }))).toBe(false);
    // Fri 2026-03-06 → Mon 2026-03-09: one working day (the Monday).
    expect(evaluateCondition({ workingDaysBetween: [{ date: '2026-03-06' }, { date: '2026-03-09' }] }, scope({}))).toBe(1);
  });
});
