import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect-of';

interface CheckChange {
  table: string;
  column: string;
  /** The check as the migration that made the column wrote it (`.check(sql\`…\`)`), exactly. */
  before: string;
  after: string;
}

/**
 * Replaces a column's CHECK constraint, to let a new value into a list. PostgreSQL alters the
 * constraint it named `<table>_<column>_check`. SQLite cannot alter a constraint: the table is
 * rebuilt from its own stored definition with the check replaced, rows, indexes and the
 * AUTOINCREMENT counter carried over, in one transaction
 * (https://www.sqlite.org/lang_altertable.html#otheralter). Only for tables no foreign key points at.
 */
export async function replaceColumnCheck(db: Kysely<unknown>, change: CheckChange): Promise<void> {
  const { table, column, after } = change;
  if (dialectOf(db) === 'postgres') {
    const name = `${table}_${column}_check`;
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(name)}, add constraint ${sql.ref(name)} check (${sql.raw(after)})`.execute(db);
    return;
  }
  await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ type: string; sql: string | null }>`select type, sql from sqlite_master where tbl_name = ${table}`.execute(trx);
    const create = rows.find((row) => row.type === 'table')?.sql ?? '';
    if (!create.includes(change.before)) throw new Error(`${table}.${column} has no check "${change.before}" to replace`);
    const rebuilt = `${table}_rebuilt`;
    const counter = await sql<{ seq: number }>`select seq from sqlite_sequence where name = ${table}`.execute(trx);
    await sql.raw(create.replace(`"${table}"`, `"${rebuilt}"`).replace(change.before, after)).execute(trx);
    await sql`insert into ${sql.table(rebuilt)} select * from ${sql.table(table)}`.execute(trx);
    await sql`drop table ${sql.table(table)}`.execute(trx);
    await sql`alter table ${sql.table(rebuilt)} rename to ${sql.table(table)}`.execute(trx);
    for (const index of rows) if (index.type === 'index' && index.sql !== null) await sql.raw(index.sql).execute(trx);
    // The copy counted only up to the highest id left; ids of deleted rows must not come back.
    const seq = counter.rows[0]?.seq;
    if (seq === undefined) return;
    await sql`delete from sqlite_sequence where name = ${table}`.execute(trx);
    await sql`insert into sqlite_sequence (name, seq) values (${table}, ${seq})`.execute(trx);
  });
}
