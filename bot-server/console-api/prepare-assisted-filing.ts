/**
 * A volunteer prepares a filing for a resident. The answers are replayed through the engine (only a
 * complete set it accepts is kept), then in ONE transaction, with the resident's conversation row
 * locked: the prepared filing is stored (answers sealed), the chat is set to wait for the
 * resident's 1 or 2, the summary is queued to them through the outbox, and the audit log records who
 * entered which questions (never the values). Nothing is filed until the resident confirms.
 */
import type { PrepareAssistedFilingRequest } from '../../shared/api/console-assisted-filing-schemas';
import { ASSISTED_FILING_HOURS } from '../../shared/api/console-assisted-filing-schemas';
import { replayAnswers, type ReplayOutcome } from '../../shared/engine/replay-answers';
import { requirementsAt } from '../../shared/engine/requirements-at';
import { initialConversation } from '../../shared/conversation/converse';
import { awaitAssistedFiling, awaitedAssistedFiling } from '../../shared/conversation/assisted-filing-turn';
import { renderAssistedFilingSummary, vietnamTimeParts } from '../../shared/conversation/render-assisted-filing-summary';
import { vietnamClock } from '../../shared/rules/calendar';
import { pick } from '../../shared/i18n/language';
import type { Procedure } from '../../shared/schema/procedure-schema';
import type { Services } from '../app/services';
import type { Db } from '../storage/database-types';
import { lockConversationState } from '../storage/locked-conversation-store';
import { saveConversationState } from '../storage/conversation-store';
import { expireAssistedFilings, findAssistedFilingByRequest, insertAssistedFiling } from '../storage/assisted-filing-store';
import { recordAudit } from '../storage/audit-log-store';
import { openConversation, sealConversation } from '../resident-api/sealed-conversation';
import type { SignedInStaff } from './console-auth';
import { queueToResident } from './handoff-actions';
import { assistedFilingErrors } from './assisted-filing-errors';
import { findReachableResident } from './find-reachable-resident';

type Replayed = Extract<ReplayOutcome, { ok: true }>;

function procedureToFile(services: Services, procedureId: string, now: string): Procedure {
  const procedure = services.catalog.current(procedureId, vietnamClock(now).date);
  if (!procedure) throw assistedFilingErrors.procedureNotFound();
  if (procedure.kind !== 'flow' || !procedure.filing) throw assistedFilingErrors.noOnlineFiling();
  return procedure;
}

/** The replayed answers at the review page, or the console error naming what to fix. */
function acceptedAnswers(services: Services, procedure: Procedure, answers: PrepareAssistedFilingRequest['answers'], now: string): Replayed {
  const replayed = replayAnswers(procedure, answers, { now, holidays: services.holidays, addresses: services.addresses });
  if (replayed.ok) return replayed;
  switch (replayed.problem) {
    case 'refused':
      throw assistedFilingErrors.answerInvalid(replayed.questionId, pick(replayed.prompt, 'vi'), replayed.message.vi, replayed.message.en);
    case 'missing':
      throw assistedFilingErrors.answerMissing(replayed.questionId, pick(replayed.prompt, 'vi'));
    case 'notAsked':
      throw assistedFilingErrors.answersNotAsked(replayed.questionIds);
    case 'notEligible':
      throw assistedFilingErrors.notEligible(replayed.reasons.map((reason) => reason.text.vi).join(' '));
    case 'noFiling':
      throw assistedFilingErrors.noOnlineFiling();
  }
}

/** The filing this account's request already prepared, if any; the same id sent for another resident or procedure is refused. */
async function preparedBefore(db: Db, staff: SignedInStaff, request: PrepareAssistedFilingRequest, userId: string): Promise<{ id: number; created: false } | undefined> {
  const earlier = await findAssistedFilingByRequest(db, staff.id, request.requestId);
  if (!earlier) return undefined;
  if (earlier.user_id !== userId || earlier.procedure_id !== request.procedureId) throw assistedFilingErrors.requestIdReused();
  return { id: earlier.id, created: false };
}

/** The prepared filing's id, and whether this request made it (false: a retry of an earlier one). */
export async function prepareAssistedFiling(services: Services, staff: SignedInStaff, request: PrepareAssistedFilingRequest): Promise<{ id: number; created: boolean }> {
  const { db } = services;
  const clock = services.clock();
  const now = clock.toISOString();
  const procedure = procedureToFile(services, request.procedureId, now);
  const replayed = acceptedAnswers(services, procedure, request.answers, now);
  const userId = await findReachableResident(db, services, request.resident, clock);
  const earlier = await preparedBefore(db, staff, request, userId);
  if (earlier) return earlier;
  const expiresAt = new Date(clock.getTime() + ASSISTED_FILING_HOURS * 3_600_000).toISOString();
  const questionIds = Object.keys(replayed.session.answers);

  return db.transaction().execute(async (trx) => {
    const state = openConversation(services.cipher, await lockConversationState(trx, userId, () => sealConversation(services.cipher, initialConversation()), now));
    // A retry that raced its original waited for the lock above: it finds the original's filing now, not a "waiting" resident.
    const raced = await preparedBefore(trx, staff, request, userId);
    if (raced) return raced;
    if (state.mode === 'handoff') throw assistedFilingErrors.residentWithOfficial();
    const waiting = awaitedAssistedFiling(state, now);
    if (waiting) {
      const until = vietnamTimeParts(waiting.expiresAt);
      throw assistedFilingErrors.alreadyWaiting(`${until.time} ngày ${until.date}`);
    }
    await expireAssistedFilings(trx, now);
    const id = await insertAssistedFiling(trx, {
      assisted_by: staff.id,
      request_id: request.requestId,
      user_id: userId,
      procedure_id: procedure.id,
      procedure_version: procedure.version,
      answers: services.cipher.seal(JSON.stringify(replayed.session.answers)),
      question_ids: JSON.stringify(questionIds),
      status: 'pending',
      cancel_reason: null,
      filing_reference: null,
      created_at: now,
      expires_at: expiresAt,
      decided_at: null,
    });
    if (id === undefined) {
      // The same request raced in from a retry and won: answer with its filing.
      const winner = await preparedBefore(trx, staff, request, userId);
      if (!winner) throw new Error('assisted filing vanished after a request-id conflict');
      return winner;
    }
    const wait = { id, procedureId: procedure.id, procedureVersion: procedure.version, helperName: staff.displayName, expiresAt };
    await saveConversationState(trx, userId, sealConversation(services.cipher, awaitAssistedFiling(state, wait)), now);
    const { documents, fee } = requirementsAt(procedure, replayed.session.answers, now, services.holidays);
    const summary = renderAssistedFilingSummary({ helperName: staff.displayName, procedure, review: replayed.review, answers: replayed.session.answers, documents, fee, expiresAt }, state.lang);
    await queueToResident(trx, services, { userId, text: summary, by: 'bot', now });
    await recordAudit(trx, {
      at: now,
      userId: staff.id,
      action: 'assisted-filing.prepared',
      subjectType: 'assisted_filing',
      subjectId: String(id),
      detail: { procedureId: procedure.id, procedureVersion: procedure.version, questionIds: questionIds.join(','), residentFoundBy: 'zaloId' in request.resident ? 'zaloId' : 'phone' },
    });
    return { id, created: true };
  });
}
