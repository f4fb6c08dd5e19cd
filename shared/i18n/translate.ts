import { CHAT_MESSAGES, type ChatMessageKey } from './chat-messages';
import type { Language } from './language';

/** A fixed chat message in the resident's language, with {placeholders} filled in. */
export function translate(key: ChatMessageKey, lang: Language, params: Record<string, string | number> = {}): string {
  const text: string = CHAT_MESSAGES[key][lang];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
