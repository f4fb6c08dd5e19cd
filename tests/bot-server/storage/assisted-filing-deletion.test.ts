import { describe, expect, it } from 'vitest';
import { insertAssistedFiling } from '../../../bot-server/storage/assisted-filing-store';
import type { AssistedFilingCancelReason, AssistedFilingStatus } from '../../../bot-server/storage/assisted-filing-tables';
import { deleteAllResidentData } from '../../../bot-server/storage/resident-data-deletion';
import { insertStaffUser } from '../../../bot-server/storage/staff-user-store';
import { at, dialects, useTestDatabase } from './database-targets';

describe.each(dialects)('deleting a resident’s data takes the filings prepared for them (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it('removes every one not filed (waiting, declined, outdated, expired), keeps the confirmed one, and only theirs', async () => {
    const volunteerId = (await insertStaffUser(target.db, { username: 'tnv', displayName: 'Tình nguyện viên', role: 'volunteer', communeCode: null, passwordHash: 'x', createdAt: at(0) })) ?? 0;
    const prepared = async (userId: string, status: AssistedFilingStatus, cancelReason: AssistedFilingCancelReason | null = null) =>
      insertAssistedFiling(target.db, {
        assisted_by: volunteerId,
        request_id: `${userId}-${status}-${cancelReason ?? ''}`,
        user_id: userId,
        procedure_id: 'birth-registration',
        procedure_version: 1,
        answers: status === 'pending' ? 'sealed answers' : '',
        question_ids: '[]',
        status,
        cancel_reason: cancelReason,
        filing_reference: status === 'confirmed' ? 'ABCD-EFGH-K' : null,
        created_at: at(1),
        expires_at: at(100),
        decided_at: status === 'pending' ? null : at(2),
      });
    for (const [status, reason] of [['pending'], ['cancelled', 'declined'], ['cancelled', 'outdated'], ['expired'], ['confirmed']] as const) await prepared('A', status, reason);
    await prepared('B', 'pending');

    await deleteAllResidentData(target.db, 'A', at(3));
    const left = await target.db.selectFrom('assisted_filings').select(['user_id', 'status']).orderBy('id').execute();
    expect(left).toEqual([
      { user_id: 'A', status: 'confirmed' },
      { user_id: 'B', status: 'pending' },
    ]);
  });
});
