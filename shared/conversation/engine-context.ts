import type { EngineContext } from '../engine/engine-types';
import type { ConversationContext } from './conversation-types';

/** The part of a chat turn's context the engine needs. */
export function engineContext(context: ConversationContext): EngineContext {
  return { now: context.now, holidays: context.holidays, addresses: context.addresses, referenceCode: context.referenceCode };
}
