import { describe, expect, it } from 'vitest';
import { formatProblem, lintProcedureSource } from '../../../shared/catalog/lint-procedure-source';
import { lintCatalog } from '../../../shared/catalog/lint-catalog';
import { MINIMAL_PROCEDURE } from './minimal-procedure';

const lint = (text: string): string[] => lintProcedureSource('sample.yaml', text).problems.map(formatProblem);
const lineOf = (text: string, fragment: string): number => text.split('\n').findIndex((line) => line.includes(fragment)) + 1;

describe('lintProcedureSource', () => {
  it('accepts a valid file', () => {
    const result = lintProcedureSource('sample.yaml', MINIMAL_PROCEDURE);
    expect(result.problems).toEqual([]);
    expect(result.procedure?.id).toBe('sample');
  });

  it('reports a bad field at its line', () => {
    const text = MINIMAL_PROCEDURE.replace('kind: flow', 'kind: flow\ncolour: red');
    expect(lint(text)).toEqual(['sample.yaml:3: colour: unknown field "colour"']);
    const wrongType = MINIMAL_PROCEDURE.replace('days: 3', 'days: three');
    expect(lint(wrongType)[0]).toMatch(new RegExp(`^sample.yaml:${lineOf(wrongType, 'days: three')}: processingTime.days: `));
  });

  it('reports a rule that references an unknown question', () => {
    const text = MINIMAL_PROCEDURE.replace('{ answer: born }', '{ answer: birth_date }');
    expect(lint(text)).toEqual([`sample.yaml:${lineOf(text, 'birth_date')}: eligibility[0].when.lt[0].ageYears.answer: unknown question "birth_date"`]);
  });

  it('reports a type mismatch in a condition', () => {
    const text = MINIMAL_PROCEDURE.replace('{ lt: [{ ageYears: { answer: born } }, 18] }', '{ lt: [{ answer: born }, 18] }');
    expect(lint(text)).toEqual([`sample.yaml:${lineOf(text, '{ lt: [{ answer: born }')}: eligibility[0].when.lt: cannot compare date with number`]);
  });

  it('reports an unreachable question', () => {
    const text = MINIMAL_PROCEDURE.replace('{ eq: [{ answer: owns_home }, false] }', '{ eq: [{ answer: home_kind }, rented] }');
    expect(lint(text)[0]).toMatch(/questions\[2\]\.visibleWhen: question "home_kind" can never be asked: it depends on "home_kind", which is asked later or is itself/);
  });

  it('reports a duplicate question id', () => {
    const text = MINIMAL_PROCEDURE.replace('  - id: born\n', '  - id: owns_home\n');
    expect(lint(text).some((line) => /questions\[1\]\.id: duplicate question id "owns_home"/.test(line))).toBe(true);
  });

  it('reports missing Vietnamese text', () => {
    const text = MINIMAL_PROCEDURE.replace('summary: { vi: Mẫu, en: Sample }', 'summary: { en: Sample }');
    expect(lint(text)).toEqual([`sample.yaml:${lineOf(text, 'summary:')}: summary.vi: missing Vietnamese text (vi)`]);
  });

  it('reports an unknown operator and a citation of a missing legal basis', () => {
    const text = MINIMAL_PROCEDURE.replace('{ lt: [', '{ lessThan: [').replace('cite: [{ ref: law }]', 'cite: [{ ref: decree }]');
    const problems = lint(text);
    expect(problems.some((p) => p.includes('unknown operator "lessThan"'))).toBe(true);
    expect(problems.some((p) => p.includes('cites unknown legal basis "decree"'))).toBe(true);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(lint('id: x\nid: y\n')).toEqual(['sample.yaml:2: (yaml): Map keys must be unique']);
  });
});

describe('lintCatalog', () => {
  it('reports the same procedure id and version in two files', () => {
    const { problems } = lintCatalog([
      { name: 'a.yaml', text: MINIMAL_PROCEDURE },
      { name: 'b.yaml', text: MINIMAL_PROCEDURE },
    ]);
    expect(problems.map(formatProblem)).toEqual(['b.yaml:1: id: duplicate procedure id "sample" version 1 (also in a.yaml)']);
  });

  it('checks scenario files against their procedure', () => {
    const scenario = 'procedure: sample\nscenarios:\n  - name: x\n    today: "2026-01-02"\n    answers: { owns_home: true, colour: red }\n    expect: { eligibility: pending }\n';
    const { problems } = lintCatalog([
      { name: 'sample.yaml', text: MINIMAL_PROCEDURE },
      { name: 'sample.scenarios.yaml', text: scenario },
    ]);
    expect(problems.map(formatProblem)).toEqual(['sample.scenarios.yaml:5: scenarios[0].answers.colour: unknown question "colour"']);
  });
});
