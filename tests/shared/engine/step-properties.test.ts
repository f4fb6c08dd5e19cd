/**
 * Property: any sequence of events on any catalog procedure never throws and always leaves a
 * valid, serialisable session that is asking a question, showing a result, or finished.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { step } from '../../../shared/engine/step';
import { procedureIndex } from '../../../shared/engine/procedure-index';
import { visibleSequence } from '../../../shared/engine/settle-session';
import { stepContext } from '../../../shared/engine/step-context';
import type { EngineEvent, Session } from '../../../shared/engine/engine-types';
import type { Procedure } from '../../../shared/schema/procedure-schema';
import { realCatalog, morningOf } from '../../support/real-catalog';
import { addresses } from '../../support/engine-fixtures';
import { answerThroughEngine } from '../../support/answer-through-engine';

const { procedures, scenarios } = realCatalog();
const context = { now: morningOf('2026-03-11'), addresses, referenceCode: '5GHB-4875-3' };

const answerValue = fc.oneof(
  fc.constantFrom('có', 'không', 'ko', '1', '2', '3', '7', '01/03/2026', '31/02/2026', '2020-05-05', '001190012345', '0912345678', 'Nguyễn Văn An', '12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh', 'Hộ kinh doanh Phở Bình', '0100109106', ''),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 500 }),
  fc.boolean(),
  fc.array(fc.constantFrom('1', '2', 'x'), { maxLength: 3 }),
);

function eventArbitrary(procedure: Procedure): fc.Arbitrary<EngineEvent> {
  const ids = procedureIndex(procedure).questions.map((e) => e.question.id);
  return fc.oneof(
    { weight: 8, arbitrary: answerValue.map((value): EngineEvent => ({ type: 'answer', value })) },
    fc.constant<EngineEvent>({ type: 'back' }),
    fc.constant<EngineEvent>({ type: 'skip' }),
    fc.constant<EngineEvent>({ type: 'resume' }),
    fc.constant<EngineEvent>({ type: 'startFiling' }),
    fc.constant<EngineEvent>({ type: 'confirm' }),
    fc.constant<EngineEvent>({ type: 'handoff' }),
    { weight: 1, arbitrary: fc.constant<EngineEvent>({ type: 'cancel' }) },
    fc.boolean().map((accepted): EngineEvent => ({ type: 'consent', accepted })),
    ...(ids.length > 0 ? [fc.constantFrom(...ids).map((questionId): EngineEvent => ({ type: 'edit', questionId }))] : []),
    // An answer aimed at a named question, as the Mini App sends it (visible or not, answered or not).
    ...(ids.length > 0 ? [fc.tuple(fc.constantFrom(...ids), answerValue).map(([questionId, value]): EngineEvent => ({ type: 'answer', questionId, value }))] : []),
  );
}

/** Fresh starts, plus sessions already in filing (eligible scenario → start filing → consent), so deep stages get exercised too. */
function startingPoints(procedure: Procedure): Session[] {
  const fresh = step(procedure, undefined, { type: 'start' }, context).session;
  const eligible = scenarios
    .filter((s) => s.content.procedure === procedure.id)
    .flatMap((s) => s.content.scenarios)
    .filter((s) => s.expect.eligibility === 'eligible')
    .slice(0, 3)
    .map((s) => answerThroughEngine(procedure, s.answers, context).session);
  const filing = eligible.map((session) => {
    const started = step(procedure, session, { type: 'startFiling' }, context).session;
    return step(procedure, started, { type: 'consent', accepted: true }, context).session;
  });
  return [fresh, ...eligible, ...filing];
}

function assertValid(procedure: Procedure, session: Session): void {
  expect(JSON.parse(JSON.stringify(session))).toEqual(session);
  const byId = procedureIndex(procedure).byId;
  switch (session.stage) {
    case 'questions':
    case 'filing': {
      expect(session.current && byId.has(session.current)).toBe(true);
      // The question asked is one the resident can see, and either still open or the one they chose to revisit.
      const visible = visibleSequence(procedure, session, stepContext(context)).map((e) => e.question.id);
      expect(visible).toContain(session.current);
      const current = session.current as string;
      expect(session.answers[current] === undefined || session.focus === current).toBe(true);
      break;
    }
    case 'result':
      expect(session.outcome).not.toBeNull();
      break;
    case 'consent':
      expect(session.filingStarted).toBe(true);
      break;
    case 'review':
      expect(session.consent).not.toBeNull();
      break;
    case 'submitted':
      expect(session.reference).toBe('5GHB-4875-3');
      break;
    case 'cancelled':
    case 'info':
      expect(session.current).toBeNull();
      break;
  }
}

describe('engine properties', () => {
  for (const procedure of procedures) {
    it(`${procedure.id}: any event sequence leaves a valid session`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...startingPoints(procedure)), fc.array(eventArbitrary(procedure), { maxLength: 40 }), (start, events) => {
          let session = start;
          assertValid(procedure, session);
          for (const event of events) {
            const result = step(procedure, session, event, context);
            session = result.session;
            expect(result.outputs.length).toBeGreaterThan(0);
            assertValid(procedure, session);
            // Every event but a handoff (the official speaks next) shows the question being asked.
            if ((session.stage === 'questions' || session.stage === 'filing') && event.type !== 'handoff') {
              expect(result.outputs.find((o) => o.kind === 'question')).toMatchObject({ question: { id: session.current } });
            }
          }
        }),
        { numRuns: 80 },
      );
    });
  }
});
