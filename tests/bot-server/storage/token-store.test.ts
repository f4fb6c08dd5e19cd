import { describe, expect, it } from 'vitest';
import { loadOaTokens, saveOaTokens } from '../../../bot-server/storage/token-store';
import { at, dialects, useTestDatabase } from './database-targets';

describe.each(dialects)('token store (%s)', (dialect) => {
  const target = useTestDatabase(dialect);

  it('has nothing before the first save, then keeps the latest tokens per OA', async () => {
    expect(await loadOaTokens(target.db, 'oa-1')).toBeUndefined();
    await saveOaTokens(target.db, { oaId: 'oa-1', accessToken: 'at-1', refreshToken: 'rt-1', expiresAt: at(3600), now: at(0) });
    await saveOaTokens(target.db, { oaId: 'oa-2', accessToken: 'x', refreshToken: 'y', expiresAt: at(3600), now: at(0) });
    await saveOaTokens(target.db, { oaId: 'oa-1', accessToken: 'at-2', refreshToken: 'rt-2', expiresAt: at(7200), now: at(3500) });

    expect(await loadOaTokens(target.db, 'oa-1')).toEqual({ accessToken: 'at-2', refreshToken: 'rt-2', expiresAt: at(7200), updatedAt: at(3500) });
    expect((await loadOaTokens(target.db, 'oa-2'))?.accessToken).toBe('x');
    expect(await target.db.selectFrom('oa_tokens').select('oa_id').execute()).toHaveLength(2);
  });

  it('stores tokens whose expiry is unknown, and forgets an old expiry when replaced by one', async () => {
    await saveOaTokens(target.db, { oaId: 'oa-1', accessToken: 'a', refreshToken: 'r', expiresAt: at(3600), now: at(0) });
    await saveOaTokens(target.db, { oaId: 'oa-1', accessToken: 'seed', refreshToken: 'seed-r', expiresAt: null, now: at(10) });
    expect(await loadOaTokens(target.db, 'oa-1')).toEqual({ accessToken: 'seed', refreshToken: 'seed-r', expiresAt: null, updatedAt: at(10) });
  });
});
