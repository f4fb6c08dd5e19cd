/**
 * Time moves between messages: a draft resumed days later is judged on the new day, while a
 * receipt (and the filing sent to the office) keeps the facts of the moment it was submitted.
 */
import { describe, expect, it } from 'vitest';
import { step } from '../../../shared/engine/step';
import type { EngineOutput, Session, StepResult } from '../../../shared/engine/engine-types';
import { addresses, procedureById } from '../../support/engine-fixtures';
import { morningOf } from '../../support/real-catalog';

const birth = procedureById('birth-registration');
const on = (date: string) => ({ now: morningOf(date), addresses, referenceCode: '5GHB-4875-3' });
const receiptOf = (result: StepResult) => result.outputs.find((o): o is Extract<EngineOutput, { kind: 'receipt' }> => o.kind === 'receipt');

/** Born 1 January 2026: 1 March is day 59 (free), 10 March is day 68 (late, fee set by the province). */
function reviewOnDay59(): Session {
  let result = step(birth, undefined, { type: 'start' }, on('2026-03-01'));
  for (const value of ['không', 'không', 'cha', '01/01/2026', '1']) result = step(birth, result.session, { type: 'answer', value }, on('2026-03-01'));
  result = step(birth, result.session, { type: 'startFiling' }, on('2026-03-01'));
  result = step(birth, result.session, { type: 'consent', accepted: true }, on('2026-03-01'));
  for (const value of ['Nguyễn Văn An', 'nam', 'Trần Thị Bình', '001190012345', '0912345678', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh']) {
    result = step(birth, result.session, { type: 'answer', value }, on('2026-03-01'));
  }
  expect(result.session.stage).toBe('review');
  return result.session;
}

describe('a receipt is frozen at submission', () => {
  it('still says "free" when shown again on day 68, and the filing effect carries the same fee and papers', () => {
    const filed = step(birth, reviewOnDay59(), { type: 'confirm' }, on('2026-03-01'));
    const atFiling = receiptOf(filed);
    expect(atFiling?.fee).toMatchObject({ total: 0, items: [] });

    const later = step(birth, filed.session, { type: 'resume' }, on('2026-03-10'));
    expect(receiptOf(later)).toEqual(atFiling);

    const submit = filed.effects.find((e) => e.type === 'submitFiling');
    expect(submit).toMatchObject({ reference: '5GHB-4875-3', procedureId: 'birth-registration', procedureVersion: 1, receivedAt: morningOf('2026-03-01'), dueDate: atFiling?.dueDate });
    expect(submit && submit.type === 'submitFiling' && submit.fee).toEqual(atFiling?.fee);
    expect(submit && submit.type === 'submitFiling' && submit.documents.map((d) => d.id)).toEqual(atFiling?.documents.map((d) => d.id));
  });
});

describe('resume settles the session like any other event', () => {
  it('asks the late-registration question when a draft from day 59 is resumed on day 63', () => {
    let result = step(birth, undefined, { type: 'start' }, on('2026-03-01'));
    for (const value of ['không', 'không', 'cha', '01/01/2026', '1']) result = step(birth, result.session, { type: 'answer', value }, on('2026-03-01'));
    expect(result.session.stage).toBe('result');

    const resumed = step(birth, result.session, { type: 'resume' }, on('2026-03-05'));
    expect(resumed.session).toMatchObject({ stage: 'questions', current: 'priority_group' });
    expect(resumed.outputs.find((o) => o.kind === 'question')).toMatchObject({ question: { id: 'priority_group' } });
  });
});
