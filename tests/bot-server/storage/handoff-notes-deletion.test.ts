import { describe, expect, it } from 'vitest';
import { openHandoff } from '../../../bot-server/storage/handoff-store';
import { insertHandoffNote, listHandoffNotes } from '../../../bot-server/storage/handoff-inbox-store';
import { deleteAllResidentData } from '../../../bot-server/storage/resident-data-deletion';
import { insertStaffUser } from '../../../bot-server/storage/staff-user-store';
import { at, dialects, useTestDatabase } from './database-targets';

describe.each(dialects)('deleting a resident’s data takes officials’ notes on them too (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it("removes the notes on that resident's handoffs, and only those", async () => {
    const officialId = (await insertStaffUser(target.db, { username: 'lan', displayName: 'Cán bộ Lan', role: 'official', communeCode: null, passwordHash: 'x', createdAt: at(0) })) ?? 0;
    const handoffIds: number[] = [];
    for (const userId of ['A', 'B']) {
      await openHandoff(target.db, { userId, reason: 'requested', procedureId: null, questionId: null, ruleId: null, openedAt: at(1) });
      const row = await target.db.selectFrom('handoffs').select('id').where('user_id', '=', userId).executeTakeFirstOrThrow();
      handoffIds.push(row.id);
      await insertHandoffNote(target.db, { handoffId: row.id, authorId: officialId, sealedText: `sealed note on ${userId}`, at: at(2) });
    }
    await deleteAllResidentData(target.db, 'A', at(3));
    expect((await listHandoffNotes(target.db, handoffIds)).map((note) => note.text)).toEqual(['sealed note on B']);
  });
});
