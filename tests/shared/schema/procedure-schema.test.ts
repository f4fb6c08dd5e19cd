/** The procedure schema on its own: defaults filled in, info-only rules, and the refinements zod alone enforces. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { procedureSchema } from '../../../shared/schema/procedure-schema';
import { scenarioFileSchema } from '../../../shared/schema/scenario-schema';
import { MINIMAL_PROCEDURE } from '../catalog/minimal-procedure';

const base = (): Record<string, unknown> => parse(MINIMAL_PROCEDURE) as Record<string, unknown>;

function messages(data: unknown): string[] {
  const result = procedureSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const INFO_ONLY = { ...base(), kind: 'info', questions: undefined, eligibility: undefined };

describe('procedureSchema defaults', () => {
  it('fills in empty lists, required questions, non-personal data and one copy', () => {
    const parsed = procedureSchema.parse({ ...base(), fees: {} });
    expect(parsed).toMatchObject({ aliases: [], keywords: [], sources: [], fees: { items: [], exemptions: [] } });
    expect(parsed.questions[0]).toMatchObject({ required: true, personal: false });
    expect(parsed.documents[0]?.copies).toBe(1);
  });

  it('gives an info-only procedure no questions and no rules by default', () => {
    const parsed = procedureSchema.parse(INFO_ONLY);
    expect(parsed).toMatchObject({ kind: 'info', questions: [], eligibility: [] });
  });
});

describe('procedureSchema refinements', () => {
  it('accepts the minimal procedure', () => {
    expect(messages(base())).toEqual([]);
  });

  it('keeps info-only procedures free of questions and filing', () => {
    expect(messages({ ...base(), kind: 'info' })).toContain('questions: an info-only procedure has no questions');
    const filing = { consent: { policyVersion: '1', text: { vi: 'Đồng ý?' }, purposes: ['filing'], dataCategories: ['name'] }, fields: [{ id: 'name', type: 'text', prompt: { vi: 'Tên?' } }], review: [{ title: { vi: 'Tên' }, fields: ['name'] }] };
    expect(messages({ ...INFO_ONLY, filing })).toContain('filing: an info-only procedure cannot be filed');
  });

  it('requires questions of a flow procedure', () => {
    expect(messages({ ...base(), questions: [] })).toContain('questions: a flow procedure needs at least one question');
  });

  it('requires effectiveTo to be after effectiveFrom', () => {
    expect(messages({ ...base(), effectiveTo: '2026-01-01' })).toContain('effectiveTo: effectiveTo must be after effectiveFrom');
    expect(messages({ ...base(), effectiveTo: '2026-06-01' })).toEqual([]);
  });

  it('requires an amount or setByProvince on a fee item', () => {
    const fees = { items: [{ id: 'base', label: { vi: 'Lệ phí' } }] };
    expect(messages({ ...base(), fees })).toContain('fees.items.0.amount: a fee item needs an amount or setByProvince: true');
    expect(messages({ ...base(), fees: { items: [{ id: 'base', label: { vi: 'Lệ phí' }, setByProvince: true }] } })).toEqual([]);
  });

  it('requires options on choice questions only, without duplicates', () => {
    const question = (extra: Record<string, unknown>) => ({ ...base(), questions: [{ id: 'q', prompt: { vi: 'Hỏi?' }, ...extra }] });
    expect(messages(question({ type: 'singleChoice' }))).toContain('questions.0.options: a singleChoice question needs options');
    expect(messages(question({ type: 'yesNo', options: [{ value: 'a', label: { vi: 'A' } }, { value: 'b', label: { vi: 'B' } }] }))).toContain('questions.0.options: a yesNo question takes no options');
    expect(messages(question({ type: 'multipleChoice', options: [{ value: 'a', label: { vi: 'A' } }, { value: 'a', label: { vi: 'B' } }] }))).toContain('questions.0.options: duplicate option value "a"');
  });

  it('checks identifiers, codes and that every rule cites its legal basis', () => {
    expect(messages({ ...base(), id: 'Sample_ID' })).toContain('id: use lower-kebab-case');
    expect(messages({ ...base(), code: '1001193' })).toContain('code: a procedure code looks like 1.001193');
    const rule = { id: 'minor', when: true, outcome: 'notEligible', reason: { vi: 'Không.' }, cite: [] };
    expect(messages({ ...base(), eligibility: [rule] })).toContain('eligibility.0.cite: an eligibility rule must cite its legal basis');
  });

  it('rejects unknown fields instead of ignoring them', () => {
    expect(messages({ ...base(), colour: 'red' }).join()).toMatch(/colour/);
  });
});

describe('scenarioFileSchema', () => {
  it('accepts a scenario and rejects an unknown outcome', () => {
    const file = { procedure: 'sample', scenarios: [{ name: 'x', today: '2026-01-02', answers: {}, expect: { eligibility: 'pending' } }] };
    expect(scenarioFileSchema.safeParse(file).success).toBe(true);
    const wrong = { ...file, scenarios: [{ ...file.scenarios[0], expect: { eligibility: 'maybe' } }] };
    expect(scenarioFileSchema.safeParse(wrong).success).toBe(false);
  });
});
