/** The conversation state as stored: sealed JSON (it holds personal answers), as the chat stores it. */
import type { ConversationState } from '../../shared/conversation/conversation-types';
import { initialConversation } from '../../shared/conversation/converse';
import type { DataCipher } from '../security/data-cipher';

export function openConversation(cipher: DataCipher, sealed: string | undefined): ConversationState {
  return sealed === undefined ? initialConversation() : (JSON.parse(cipher.open(sealed)) as ConversationState);
}

export function sealConversation(cipher: DataCipher, state: ConversationState): string {
  return cipher.seal(JSON.stringify(state));
}
