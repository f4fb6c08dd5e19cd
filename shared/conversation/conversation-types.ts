import type { Catalog } from '../catalog/catalog';
import type { AddressDirectory } from '../address/address-directory';
import type { EngineEffect, Session } from '../engine/engine-types';
import type { Language } from '../i18n/language';
import type { OfficeHours } from './office-hours';
import type { AppointmentData, AppointmentEffect, AppointmentWait } from './appointment-types';

/** A filing someone prepared for the resident (cầm tay chỉ việc): nothing is filed until they confirm. */
export interface AssistedFilingWait {
  /** The prepared filing's id (bot-server's assisted_filings row). */
  id: number;
  procedureId: string;
  procedureVersion: number;
  /** Who prepared it, as named in the summary the resident received. */
  helperName: string;
  /** ISO instant; an answer after it is told the request expired. */
  expiresAt: string;
  /** The question was asked again once after a reply that was neither yes nor no. */
  reasked: boolean;
}

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
   * during a handoff, a 1–5 rating of an official's help once the handoff is resolved, or 1/2 to a
   * filing a volunteer prepared for the resident (`assistedFiling` says which), or an answer about
   * an appointment (`appointment` says which question).
   */
  awaiting?: 'cancel' | 'delete' | 'rating' | 'assistedFiling' | 'appointment';
  /** The volunteer-prepared filing waiting for the resident's yes or no (set by the server when it sends the summary). */
  assistedFiling?: AssistedFilingWait | null;
  /** The appointment question waiting for the resident's answer (lịch hẹn). */
  appointment?: AppointmentWait | null;
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
  /** Free times and the resident's appointments, loaded by the server only for turns that need them (`needsAppointmentData`). */
  appointments?: AppointmentData;
}

export type ConversationEffect =
  | Exclude<EngineEffect, { type: 'openHandoff' }>
  | { type: 'openHandoff'; reason: 'requested' | 'rule' | 'notUnderstood'; ruleId?: string; questionId: string | null; procedureId: string | null }
  | { type: 'lookupFiling'; reference: string }
  | { type: 'deleteMyData' }
  | { type: 'unplacedQuery'; text: string }
  | { type: 'rateHandoff'; score: number }
  /** The resident confirmed a prepared filing: file it under `reference` (a fresh code from the context). */
  | { type: 'submitAssistedFiling'; assistedFilingId: number; reference: string }
  /** Nothing is filed: the resident said no, or answered something else twice. */
  | { type: 'cancelAssistedFiling'; assistedFilingId: number; reason: 'declined' | 'unanswered' }
  | AppointmentEffect;

export interface TurnResult {
  state: ConversationState;
  /** Messages to send, in order; empty while an official owns the conversation. */
  replies: string[];
  effects: ConversationEffect[];
}
