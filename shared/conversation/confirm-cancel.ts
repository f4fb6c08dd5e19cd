/**
 * "Hủy" discards answers, so when there are any the bot asks first ("có" stops, "không" carries
 * on). Anything else typed instead is taken as a normal message.
 */
import type { Procedure } from '../schema/procedure-schema';
import { step } from '../engine/step';
import { parseYesNo } from '../engine/parse-yes-no';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationState, TurnResult } from './conversation-types';
import type { ChatCommand } from './detect-command';
import { applyStep } from './apply-step';
import { runFlowEvent } from './flow-turn';
import { engineContext } from './engine-context';
import { politeCore } from './polite-core';
import { draftNote } from './paused-draft';

const say = (state: ConversationState, ...replies: string[]): TurnResult => ({ state, replies, effects: [] });

const hasAnswers = (state: ConversationState): boolean => Object.keys((state.mode === 'flow' ? state.session : state.draft)?.answers ?? {}).length > 0;

/** Cancels at once, or asks first when answers would be lost. */
export function cancelFlow(state: ConversationState, procedure: Procedure | undefined, context: ConversationContext): TurnResult {
  if (hasAnswers(state)) return say({ ...state, awaiting: 'cancel' }, translate('cancelConfirm', state.lang));
  return discard(state, procedure, context);
}

function discard(state: ConversationState, procedure: Procedure | undefined, context: ConversationContext): TurnResult {
  const session = state.session;
  const cleared: ConversationState = { ...state, awaiting: undefined, draft: null };
  if (state.mode === 'flow' && procedure && session) {
    const turn = applyStep(cleared, procedure, step(procedure, session, { type: 'cancel' }, engineContext(context)), context);
    return { ...turn, state: { ...turn.state, mode: 'idle', session: null } };
  }
  return { state: { ...cleared, mode: 'idle', session: null, choices: [] }, replies: [translate('cancelled', state.lang)], effects: [{ type: 'discardDraft' }] };
}

/** The reply to "Bạn muốn dừng…?"; undefined when it was neither yes nor no (handle it as usual). */
export function answerCancel(state: ConversationState, procedure: Procedure | undefined, text: string, command: ChatCommand | undefined, context: ConversationContext): TurnResult | undefined {
  const core = politeCore(text);
  const yes = core === '1' || parseYesNo(core) === true || command?.command === 'cancel';
  const no = core === '2' || parseYesNo(core) === false || command?.command === 'resume';
  if (yes) return discard(state, procedure, context);
  const kept: ConversationState = { ...state, awaiting: undefined };
  if (!no) return undefined;
  if (state.mode === 'flow' && procedure && state.session) return runFlowEvent(kept, procedure, state.session, { type: 'resume' }, context, [translate('cancelKept', state.lang)]);
  return say(kept, [translate('cancelKept', state.lang), draftNote(state.draft ?? null, state, context)].filter(Boolean).join(' '));
}
