import { describe, expect, it } from 'vitest';
import { countOpenHandoffs, findOpenHandoff, openHandoff, resolveHandoff } from '../../../bot-server/storage/handoff-store';
import { at, dialects, useTestDatabase } from './database-targets';

const request = (userId: string, openedAt = at(0)) => ({ userId, reason: 'requested' as const, procedureId: 'khai-sinh', questionId: 'q1', openedAt });

describe.each(dialects)('handoff store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it('keeps one open handoff per resident: asking again returns the same one', async () => {
    const first = await openHandoff(target.db, request('A'));
    const again = await openHandoff(target.db, { userId: 'A', reason: 'notUnderstood', openedAt: at(5) });
    const other = await openHandoff(target.db, request('B'));
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(await countOpenHandoffs(target.db)).toBe(2);
    expect(await findOpenHandoff(target.db, 'A')).toMatchObject({
      id: first, reason: 'requested', procedure_id: 'khai-sinh', question_id: 'q1', rule_id: null, status: 'open', opened_at: at(0), resolved_at: null,
    });
  });

  it('opens a new one after the previous is resolved', async () => {
    const first = await openHandoff(target.db, request('A'));
    await resolveHandoff(target.db, first, at(60));
    expect(await findOpenHandoff(target.db, 'A')).toBeUndefined();
    expect(await countOpenHandoffs(target.db)).toBe(0);

    await resolveHandoff(target.db, first, at(90)); // resolving twice keeps the first time
    const resolved = await target.db.selectFrom('handoffs').selectAll().where('id', '=', first).executeTakeFirst();
    expect(resolved).toMatchObject({ status: 'resolved', resolved_at: at(60) });

    const second = await openHandoff(target.db, request('A', at(100)));
    expect(second).not.toBe(first);
    expect((await findOpenHandoff(target.db, 'A'))?.id).toBe(second);
  });

  it('opens only one when two instances race for the same resident', async () => {
    const other = await target.second();
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => openHandoff(i % 2 === 0 ? target.db : other.db, request('A'))));
    expect(new Set(ids).size).toBe(1);
    expect(await countOpenHandoffs(target.db)).toBe(1);
  });
});
