/** Drives a procedure through the resident API as the Mini App would: start, answers, filing, consent, confirm. */
import { expect } from 'vitest';
import type { DraftResponse } from '../../../shared/api/mini-app-api-schemas';
import type { EngineEvent } from '../../../shared/engine/engine-types';
import { procedureIndex } from '../../../shared/engine/procedure-index';
import { realCatalog } from '../../support/real-catalog';
import { procedureById } from '../../support/engine-fixtures';
import { sampleFieldValue } from '../../support/typed-answers';
import type { MiniAppUser, ResidentApiServer } from './resident-api-harness';

/** The first eligible scenario of a procedure (its answers and the day they were written for). */
export function eligibleScenario(procedureId: string) {
  const scenario = realCatalog()
    .scenarios.flatMap((s) => (s.content.procedure === procedureId ? s.content.scenarios : []))
    .find((s) => s.expect.eligibility === 'eligible');
  if (!scenario) throw new Error(`no eligible scenario for ${procedureId}`);
  return scenario;
}

export async function sendOk(server: ResidentApiServer, user: MiniAppUser, procedureId: string, event: EngineEvent, base: DraftResponse['session'] | null): Promise<DraftResponse> {
  const response = await server.send(user, procedureId, event, base);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.json() as DraftResponse;
}

/** Answers the eligibility questions from the scenario; returns the result screen. */
export async function answerEligibility(server: ResidentApiServer, user: MiniAppUser, procedureId: string, answers: Record<string, unknown>, from?: DraftResponse): Promise<DraftResponse> {
  let last = from ?? (await sendOk(server, user, procedureId, { type: 'start' }, null));
  for (let guard = 0; last.session.stage === 'questions' && guard < 40; guard += 1) {
    const current = last.session.current ?? '';
    last = await sendOk(server, user, procedureId, { type: 'answer', value: answers[current] as string }, last.session);
  }
  return last;
}

/** From an eligible result to the review page: file here, consent, fill in each field. */
export async function fillFiling(server: ResidentApiServer, user: MiniAppUser, procedureId: string, result: DraftResponse): Promise<DraftResponse> {
  const byId = procedureIndex(procedureById(procedureId)).byId;
  let last = await sendOk(server, user, procedureId, { type: 'startFiling' }, result.session);
  last = await sendOk(server, user, procedureId, { type: 'consent', accepted: true }, last.session);
  for (let guard = 0; last.session.stage === 'filing' && guard < 40; guard += 1) {
    const question = byId.get(last.session.current ?? '')?.question;
    if (!question) throw new Error('no current field');
    last = await sendOk(server, user, procedureId, { type: 'answer', value: sampleFieldValue(question, last.session.answers) }, last.session);
  }
  return last;
}
