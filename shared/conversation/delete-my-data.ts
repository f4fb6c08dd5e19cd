/**
 * "Xóa dữ liệu của tôi": deletion after an explicit confirmation. It works even while an official
 * owns the conversation (the bot is otherwise silent then), because it is the resident's right.
 */
import { parseYesNo } from '../engine/parse-yes-no';
import { foldForMatch } from '../text/fold-vietnamese';
import { translate } from '../i18n/translate';
import type { ChatInput, ConversationState, TurnResult } from './conversation-types';
import { detectCommand } from './detect-command';
import { initialConversation } from './initial-conversation';

const SILENT = (state: ConversationState): TurnResult => ({ state, replies: [], effects: [] });

export function confirmsDeletion(text: string): boolean {
  const folded = foldForMatch(text);
  return /^(xac nhan xoa|xac nhan|dong y|confirm delete|confirm)$/.test(folded) || parseYesNo(folded) === true;
}

/** Deletes, and keeps the chat in `mode` afterwards (idle; or still with the official). */
export function deleteNow(state: ConversationState, mode: 'idle' | 'handoff'): TurnResult {
  return { state: { ...initialConversation(state.lang), mode }, replies: [translate('deleteDone', state.lang)], effects: [{ type: 'deleteMyData' }] };
}

/** A message while an official owns the conversation: silence, except for deleting personal data. */
export function handoffTurn(state: ConversationState, input: ChatInput): TurnResult {
  if (input.kind !== 'text') return SILENT(state);
  if (state.awaiting === 'delete') {
    if (confirmsDeletion(input.text)) return deleteNow(state, 'handoff');
    return { state: { ...state, awaiting: undefined }, replies: [translate('deleteKeptInHandoff', state.lang)], effects: [] };
  }
  if (detectCommand(input.text)?.command === 'deleteData') return { state: { ...state, awaiting: 'delete' }, replies: [translate('deleteConfirm', state.lang)], effects: [] };
  return SILENT(state);
}
