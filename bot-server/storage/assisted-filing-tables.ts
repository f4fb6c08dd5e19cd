/** Table shapes of volunteer-assisted filing (cầm tay chỉ việc), part of `Database` in database-types.ts. */
import type { Generated } from 'kysely';

export type AssistedFilingStatus = 'pending' | 'confirmed' | 'cancelled' | 'expired';
/** declined: the resident said no; unanswered: they wrote about something else; outdated: their yes met rules that no longer accept the answers. */
export type AssistedFilingCancelReason = 'declined' | 'unanswered' | 'outdated';

/** A filing someone prepared for a resident, waiting for the resident's yes on Zalo. Not a filing until then. */
export interface AssistedFilingTable {
  id: Generated<number>;
  /** The staff account that entered the answers. */
  assisted_by: number;
  /** Made by the console per action: a retried request finds the row it already made. */
  request_id: string;
  /** The resident (OA-scoped Zalo id): the summary went to them and only their "1" files it. */
  user_id: string;
  procedure_id: string;
  procedure_version: number;
  /** Sealed JSON of the answers as the engine parsed them; emptied ('') once decided. */
  answers: string;
  /** JSON array of the question ids entered: who entered what, without the values. */
  question_ids: string;
  /** Stays 'pending' past `expires_at` until housekeeping marks it: readers compare the time. */
  status: AssistedFilingStatus;
  cancel_reason: AssistedFilingCancelReason | null;
  filing_reference: string | null;
  created_at: string;
  expires_at: string;
  decided_at: string | null;
}

/**
 * Keyed digests (HMAC-SHA256) of phone numbers residents gave this OA, so staff can find them by
 * phone without the number being stored. Several per resident; the same number may belong to several.
 */
export interface ResidentPhoneTable {
  user_id: string;
  phone_digest: string;
  updated_at: string;
}
