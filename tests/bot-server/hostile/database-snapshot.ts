/**
 * Every row of every table, to tell whether a request changed anything: "nothing stored from a
 * rejected request" means the snapshot after it equals the one before. Tables are read from the
 * database itself, so a table added later is covered too.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../bot-server/storage/database-types';

export type Snapshot = Map<string, string>;

const tableNames = new WeakMap<object, Promise<string[]>>();

function tablesOf(db: Kysely<Database>): Promise<string[]> {
  let names = tableNames.get(db);
  if (!names) {
    names = db.introspection.getTables().then((tables) => tables.map((table) => table.name).filter((name) => !name.startsWith('kysely_')));
    tableNames.set(db, names);
  }
  return names;
}

export async function databaseSnapshot(db: Kysely<Database>): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  for (const name of await tablesOf(db)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    snapshot.set(name, rows.map((row) => JSON.stringify(row)).sort().join('\n'));
  }
  return snapshot;
}

export interface TableChange {
  table: string;
  gone: Record<string, unknown>[];
  came: Record<string, unknown>[];
}

/** What differs between two snapshots, table by table. */
export function tableChanges(before: Snapshot, after: Snapshot): TableChange[] {
  const rowsOf = (text: string | undefined) => new Set(text ? text.split('\n') : []);
  const parse = (rows: string[]) => rows.map((row) => JSON.parse(row) as Record<string, unknown>);
  return [...after.keys()]
    .filter((table) => before.get(table) !== after.get(table))
    .map((table) => {
      const [old, now] = [rowsOf(before.get(table)), rowsOf(after.get(table))];
      return { table, gone: parse([...old].filter((row) => !now.has(row))), came: parse([...now].filter((row) => !old.has(row))) };
    });
}

/** A change as a line a failing test can show: the table, and a row that went and one that came (cut short). */
export function describeChange(change: TableChange): string {
  const first = (rows: Record<string, unknown>[]) => JSON.stringify(rows[0] ?? null).slice(0, 200);
  return `${change.table}: -${change.gone.length} +${change.came.length} rows; -${first(change.gone)} +${first(change.came)}`;
}
