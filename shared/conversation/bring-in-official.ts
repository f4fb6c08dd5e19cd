import { formatDate } from '../validators/date-input';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationState, TurnResult } from './conversation-types';
import { DEFAULT_OFFICE_HOURS, officeStatus } from './office-hours';

/** The "an official will answer {when}" sentence, honest about office hours. */
function handoffMessage(state: ConversationState, context: ConversationContext): string {
  const status = officeStatus(context.now, context.officeHours ?? DEFAULT_OFFICE_HOURS, context.holidays ?? new Set());
  const when = status.open
    ? translate('handoffDuringHours', state.lang)
    : translate('handoffAfterHours', state.lang, { time: status.nextOpenTime, date: formatDate(status.nextOpenDate) });
  return translate('handoffRequested', state.lang, { when });
}

/**
 * Hands the conversation to an official: the bot says so and when they will answer, then stays
 * silent until the official resolves it (see `resumeAfterHandoff`).
 */
export function bringInOfficial(
  state: ConversationState,
  reason: 'requested' | 'rule' | 'notUnderstood',
  context: ConversationContext,
  ruleId?: string,
): TurnResult {
  const resumeMode = state.mode === 'flow' || state.mode === 'explained' || state.mode === 'choosing' ? state.mode : 'idle';
  return {
    state: { ...state, mode: 'handoff', resumeMode },
    replies: [handoffMessage(state, context)],
    effects: [{ type: 'openHandoff', reason, ...(ruleId ? { ruleId } : {}), questionId: state.session?.current ?? null, procedureId: state.procedureId }],
  };
}

/**
 * Called when an official resolves the handoff: the bot picks up where the resident was, and
 * takes their next message as the 1–5 rating it was asked for if it is one (see `answerRating`).
 */
export function resumeAfterHandoff(state: ConversationState): ConversationState {
  return state.mode === 'handoff' ? { ...state, mode: state.resumeMode, misunderstood: 0, awaiting: 'rating' } : state;
}
