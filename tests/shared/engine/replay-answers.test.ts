/**
 * A whole set of answers entered by someone else is replayed through the engine as if typed one
 * by one: a complete, valid set reaches the review page; anything else says which question.
 */
import { describe, expect, it } from 'vitest';
import { replayAnswers } from '../../../shared/engine/replay-answers';
import { step } from '../../../shared/engine/step';
import { addresses, procedureById } from '../../support/engine-fixtures';
import { morningOf } from '../../support/real-catalog';

const birth = procedureById('birth-registration');
const context = { now: morningOf('2026-03-11'), addresses };

const BIRTH_ANSWERS = {
  registered_before: 'không',
  foreign_element: false,
  registrant_relationship: 'parent',
  child_birth_date: '01/03/2026',
  birth_proof: 'birth_certificate',
  child_full_name: 'Nguyễn Hoàng Nam',
  child_sex: 'nam',
  registrant_full_name: 'Trần Thị Mai',
  registrant_citizen_id: '001190012345',
  registrant_phone: '0912 345 678',
  residence_address: '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh',
};

describe('replaying answers to the review page', () => {
  it('accepts typed and canonical answers alike, keeps them as the engine parsed them, and gives consent', () => {
    const replayed = replayAnswers(birth, BIRTH_ANSWERS, context);
    if (!replayed.ok) throw new Error(JSON.stringify(replayed));
    expect(replayed.session.stage).toBe('review');
    expect(replayed.session.answers).toMatchObject({ registered_before: false, child_birth_date: '2026-03-01', registrant_phone: '+84912345678', child_sex: 'male' });
    expect(replayed.consent).toMatchObject({ type: 'recordConsent', policyVersion: '2026-01', purposes: ['filing'] });
    expect(replayed.review.flatMap((group) => group.items.map((item) => item.questionId))).toContain('registrant_citizen_id');
    // The replayed review page confirms like one a resident reached by chat.
    const filed = step(birth, replayed.session, { type: 'confirm' }, { ...context, referenceCode: '5GHB-4875-3' });
    expect(filed.effects.find((e) => e.type === 'submitFiling')).toMatchObject({ reference: '5GHB-4875-3', dueDate: '2026-03-11' });
  });

  it("names the refused answer and repeats the validator's message", () => {
    const replayed = replayAnswers(birth, { ...BIRTH_ANSWERS, registrant_citizen_id: '12345' }, context);
    expect(replayed).toMatchObject({ ok: false, problem: 'refused', questionId: 'registrant_citizen_id', message: { vi: expect.stringContaining('12') } });
  });

  it('names a required question left out', () => {
    const missing: Record<string, unknown> = { ...BIRTH_ANSWERS };
    delete missing.registrant_phone;
    expect(replayAnswers(birth, missing, context)).toMatchObject({ ok: false, problem: 'missing', questionId: 'registrant_phone' });
  });

  it('refuses answers to questions this case never asks', () => {
    expect(replayAnswers(birth, { ...BIRTH_ANSWERS, priority_group: true, favourite_colour: 'xanh' }, context)).toEqual({ ok: false, problem: 'notAsked', questionIds: ['priority_group', 'favourite_colour'] });
  });

  it('stops at a rule that does not allow filing, with its reason', () => {
    const replayed = replayAnswers(birth, { ...BIRTH_ANSWERS, registrant_relationship: 'none' }, context);
    expect(replayed).toMatchObject({ ok: false, problem: 'notEligible', reasons: [{ ruleId: 'not_entitled_registrant' }] });
  });

  it('refuses a procedure without online filing', () => {
    expect(replayAnswers(procedureById('certified-copy'), {}, context)).toEqual({ ok: false, problem: 'noFiling' });
  });
});
