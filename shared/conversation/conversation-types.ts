import type { Catalog } from '../catalog/catalog';
import type { AddressDirectory } from '../address/address-directory';
import type { EngineEffect, Session } from '../engine/engine-types';
import type { Language } from '../i18n/language';
import type { OfficeHours } from './office-hours';

/** Where a chat stands between two messages; plain data, saved after every turn. */
export interface ConversationState {
  lang: Language;
  mode: 'idle' | 'choosing' | 'explained' | 'flow' | 'handoff' | 'confirmDelete';
  /** Procedure ids offered as numbered choices. */
  choices: string[];
  /** The procedure being explained or run, pinned to the version that was described. */
  procedureId: string | null;
  procedureVersion: number | null;
  session: Session | null;
  /** Consecutive messages the bot could not place; two in a row bring in an official. */
  misunderstood: number;
  /** Consecutive refused answers to the same question. */
  answerErrors: number;
  /** Where to return after a handoff or a cancelled deletion. */
  resumeMode: 'idle' | 'flow' | 'explained' | 'choosing';
  /**
   * A reply the bot asked for: yes/no before discarding the answers ("hủy") or deleting data
   * during a handoff, or a 1–5 rating of an official's help once the handoff is resolved.
   */
  awaiting?: 'cancel' | 'delete' | 'rating';
  /** A flow the resident left for the menu mid-way; "tiếp tục" picks it up again. */
  draft?: Session | null;
}

export type ChatInput =
  | { kind: 'text'; text: string }
  | { kind: 'follow' }
  | { kind: 'attachment'; attachment: 'image' | 'location' | 'sticker' | 'gif' | 'file' | 'audio' | 'video' | 'link' };

interface ProcedureSearchLike {
  search(query: string, limit?: number): { id: string; score: number }[];
}

export interface ConversationContext {
  now: string;
  catalog: Catalog;
  search: ProcedureSearchLike;
  holidays?: ReadonlySet<string>;
  addresses?: AddressDirectory;
  /** A fresh reference code, used only if this turn submits a filing. */
  referenceCode?: string;
  officeHours?: OfficeHours;
  /** Procedure ids for the main menu, most asked first. */
  menu?: readonly string[];
  /** Where this procedure's draft opens in the Mini App; offered when a flow starts. */
  miniAppLink?: (procedureId: string) => string;
}

export type ConversationEffect =
  | Exclude<EngineEffect, { type: 'openHandoff' }>
  | { type: 'openHandoff'; reason: 'requested' | 'rule' | 'notUnderstood'; ruleId?: string; questionId: string | null; procedureId: string | null }
  | { type: 'lookupFiling'; reference: string }
  | { type: 'deleteMyData' }
  | { type: 'unplacedQuery'; text: string }
  | { type: 'rateHandoff'; score: number };

export interface TurnResult {
  state: ConversationState;
  /** Messages to send, in order; empty while an official owns the conversation. */
  replies: string[];
  effects: ConversationEffect[];
}
