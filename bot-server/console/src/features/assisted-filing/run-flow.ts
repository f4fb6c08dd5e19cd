/**
 * The shared engine driven for a volunteer: the same `step` the chat and the Mini App run, one
 * question at a time. Where a resident would read a result or a consent text, the volunteer goes
 * straight on: the eligibility result is shown only when the case cannot be filed, and consent is
 * the resident's own, given when they answer 1 in Zalo (the server replays the answers the same way).
 */
import { step } from '../../../../../shared/engine/step';
import type { EngineContext, EngineEvent, EngineOutput, Session } from '../../../../../shared/engine/engine-types';
import type { Procedure } from '../../../../../shared/schema/procedure-schema';

export interface FlowState {
  session: Session;
  outputs: EngineOutput[];
}

/** What the volunteer sees: a question, why the case cannot be filed, or the answers to check. */
export type FlowScreen = Extract<EngineOutput, { kind: 'question' | 'eligibility' | 'review' }>;

// More than any procedure has stages to pass; a loop that does not settle is a bug.
const PASS_LIMIT = 10;

function passThrough(procedure: Procedure, result: FlowState, context: EngineContext): FlowState {
  let current = result;
  for (let pass = 0; pass < PASS_LIMIT; pass += 1) {
    const { session } = current;
    if (session.stage === 'result' && session.outcome?.result === 'eligible' && procedure.filing) {
      current = step(procedure, session, { type: 'startFiling' }, context);
    } else if (session.stage === 'consent') {
      current = step(procedure, session, { type: 'consent', accepted: true }, context);
    } else {
      return current;
    }
  }
  throw new Error(`the flow of ${procedure.id} did not settle on a screen`);
}

export function startFlow(procedure: Procedure, context: EngineContext): FlowState {
  return passThrough(procedure, step(procedure, undefined, { type: 'start' }, context), context);
}

/** One event; a refused answer leaves the session as it was, with the validator's message on the question. */
export function applyEvent(procedure: Procedure, state: FlowState, event: EngineEvent, context: EngineContext): FlowState {
  const result = step(procedure, state.session, event, context);
  const next = passThrough(procedure, result, context);
  // A notice alone (nothing to go back to) keeps the screen that was there.
  return flowScreen(next) ? next : { session: next.session, outputs: state.outputs };
}

export function flowScreen(state: FlowState): FlowScreen | undefined {
  return state.outputs.find((output): output is FlowScreen => output.kind === 'question' || output.kind === 'eligibility' || output.kind === 'review');
}
