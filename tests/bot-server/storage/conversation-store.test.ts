import { describe, expect, it } from 'vitest';
import { loadConversationState, saveConversationState } from '../../../bot-server/storage/conversation-store';
import { at, dialects, useTestDatabase } from './database-targets';

describe.each(dialects)('conversation store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it('has no state for a resident it has never seen', async () => {
    expect(await loadConversationState(target.db, 'nobody')).toBeUndefined();
  });

  it('saves, then replaces, one state per resident', async () => {
    await saveConversationState(target.db, 'A', 'state-1', at(0));
    await saveConversationState(target.db, 'B', 'other', at(0));
    await saveConversationState(target.db, 'A', 'state-2', at(5));
    expect(await loadConversationState(target.db, 'A')).toBe('state-2');
    expect(await loadConversationState(target.db, 'B')).toBe('other');
    const rows = await target.db.selectFrom('conversations').selectAll().where('user_id', '=', 'A').execute();
    expect(rows).toEqual([{ user_id: 'A', state: 'state-2', updated_at: at(5) }]);
  });

  it('writes inside a caller transaction and nothing survives its rollback', async () => {
    await expect(
      target.db.transaction().execute(async (trx) => {
        await saveConversationState(trx, 'A', 'half-done', at(0));
        throw new Error('turn failed');
      }),
    ).rejects.toThrow('turn failed');
    expect(await loadConversationState(target.db, 'A')).toBeUndefined();
  });
});
