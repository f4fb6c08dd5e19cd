/**
 * One Mini App event on a resident's draft, applied exactly once: the engine step, the new state
 * (shared with the chat, see draft-slots.ts), the effects (consent, filing, handoff) and the
 * event's id with its answer are written in ONE transaction, with the resident's conversation row
 * locked (PostgreSQL) or the database's single writer held (SQLite), so a chat turn running at the
 * same moment waits rather than overwrites.
 */
import type { Transaction } from 'kysely';
import { step } from '../../shared/engine/step';
import { vietnamClock } from '../../shared/rules/calendar';
import type { EngineEffect, Session, StepResult } from '../../shared/engine/engine-types';
import type { ConversationEffect } from '../../shared/conversation/conversation-types';
import { initialConversation } from '../../shared/conversation/converse';
import type { DraftEventRequest, DraftResponse } from '../../shared/api/mini-app-api-schemas';
import type { Services } from '../app/services';
import type { Database } from '../storage/database-types';
import { lockConversationState } from '../storage/locked-conversation-store';
import { saveConversationState } from '../storage/conversation-store';
import { findAppEvent, recordAppEvent } from '../storage/app-event-store';
import { carryOutEffects } from '../channel/carry-out-effects';
import { findDraft, enterHandoff, placeDraft } from './draft-slots';
import { draftView, pinnedProcedure, residentEngineContext } from './draft-view';
import { openConversation, sealConversation } from './sealed-conversation';
import { residentErrors } from './resident-errors';

type DraftEventOutcome = { kind: 'applied'; response: DraftResponse } | { kind: 'changed'; current: DraftResponse | null };

function conversationEffects(effects: readonly EngineEffect[], procedureId: string): ConversationEffect[] {
  return effects.map((effect) => (effect.type === 'openHandoff' ? { ...effect, procedureId } : effect));
}

/** What the app sent does not match what is stored: the draft as it stands now (or null). */
function changed(services: Services, stored: Session | undefined, now: string): DraftEventOutcome {
  const procedure = stored ? pinnedProcedure(services, stored) : undefined;
  return { kind: 'changed', current: stored && procedure ? draftView(procedure, stored, services, now) : null };
}

/** The engine step for this event, or a reason the app must resync first. */
function runStep(services: Services, procedureId: string, stored: Session | undefined, request: DraftEventRequest, now: string): StepResult | DraftEventOutcome {
  const { event } = request;
  if (!stored && request.baseUpdatedAt === null && event.type !== 'start') throw residentErrors.draftNotFound();
  if ((stored?.updatedAt ?? null) !== request.baseUpdatedAt) return changed(services, stored, now);
  const context = residentEngineContext(services, now, event);
  if (event.type === 'start') {
    const procedure = services.catalog.current(procedureId, vietnamClock(now).date);
    if (!procedure) throw residentErrors.procedureNotFound();
    if (procedure.kind !== 'flow') throw residentErrors.noOnlineQuestions();
    return step(procedure, undefined, event, context);
  }
  const procedure = stored ? pinnedProcedure(services, stored) : undefined;
  if (!stored || !procedure) throw residentErrors.procedureUpdated();
  return step(procedure, stored, event, context);
}

/**
 * `updatedAt` is the version the app sends back as `baseUpdatedAt`; a change within the same
 * millisecond as the stored one (or with the clock set back) still gets a new one.
 */
function laterThan(stored: Session | undefined, next: Session): Session {
  if (!stored || next === stored || next.updatedAt > stored.updatedAt) return next;
  return { ...next, updatedAt: new Date(Date.parse(stored.updatedAt) + 1).toISOString() };
}

type Applied = DraftEventOutcome & { handoffsOpened?: number; filingsChanged?: boolean };

async function apply(trx: Transaction<Database>, services: Services, userId: string, procedureId: string, request: DraftEventRequest, now: string): Promise<Applied> {
  const { cipher } = services;
  const sealed = await lockConversationState(trx, userId, () => sealConversation(cipher, initialConversation()), now);
  const replay = await findAppEvent(trx, userId, request.eventId);
  if (replay) {
    if (replay.procedure_id !== procedureId) throw residentErrors.eventIdReused();
    return { kind: 'applied', response: JSON.parse(cipher.open(replay.response)) as DraftResponse };
  }
  const state = openConversation(cipher, sealed);
  const stored = findDraft(state, procedureId);
  const result = runStep(services, procedureId, stored, request, now);
  if ('kind' in result) return result;
  // A refused answer changes nothing: the engine's message goes back, the stored session stays.
  if (stored && request.event.type === 'answer' && result.outputs.some((o) => o.kind === 'question' && o.error)) {
    return { kind: 'applied', response: { session: stored, outputs: result.outputs } };
  }
  const session = laterThan(stored, result.session);
  const effects = conversationEffects(result.effects, session.procedureId);
  const done = await carryOutEffects(trx, services, { userId, state: { ...state, session }, effects, now, channel: 'miniApp' });
  const placed = placeDraft(state, session);
  await saveConversationState(trx, userId, sealConversation(cipher, done.handoffsOpened > 0 ? enterHandoff(placed) : placed), now);
  const response: DraftResponse = { session, outputs: result.outputs };
  await recordAppEvent(trx, { user_id: userId, event_id: request.eventId, procedure_id: procedureId, response: cipher.seal(JSON.stringify(response)), created_at: now });
  return { kind: 'applied', response, handoffsOpened: done.handoffsOpened, filingsChanged: done.filingsChanged };
}

export async function runDraftEvent(services: Services, userId: string, procedureId: string, request: DraftEventRequest): Promise<DraftEventOutcome> {
  const now = services.clock().toISOString();
  const { handoffsOpened = 0, filingsChanged = false, ...outcome } = await services.db.transaction().execute((trx) => apply(trx, services, userId, procedureId, request, now));
  services.metrics.handoffs.inc(handoffsOpened);
  // After the commit, as the chat does: open consoles refetch the work queue and see the new filing.
  if (filingsChanged) services.live.publish('filings');
  return outcome;
}
