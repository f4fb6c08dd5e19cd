/** Consent records (the personal-data decree asks us to prove what a resident agreed to, and when). */
import type { Selectable } from 'kysely';
import type { ConsentTable, Db } from './database-types';

export type ConsentRow = Selectable<ConsentTable>;

export async function recordConsent(
  db: Db,
  consent: {
    userId: string;
    policyVersion: string;
    purposes: readonly string[];
    dataCategories: readonly string[];
    channel: ConsentTable['channel'];
    procedureId: string | null | undefined;
    givenAt: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('consents')
    .values({
      user_id: consent.userId,
      policy_version: consent.policyVersion,
      purposes: JSON.stringify(consent.purposes),
      data_categories: JSON.stringify(consent.dataCategories),
      channel: consent.channel,
      procedure_id: consent.procedureId ?? null,
      given_at: consent.givenAt,
      withdrawn_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Oldest first, withdrawn ones included (`withdrawn_at` set). `purposes`/`data_categories` are JSON arrays. */
export async function listConsents(db: Db, userId: string): Promise<ConsentRow[]> {
  return db.selectFrom('consents').selectAll().where('user_id', '=', userId).orderBy('id').execute();
}
