/**
 * The lock that keeps a Mini App write and another writer of the same conversation from
 * overwriting each other on PostgreSQL: a second reader-for-update waits for the first to commit,
 * and then reads what it wrote. (SQLite runs one writing transaction at a time anyway.)
 */
import { describe, expect, it } from 'vitest';
import { lockConversationState } from '../../../bot-server/storage/locked-conversation-store';
import { at, useTestDatabase } from '../storage/database-targets';

describe('locking a conversation row on postgres', () => {
  const target = useTestDatabase('postgres');

  it('makes a second transaction wait for the first, and see its write', async () => {
    // (A row created inside the first transaction already makes the second wait, on its unique key.)
    const other = await target.second();
    await target.db.insertInto('conversations').values({ user_id: 'u1', state: 'before', updated_at: at(0) }).execute();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const first = target.db.transaction().execute(async (trx) => {
      expect(await lockConversationState(trx, 'u1', () => 'seed', at(0))).toBe('before');
      order.push('first locked');
      await held;
      await trx.updateTable('conversations').set({ state: 'written by first' }).where('user_id', '=', 'u1').execute();
      order.push('first wrote');
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const second = other.db.transaction().execute(async (trx) => {
        const seen = await lockConversationState(trx, 'u1', () => 'seed', at(1));
        order.push(`second read "${seen}"`);
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(order).toEqual(['first locked']); // the second is waiting
      release();
      await Promise.all([first, second]);
      expect(order).toEqual(['first locked', 'first wrote', 'second read "written by first"']);
    } finally {
      release(); // never leave a transaction open: the test schema could not be dropped
      await first.catch(() => undefined);
    }
  });
});
