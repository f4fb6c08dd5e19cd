/**
 * The OA token refresh lock on PostgreSQL: two connection pools stand in for two instances. Held
 * sections never overlap, and two token managers refreshing at once spend Zalo's single-use
 * refresh token once: the one that waited adopts the pair the other saved.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../../bot-server/storage/database-types';
import { oaTokenRefreshLock } from '../../../bot-server/storage/oa-token-refresh-lock';
import { loadOaTokens, saveOaTokens } from '../../../bot-server/storage/token-store';
import { createTokenManager } from '../../../bot-server/zalo/token-manager';
import { APP_ID, APP_SECRET, INITIAL_TOKENS, recordingLogger, startFakeZalo } from '../zalo/fake-zalo-server';
import { useTestDatabase } from './database-targets';

describe('OA token refresh lock (postgres)', () => {
  const target = useTestDatabase('postgres');
  let zalo: Awaited<ReturnType<typeof startFakeZalo>>;
  beforeEach(async () => {
    zalo = await startFakeZalo();
  });
  afterEach(async () => {
    await zalo.close();
  });

  it('lets one instance at a time in, per OA', async () => {
    const other = await target.second();
    const inside: string[] = [];
    const overlaps: string[] = [];
    const hold = (name: string) => async () => {
      if (inside.length > 0) overlaps.push(`${name} entered while ${inside.join(', ')} held it`);
      inside.push(name);
      await new Promise((resolve) => setTimeout(resolve, 50));
      inside.splice(inside.indexOf(name), 1);
      return name;
    };
    const first = oaTokenRefreshLock(target.db, 'oa-1');
    const second = oaTokenRefreshLock(other.db, 'oa-1');
    expect(await Promise.all([first(hold('A1')), second(hold('B1')), first(hold('A2')), second(hold('B2'))])).toEqual(['A1', 'B1', 'A2', 'B2']);
    expect(overlaps).toEqual([]);
    // Another OA's refresh does not wait for this one.
    const started = Date.now();
    await Promise.all([first(() => new Promise((resolve) => setTimeout(resolve, 300))), oaTokenRefreshLock(other.db, 'oa-2')(async () => undefined)]);
    expect(Date.now() - started).toBeLessThan(600);
  });

  it('makes two instances refreshing at once call Zalo once and share the new pair', async () => {
    const other = await target.second();
    const manager = (db: Kysely<Database>) =>
      createTokenManager({
        oauthUrl: zalo.baseUrl,
        appId: APP_ID,
        appSecret: APP_SECRET,
        load: () => loadOaTokens(db, 'oa-1'),
        save: (pair) => saveOaTokens(db, { oaId: 'oa-1', accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: pair.expiresAt ?? null, now: new Date().toISOString() }),
        seed: INITIAL_TOKENS,
        now: () => new Date(),
        logger: recordingLogger().logger,
        refreshAheadMs: 60 * 60 * 1000,
        exclusive: oaTokenRefreshLock(db, 'oa-1'),
      });
    const [fromA, fromB] = await Promise.all([manager(target.db).refresh('rejected', INITIAL_TOKENS.accessToken), manager(other.db).refresh('rejected', INITIAL_TOKENS.accessToken)]);
    expect(zalo.fake.stats.refreshCount).toBe(1);
    expect(fromA).toBe(zalo.fake.currentTokens().accessToken);
    expect(fromB).toBe(fromA);
    expect((await loadOaTokens(target.db, 'oa-1'))?.refreshToken).toBe(zalo.fake.currentTokens().refreshToken);
  });
});

describe('OA token refresh lock (sqlite)', () => {
  const target = useTestDatabase('sqlite');

  it('simply runs the refresh: one process, nothing to share', async () => {
    expect(await oaTokenRefreshLock(target.db, 'oa-1')(async () => 'refreshed')).toBe('refreshed');
  });
});
