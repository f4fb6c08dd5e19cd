/**
 * Replays a whole set of answers through `step`, from the start to the review page ("check your
 * answers"), exactly as a resident answering one question at a time would go: each answer parsed
 * by the same validators, the eligibility rules applied, the filing started and its consent given.
 * Used when someone else typed the answers in (a volunteer at the desk), so only a complete set the
 * engine accepts is kept, and again when the resident confirms, so the filing is judged at that
 * instant.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { LocalizedText } from '../schema/localized-text-schema';
import type { EngineContext, EngineEffect, EngineOutput, RuleReason, Session, StepResult } from './engine-types';
import { step } from './step';
import { procedureIndex } from './procedure-index';

type ReviewGroups = Extract<EngineOutput, { kind: 'review' }>['groups'];
type ConsentEffect = Extract<EngineEffect, { type: 'recordConsent' }>;

export type ReplayOutcome =
  | { ok: true; session: Session; review: ReviewGroups; consent: ConsentEffect | null }
  /** The engine refused this answer; `message` is the validator's, as a resident would read it. */
  | { ok: false; problem: 'refused'; questionId: string; prompt: LocalizedText; message: LocalizedText }
  /** A required question the answers do not cover. */
  | { ok: false; problem: 'missing'; questionId: string; prompt: LocalizedText }
  /** Answers to questions this case never asks (hidden by earlier answers, or unknown ids). */
  | { ok: false; problem: 'notAsked'; questionIds: string[] }
  | { ok: false; problem: 'notEligible'; reasons: RuleReason[] }
  /** The procedure takes no filing here. */
  | { ok: false; problem: 'noFiling' };

// Far more steps than any procedure has questions: a loop that does not advance is a bug.
const STEP_LIMIT = 1000;

function refusal(result: StepResult): LocalizedText | undefined {
  for (const output of result.outputs) if (output.kind === 'question' && output.error) return output.error;
  return undefined;
}

/** The next step for a question stage: the answer given, a skip for an optional one left out, or why not. */
function answerCurrent(procedure: Procedure, session: Session, answers: Readonly<Record<string, unknown>>, context: EngineContext): StepResult | ReplayOutcome {
  const questionId = session.current ?? '';
  const question = procedureIndex(procedure).byId.get(questionId)?.question;
  if (!question) throw new Error(`engine asked unknown question ${questionId}`);
  const given = answers[questionId];
  if (given === undefined || given === null) {
    if (question.required) return { ok: false, problem: 'missing', questionId, prompt: question.prompt };
    return step(procedure, session, { type: 'skip' }, context);
  }
  const result = step(procedure, session, { type: 'answer', value: given }, context);
  const message = refusal(result);
  return message ? { ok: false, problem: 'refused', questionId, prompt: question.prompt, message } : result;
}

/**
 * Runs `answers` (question id → value, typed or canonical) to the review page. Pure; `context`
 * gives the instant the rules are judged at. Answers are kept as the engine parsed them.
 */
export function replayAnswers(procedure: Procedure, answers: Readonly<Record<string, unknown>>, context: EngineContext): ReplayOutcome {
  if (!procedure.filing || procedure.kind !== 'flow') return { ok: false, problem: 'noFiling' };
  let result = step(procedure, undefined, { type: 'start' }, context);
  let consent: ConsentEffect | null = null;
  for (let taken = 0; taken < STEP_LIMIT; taken += 1) {
    const { session } = result;
    switch (session.stage) {
      case 'questions':
      case 'filing': {
        const next = answerCurrent(procedure, session, answers, context);
        if ('ok' in next) return next;
        result = next;
        break;
      }
      case 'result': {
        if (session.outcome?.result !== 'eligible') {
          const reasons = result.outputs.flatMap((output) => (output.kind === 'eligibility' ? output.reasons : []));
          return { ok: false, problem: 'notEligible', reasons };
        }
        result = step(procedure, session, { type: 'startFiling' }, context);
        break;
      }
      case 'consent':
        result = step(procedure, session, { type: 'consent', accepted: true }, context);
        consent = result.effects.find((effect): effect is ConsentEffect => effect.type === 'recordConsent') ?? consent;
        break;
      case 'review': {
        const notAsked = Object.keys(answers).filter((id) => answers[id] !== null && session.answers[id] === undefined);
        if (notAsked.length > 0) return { ok: false, problem: 'notAsked', questionIds: notAsked };
        const review = result.outputs.find((output) => output.kind === 'review');
        return { ok: true, session, review: review?.kind === 'review' ? review.groups : [], consent };
      }
      default:
        return { ok: false, problem: 'noFiling' };
    }
  }
  throw new Error(`replaying answers for ${procedure.id} did not reach the review page`);
}
