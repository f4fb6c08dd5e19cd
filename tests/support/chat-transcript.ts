import { converse } from '../../shared/conversation/converse';
import { createProcedureSearch } from '../../shared/search/procedure-search';
import type { ConversationContext, ConversationState, ChatInput, ConversationEffect } from '../../shared/conversation/conversation-types';
import { realCatalog, morningOf } from './real-catalog';
import { addresses } from './engine-fixtures';

const { catalog, procedures } = realCatalog();
const search = createProcedureSearch(procedures);

export function chatContext(overrides: Partial<ConversationContext> = {}): ConversationContext {
  return { now: morningOf('2026-03-11'), catalog, search, addresses, referenceCode: '5GHB-4875-3', ...overrides };
}

/**
 * A resident chatting turn by turn. The state is saved as JSON and reloaded between every
 * turn, exactly as the server stores it, so every transcript also proves save → reload → resume.
 */
export class ChatTranscript {
  private saved: string | undefined;
  readonly effects: ConversationEffect[] = [];
  lastReplies: string[] = [];

  constructor(private context: ConversationContext = chatContext()) {}

  get state(): ConversationState | undefined {
    return this.saved === undefined ? undefined : (JSON.parse(this.saved) as ConversationState);
  }

  at(now: string): this {
    return this.reconfigure({ now });
  }

  /** The same chat, served from now on with a changed context (a later day, a republished catalog). */
  reconfigure(overrides: Partial<ConversationContext>): this {
    this.context = { ...this.context, ...overrides };
    return this;
  }

  send(input: string | ChatInput): string {
    const result = converse(this.state, typeof input === 'string' ? { kind: 'text', text: input } : input, this.context);
    this.saved = JSON.stringify(result.state);
    this.effects.push(...result.effects);
    this.lastReplies = result.replies;
    return result.replies.join('\n---\n');
  }
}
