import { describe, expect, it } from 'vitest';
import { filingEvents, findFilingByReference, insertFiling, listFilingsByUser } from '../../../bot-server/storage/filing-store';
import { at, dialects, useTestDatabase } from './database-targets';
import { filing } from './storage-fixtures';

describe.each(dialects)('filing store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it("stores a filing with a first 'received' history entry", async () => {
    await insertFiling(target.db, filing('HS-001', 'A', at(30)));
    expect(await findFilingByReference(target.db, 'HS-001')).toEqual(filing('HS-001', 'A', at(30)));
    expect(await filingEvents(target.db, 'HS-001')).toMatchObject([{ reference: 'HS-001', status: 'received', note: null, at: at(30) }]);
  });

  it('finds nothing for an unknown reference', async () => {
    expect(await findFilingByReference(target.db, 'HS-404')).toBeUndefined();
    expect(await filingEvents(target.db, 'HS-404')).toEqual([]);
  });

  it("lists only the resident's own filings, newest first", async () => {
    await insertFiling(target.db, filing('HS-001', 'A', at(0)));
    await insertFiling(target.db, filing('HS-002', 'B', at(10)));
    await insertFiling(target.db, filing('HS-003', 'A', at(20)));
    expect((await listFilingsByUser(target.db, 'A')).map((row) => row.reference)).toEqual(['HS-003', 'HS-001']);
  });

  it('rejects a second filing with the same reference and keeps one history entry', async () => {
    await insertFiling(target.db, filing('HS-001', 'A'));
    await expect(insertFiling(target.db, filing('HS-001', 'B'))).rejects.toThrow();
    expect(await filingEvents(target.db, 'HS-001')).toHaveLength(1);
    expect((await findFilingByReference(target.db, 'HS-001'))?.user_id).toBe('A');
  });

  it("joins the caller's transaction: a rollback leaves neither filing nor history", async () => {
    await expect(
      target.db.transaction().execute(async (trx) => {
        await insertFiling(trx, filing('HS-001', 'A'));
        throw new Error('turn failed');
      }),
    ).rejects.toThrow('turn failed');
    expect(await findFilingByReference(target.db, 'HS-001')).toBeUndefined();
    expect(await target.db.selectFrom('filing_events').selectAll().execute()).toEqual([]);
  });
});
