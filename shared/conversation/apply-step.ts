/**
 * Renders an engine step into chat replies and folds its effects into the conversation: the
 * offer to file after an eligible result, the link to another procedure, a handoff when a
 * rule needs an official, and the end of the flow when the filing is submitted or declined.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { StepResult } from '../engine/engine-types';
import { vietnamClock } from '../rules/calendar';
import { pick } from '../i18n/language';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationEffect, ConversationState, TurnResult } from './conversation-types';
import { renderOutput } from './render-outputs';
import { bringInOfficial } from './bring-in-official';

interface ApplyOptions {
  skipOverview?: boolean;
  /** Lines to put at the start of the first reply ("✔ Đã ghi: …"). */
  lead?: string[];
}

export function applyStep(state: ConversationState, procedure: Procedure, result: StepResult, context: ConversationContext, opts: ApplyOptions = {}): TurnResult {
  const { session } = result;
  const outputs = result.outputs.filter((o) => !(opts.skipOverview && o.kind === 'overview'));
  const replies = outputs.map((o) => renderOutput(o, state.lang)).filter((text) => text !== '');
  if (opts.lead && opts.lead.length > 0) replies[0] = [...opts.lead, ...(replies[0] === undefined ? [] : [replies[0]])].join('\n');
  const refused = outputs.some((o) => o.kind === 'question' && o.error);
  const answerErrors = refused ? state.answerErrors + 1 : 0;
  if (answerErrors >= 2) replies.push(translate('answerAgainHint', state.lang));
  const effects: ConversationEffect[] = [];
  let handoffRule: string | undefined;
  for (const effect of result.effects) {
    if (effect.type === 'openHandoff') handoffRule = effect.ruleId ?? 'requested';
    else effects.push(effect);
  }
  // Submitted, cancelled, or consent declined (the resident will file in person): the flow is over.
  const declined = outputs.some((o) => o.kind === 'notice' && o.notice === 'consentDeclined');
  const over = session.stage === 'submitted' || session.stage === 'cancelled' || declined;
  let next: ConversationState = { ...state, answerErrors, misunderstood: 0, session: over ? null : session, mode: over ? 'idle' : 'flow' };
  if (session.stage === 'result' && session.outcome?.result === 'eligible' && outputs.some((o) => o.kind === 'requirements')) {
    replies.push(translate(procedure.filing ? 'offerFiling' : 'afterResultNoFiling', state.lang));
  }
  const redirect = outputs.find((o) => o.kind === 'eligibility' && o.procedureId);
  if (redirect && redirect.kind === 'eligibility' && redirect.procedureId) {
    const other = context.catalog.current(redirect.procedureId, vietnamClock(context.now).date);
    if (other) replies.push(state.lang === 'vi' ? `Gõ 1 để xem hướng dẫn thủ tục "${pick(other.name, 'vi')}".` : `Type 1 to see "${pick(other.name, 'en')}".`);
  }
  if (handoffRule) {
    const handed = bringInOfficial(next, handoffRule === 'requested' ? 'requested' : 'rule', context, handoffRule === 'requested' ? undefined : handoffRule);
    next = handed.state;
    replies.push(...handed.replies);
    effects.push(...handed.effects);
  }
  return { state: next, replies, effects };
}
