/**
 * An edit on the review page can make an eligibility rule fire mid-filing. The filing then
 * stops: its personal data is dropped, and "back" leads to the answer that decided it.
 */
import { describe, expect, it } from 'vitest';
import { step } from '../../../shared/engine/step';
import type { EngineOutput, Session } from '../../../shared/engine/engine-types';
import { addresses, procedureById } from '../../support/engine-fixtures';
import { morningOf } from '../../support/real-catalog';

const birth = procedureById('birth-registration');
const context = { now: morningOf('2026-03-11'), addresses, referenceCode: '5GHB-4875-3' };
const FILING_FIELDS = ['child_full_name', 'child_sex', 'registrant_full_name', 'registrant_citizen_id', 'registrant_phone', 'residence_address'];

function review(): Session {
  let result = step(birth, undefined, { type: 'start' }, context);
  for (const value of ['không', 'không', 'cha', '01/03/2026', '1']) result = step(birth, result.session, { type: 'answer', value }, context);
  result = step(birth, result.session, { type: 'startFiling' }, context);
  result = step(birth, result.session, { type: 'consent', accepted: true }, context);
  for (const value of ['Nguyễn Văn An', 'nam', 'Trần Thị Bình', '001190012345', '0912345678', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh']) {
    result = step(birth, result.session, { type: 'answer', value }, context);
  }
  return result.session;
}

describe('a rule that fires mid-filing', () => {
  it('drops the personal data and the filing, and opens a handoff for an official', () => {
    const edit = step(birth, review(), { type: 'edit', questionId: 'foreign_element' }, context);
    const fired = step(birth, edit.session, { type: 'answer', value: 'có' }, context);
    expect(fired.session).toMatchObject({ stage: 'result', filingStarted: false, consent: null, outcome: { result: 'talkToOfficial', ruleId: 'foreign_case' } });
    for (const id of FILING_FIELDS) expect(fired.session.answers[id]).toBeUndefined();
    expect(fired.effects).toContainEqual({ type: 'openHandoff', reason: 'rule', ruleId: 'foreign_case', questionId: null });
  });

  it('goes back to the eligibility answer that decided it, and a corrected answer makes the resident eligible again', () => {
    const edit = step(birth, review(), { type: 'edit', questionId: 'registrant_relationship' }, context);
    const fired = step(birth, edit.session, { type: 'answer', value: '5' }, context);
    expect(fired.session.outcome).toMatchObject({ result: 'notEligible', ruleId: 'not_entitled_registrant' });

    const back = step(birth, fired.session, { type: 'back' }, context);
    expect(back.session).toMatchObject({ stage: 'questions', current: 'registrant_relationship' });
    const fixed = step(birth, back.session, { type: 'answer', value: 'cha' }, context);
    expect(fixed.session).toMatchObject({ stage: 'result', outcome: { result: 'eligible' } });
  });
});

describe('filing before the result', () => {
  const notice = (outputs: EngineOutput[]) => outputs.find((o) => o.kind === 'notice');

  it('says the questions are not finished while they are not', () => {
    const started = step(birth, undefined, { type: 'start' }, context);
    expect(notice(step(birth, started.session, { type: 'startFiling' }, context).outputs)).toEqual({ kind: 'notice', notice: 'finishQuestionsFirst' });
  });

  it('says the resident is not eligible after a not-eligible result', () => {
    let result = step(birth, undefined, { type: 'start' }, context);
    for (const value of ['không', 'không', '5']) result = step(birth, result.session, { type: 'answer', value }, context);
    expect(notice(step(birth, result.session, { type: 'startFiling' }, context).outputs)).toEqual({ kind: 'notice', notice: 'notEligibleToFile' });
  });
});
