import type { CreateTableBuilder, Kysely } from 'kysely';
import { dialectOf } from '../dialect-of';

/**
 * Adds the `id` primary key the database numbers itself: `integer … autoincrement` on SQLite (so
 * ids are never reused after a delete, keeping "lowest id = oldest" true) and `serial` on PostgreSQL.
 */
export function withIdColumn<TB extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<TB, never>,
): CreateTableBuilder<TB, 'id'> {
  return dialectOf(db) === 'postgres'
    ? table.addColumn('id', 'serial', (col) => col.primaryKey())
    : table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}
