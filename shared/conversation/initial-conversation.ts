import type { Language } from '../i18n/language';
import type { ConversationState } from './conversation-types';

/** A new chat, before the first message. */
export function initialConversation(lang: Language = 'vi'): ConversationState {
  return { lang, mode: 'idle', choices: [], procedureId: null, procedureVersion: null, session: null, misunderstood: 0, answerErrors: 0, resumeMode: 'idle' };
}
