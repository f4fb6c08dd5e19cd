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
