import type { Procedure } from '../../shared/schema/procedure-schema';
import type { EngineContext, Session, StepResult } from '../../shared/engine/engine-types';
import { step } from '../../shared/engine/step';

/**
 * Starts a session and answers each question the engine asks from `answers`, stopping at the
 * first question it has no answer for, or when the questions are over.
 */
export function answerThroughEngine(procedure: Procedure, answers: Record<string, unknown>, context: EngineContext): { session: Session; last: StepResult; asked: string[] } {
  let last = step(procedure, undefined, { type: 'start' }, context);
  const asked: string[] = [];
  for (let guard = 0; guard < 100; guard += 1) {
    const current = last.session.current;
    if (!current || !(current in answers) || !(last.session.stage === 'questions' || last.session.stage === 'filing')) break;
    asked.push(current);
    last = step(procedure, last.session, { type: 'answer', value: answers[current] }, context);
    const error = last.outputs.find((o) => o.kind === 'question' && o.error);
    if (error && error.kind === 'question') throw new Error(`answer to ${current} refused: ${error.error?.vi}`);
  }
  return { session: last.session, last, asked };
}
