import { describe, expect, it } from 'vitest';
import { createInboxWriter } from '../../../bot-server/storage/inbox-writer';
import { at, dialects, useTestDatabase } from './database-targets';

const event = (key: string, userId = 'u1') => ({ eventKey: key, userId, eventName: 'user_send_text', payload: `{"k":"${key}"}`, receivedAt: at(0) });

describe.each(dialects)('webhook group commit (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it('stores a burst in one go, each event once, and tells every request whether its event was new', async () => {
    const writer = createInboxWriter(target.db, 3);
    expect(await writer.insert(event('before'))).toBe('inserted');
    // Seven requests at once: batches of three, a retry of a stored event, and one key twice in a batch.
    const results = await Promise.all(['a', 'b', 'before', 'c', 'c', 'd', 'e'].map((key) => writer.insert(event(key))));
    expect(results).toEqual(['inserted', 'inserted', 'duplicate', 'inserted', 'duplicate', 'inserted', 'inserted']);
    const rows = await target.db.selectFrom('inbox').select(['event_key', 'status', 'payload']).orderBy('id').execute();
    expect(rows.map((row) => row.event_key)).toEqual(['before', 'a', 'b', 'c', 'd', 'e']);
    expect(rows.every((row) => row.status === 'pending')).toBe(true);
    expect(rows[1]?.payload).toBe('{"k":"a"}');
  });

  it('fails every request of a batch that could not be stored, so none is acknowledged', async () => {
    const writer = createInboxWriter(target.db);
    await target.db.schema.dropTable('inbox').execute();
    await expect(Promise.all([writer.insert(event('x')), writer.insert(event('y'))])).rejects.toThrow();
  });
});
