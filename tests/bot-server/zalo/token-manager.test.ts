import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTokenManager, TokenRefreshError, type Tokens } from '../../../bot-server/zalo/token-manager';
import { APP_ID, APP_SECRET, INITIAL_TOKENS, deadBaseUrl, delay, recordingLogger, startFakeZalo } from './fake-zalo-server';

const NOW = new Date('2025-07-01T08:00:00.000Z');
const HOUR = 3_600_000;

let server: Awaited<ReturnType<typeof startFakeZalo>>;
beforeEach(async () => {
  server = await startFakeZalo();
});
afterEach(async () => {
  await server.close();
});

function setup(overrides: { stored?: Tokens; seed?: Tokens; appSecret?: string; oauthUrl?: string; save?: (t: Tokens) => Promise<void> } = {}) {
  let stored = overrides.stored;
  const saved: Tokens[] = [];
  const log = recordingLogger();
  const manager = createTokenManager({
    oauthUrl: overrides.oauthUrl ?? server.baseUrl,
    appId: APP_ID,
    appSecret: overrides.appSecret ?? APP_SECRET,
    load: async () => stored,
    save:
      overrides.save ??
      (async (tokens) => {
        stored = tokens;
        saved.push(tokens);
      }),
    seed: overrides.seed ?? INITIAL_TOKENS,
    now: () => NOW,
    logger: log.logger,
    refreshAheadMs: HOUR,
    timeoutMs: 2000,
  });
  return { manager, saved, log, setStored: (tokens: Tokens) => (stored = tokens) };
}

describe('token manager against the fake Zalo OAuth endpoint', () => {
  it('hands out the seed token while its expiry is unknown, without refreshing', async () => {
    const { manager } = setup();
    expect(await manager.accessToken()).toBe(INITIAL_TOKENS.accessToken);
    expect(server.fake.stats.refreshCount).toBe(0);
  });

  it('refreshes with the form-encoded grant, saves the rotated pair, and computes expiry from the string expires_in', async () => {
    const { manager, saved } = setup();
    const token = await manager.refresh('rejected', INITIAL_TOKENS.accessToken);
    const zalo = server.fake.currentTokens();
    expect(token).toBe(zalo.accessToken);
    expect(saved).toEqual([{ accessToken: zalo.accessToken, refreshToken: zalo.refreshToken, expiresAt: new Date(NOW.getTime() + 90_000_000).toISOString() }]);
    expect(await manager.accessToken()).toBe(zalo.accessToken);
  });

  it('uses each new refresh token for the next refresh (single use)', async () => {
    const { manager } = setup();
    const first = await manager.refresh('rejected', INITIAL_TOKENS.accessToken);
    const second = await manager.refresh('rejected', first);
    expect(second).not.toBe(first);
    expect(server.fake.stats.refreshCount).toBe(2);
  });

  it('shares one in-flight refresh among concurrent callers', async () => {
    const { manager, saved } = setup();
    const tokens = await Promise.all(Array.from({ length: 10 }, () => manager.refresh('rejected', INITIAL_TOKENS.accessToken)));
    expect(new Set(tokens).size).toBe(1);
    expect(server.fake.stats.refreshCount).toBe(1);
    expect(saved).toHaveLength(1);
  });

  it('does not refresh again for a caller whose rejected token was already replaced', async () => {
    const { manager } = setup();
    const fresh = await manager.refresh('rejected', INITIAL_TOKENS.accessToken);
    expect(await manager.refresh('rejected', INITIAL_TOKENS.accessToken)).toBe(fresh);
    expect(server.fake.stats.refreshCount).toBe(1);
  });

  it('refreshes ahead of expiry, and not before', async () => {
    const early = setup({ stored: { ...INITIAL_TOKENS, expiresAt: new Date(NOW.getTime() + 2 * HOUR).toISOString() } });
    expect(await early.manager.accessToken()).toBe(INITIAL_TOKENS.accessToken);
    expect(server.fake.stats.refreshCount).toBe(0);

    const soon = setup({ stored: { ...INITIAL_TOKENS, expiresAt: new Date(NOW.getTime() + 30 * 60_000).toISOString() } });
    expect(await soon.manager.accessToken()).toBe(server.fake.currentTokens().accessToken);
    expect(server.fake.stats.refreshCount).toBe(1);
  });

  it('adopts a pair another instance already rotated instead of spending the refresh token again', async () => {
    const { manager, setStored } = setup();
    expect(await manager.accessToken()).toBe(INITIAL_TOKENS.accessToken);
    const elsewhere = { accessToken: 'rotated-elsewhere', refreshToken: 'rotated-refresh', expiresAt: new Date(NOW.getTime() + 20 * HOUR).toISOString() };
    setStored(elsewhere);
    expect(await manager.refresh('rejected', INITIAL_TOKENS.accessToken)).toBe('rotated-elsewhere');
    expect(server.fake.stats.refreshCount).toBe(0);
  });
});

describe('token manager failures', () => {
  it('throws TokenRefreshError and logs an alert when Zalo refuses the refresh', async () => {
    const { manager, log, saved } = setup({ appSecret: 'wrong-secret' });
    const error = await manager.refresh('rejected', INITIAL_TOKENS.accessToken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect((error as TokenRefreshError).code).toBe('OA_TOKEN_REFRESH_FAILED');
    expect(saved).toEqual([]);
    const alert = log.calls.find((call) => call.level === 'error' && call.fields.alert === 'OA_TOKEN_REFRESH_FAILED');
    expect(alert?.fields).toMatchObject({ reason: 'rejected', zaloError: -14002 });
    for (const secret of [APP_SECRET, 'wrong-secret', INITIAL_TOKENS.refreshToken, INITIAL_TOKENS.accessToken]) expect(log.text()).not.toContain(secret);
  });

  it('rejects a spent refresh token (single use) with an alert', async () => {
    const { manager } = setup();
    await manager.refresh('rejected', INITIAL_TOKENS.accessToken);
    const stale = setup(); // a second process still holding the seed pair, with nothing stored
    await expect(stale.manager.refresh('rejected', INITIAL_TOKENS.accessToken)).rejects.toBeInstanceOf(TokenRefreshError);
    expect(stale.log.calls.some((call) => call.fields.alert === 'OA_TOKEN_REFRESH_FAILED' && call.fields.zaloError === -14014)).toBe(true);
  });

  it('throws TokenRefreshError with an alert when the OAuth host is unreachable', async () => {
    const { manager, log } = setup({ oauthUrl: await deadBaseUrl() });
    await expect(manager.refresh('rejected')).rejects.toMatchObject({ code: 'OA_TOKEN_REFRESH_FAILED' });
    expect(log.calls.find((call) => call.fields.alert === 'OA_TOKEN_REFRESH_FAILED')?.fields.network).toMatch(/ECONNREFUSED/);
    expect(log.text()).not.toContain(APP_SECRET);
  });

  it('keeps using a still-valid token when the early refresh fails, and stops retrying it for a while', async () => {
    const expiresAt = new Date(NOW.getTime() + 10 * 60_000).toISOString();
    const { manager, log } = setup({ appSecret: 'wrong-secret', stored: { ...INITIAL_TOKENS, expiresAt } });
    expect(await manager.accessToken()).toBe(INITIAL_TOKENS.accessToken);
    expect(await manager.accessToken()).toBe(INITIAL_TOKENS.accessToken);
    expect(log.calls.filter((call) => call.fields.alert === 'OA_TOKEN_REFRESH_FAILED')).toHaveLength(1);
  });

  it('throws when the token has expired and cannot be refreshed', async () => {
    const expiresAt = new Date(NOW.getTime() - 1000).toISOString();
    const { manager } = setup({ appSecret: 'wrong-secret', stored: { ...INITIAL_TOKENS, expiresAt } });
    await expect(manager.accessToken()).rejects.toBeInstanceOf(TokenRefreshError);
  });

  it('alerts when the rotated pair cannot be saved, and does not hand the token out before the save settles', async () => {
    const order: string[] = [];
    const { manager, log } = setup({
      save: async () => {
        order.push('save started');
        await delay(30);
        order.push('save failed');
        throw new Error('disk full');
      },
    });
    const refreshing = manager.refresh('rejected', INITIAL_TOKENS.accessToken);
    const waiting = manager.accessToken().then(
      () => order.push('token handed out'),
      () => order.push('caller told of failure'),
    );
    await expect(refreshing).rejects.toBeInstanceOf(TokenRefreshError);
    await waiting;
    expect(order).toEqual(['save started', 'save failed', 'caller told of failure']);
    expect(log.calls.some((call) => call.level === 'error' && call.fields.alert === 'OA_TOKEN_SAVE_FAILED')).toBe(true);
  });

  it('alerts when there is no token at all', async () => {
    const log = recordingLogger();
    const manager = createTokenManager({
      oauthUrl: server.baseUrl, appId: APP_ID, appSecret: APP_SECRET, load: async () => undefined, save: async () => {},
      now: () => NOW, logger: log.logger, refreshAheadMs: HOUR,
    });
    await expect(manager.accessToken()).rejects.toBeInstanceOf(TokenRefreshError);
    expect(log.calls.some((call) => call.fields.alert === 'OA_TOKEN_REFRESH_FAILED')).toBe(true);
  });
});
