/** The canned-reply list being edited: pure moves on a list of rows, each with a key that survives reordering. */
export interface ReplyRow {
  key: number;
  title: string;
  text: string;
}

/** Moves the row at `index` one place up (-1) or down (+1); a move past either end changes nothing. */
export function moveRow(rows: ReplyRow[], index: number, by: -1 | 1): ReplyRow[] {
  const target = index + by;
  const moving = rows[index];
  const other = rows[target];
  if (!moving || !other) return rows;
  const next = [...rows];
  next[index] = other;
  next[target] = moving;
  return next;
}

export function updateRow(rows: ReplyRow[], key: number, part: Partial<Omit<ReplyRow, 'key'>>): ReplyRow[] {
  return rows.map((row) => (row.key === key ? { ...row, ...part } : row));
}
