/**
 * The chat conversation layer: `converse(state, input, context) → { state, replies, effects }`.
 * Pure. Greets, finds a procedure from free text or a numbered menu, runs the engine one
 * question at a time, and obeys commands typed anywhere, with or without diacritics.
 */
import { answerRating } from './answer-rating';
import { answerAssistedFiling } from './assisted-filing-turn';
import { answerAppointment } from './appointment-turn';
import { detectAppointmentCommand } from './detect-appointment-command';
import { startAppointmentCommand } from './start-appointment';
import type { Procedure } from '../schema/procedure-schema';
import { checkReferenceCode } from '../filing/reference-code';
import { parseYesNo } from '../engine/parse-yes-no';
import type { EngineEvent } from '../engine/engine-types';
import { vietnamClock } from '../rules/calendar';
import { foldForMatch, normalizeText } from '../text/fold-vietnamese';
import { translate } from '../i18n/translate';
import type { ChatInput, ConversationContext, ConversationState, TurnResult } from './conversation-types';
import { detectCommand, type ChatCommand } from './detect-command';
import { explainProcedure, explanationOffer, findProcedure, reshowChoices, showMenu } from './find-procedure';
import { pausedDraft } from './paused-draft';
import { answerFirst, flowTurn, questionForNumber, runFlowEvent } from './flow-turn';
import { bringInOfficial } from './bring-in-official';
import { initialConversation } from './initial-conversation';
import { confirmsDeletion, deleteNow, handoffTurn } from './delete-my-data';
import { answerCancel, cancelFlow } from './confirm-cancel';
import { isOrphaned, restartOnUpdate } from './restart-on-update';
import { startFlow } from './start-flow';
import { politeCore } from './polite-core';

/** @public (the bot-server creates new chats with it) */
export { initialConversation };

const say = (state: ConversationState, ...replies: string[]): TurnResult => ({ state, replies, effects: [] });

const today = (context: ConversationContext): string => vietnamClock(context.now).date;

/** The procedure a session is pinned to; an explanation falls back to the version now in force. */
function activeProcedure(state: ConversationState, context: ConversationContext): Procedure | undefined {
  if (state.session) return context.catalog.get(state.session.procedureId, state.session.procedureVersion);
  if (state.procedureId && state.procedureVersion !== null) {
    return context.catalog.get(state.procedureId, state.procedureVersion) ?? context.catalog.current(state.procedureId, today(context));
  }
  return undefined;
}

function statusCommand(state: ConversationState, code: string, context: ConversationContext): TurnResult {
  if (code === '') return say(state, translate('statusAskCode', state.lang));
  const check = checkReferenceCode(code);
  if (check.status === 'valid') return { state, replies: [], effects: [{ type: 'lookupFiling', reference: check.code }] };
  // Every code has digits: "tra cứu khai sinh" asks about a procedure, not a mistyped code.
  if (!/\d/.test(code)) return findProcedure(state, code.toLowerCase(), context);
  return say(state, translate('statusMistyped', state.lang, { code }));
}

/** "Tiếp tục": the current question again, or the paused draft where it was left. */
function resumeCommand(state: ConversationState, context: ConversationContext): TurnResult {
  const procedure = activeProcedure(state, context);
  if (state.mode === 'flow' && state.session && procedure) return runFlowEvent(state, procedure, state.session, { type: 'resume' }, context);
  const draft = state.draft;
  if (!draft) return say(state, translate('noDraft', state.lang));
  const pinned = context.catalog.get(draft.procedureId, draft.procedureVersion);
  if (!pinned) return restartOnUpdate(state, draft, context);
  const resumed: ConversationState = { ...state, mode: 'flow', session: draft, draft: null, procedureId: pinned.id, procedureVersion: pinned.version, choices: [] };
  return runFlowEvent(resumed, pinned, draft, { type: 'resume' }, context);
}

function languageCommand(state: ConversationState, lang: ConversationState['lang'], context: ConversationContext): TurnResult {
  const next = { ...state, lang };
  const procedure = activeProcedure(next, context);
  // Mid-flow, the question waiting for an answer is shown again in the new language.
  if (next.mode === 'flow' && next.session && procedure) return runFlowEvent(next, procedure, next.session, { type: 'resume' }, context, [translate('languageSet', lang)]);
  return say(next, translate('languageSet', lang));
}

function flowCommand(state: ConversationState, command: ChatCommand, context: ConversationContext): TurnResult | undefined {
  const procedure = activeProcedure(state, context);
  const session = state.session;
  if (state.mode !== 'flow' || !procedure || !session) return undefined;
  const run = (event: EngineEvent): TurnResult => runFlowEvent(state, procedure, session, event, context);
  switch (command.command) {
    case 'back':
      return run({ type: 'back' });
    case 'skip':
      return run({ type: 'skip' });
    case 'cancel':
      return cancelFlow(state, procedure, context);
    case 'change':
      return run({ type: 'edit', questionId: questionForNumber(procedure, session, command.number, context) ?? '' });
    default:
      return undefined;
  }
}

function runCommand(state: ConversationState, command: ChatCommand, context: ConversationContext): TurnResult {
  const inFlow = flowCommand(state, command, context);
  if (inFlow) return inFlow;
  switch (command.command) {
    case 'menu':
      return showMenu(state, context);
    case 'greeting':
      return showMenu(state, context, [translate('greeting', state.lang)]);
    case 'help':
      return say(state, translate('help', state.lang));
    case 'official':
      return bringInOfficial(state, 'requested', context);
    case 'status':
      return statusCommand(state, command.code, context);
    case 'deleteData':
      return say({ ...state, mode: 'confirmDelete', resumeMode: state.mode === 'flow' || state.mode === 'explained' || state.mode === 'choosing' ? state.mode : 'idle' }, translate('deleteConfirm', state.lang));
    case 'language':
      return languageCommand(state, command.lang, context);
    case 'resume':
      return resumeCommand(state, context);
    case 'cancel':
      return cancelFlow(state, undefined, context);
    case 'back':
    case 'change':
    case 'skip':
      return say(state, translate('nothingToAnswer', state.lang), translate('menuFooter', state.lang));
  }
}

/** Numbers and yes/no after an explanation: check eligibility, another procedure, or an official. */
function explainedTurn(state: ConversationState, procedure: Procedure | undefined, folded: string, context: ConversationContext): TurnResult | undefined {
  if (!/^\d{1,2}$/.test(folded)) {
    const yes = parseYesNo(folded);
    if (yes === false) return say({ ...state, mode: 'idle' }, translate('goodbye', state.lang));
    return yes === true && procedure?.kind === 'flow' ? startFlow(state, procedure, context) : undefined;
  }
  if (!procedure) return undefined;
  const actions =
    procedure.kind === 'flow'
      ? [() => startFlow(state, procedure, context), () => showMenu(state, context), () => bringInOfficial(state, 'requested', context)]
      : [() => showMenu(state, context), () => bringInOfficial(state, 'requested', context)];
  const action = actions[Number(folded) - 1];
  return action ? action() : say(state, `${translate('pickInRange', state.lang, { count: actions.length })}\n${explanationOffer(procedure, state)}`);
}

const ACKNOWLEDGEMENTS: ReadonlySet<string> = new Set(['ok', 'oke', 'okay', 'vang', 'da', 'u', 'cam on', 'cam on ban', 'ok cam on', 'thanks', 'thank you', 'tks', 'duoc', 'duoc roi', 'biet roi', 'hieu roi']);

const FLOW_COMMANDS: ReadonlySet<ChatCommand['command']> = new Set(['back', 'skip', 'change', 'resume']);

function textTurn(given: ConversationState, text: string, context: ConversationContext): TurnResult {
  if (given.mode === 'confirmDelete') {
    if (confirmsDeletion(text)) return deleteNow(given, 'idle');
    return say({ ...given, mode: given.resumeMode }, translate('deleteKept', given.lang));
  }
  if (given.awaiting === 'assistedFiling') {
    const answered = answerAssistedFiling(given, text, context);
    if (answered?.kind === 'answered') return answered.turn;
    if (answered) {
      const turn = textTurn(answered.state, text, context);
      return { ...turn, replies: [...answered.lead, ...turn.replies], effects: [...answered.effects, ...turn.effects] };
    }
  }
  if (given.awaiting === 'appointment') {
    const answered = answerAppointment(given, text, context);
    if (answered.kind === 'answered') return answered.turn;
    const turn = textTurn(answered.state, text, context);
    return { ...turn, replies: [...answered.lead, ...turn.replies] };
  }
  let state = given;
  if (state.awaiting === 'rating') {
    const rated = answerRating(state, text);
    if (rated) return rated;
    state = { ...state, awaiting: undefined };
  }
  const procedure = activeProcedure(state, context);
  if (state.awaiting === 'cancel') {
    const answered = answerCancel(state, procedure, text, detectCommand(text), context);
    if (answered) return answered;
    state = { ...state, awaiting: undefined };
  }
  const appointmentCommand = detectAppointmentCommand(text);
  if (appointmentCommand) return startAppointmentCommand(state, appointmentCommand, context);
  const orphan = state.mode === 'flow' && isOrphaned(state.session, context) ? state.session : null;
  // An unmistakable command wins; otherwise a reply that answers the yes/no or choice question does.
  const unambiguous = detectCommand(text, { unambiguousOnly: true });
  const answered = procedure && !unambiguous ? answerFirst(state, procedure, text, context) : undefined;
  if (answered) return answered;
  const command = unambiguous ?? detectCommand(text);
  if (orphan && (!command || FLOW_COMMANDS.has(command.command))) return restartOnUpdate(state, orphan, context);
  if (command) return runCommand(state, command, context);

  const atQuestion = state.mode === 'flow' && (state.session?.stage === 'questions' || state.session?.stage === 'filing');
  const code = atQuestion ? undefined : checkReferenceCode(text);
  if (code?.status === 'valid') return { state, replies: [], effects: [{ type: 'lookupFiling', reference: code.code }] };
  const folded = foldForMatch(text);
  switch (state.mode) {
    case 'choosing': {
      if (!/^\d{1,2}$/.test(folded)) break;
      const chosen = state.choices[Number(folded) - 1];
      const picked = chosen ? context.catalog.current(chosen, today(context)) : undefined;
      return picked ? explainProcedure(state, picked, context) : reshowChoices(state, context);
    }
    case 'explained': {
      const turn = explainedTurn(state, procedure, folded, context);
      if (turn) return turn;
      break;
    }
    case 'flow': {
      if (!procedure) break;
      const turn = flowTurn(state, procedure, text, context);
      if (turn === 'otherProcedure') {
        const target = state.session?.outcome?.ruleId ? procedure.eligibility.find((r) => r.id === state.session?.outcome?.ruleId)?.procedure : undefined;
        const other = target ? context.catalog.current(target, today(context)) : undefined;
        if (other) return explainProcedure(state, other, context);
      } else if (turn) return turn;
      break;
    }
    case 'idle':
      // "ok", "cảm ơn" after a goodbye or a declined consent: a polite close, not a failed search.
      if (ACKNOWLEDGEMENTS.has(politeCore(text))) return say(state, translate('goodbye', state.lang));
      break;
    default:
      break;
  }
  const leaving = state.mode === 'flow' ? { ...state, mode: 'idle' as const, session: null, draft: pausedDraft(state) } : state;
  return findProcedure(leaving, text, context);
}

/** One resident message (or follow / attachment) in, replies and effects out. */
export function converse(state: ConversationState | undefined, input: ChatInput, context: ConversationContext): TurnResult {
  const current = state ?? initialConversation();
  if (current.mode === 'handoff') return handoffTurn(current, input);
  if (input.kind === 'follow') return showMenu(current, context, [translate('welcomeFollower', current.lang), translate('greeting', current.lang)]);
  if (input.kind === 'attachment') {
    const key = input.attachment === 'image' || input.attachment === 'gif' ? 'imageReceived' : input.attachment === 'location' ? 'locationReceived' : 'otherAttachment';
    return say(current, translate(key, current.lang));
  }
  const text = normalizeText(input.text);
  if (text === '') return say(current, translate('help', current.lang));
  return textTurn(current, text, context);
}
