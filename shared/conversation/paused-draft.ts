/**
 * A flow the resident leaves for the menu is kept as a paused draft, and the menu says so;
 * "tiếp tục" picks it up (see `converse`).
 */
import type { Session } from '../engine/engine-types';
import { vietnamClock } from '../rules/calendar';
import { pick } from '../i18n/language';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationState } from './conversation-types';

/** A session worth coming back to: anything but a finished "you cannot use this" result. */
function worthKeeping(session: Session | null): session is Session {
  return session !== null && (session.stage !== 'result' || session.outcome?.result === 'eligible');
}

/** The flow the resident is leaving (kept as a paused draft), or the draft already kept. */
export function pausedDraft(state: ConversationState): Session | null {
  if (state.mode === 'flow' && worthKeeping(state.session)) return state.session;
  return state.draft ?? null;
}

/** "Bạn đang làm dở thủ tục …", when a paused draft is waiting. */
export function draftNote(draft: Session | null, state: ConversationState, context: ConversationContext): string | undefined {
  if (!draft) return undefined;
  const procedure = context.catalog.get(draft.procedureId, draft.procedureVersion) ?? context.catalog.current(draft.procedureId, vietnamClock(context.now).date);
  return translate('draftWaiting', state.lang, { name: procedure ? pick(procedure.name, state.lang) : draft.procedureId });
}
