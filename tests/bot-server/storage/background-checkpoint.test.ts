import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../bot-server/storage/open-database';
import { at } from './database-targets';

const waitFor = async (condition: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return condition();
};

describe('SQLite background checkpoint', () => {
  it('copies committed data into the database file off the server thread, and the WAL is reused', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dvc-ckpt-')), 'dvc.sqlite');
    const { db, close } = await openDatabase(path);
    const payload = 'x'.repeat(2000);
    const rows = (from: number) => Array.from({ length: 100 }, (_, i) => ({ event_key: `k${from + i}`, user_id: 'u', event_name: 'user_send_text', payload, status: 'pending' as const, attempts: 0, received_at: at(0) }));
    const writeTwoMegabytes = async (round: number) => {
      for (let batch = 0; batch < 10; batch += 1) await db.insertInto('inbox').values(rows((round * 10 + batch) * 100)).execute();
    };
    await writeTwoMegabytes(0);
    // ~2 MB committed: it reaches the main file without the server ever checkpointing.
    expect(await waitFor(() => statSync(path).size > 2_000_000, 5000)).toBe(true);
    const walAfterFirst = statSync(`${path}-wal`).size;
    for (let round = 1; round < 5; round += 1) {
      await writeTwoMegabytes(round);
      expect(await waitFor(() => statSync(path).size > (round + 1) * 2_000_000, 5000)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1200)); // a pause in writing, as between bursts
    }
    // 10 MB went through a WAL that stayed near the size of one round: its space is reused.
    expect(statSync(`${path}-wal`).size).toBeLessThan(walAfterFirst * 3);
    expect(await db.selectFrom('inbox').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()).toEqual({ n: 5000 });
    await close();
  });
});
