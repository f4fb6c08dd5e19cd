/** Procedure versions published by an admin in the console (procedure_publications). */
import type { Db } from './database-types';

export interface ProcedurePublication {
  procedureId: string;
  version: number;
  publishedAt: string;
  publishedBy: string;
}

export async function listProcedurePublications(db: Db): Promise<ProcedurePublication[]> {
  const rows = await db
    .selectFrom('procedure_publications as p')
    .innerJoin('staff_users as u', 'u.id', 'p.published_by')
    .select(['p.procedure_id', 'p.version', 'p.published_at', 'u.display_name'])
    .execute();
  return rows.map((row) => ({ procedureId: row.procedure_id, version: row.version, publishedAt: row.published_at, publishedBy: row.display_name }));
}

/** False when that version was already published (by someone else a moment ago, or twice). */
export async function insertProcedurePublication(db: Db, publication: { procedureId: string; version: number; at: string; by: number }): Promise<boolean> {
  const inserted = await db
    .insertInto('procedure_publications')
    .values({ procedure_id: publication.procedureId, version: publication.version, published_at: publication.at, published_by: publication.by })
    .onConflict((oc) => oc.columns(['procedure_id', 'version']).doNothing())
    .executeTakeFirst();
  return (inserted.numInsertedOrUpdatedRows ?? 0n) > 0n;
}
