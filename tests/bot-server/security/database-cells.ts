/**
 * Every cell of every table the server created, as text: for tests that look for a value
 * anywhere in the database, including tables added after the test was written.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../bot-server/storage/database-types';
import { dialectOf } from '../../../bot-server/storage/dialect-of';

export interface Cell {
  table: string;
  column: string;
  value: string;
}

async function tableNames(db: Kysely<Database>): Promise<string[]> {
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
    return rows.map((row) => row.name);
  }
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db);
  return rows.map((row) => row.name);
}

export async function databaseCells(db: Kysely<Database>): Promise<Cell[]> {
  const cells: Cell[] = [];
  for (const table of await tableNames(db)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (value !== null && value !== undefined) cells.push({ table, column, value: value instanceof Date ? value.toISOString() : String(value) });
      }
    }
  }
  return cells;
}

/** The table names, so a test can show it really looked at the tables it cares about. */
export const tablesOf = (cells: readonly Cell[]): Set<string> => new Set(cells.map((cell) => cell.table));
