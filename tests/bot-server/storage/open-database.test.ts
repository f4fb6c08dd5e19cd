import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { insertInboxEvent, countInboxByStatus } from '../../../bot-server/storage/inbox-store';
import { openDatabase } from '../../../bot-server/storage/open-database';
import type { OpenDatabase } from '../../../bot-server/storage/open-database';
import { at, createTestDatabase, dialects } from './database-targets';
import type { TestDatabase } from './database-targets';

describe.each(dialects)('openDatabase (%s)', (dialect) => {
  let target: TestDatabase | undefined;
  const handles: OpenDatabase[] = [];
  const open = async (url: string) => {
    const handle = await openDatabase(url);
    handles.push(handle);
    return handle;
  };
  afterEach(async () => {
    for (const handle of handles.splice(0)) await handle.close();
    await target?.dispose();
    target = undefined;
  });

  it('reports the dialect the URL selects and has migrated every table', async () => {
    target = await createTestDatabase(dialect);
    const { db, dialect: opened } = await open(target.url);
    expect(opened).toBe(dialect);
    // PostgreSQL lists every schema's tables: other tests' schemas may exist in the same database.
    const own = dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
    const tables = (await db.introspection.getTables()).filter((table) => table.schema === own).map((table) => table.name).sort();
    expect(tables).toEqual(
      ['app_events', 'appointment_slots', 'appointments', 'assisted_filings', 'audit_log', 'consents', 'conversations', 'filing_events', 'filing_ratings', 'filings', 'handoff_notes', 'handoffs', 'inbox', 'oa_tokens', 'office_settings', 'outbox', 'procedure_publications', 'resident_phones', 'residents', 'staff_sessions', 'staff_users', 'unplaced_queries'],
    );
  });

  it('is idempotent: opening again keeps the data and applies no migration twice', async () => {
    target = await createTestDatabase(dialect);
    const first = await open(target.url);
    await insertInboxEvent(first.db, { eventKey: 'k1', userId: 'u1', eventName: 'user_send_text', payload: '{}', receivedAt: at(0) });
    await first.close();
    handles.splice(handles.indexOf(first), 1);

    const again = await open(target.url);
    const alsoOpen = await open(target.url); // two instances starting side by side
    expect((await countInboxByStatus(again.db)).pending).toBe(1);
    const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(alsoOpen.db);
    expect(applied.rows.map((row) => row.name)).toEqual(['0001-initial-schema', '0002-mini-app-tables', '0003-console-accounts', '0004-handoff-inbox', '0005-handoff-rating', '0006-office-settings', '0007-filing-work-queue', '0008-appointments', '0009-assisted-filings', '0010-procedure-publications', '0011-appointment-past-status', '0012-assisted-filing-outdated-reason']);
  });

  it('returns counts as numbers, not strings', async () => {
    target = await createTestDatabase(dialect);
    const { db } = await open(target.url);
    await insertInboxEvent(db, { eventKey: 'k1', userId: 'u1', eventName: 'follow', payload: '{}', receivedAt: at(0) });
    const row = await db.selectFrom('inbox').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
    expect(row.count).toBe(1);
  });

  it('enforces the unique event key at the database level', async () => {
    target = await createTestDatabase(dialect);
    const { db } = await open(target.url);
    const row = { event_key: 'same', user_id: 'u1', event_name: 'follow', payload: '{}', status: 'pending' as const, attempts: 0, received_at: at(0) };
    await db.insertInto('inbox').values(row).execute();
    await expect(db.insertInto('inbox').values(row).execute()).rejects.toThrow();
  });
});

describe('openDatabase (sqlite specifics)', () => {
  it('sets WAL, a busy timeout, NORMAL sync and foreign keys', async () => {
    const target = await createTestDatabase('sqlite');
    const { db, close } = await openDatabase(target.url);
    try {
      const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('synchronous')).toBe(1); // NORMAL
      expect(await pragma('foreign_keys')).toBe(1);
    } finally {
      await close();
      await target.dispose();
    }
  });

  it('accepts :memory:', async () => {
    const { db, dialect, close } = await openDatabase(':memory:');
    expect(dialect).toBe('sqlite');
    expect(await countInboxByStatus(db)).toEqual({ pending: 0, processing: 0, done: 0, failed: 0 });
    await close();
  });
});

describe('openDatabase (postgres, several schemas in one database)', () => {
  it('migrates a new schema while another one already holds migrated tables', async () => {
    const migratedFirst = await createTestDatabase('postgres');
    const fresh = await createTestDatabase('postgres');
    try {
      const first = await openDatabase(migratedFirst.url);
      await first.close();
      const second = await openDatabase(fresh.url); // Kysely must not take the other schema's tables for its own
      expect((await countInboxByStatus(second.db)).pending).toBe(0);
      await second.close();
    } finally {
      await migratedFirst.dispose();
      await fresh.dispose();
    }
  });
});
