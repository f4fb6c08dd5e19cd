/** Residents' ratings of how a filing was handled (one per filing, once its result is known). */
import type { Selectable } from 'kysely';
import type { Db, FilingRatingTable } from './database-types';

export type FilingRatingRow = Selectable<FilingRatingTable>;

export async function findFilingRating(db: Db, reference: string): Promise<FilingRatingRow | undefined> {
  return db.selectFrom('filing_ratings').selectAll().where('reference', '=', reference).executeTakeFirst();
}

/**
 * False when the filing was rated already (the first rating stands). The comment comes sealed by
 * the caller (services.cipher.seal): residents write names and numbers in it.
 */
export async function insertFilingRating(db: Db, rating: FilingRatingRow): Promise<boolean> {
  const inserted = await db
    .insertInto('filing_ratings')
    .values(rating)
    .onConflict((oc) => oc.column('reference').doNothing())
    .returning('reference')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Part of "delete my data": scores stay for the service-quality figures, the words go. */
export async function eraseFilingRatingComments(db: Db, userId: string): Promise<void> {
  await db.updateTable('filing_ratings').set({ comment: null }).where('user_id', '=', userId).where('comment', 'is not', null).execute();
}
