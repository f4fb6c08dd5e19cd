import { describe, expect, it } from 'vitest';
import { checkCondition, type QuestionTypeInfo } from '../../../shared/rules/check-condition';

const questions = new Map<string, QuestionTypeInfo>([
  ['born', { valueType: 'date' }],
  ['home', { valueType: 'string', options: ['own', 'rented'] }],
  ['married', { valueType: 'boolean' }],
]);

const messages = (condition: unknown): string[] => checkCondition(condition, questions).problems.map((p) => p.message);

describe('checkCondition', () => {
  it('accepts a well-typed condition and reports what it reads', () => {
    const result = checkCondition({ and: [{ eq: [{ answer: 'home' }, 'rented'] }, { gt: [{ daysSince: { answer: 'born' } }, 60] }] }, questions);
    expect(result.problems).toEqual([]);
    expect(result.type).toBe('boolean');
    expect(result.references).toEqual(['home', 'born']);
  });

  it('rejects unknown operators, naming the known ones', () => {
    expect(messages({ greaterThan: [1, 2] })[0]).toMatch(/unknown operator "greaterThan".*gt/);
  });

  it('rejects references to questions that do not exist', () => {
    expect(messages({ eq: [{ answer: 'nope' }, true] })).toEqual(['unknown question "nope"']);
  });

  it('rejects comparing a date with text', () => {
    expect(messages({ lt: [{ answer: 'born' }, 'yesterday'] })).toEqual(['cannot compare date with string']);
  });

  it('rejects option values that are not options of the question', () => {
    expect(messages({ eq: [{ answer: 'home' }, 'rentd'] })[0]).toMatch(/"rentd" is not an option/);
  });

  it('rejects malformed argument lists', () => {
    expect(messages({ eq: [1] })[0]).toMatch(/exactly two/);
    expect(messages({ and: [] })[0]).toMatch(/non-empty/);
    expect(messages({ date: '02/03/2026' })[0]).toMatch(/YYYY-MM-DD/);
  });
});
