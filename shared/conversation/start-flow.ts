import type { Procedure } from '../schema/procedure-schema';
import { step } from '../engine/step';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationState, TurnResult } from './conversation-types';
import { applyStep } from './apply-step';
import { engineContext } from './engine-context';

/** Starts the eligibility questions of a flow procedure (the overview was shown already); a paused draft gives way. */
export function startFlow(state: ConversationState, procedure: Procedure, context: ConversationContext, lead: string[] = []): TurnResult {
  const result = step(procedure, undefined, { type: 'start' }, engineContext(context));
  const started: ConversationState = { ...state, procedureId: procedure.id, procedureVersion: procedure.version, draft: null, awaiting: undefined };
  const turn = applyStep(started, procedure, result, context, { skipOverview: true });
  const handOver = context.miniAppLink ? [translate('continueInMiniApp', state.lang, { url: context.miniAppLink(procedure.id) })] : [];
  return { ...turn, replies: [...lead, ...turn.replies, translate('commandsHint', state.lang), ...handOver] };
}
