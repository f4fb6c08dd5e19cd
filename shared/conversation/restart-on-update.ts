import type { Session } from '../engine/engine-types';
import { vietnamClock } from '../rules/calendar';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationState, TurnResult } from './conversation-types';
import { showMenu } from './find-procedure';
import { startFlow } from './start-flow';

/** True when the version a session is pinned to is no longer in the catalog (the file was replaced). */
export function isOrphaned(session: Session | null | undefined, context: ConversationContext): session is Session {
  return session !== null && session !== undefined && context.catalog.get(session.procedureId, session.procedureVersion) === undefined;
}

/**
 * A session whose pinned version has gone: say so plainly and start again on the version in
 * force, rather than dropping the resident without a word. Answers given under the old rules
 * are not carried over: the questions or the rules may have changed.
 */
export function restartOnUpdate(state: ConversationState, session: Session, context: ConversationContext): TurnResult {
  const current = context.catalog.current(session.procedureId, vietnamClock(context.now).date);
  const cleared: ConversationState = { ...state, mode: 'idle', session: null, draft: null, awaiting: undefined };
  if (!current || current.kind !== 'flow') return showMenu(cleared, context, [translate('procedureWithdrawn', state.lang)]);
  return startFlow(cleared, current, context, [translate('procedureUpdated', state.lang)]);
}
