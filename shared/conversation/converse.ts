/**
 * The chat conversation layer: `converse(state, input, context) → { state, replies, effects }`.
 * Pure. Greets, finds a procedure from free text or a numbered menu, runs the engine one
 * question at a time, and obeys commands typed anywhere, with or without diacritics.
 */
import { checkReferenceCode } from '../filing/reference-code';
import { parseYesNo } from '../engine/parse-yes-no';
import { step } from '../engine/step';
import { vietnamClock } from '../rules/calendar';
import { foldForMatch, normalizeText } from '../text/fold-vietnamese';
import { translate } from '../i18n/translate';
import type { Language } from '../i18n/language';
import type { ChatInput, ConversationContext, ConversationState, TurnResult } from './conversation-types';
import { detectCommand, type ChatCommand } from './detect-command';
import { explainProcedure, findProcedure, showMenu } from './find-procedure';
import { applyStep, engineContext, flowTurn, questionForNumber } from './flow-turn';
import { bringInOfficial } from './bring-in-official';

/** A new chat, before the first message. @public (the bot-server creates them) */
export function initialConversation(lang: Language = 'vi'): ConversationState {
  return { lang, mode: 'idle', choices: [], procedureId: null, procedureVersion: null, session: null, misunderstood: 0, answerErrors: 0, resumeMode: 'idle' };
}

const say = (state: ConversationState, ...replies: string[]): TurnResult => ({ state, replies, effects: [] });

function activeProcedure(state: ConversationState, context: ConversationContext) {
  if (state.session) return context.catalog.get(state.session.procedureId, state.session.procedureVersion);
  if (state.procedureId && state.procedureVersion !== null) return context.catalog.get(state.procedureId, state.procedureVersion);
  return undefined;
}

function startFlow(state: ConversationState, context: ConversationContext): TurnResult {
  const procedure = activeProcedure(state, context);
  if (!procedure || procedure.kind !== 'flow') return showMenu(state, context);
  const result = step(procedure, undefined, { type: 'start' }, engineContext(context));
  const turn = applyStep(state, procedure, result, context, { skipOverview: true });
  return { ...turn, replies: [...turn.replies, translate('commandsHint', state.lang)] };
}

function statusCommand(state: ConversationState, code: string, context: ConversationContext): TurnResult {
  if (code === '') return say(state, translate('statusAskCode', state.lang));
  const check = checkReferenceCode(code);
  if (check.status === 'valid') return { state, replies: [], effects: [{ type: 'lookupFiling', reference: check.code }] };
  // "tra cứu thủ tục khai sinh" is a question about a procedure, not a code.
  if (check.status === 'notACode' && code.includes(' ') && code.replace(/\s/g, '').length > 9) return findProcedure(state, code.toLowerCase(), context);
  return say(state, translate('statusMistyped', state.lang, { code }));
}

function flowCommand(state: ConversationState, command: ChatCommand, context: ConversationContext): TurnResult | undefined {
  const procedure = activeProcedure(state, context);
  const session = state.session;
  if (state.mode !== 'flow' || !procedure || !session) return undefined;
  const run = (event: Parameters<typeof step>[2]): TurnResult => applyStep(state, procedure, step(procedure, session, event, engineContext(context)), context);
  switch (command.command) {
    case 'back':
      return run({ type: 'back' });
    case 'skip':
      return run({ type: 'skip' });
    case 'cancel':
      return { ...run({ type: 'cancel' }), state: { ...state, mode: 'idle', session: null } };
    case 'change': {
      const questionId = questionForNumber(procedure, session, command.number, context);
      return run({ type: 'edit', questionId: questionId ?? '' });
    }
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
    case 'language': {
      const next = { ...state, lang: command.lang };
      return say(next, translate('languageSet', command.lang));
    }
    case 'cancel':
      return say({ ...state, mode: 'idle', session: null, choices: [] }, translate('cancelled', state.lang));
    case 'back':
    case 'change':
    case 'skip':
      return say(state, translate('nothingToAnswer', state.lang), translate('menuFooter', state.lang));
  }
}

function textTurn(state: ConversationState, text: string, context: ConversationContext): TurnResult {
  if (state.mode === 'confirmDelete') {
    const folded = foldForMatch(text);
    if (/^(xac nhan xoa|xac nhan|dong y|confirm delete|confirm)$/.test(folded) || parseYesNo(folded) === true) {
      return { state: initialConversation(state.lang), replies: [translate('deleteDone', state.lang)], effects: [{ type: 'deleteMyData' }] };
    }
    return say({ ...state, mode: state.resumeMode }, translate('deleteKept', state.lang));
  }
  const command = detectCommand(text);
  if (command) return runCommand(state, command, context);
  const folded = foldForMatch(text);
  const number = /^\d{1,2}$/.test(folded) ? Number(folded) : undefined;
  const procedure = activeProcedure(state, context);
  switch (state.mode) {
    case 'choosing': {
      const chosen = number !== undefined ? state.choices[number - 1] : undefined;
      const picked = chosen ? context.catalog.current(chosen, vietnamClock(context.now).date) : undefined;
      if (picked) return explainProcedure(state, picked, context);
      break;
    }
    case 'explained': {
      const yes = number === 1 || (number === undefined && parseYesNo(folded) === true);
      if (number === undefined && parseYesNo(folded) === false) return say({ ...state, mode: 'idle' }, translate('goodbye', state.lang));
      if (procedure?.kind === 'flow') {
        if (yes) return startFlow(state, context);
        if (number === 2) return showMenu(state, context);
        if (number === 3) return bringInOfficial(state, 'requested', context);
      } else {
        if (number === 1) return showMenu(state, context);
        if (number === 2) return bringInOfficial(state, 'requested', context);
      }
      break;
    }
    case 'flow': {
      if (!procedure) break;
      const turn = flowTurn(state, procedure, text, context);
      if (turn === 'otherProcedure') {
        const target = state.session?.outcome?.ruleId ? procedure.eligibility.find((r) => r.id === state.session?.outcome?.ruleId)?.procedure : undefined;
        const other = target ? context.catalog.current(target, vietnamClock(context.now).date) : undefined;
        if (other) return explainProcedure(state, other, context);
      } else if (turn) return turn;
      break;
    }
    default:
      break;
  }
  return findProcedure({ ...state, mode: state.mode === 'flow' ? 'idle' : state.mode, session: state.mode === 'flow' ? null : state.session }, text, context);
}

/** One resident message (or follow / attachment) in, replies and effects out. */
export function converse(state: ConversationState | undefined, input: ChatInput, context: ConversationContext): TurnResult {
  const current = state ?? initialConversation();
  if (current.mode === 'handoff') return { state: current, replies: [], effects: [] };
  if (input.kind === 'follow') return showMenu(current, context, [translate('welcomeFollower', current.lang), translate('greeting', current.lang)]);
  if (input.kind === 'attachment') {
    const key = input.attachment === 'image' || input.attachment === 'gif' ? 'imageReceived' : input.attachment === 'location' ? 'locationReceived' : 'otherAttachment';
    return say(current, translate(key, current.lang));
  }
  const text = normalizeText(input.text);
  if (text === '') return say(current, translate('help', current.lang));
  if (!state) {
    const command = detectCommand(text);
    if (!command || command.command === 'greeting') {
      // A first message that is not a greeting is usually the question itself: answer it straight away.
      if (command) return showMenu(current, context, [translate('greeting', current.lang)]);
    }
  }
  return textTurn(current, text, context);
}
