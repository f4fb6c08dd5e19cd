/**
 * Table shapes, shared by SQLite and PostgreSQL. Times are ISO-8601 strings (UTC) in both, so
 * the same code and migrations serve either; JSON is stored as text (sealed where personal).
 */
import type { Generated, Kysely, Transaction } from 'kysely';
import type { AppointmentSlotTable, AppointmentTable } from './appointment-tables';
import type { AssistedFilingTable, ResidentPhoneTable } from './assisted-filing-tables';

export interface InboxTable {
  id: Generated<number>;
  /** Zalo's msg_id, or event_name + user id + timestamp for events without one: retries collide here. */
  event_key: string;
  user_id: string;
  event_name: string;
  /** The raw webhook body as received (personal data inside; never logged). */
  payload: string;
  status: 'pending' | 'processing' | 'done' | 'failed';
  attempts: number;
  locked_until: string | null;
  received_at: string;
  processed_at: string | null;
  error: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  user_id: string;
  /** The inbox event this reply answers (null for messages an official or a status change sends). */
  inbox_id: number | null;
  /** Order of replies to the same user. */
  sequence: number;
  /** JSON: { text } for now. */
  body: string;
  status: 'pending' | 'sending' | 'sent' | 'undeliverable';
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error_code: number | null;
  zalo_message_id: string | null;
  created_at: string;
  sent_at: string | null;
  /** When the worker gave up on it (Zalo refused it for good, or retries ran out). */
  undeliverable_at: string | null;
  /** Set when a send was cut off by a crash: Zalo may or may not have it, so check before resending. */
  interrupted_at: string | null;
}

interface ConversationTable {
  user_id: string;
  /** Sealed JSON of the shared ConversationState (it may hold personal answers). */
  state: string;
  updated_at: string;
}

export interface ResidentTable {
  /** OA-scoped user id (webhook sender.id). */
  user_id: string;
  /** App-scoped id (webhook user_id_by_app / Graph API id): links chat and Mini App. */
  app_user_id: string | null;
  last_interaction_at: string;
  created_at: string;
}

export interface FilingTable {
  reference: string;
  user_id: string;
  procedure_id: string;
  procedure_version: number;
  /** Sealed JSON of the answers (citizen ID and other personal data inside). */
  answers: string;
  status: 'received' | 'processing' | 'moreInfoNeeded' | 'approved' | 'rejected' | 'resultReady';
  channel: 'chat' | 'miniApp' | 'volunteer';
  received_at: string;
  due_date: string;
  updated_at: string;
  /** The staff account (a volunteer at the desk) who helped the resident file it; null when they filed alone. */
  assisted_by: Generated<number | null>;
}

export interface FilingEventTable {
  id: Generated<number>;
  reference: string;
  status: FilingTable['status'];
  note: string | null;
  at: string;
}

export interface ConsentTable {
  id: Generated<number>;
  user_id: string;
  policy_version: string;
  /** JSON arrays. */
  purposes: string;
  data_categories: string;
  channel: 'chat' | 'miniApp';
  procedure_id: string | null;
  given_at: string;
  withdrawn_at: string | null;
}

export interface HandoffTable {
  id: Generated<number>;
  user_id: string;
  reason: 'requested' | 'rule' | 'notUnderstood' | 'officialTookOver';
  procedure_id: string | null;
  question_id: string | null;
  rule_id: string | null;
  status: 'open' | 'resolved';
  opened_at: string;
  resolved_at: string | null;
  /** The staff account answering it (claimed or assigned); null while it waits for someone. */
  assigned_to: number | null;
  claimed_at: string | null;
  /** When an official first replied through the console: stops the waiting-time clock. */
  first_reply_at: string | null;
  /** The resident's 1–5 answer to the question sent when it was resolved; null until they give one. */
  rating: Generated<number | null>;
}

/** An internal note on a handoff (ghi chú nội bộ): for officials only, never sent to the resident. */
export interface HandoffNoteTable {
  id: Generated<number>;
  handoff_id: number;
  author_id: number;
  /** Sealed: officials may write personal details here. */
  text: string;
  at: string;
}

interface OaTokenTable {
  oa_id: string;
  access_token: string;
  refresh_token: string;
  /** When the access token expires (refresh ahead of it); null when unknown (seed tokens from the environment). */
  expires_at: string | null;
  updated_at: string;
}

/** A Mini App event already applied, with the answer it got: a retry with the same id gets it again. */
export interface AppEventTable {
  user_id: string;
  /** Made by the app (a UUID per resident action). */
  event_id: string;
  procedure_id: string;
  /** Sealed JSON of the `{ session, outputs }` answered (it holds personal answers). */
  response: string;
  created_at: string;
}

/** A resident's rating of how their filing was handled, once its result is known. */
export interface FilingRatingTable {
  reference: string;
  user_id: string;
  /** 1–5. */
  score: number;
  comment: string | null;
  rated_at: string;
}

interface UnplacedQueryTable {
  id: Generated<number>;
  text: string;
  at: string;
}

export type StaffRole = 'official' | 'supervisor' | 'volunteer' | 'admin';

/** An account of the officials' console (cán bộ, giám sát, tình nguyện viên, quản trị). */
export interface StaffUserTable {
  id: Generated<number>;
  /** Lowercased. */
  username: string;
  display_name: string;
  role: StaffRole;
  /** The commune (xã/phường) whose handoffs and filings an official works on; null for admins. */
  commune_code: string | null;
  /** argon2id, PHC string. */
  password_hash: string;
  /** Consecutive failed sign-ins since the last success or lock-out. */
  failed_attempts: Generated<number>;
  locked_until: string | null;
  created_at: string;
  disabled_at: string | null;
}

export interface StaffSessionTable {
  /** SHA-256 (hex) of the cookie token; the token itself is never stored. */
  id: string;
  user_id: number;
  /** The synchronizer CSRF token of this session (useless without the cookie). */
  csrf_secret: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

/** Who did what, when: every console action on a filing, conversation or account. No personal data in `detail`. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  /** JSON object, or null. */
  detail: string | null;
}

/** A setting of the one-stop desk (office hours, canned replies): JSON under a key. */
interface OfficeSettingTable {
  key: string;
  value: string;
  updated_at: string;
  updated_by: number | null;
}

/** A procedure version an admin published in the console. */
interface ProcedurePublicationTable {
  procedure_id: string;
  version: number;
  published_at: string;
  published_by: number;
}

export interface Database {
  inbox: InboxTable;
  outbox: OutboxTable;
  conversations: ConversationTable;
  residents: ResidentTable;
  filings: FilingTable;
  filing_events: FilingEventTable;
  consents: ConsentTable;
  handoffs: HandoffTable;
  handoff_notes: HandoffNoteTable;
  oa_tokens: OaTokenTable;
  unplaced_queries: UnplacedQueryTable;
  app_events: AppEventTable;
  filing_ratings: FilingRatingTable;
  staff_users: StaffUserTable;
  staff_sessions: StaffSessionTable;
  audit_log: AuditLogTable;
  office_settings: OfficeSettingTable;
  procedure_publications: ProcedurePublicationTable;
  appointment_slots: AppointmentSlotTable;
  appointments: AppointmentTable;
  assisted_filings: AssistedFilingTable;
  resident_phones: ResidentPhoneTable;
}

/** A connection or an open transaction: every store function takes one, so callers compose transactions. */
export type Db = Kysely<Database> | Transaction<Database>;
