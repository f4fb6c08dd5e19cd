/**
 * Letting a new value into a column's CHECK list after the table has rows: PostgreSQL alters the
 * constraint, SQLite rebuilds the table. Either way the rows, their ids, the indexes and the
 * id counter survive, and the new check is the one enforced.
 */
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../bot-server/storage/open-database';
import { replaceColumnCheck } from '../../../bot-server/storage/migrations/replace-column-check';
import { withIdColumn } from '../../../bot-server/storage/migrations/with-id-column';
import { createTestDatabase, dialects, type TestDatabase } from './database-targets';

interface ProbeTable {
  probe: { id?: number; owner: string; state: string };
}

describe.each(dialects)('replaceColumnCheck (%s)', (dialect) => {
  let target: TestDatabase | undefined;
  let handle: OpenDatabase | undefined;
  afterEach(async () => {
    await handle?.close();
    await target?.dispose();
  });

  it('lets the new value in and keeps rows, ids, indexes and the id counter', async () => {
    target = await createTestDatabase(dialect);
    handle = await openDatabase(target.url);
    const db = handle.db as unknown as Kysely<ProbeTable>;
    const schema = db as unknown as Kysely<unknown>;
    await withIdColumn(schema, schema.schema.createTable('probe'))
      .addColumn('owner', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull().check(sql<boolean>`state in ('open', 'closed')`))
      .execute();
    await schema.schema.createIndex('probe_one_open').on('probe').column('owner').unique().where(sql.ref('state'), '=', 'open').execute();
    await db.insertInto('probe').values([{ owner: 'a', state: 'open' }, { owner: 'b', state: 'closed' }, { owner: 'c', state: 'closed' }]).execute();
    await db.deleteFrom('probe').where('owner', '=', 'c').execute();

    await replaceColumnCheck(schema, { table: 'probe', column: 'state', before: "state in ('open', 'closed')", after: "state in ('open', 'gone', 'closed')" });

    await db.insertInto('probe').values({ owner: 'b', state: 'gone' }).execute();
    expect(await db.selectFrom('probe').select(['id', 'owner', 'state']).orderBy('id').execute()).toEqual([
      { id: 1, owner: 'a', state: 'open' },
      { id: 2, owner: 'b', state: 'closed' },
      { id: 4, owner: 'b', state: 'gone' },
    ]);
    await expect(db.insertInto('probe').values({ owner: 'a', state: 'open' }).execute()).rejects.toThrow();
    await expect(db.insertInto('probe').values({ owner: 'd', state: 'lost' }).execute()).rejects.toThrow();
  });
});
