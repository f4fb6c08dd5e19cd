/**
 * The two databases every storage contract test runs against: SQLite in a temp file, and
 * PostgreSQL in a fresh schema (`t_<random>`, selected through `search_path`) dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../../bot-server/storage/database-types';
import { openDatabase } from '../../../bot-server/storage/open-database';
import type { OpenDatabase } from '../../../bot-server/storage/open-database';

export const dialects = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof dialects)[number];

const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** 2025-07-01T08:00:00Z plus `seconds`: readable, ordered test times. */
export function at(seconds: number): string {
  return new Date(Date.UTC(2025, 6, 1, 8, 0, 0) + seconds * 1000).toISOString();
}

export interface TestDatabase {
  /** The URL `openDatabase` takes (a file path for SQLite). */
  url: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'dvc-storage-'));
    // A folder that does not exist yet: openDatabase must create it.
    return { url: join(dir, 'nested', 'test.sqlite'), dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), dispose: () => adminQuery(`drop schema ${schema} cascade`) };
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Children before parents, for the foreign keys. */
const tables = ['handoff_notes', 'audit_log', 'staff_sessions', 'staff_users', 'filing_events', 'filings', 'outbox', 'inbox', 'conversations', 'residents', 'consents', 'handoffs', 'oa_tokens', 'unplaced_queries'] as const;

/**
 * Registers hooks for a describe block: one database per block, emptied before each test.
 * `second()` opens another connection (pool) to the same database, standing in for a second instance.
 */
export function useTestDatabase(dialect: TestDialect) {
  let target: TestDatabase | undefined;
  const opened: OpenDatabase[] = [];
  const open = async (): Promise<OpenDatabase> => {
    if (!target) throw new Error('test database not created yet');
    const handle = await openDatabase(target.url);
    opened.push(handle);
    return handle;
  };
  const first = (): OpenDatabase => {
    const handle = opened[0];
    if (!handle) throw new Error('test database not opened');
    return handle;
  };
  beforeAll(async () => {
    target = await createTestDatabase(dialect);
    await open();
  });
  beforeEach(async () => {
    const { db } = first();
    for (const table of tables) await db.deleteFrom(table).execute();
  });
  afterAll(async () => {
    for (const handle of opened.splice(0)) await handle.close();
    await target?.dispose();
  });
  return {
    get db(): Kysely<Database> {
      return first().db;
    },
    get handle(): OpenDatabase {
      return first();
    },
    second: open,
  };
}
