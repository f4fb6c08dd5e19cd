import { describe, expect, it } from 'vitest';
import { step } from '../../../shared/engine/step';
import type { EngineOutput, Session, StepResult } from '../../../shared/engine/engine-types';
import { addresses, procedureById } from '../../support/engine-fixtures';
import { morningOf } from '../../support/real-catalog';

const birth = procedureById('birth-registration');
const context = { now: morningOf('2026-03-11'), addresses, referenceCode: '5GHB-4875-3' };
const questionOf = (result: StepResult) => result.outputs.find((o): o is Extract<EngineOutput, { kind: 'question' }> => o.kind === 'question');

function answerAll(values: unknown[], from?: Session): StepResult {
  let result = from ? step(birth, from, { type: 'resume' }, context) : step(birth, undefined, { type: 'start' }, context);
  for (const value of values) result = step(birth, result.session, { type: 'answer', value }, context);
  return result;
}

const ON_TIME = ['không', 'không', 'cha', '01/03/2026', 'giấy chứng sinh'];

describe('step', () => {
  it('starts with the overview and the first question, numbered', () => {
    const result = step(birth, undefined, { type: 'start' }, context);
    expect(result.outputs[0]?.kind).toBe('overview');
    expect(questionOf(result)).toMatchObject({ question: { id: 'registered_before' }, position: { index: 1, total: 5 } });
    expect(result.session).toMatchObject({ procedureId: 'birth-registration', procedureVersion: 1, stage: 'questions' });
  });

  it('re-asks a wrong answer with a plain message and stores nothing', () => {
    const started = step(birth, undefined, { type: 'start' }, context);
    const refused = step(birth, started.session, { type: 'answer', value: 'hmm' }, context);
    expect(questionOf(refused)?.error?.vi).toMatch(/có.*không/);
    expect(refused.session.answers).toEqual({});
    expect(refused.effects).toEqual([]);
  });

  it('rejects an impossible date', () => {
    const result = answerAll(['không', 'không', 'mẹ', '31/02/2026']);
    expect(questionOf(result)?.question.id).toBe('child_birth_date');
    expect(questionOf(result)?.error).toBeDefined();
    expect(result.session.answers.child_birth_date).toBeUndefined();
  });

  it('ends early with the reason and legal citation when a rule applies', () => {
    const result = answerAll(['không', 'không', '5']);
    expect(result.session.stage).toBe('result');
    const eligibility = result.outputs.find((o) => o.kind === 'eligibility');
    expect(eligibility).toMatchObject({ result: 'notEligible', reasons: [{ ruleId: 'not_entitled_registrant', citations: [{ document: 'Luật Hộ tịch 60/2014/QH13', article: 'Điều 15' }] }] });
  });

  it('opens a handoff when a rule sends the resident to an official', () => {
    const result = answerAll(['không', 'có']);
    expect(result.effects).toContainEqual({ type: 'openHandoff', reason: 'rule', ruleId: 'foreign_case', questionId: null });
  });

  it('computes documents and fee from the answers: day 10 is free, day 61 is set by the province', () => {
    const onTime = answerAll(ON_TIME);
    const requirements = onTime.outputs.find((o) => o.kind === 'requirements');
    expect(requirements && requirements.kind === 'requirements' && requirements.fee.total).toBe(0);
    expect(requirements && requirements.kind === 'requirements' && requirements.documents.map((d) => d.id)).toContain('birth_notice');

    const late = answerAll(['không', 'không', 'cha', '09/01/2026', '1', 'không']);
    const lateReq = late.outputs.find((o) => o.kind === 'requirements');
    expect(lateReq && lateReq.kind === 'requirements' && lateReq.fee).toMatchObject({ total: null, setByProvince: true });
  });

  it('goes back to the previous question showing the kept answer, and forward again', () => {
    const mid = answerAll(['không', 'không', 'cha']);
    const back = step(birth, mid.session, { type: 'back' }, context);
    expect(questionOf(back)).toMatchObject({ question: { id: 'registrant_relationship' }, value: 'parent' });
    const again = step(birth, back.session, { type: 'answer', value: 'ông bà' }, context);
    expect(again.session.answers.registrant_relationship).toBe('relative');
    expect(questionOf(again)?.question.id).toBe('child_birth_date');
  });

  it('drops an answer whose question becomes hidden when an earlier answer changes', () => {
    const late = answerAll(['không', 'không', 'cha', '09/01/2026', '1', 'có']);
    expect(late.session.answers.priority_group).toBe(true);
    const edit = step(birth, late.session, { type: 'edit', questionId: 'child_birth_date' }, context);
    const onTime = step(birth, edit.session, { type: 'answer', value: '05/03/2026' }, context);
    expect(onTime.session.answers.priority_group).toBeUndefined();
    expect(onTime.session.stage).toBe('result');
  });

  it('refuses to skip a required question', () => {
    const started = step(birth, undefined, { type: 'start' }, context);
    const skipped = step(birth, started.session, { type: 'skip' }, context);
    expect(skipped.outputs[0]).toEqual({ kind: 'notice', notice: 'cannotSkipRequired' });
    expect(skipped.session.answers).toEqual({});
  });

  it('files: consent first, then fields, a review page, and a receipt with the reference code', () => {
    const eligible = answerAll(ON_TIME);
    const consent = step(birth, eligible.session, { type: 'startFiling' }, context);
    expect(consent.outputs[0]?.kind).toBe('consent');
    const declined = step(birth, consent.session, { type: 'consent', accepted: false }, context);
    expect(declined.outputs).toEqual([{ kind: 'notice', notice: 'consentDeclined' }]);
    expect(declined.effects.some((e) => e.type === 'recordConsent')).toBe(false);

    const accepted = step(birth, consent.session, { type: 'consent', accepted: true }, context);
    expect(accepted.effects[0]).toMatchObject({ type: 'recordConsent', purposes: ['filing'] });
    let result = accepted;
    for (const value of ['Nguyễn Văn An', 'nam', 'Trần Thị Bình', '001190012345', '0912 345 678', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh']) {
      result = step(birth, result.session, { type: 'answer', value }, context);
    }
    expect(result.session.stage).toBe('review');
    const review = result.outputs[0];
    expect(review?.kind === 'review' && review.groups.flatMap((g) => g.items).find((i) => i.questionId === 'registrant_phone')?.display.vi).toBe('0912 345 678');

    expect(() => step(birth, result.session, { type: 'confirm' }, { ...context, referenceCode: undefined })).toThrow(/referenceCode/);
    const filed = step(birth, result.session, { type: 'confirm' }, context);
    expect(filed.outputs[0]).toMatchObject({ kind: 'receipt', reference: '5GHB-4875-3', dueDate: '2026-03-11' });
    expect(filed.effects[0]).toMatchObject({ type: 'submitFiling', reference: '5GHB-4875-3', procedureVersion: 1 });
    expect(step(birth, filed.session, { type: 'answer', value: 'x' }, context).outputs[0]).toEqual({ kind: 'notice', notice: 'sessionClosed' });
  });

  it('survives a JSON round trip mid-flow and continues identically', () => {
    const mid = answerAll(['không', 'không']);
    const reloaded = JSON.parse(JSON.stringify(mid.session)) as Session;
    const a = step(birth, mid.session, { type: 'answer', value: 'mẹ' }, context);
    const b = step(birth, reloaded, { type: 'answer', value: 'mẹ' }, context);
    expect(b).toEqual(a);
  });

  it('is deterministic: same inputs, same result', () => {
    expect(answerAll(ON_TIME)).toEqual(answerAll(ON_TIME));
  });
});
