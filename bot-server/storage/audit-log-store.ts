/** The audit log (nhật ký thao tác): who did what, when. Append-only; `detail` never holds personal data. */
import type { Selectable } from 'kysely';
import type { AuditLogTable, Db } from './database-types';

export type AuditLogRow = Selectable<AuditLogTable>;

export interface AuditEntry {
  at: string;
  userId: number | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      user_id: entry.userId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}

/** A console page refetches on every live signal and every 30 s; one read per account and subject per window is enough. */
const READ_AUDIT_WINDOW_MS = 5 * 60_000;

/**
 * Records a read unless the same account already read the same thing within READ_AUDIT_WINDOW_MS:
 * a page that refetches on every live signal would otherwise bury the log under the same line.
 */
export async function recordReadAudit(db: Db, entry: AuditEntry): Promise<void> {
  const since = new Date(Date.parse(entry.at) - READ_AUDIT_WINDOW_MS).toISOString();
  const recent = await db
    .selectFrom('audit_log')
    .select('id')
    .where('user_id', entry.userId === null ? 'is' : '=', entry.userId)
    .where('action', '=', entry.action)
    .where('subject_id', entry.subjectId === null ? 'is' : '=', entry.subjectId)
    .where('at', '>', since)
    .limit(1)
    .executeTakeFirst();
  if (!recent) await recordAudit(db, entry);
}

/** Newest first, with the acting account's username (null for actions nobody signed in did). */
export async function listAudit(db: Db, limit: number): Promise<(AuditLogRow & { username: string | null })[]> {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('staff_users as u', 'u.id', 'a.user_id')
    .selectAll('a')
    .select('u.username')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}
