/**
 * A chat turn while a procedure flow is running: the resident's words become engine events
 * (answers, consent, confirm), and the engine's outputs become chat messages.
 */
import type { Procedure } from '../schema/procedure-schema';
import type { EngineEvent, Session, StepResult } from '../engine/engine-types';
import { step } from '../engine/step';
import { stepContext } from '../engine/step-context';
import { visibleSequence } from '../engine/settle-session';
import { stagePrompt } from '../engine/stage-prompt';
import { procedureIndex } from '../engine/procedure-index';
import { parseAnswer } from '../engine/parse-answer';
import { formatAnswer } from '../engine/format-answer';
import { vietnamClock } from '../rules/calendar';
import { pick } from '../i18n/language';
import { translate } from '../i18n/translate';
import type { ConversationContext, ConversationState, TurnResult } from './conversation-types';
import { applyStep } from './apply-step';
import { eventForText } from './flow-events';
import { engineContext } from './engine-context';

/** The question id the resident means by "sửa N": the Nth review line, or the Nth question of this stage. */
export function questionForNumber(procedure: Procedure, session: Session, number: number, context: ConversationContext): string | undefined {
  const engine = stepContext(engineContext(context));
  if (session.stage === 'review') {
    const review = stagePrompt(procedure, session, engine).find((o) => o.kind === 'review');
    const items = review && review.kind === 'review' ? review.groups.flatMap((g) => g.items) : [];
    return items[number - 1]?.questionId;
  }
  const stage = session.stage === 'filing' ? 'filing' : 'eligibility';
  return visibleSequence(procedure, session, engine).filter((e) => e.stage === stage)[number - 1]?.question.id;
}

// Answers worth reading back: the ones the bot interpreted rather than copied.
const ECHOED: ReadonlySet<string> = new Set(['yesNo', 'singleChoice', 'multipleChoice', 'date']);

/** "✔ Đã ghi: Giấy chứng sinh của bệnh viện/trạm y tế", so a misreading shows at once. */
function echo(procedure: Procedure, before: Session, result: StepResult, lang: ConversationState['lang']): string[] {
  const question = before.current ? procedureIndex(procedure).byId.get(before.current)?.question : undefined;
  const value = question ? result.session.answers[question.id] : undefined;
  const refused = result.outputs.some((o) => (o.kind === 'question' && o.error) || o.kind === 'notice');
  if (!question || !ECHOED.has(question.type) || value === undefined || value === null || refused) return [];
  return [translate('answerRecorded', lang, { answer: pick(formatAnswer(question, value), lang) })];
}

/** Runs one engine event on the flow and renders it. */
export function runFlowEvent(state: ConversationState, procedure: Procedure, session: Session, event: EngineEvent, context: ConversationContext, lead: string[] = []): TurnResult {
  const result = step(procedure, session, event, engineContext(context));
  const echoed = event.type === 'answer' ? echo(procedure, session, result, state.lang) : [];
  return applyStep(state, procedure, result, context, { lead: [...lead, ...echoed] });
}

/**
 * A yes/no or choice question gets the reply before any command does, when the reply answers
 * it: "đúng" is yes (not "dừng"), "không có" is an option (not "skip").
 */
export function answerFirst(state: ConversationState, procedure: Procedure, text: string, context: ConversationContext): TurnResult | undefined {
  const session = state.session;
  if (state.mode !== 'flow' || !session || (session.stage !== 'questions' && session.stage !== 'filing')) return undefined;
  const question = session.current ? procedureIndex(procedure).byId.get(session.current)?.question : undefined;
  if (!question || (question.type !== 'yesNo' && question.type !== 'singleChoice' && question.type !== 'multipleChoice')) return undefined;
  const parsed = parseAnswer(question, text, { today: vietnamClock(context.now).date, answers: session.answers, addresses: context.addresses });
  return parsed.ok ? runFlowEvent(state, procedure, session, { type: 'answer', value: text }, context) : undefined;
}

/** Runs one resident message through the flow. Returns undefined when the text should be treated as a new question. */
export function flowTurn(state: ConversationState, procedure: Procedure, text: string, context: ConversationContext): TurnResult | 'otherProcedure' | undefined {
  const session = state.session;
  if (!session) return undefined;
  const event = eventForText(procedure, session, text);
  if (event === undefined || event === 'otherProcedure') return event;
  if (event === 'leave') return { state: { ...state, mode: 'idle', session: null }, replies: [translate('goodbye', state.lang)], effects: [] };
  if (event === 'reviewNotConfirmed') return runFlowEvent(state, procedure, session, { type: 'resume' }, context, [translate('reviewNotConfirmed', state.lang)]);
  return runFlowEvent(state, procedure, session, event, context);
}
