/**
 * A chat turn while a procedure flow is running: the resident's words become engine events
 * (answers, consent, confirm), and the engine's outputs become chat messages.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { EngineEvent, Session, StepResult } from '../engine/engine-types';
import { step } from '../engine/step';
import { visibleSequence } from '../engine/settle-session';
import { stagePrompt } from '../engine/stage-prompt';
import { parseYesNo } from '../engine/parse-yes-no';
import { foldForMatch } from '../text/fold-vietnamese';
import { vietnamClock } from '../rules/calendar';
import { pick } from '../i18n/language';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationEffect, ConversationState, TurnResult } from './conversation-types';
import { renderOutput } from './render-outputs';
import { bringInOfficial } from './bring-in-official';

const CONFIRM = /^(1|xac nhan|dong y|gui|nop|nop ho so|confirm|ok|co|dung|dung roi|chinh xac)\b/;
const AGREE = /^(1|dong y|toi dong y|co|ok|yes|agree|i agree|chap nhan)\b/;
const DISAGREE = /^(2|khong dong y|khong|ko|no|tu choi)\b/;

export function engineContext(context: ConversationContext) {
  return { now: context.now, holidays: context.holidays, addresses: context.addresses, referenceCode: context.referenceCode };
}

/** Renders an engine step into chat replies and folds its effects into the conversation. */
export function applyStep(state: ConversationState, procedure: Procedure, result: StepResult, context: ConversationContext, opts: { skipOverview?: boolean } = {}): TurnResult {
  const { session } = result;
  const outputs = result.outputs.filter((o) => !(opts.skipOverview && o.kind === 'overview'));
  const replies = outputs.map((o) => renderOutput(o, state.lang)).filter((text) => text !== '');
  const refused = outputs.some((o) => o.kind === 'question' && o.error);
  const answerErrors = refused ? state.answerErrors + 1 : 0;
  if (answerErrors >= 2) replies.push(translate('answerAgainHint', state.lang));
  const effects: ConversationEffect[] = [];
  let handoffRule: string | undefined;
  for (const effect of result.effects) {
    if (effect.type === 'openHandoff') handoffRule = effect.ruleId ?? 'requested';
    else effects.push(effect);
  }
  const closed = session.stage === 'submitted' || session.stage === 'cancelled';
  let next: ConversationState = { ...state, answerErrors, misunderstood: 0, session: closed ? null : session, mode: closed ? 'idle' : 'flow' };
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

/** The question id the resident means by "sửa N": the Nth review line, or the Nth question of this stage. */
export function questionForNumber(procedure: Procedure, session: Session, number: number, context: ConversationContext): string | undefined {
  const engine = engineContext(context);
  if (session.stage === 'review') {
    const review = stagePrompt(procedure, session, engine).find((o) => o.kind === 'review');
    const items = review && review.kind === 'review' ? review.groups.flatMap((g) => g.items) : [];
    return items[number - 1]?.questionId;
  }
  const stage = session.stage === 'filing' ? 'filing' : 'eligibility';
  return visibleSequence(procedure, session, engine).filter((e) => e.stage === stage)[number - 1]?.question.id;
}

/** Maps free text to the engine event the current stage expects; undefined when the text is not for this flow. */
function eventForText(procedure: Procedure, session: Session, text: string): EngineEvent | 'leave' | 'otherProcedure' | undefined {
  const folded = foldForMatch(text);
  switch (session.stage) {
    case 'questions':
    case 'filing':
      return { type: 'answer', value: text };
    case 'consent':
      if (DISAGREE.test(folded)) return { type: 'consent', accepted: false };
      return AGREE.test(folded) ? { type: 'consent', accepted: true } : { type: 'resume' };
    case 'review':
      return CONFIRM.test(folded) ? { type: 'confirm' } : { type: 'resume' };
    case 'result': {
      const yes = folded === '1' || parseYesNo(folded) === true;
      const no = folded === '2' || parseYesNo(folded) === false;
      if (session.outcome?.result === 'eligible' && procedure.filing) return yes ? { type: 'startFiling' } : no ? 'leave' : undefined;
      if (session.outcome?.result === 'otherProcedure' && yes) return 'otherProcedure';
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Runs one resident message through the flow. Returns undefined when the text should be treated as a new question. */
export function flowTurn(state: ConversationState, procedure: Procedure, text: string, context: ConversationContext): TurnResult | 'otherProcedure' | undefined {
  const session = state.session;
  if (!session) return undefined;
  const event = eventForText(procedure, session, text);
  if (event === undefined || event === 'otherProcedure') return event;
  if (event === 'leave') return { state: { ...state, mode: 'idle', session: null }, replies: [translate('goodbye', state.lang)], effects: [] };
  return applyStep(state, procedure, step(procedure, session, event, engineContext(context)), context);
}
