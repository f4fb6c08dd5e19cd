/**
 * The officials' handoff inbox (hộp thư chuyển cán bộ): listing handoffs with who holds them,
 * claiming and assigning, the first-reply time, internal notes, and the resident's recent messages.
 */
import type { Selectable } from 'kysely';
import type { Db, HandoffNoteTable, HandoffTable } from './database-types';

export type HandoffInboxRow = Selectable<HandoffTable> & { assignee_name: string | null };
export type HandoffNoteRow = Selectable<HandoffNoteTable> & { author_name: string };

const withAssignee = (db: Db) =>
  db.selectFrom('handoffs as h').leftJoin('staff_users as u', 'u.id', 'h.assigned_to').selectAll('h').select('u.display_name as assignee_name');

/** Handoffs with a status, oldest first, with the display name of whoever holds each. */
export async function listHandoffsWithAssignee(db: Db, status: HandoffTable['status'], limit: number): Promise<HandoffInboxRow[]> {
  return withAssignee(db)
    .where('h.status', '=', status)
    .orderBy('h.opened_at')
    .orderBy('h.id')
    .limit(limit)
    .execute();
}

export async function findHandoffWithAssignee(db: Db, id: number): Promise<HandoffInboxRow | undefined> {
  return withAssignee(db).where('h.id', '=', id).executeTakeFirst();
}

/** Gives an open handoff to a staff account; false when it is not open (or does not exist). */
export async function assignHandoff(db: Db, id: number, assignment: { userId: number; now: string }): Promise<boolean> {
  const result = await db
    .updateTable('handoffs')
    .set({ assigned_to: assignment.userId, claimed_at: assignment.now })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records the first console reply; later replies leave it alone. */
export async function markHandoffFirstReply(db: Db, id: number, now: string): Promise<void> {
  await db.updateTable('handoffs').set({ first_reply_at: now }).where('id', '=', id).where('first_reply_at', 'is', null).execute();
}

export async function insertHandoffNote(db: Db, note: { handoffId: number; authorId: number; sealedText: string; at: string }): Promise<number> {
  const row = await db
    .insertInto('handoff_notes')
    .values({ handoff_id: note.handoffId, author_id: note.authorId, text: note.sealedText, at: note.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Notes of these handoffs, oldest first, with their authors' display names. */
export async function listHandoffNotes(db: Db, handoffIds: readonly number[]): Promise<HandoffNoteRow[]> {
  if (handoffIds.length === 0) return [];
  return db
    .selectFrom('handoff_notes as n')
    .innerJoin('staff_users as u', 'u.id', 'n.author_id')
    .selectAll('n')
    .select('u.display_name as author_name')
    .where('n.handoff_id', 'in', handoffIds)
    .orderBy('n.id')
    .execute();
}

/** The resident's latest inbox events (sealed payloads), newest first. */
export async function recentInboxOf(db: Db, userId: string, limit: number) {
  return db.selectFrom('inbox').select(['id', 'payload', 'received_at']).where('user_id', '=', userId).orderBy('id', 'desc').limit(limit).execute();
}

/** The latest messages queued to the resident (sealed bodies), newest first. */
export async function recentOutboxOf(db: Db, userId: string, limit: number) {
  return db.selectFrom('outbox').select(['id', 'inbox_id', 'sequence', 'body', 'created_at']).where('user_id', '=', userId).orderBy('id', 'desc').limit(limit).execute();
}

/** "Delete my data": officials' notes about the resident's conversations go too. */
export async function deleteHandoffNotesOf(db: Db, userId: string): Promise<number> {
  const result = await db
    .deleteFrom('handoff_notes')
    .where('handoff_id', 'in', (eb) => eb.selectFrom('handoffs').select('handoffs.id').where('handoffs.user_id', '=', userId))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
