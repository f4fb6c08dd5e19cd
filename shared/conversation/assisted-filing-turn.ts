/**
 * The resident's answer to a filing a volunteer prepared for them. Nothing is filed without an
 * explicit yes: "1", "xác nhận", "đồng ý" (with or without diacritics) submit it; "2", "hủy",
 * "không" cancel it; anything else is asked about once more, and a second time the bot stops
 * waiting (the filing is not made) and handles the message as usual. After the expiry instant
 * the resident is told it expired. Time comes from the context, like everything in this layer.
 */
import { pick } from '../i18n/language';
import { EngineError } from '../engine/engine-types';
import type { AssistedFilingWait, ConversationContext, ConversationEffect, ConversationState, TurnResult } from './conversation-types';
import { detectCommand } from './detect-command';
import { politeCore } from './polite-core';
import { assistedFilingMessage, type AssistedFilingMessageKey } from './assisted-filing-messages';

// Whole replies only, folded: "dừng" must never read as "đúng" (yes), so no yes/no guessing here.
const CONFIRM: ReadonlySet<string> = new Set(['1', 'xac nhan', 'xac nhan nop', 'xac nhan nop ho so', 'dong y', 'dong y nop', 'co', 'co dong y', 'ok', 'oke', 'nop', 'nop di', 'yes', 'confirm']);
const DECLINE: ReadonlySet<string> = new Set(['2', 'huy', 'huy bo', 'huy ho so', 'khong', 'ko', 'k', 'khong dong y', 'khong nop', 'tu choi', 'thoi', 'dung lai', 'no', 'cancel']);

/** What the chat does with the message: answered here, or handled as usual after `lead`. */
export type AssistedFilingAnswer =
  | { kind: 'answered'; turn: TurnResult }
  | { kind: 'passOn'; state: ConversationState; lead: string[]; effects: ConversationEffect[] };

/**
 * The state once the summary is sent: waiting for 1 or 2. A pending "delete my data?" question is
 * dropped so that the "1" meant for the filing cannot answer it.
 */
export function awaitAssistedFiling(state: ConversationState, wait: Omit<AssistedFilingWait, 'reasked'>): ConversationState {
  const mode = state.mode === 'confirmDelete' ? state.resumeMode : state.mode;
  return { ...state, mode, awaiting: 'assistedFiling', assistedFiling: { ...wait, reasked: false } };
}

/** The prepared filing the chat is waiting on at `now`, if any (expired ones do not count). */
export function awaitedAssistedFiling(state: ConversationState, now: string): AssistedFilingWait | undefined {
  const wait = state.awaiting === 'assistedFiling' ? state.assistedFiling : undefined;
  return wait && Date.parse(now) < Date.parse(wait.expiresAt) ? wait : undefined;
}

function say(state: ConversationState, wait: AssistedFilingWait, key: AssistedFilingMessageKey, context: ConversationContext): string {
  const procedure = context.catalog.get(wait.procedureId, wait.procedureVersion);
  return assistedFilingMessage(key, state.lang, { helper: wait.helperName, procedure: procedure ? pick(procedure.name, state.lang) : wait.procedureId });
}

/**
 * Call when `state.awaiting === 'assistedFiling'`. Undefined leaves the message to the usual
 * handling with the wait kept: asking to delete one's data is never held up by it.
 */
export function answerAssistedFiling(state: ConversationState, text: string, context: ConversationContext): AssistedFilingAnswer | undefined {
  const wait = state.assistedFiling;
  const released: ConversationState = { ...state, awaiting: undefined, assistedFiling: null };
  if (!wait) return { kind: 'passOn', state: released, lead: [], effects: [] };
  const core = politeCore(text);
  const yes = CONFIRM.has(core);
  const no = DECLINE.has(core) || detectCommand(text, { unambiguousOnly: true })?.command === 'cancel';
  if (Date.parse(context.now) >= Date.parse(wait.expiresAt)) {
    const expired = say(state, wait, 'expired', context);
    return yes || no ? { kind: 'answered', turn: { state: released, replies: [expired], effects: [] } } : { kind: 'passOn', state: released, lead: [expired], effects: [] };
  }
  if (yes) {
    if (!context.referenceCode) throw new EngineError('REFERENCE_CODE_REQUIRED', 'confirming an assisted filing needs context.referenceCode');
    // The server files it and replies with the receipt (the same one a resident filing alone gets).
    return { kind: 'answered', turn: { state: released, replies: [], effects: [{ type: 'submitAssistedFiling', assistedFilingId: wait.id, reference: context.referenceCode }] } };
  }
  if (no) {
    return { kind: 'answered', turn: { state: released, replies: [say(state, wait, 'declined', context)], effects: [{ type: 'cancelAssistedFiling', assistedFilingId: wait.id, reason: 'declined' }] } };
  }
  if (detectCommand(text)?.command === 'deleteData') return undefined;
  if (!wait.reasked) {
    return { kind: 'answered', turn: { state: { ...state, assistedFiling: { ...wait, reasked: true } }, replies: [say(state, wait, 'reask', context)], effects: [] } };
  }
  return { kind: 'passOn', state: released, lead: [say(state, wait, 'unanswered', context)], effects: [{ type: 'cancelAssistedFiling', assistedFilingId: wait.id, reason: 'unanswered' }] };
}
