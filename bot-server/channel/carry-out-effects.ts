/**
 * Carries out what a conversation turn asked for, inside the same transaction as the new state
 * and the replies: consent records, filings, handoffs, status look-ups, appointments, deletions.
 */
import { rateLatestResolvedHandoff } from '../storage/handoff-rating-store';
import type { ConversationEffect, ConversationState } from '../../shared/conversation/conversation-types';
import { renderFilingStatus, type FilingStatus } from '../../shared/conversation/render-filing-status';
import type { Db } from '../storage/database-types';
import { recordConsent } from '../storage/consent-store';
import { findFilingByReference } from '../storage/filing-store';
import { openHandoff } from '../storage/handoff-store';
import { deleteAllResidentData } from '../storage/resident-data-deletion';
import { recordUnplacedQuery } from '../storage/unplaced-query-store';
import type { Services } from '../app/services';
import { scrubText } from '../app/scrub-personal-data';
import { storeSubmittedFiling } from './store-submitted-filing';
import { carryOutAssistedFilingEffect } from './assisted-filing-effects';
import { carryOutAppointmentEffect } from './appointment-effects';

export interface EffectOutcome {
  /** Extra replies the effects produce (a filing's status). */
  replies: string[];
  /** The conversation state to keep (a deletion resets it). */
  state: ConversationState;
  handoffsOpened: number;
  /** A filing (or a prepared one) was made or decided: open consoles refetch after the commit. */
  filingsChanged: boolean;
  /** An appointment was booked, moved, cancelled or deleted: the same, for the appointments view. */
  appointmentsChanged: boolean;
}

export async function carryOutEffects(
  db: Db,
  services: Services,
  /** `inboxId`: the chat's inbox event, which appointment effects need (a booking's idempotency key). */
  turn: { userId: string; state: ConversationState; effects: readonly ConversationEffect[]; now: string; channel: 'chat' | 'miniApp'; inboxId?: number },
): Promise<EffectOutcome> {
  const replies: string[] = [];
  let { state } = turn;
  let handoffsOpened = 0;
  let filingsChanged = false;
  let appointmentsChanged = false;
  for (const effect of turn.effects) {
    switch (effect.type) {
      case 'recordConsent':
        await recordConsent(db, { userId: turn.userId, policyVersion: effect.policyVersion, purposes: effect.purposes, dataCategories: effect.dataCategories, channel: turn.channel, procedureId: state.session?.procedureId ?? state.procedureId, givenAt: effect.at });
        break;
      case 'submitFiling':
        await storeSubmittedFiling(db, services, { effect, userId: turn.userId, channel: turn.channel, now: turn.now });
        filingsChanged = true;
        break;
      case 'submitAssistedFiling':
      case 'cancelAssistedFiling':
        replies.push(...(await carryOutAssistedFilingEffect(db, services, effect, { userId: turn.userId, now: turn.now, lang: state.lang })));
        filingsChanged = true;
        break;
      case 'bookAppointment':
      case 'moveAppointment':
      case 'cancelAppointment': {
        if (turn.inboxId === undefined) throw new Error('appointment effects come from chat turns, which have an inbox event');
        const done = await carryOutAppointmentEffect(db, services, effect, { userId: turn.userId, now: turn.now, state, inboxId: turn.inboxId });
        replies.push(...done.replies);
        state = done.state;
        appointmentsChanged ||= done.changed;
        break;
      }
      case 'openHandoff':
        await openHandoff(db, { userId: turn.userId, reason: effect.reason, procedureId: effect.procedureId, questionId: effect.questionId, ruleId: effect.ruleId ?? null, openedAt: turn.now });
        handoffsOpened += 1;
        break;
      case 'lookupFiling': {
        const filing = await findFilingByReference(db, effect.reference);
        const procedure = filing ? services.catalog.get(filing.procedure_id, filing.procedure_version) : undefined;
        replies.push(
          renderFilingStatus(
            filing && procedure ? { reference: filing.reference, procedureName: procedure.name, status: filing.status as FilingStatus, receivedAt: filing.received_at, dueDate: filing.due_date } : undefined,
            effect.reference,
            state.lang,
          ),
        );
        break;
      }
      case 'deleteMyData':
        await deleteAllResidentData(db, turn.userId, turn.now);
        appointmentsChanged = true; // upcoming ones were cancelled: a needless refetch at worst
        break;
      case 'unplacedQuery':
        // Kept for the dashboard without any link to the resident, and with numbers masked.
        await recordUnplacedQuery(db, { text: scrubText(effect.text).slice(0, 500), at: turn.now });
        break;
      case 'rateHandoff':
        await rateLatestResolvedHandoff(db, turn.userId, effect.score);
        break;
      case 'saveDraft':
      case 'discardDraft':
        // The conversation state (which holds the draft) is saved, or reset, with every turn.
        break;
    }
  }
  return { replies, state, handoffsOpened, filingsChanged, appointmentsChanged };
}
