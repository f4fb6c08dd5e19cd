/** The OA's access and refresh tokens, refreshed at run time and kept across restarts and instances. */
import type { Db } from './database-types';

export interface OaTokens {
  accessToken: string;
  refreshToken: string;
  /** Null when unknown: the token is then refreshed only when Zalo rejects it. */
  expiresAt: string | null;
  updatedAt: string;
}

export async function loadOaTokens(db: Db, oaId: string): Promise<OaTokens | undefined> {
  const row = await db.selectFrom('oa_tokens').selectAll().where('oa_id', '=', oaId).executeTakeFirst();
  return row && { accessToken: row.access_token, refreshToken: row.refresh_token, expiresAt: row.expires_at, updatedAt: row.updated_at };
}

/** Upsert. Zalo's refresh tokens are single-use, so the caller saves the new pair before using it. */
export async function saveOaTokens(
  db: Db,
  tokens: { oaId: string; accessToken: string; refreshToken: string; expiresAt: string | null; now: string },
): Promise<void> {
  const values = {
    access_token: tokens.accessToken,
    refresh_token: tokens.refreshToken,
    expires_at: tokens.expiresAt,
    updated_at: tokens.now,
  };
  await db
    .insertInto('oa_tokens')
    .values({ oa_id: tokens.oaId, ...values })
    .onConflict((oc) => oc.column('oa_id').doUpdateSet(values))
    .execute();
}
