/** Handoffs to an official (chuyển cán bộ): at most one open per resident. */
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { Db, HandoffTable } from './database-types';
import { StorageError } from './storage-error';

export type HandoffRow = Selectable<HandoffTable>;

/**
 * Opens a handoff, or returns the id of the one already open for the resident. A partial unique
 * index (one open row per user) makes this hold even when two workers race.
 */
export async function openHandoff(
  db: Db,
  handoff: {
    userId: string;
    reason: HandoffTable['reason'];
    procedureId?: string | null;
    questionId?: string | null;
    ruleId?: string | null;
    openedAt: string;
  },
): Promise<number> {
  // Between our conflicting insert and the look-up, the open one may get resolved: try again.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const inserted = await db
      .insertInto('handoffs')
      .values({
        user_id: handoff.userId,
        reason: handoff.reason,
        procedure_id: handoff.procedureId ?? null,
        question_id: handoff.questionId ?? null,
        rule_id: handoff.ruleId ?? null,
        status: 'open',
        opened_at: handoff.openedAt,
      })
      // The literal (not a parameter) lets PostgreSQL match the partial index's predicate.
      .onConflict((oc) => oc.column('user_id').where(sql<boolean>`status = 'open'`).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return inserted.id;
    const open = await findOpenHandoff(db, handoff.userId);
    if (open) return open.id;
  }
  throw new StorageError('CONCURRENT_UPDATE', 'Could not open a handoff: it kept changing underneath');
}

export async function findOpenHandoff(db: Db, userId: string): Promise<HandoffRow | undefined> {
  return db.selectFrom('handoffs').selectAll().where('user_id', '=', userId).where('status', '=', 'open').executeTakeFirst();
}

export async function resolveHandoff(db: Db, id: number, now: string): Promise<void> {
  await db
    .updateTable('handoffs')
    .set({ status: 'resolved', resolved_at: now })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .execute();
}

export async function countOpenHandoffs(db: Db): Promise<number> {
  const row = await db
    .selectFrom('handoffs')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
