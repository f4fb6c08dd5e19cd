/**
 * Where the Mini App's sessions live in the chat's conversation state, so both doors share them.
 * The state holds the chat's active flow (`session`) and one paused flow (`draft`, resumed by
 * "tiếp tục"). The rule, chosen to surprise nobody:
 * - a session for the procedure the chat is running updates that flow in place: the chat's next
 *   message continues from the app's answer;
 * - any other procedure becomes the paused draft (replacing an older paused one, exactly as starting
 *   a new flow in the chat does), and the chat's running flow is left alone;
 * - a submitted or cancelled session leaves the state (the chat ends its flow the same way).
 */
import type { Session } from '../../shared/engine/engine-types';
import type { ConversationState } from '../../shared/conversation/conversation-types';

const isOver = (session: Session): boolean => session.stage === 'submitted' || session.stage === 'cancelled';

/** The resident's session for a procedure, running in the chat or paused. */
export function findDraft(state: ConversationState, procedureId: string): Session | undefined {
  if (state.session?.procedureId === procedureId) return state.session;
  if (state.draft?.procedureId === procedureId) return state.draft;
  return undefined;
}

/** Sessions still worth coming back to: not finished, and not a "you cannot use this" result. */
export function unfinishedDrafts(state: ConversationState): Session[] {
  const sessions = [state.session, state.draft].filter((s): s is Session => s !== null && s !== undefined);
  return sessions.filter(
    (s, index) =>
      !isOver(s) && s.stage !== 'info' && (s.stage !== 'result' || s.outcome?.result === 'eligible') && sessions.findIndex((o) => o.procedureId === s.procedureId) === index,
  );
}

/** The state with `session` stored by the rule above. */
export function placeDraft(state: ConversationState, session: Session): ConversationState {
  const draft = state.draft ?? null;
  if (state.session?.procedureId === session.procedureId) {
    const awaiting = state.awaiting === 'cancel' ? undefined : state.awaiting;
    if (!isOver(session)) return { ...state, session, procedureId: session.procedureId, procedureVersion: session.procedureVersion, answerErrors: 0, awaiting };
    return {
      ...state,
      session: null,
      mode: state.mode === 'flow' ? 'idle' : state.mode,
      resumeMode: state.resumeMode === 'flow' ? 'idle' : state.resumeMode,
      draft: draft?.procedureId === session.procedureId ? null : draft,
      answerErrors: 0,
      awaiting,
    };
  }
  if (isOver(session)) return draft?.procedureId === session.procedureId ? { ...state, draft: null } : state;
  return { ...state, draft: session };
}

/** The chat goes quiet for an official (as "gặp cán bộ" does), remembering where to return. */
export function enterHandoff(state: ConversationState): ConversationState {
  if (state.mode === 'handoff') return state;
  const resumeMode = state.mode === 'flow' || state.mode === 'explained' || state.mode === 'choosing' ? state.mode : 'idle';
  return { ...state, mode: 'handoff', resumeMode, awaiting: undefined };
}
