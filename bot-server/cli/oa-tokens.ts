/**
 * `npm run oa:tokens -- <status|refresh|replace>`: the OA token pair kept in the database, for an
 * operator. Tokens are never printed.
 * - `status`: when the stored pair was saved and when its access token expires.
 * - `refresh`: rotate now (the same single-flight refresh, under the lock every instance takes).
 * - `replace`: store the pair in ZALO_OA_ACCESS_TOKEN / ZALO_OA_REFRESH_TOKEN, after an OA admin
 *   re-consented because the refresh token was lost or expired (it is single use, 3 months).
 * Running instances pick a replaced or refreshed pair up the first time Zalo refuses their old
 * token: they re-read the stored pair before spending a refresh token of their own.
 */
import { loadConfig } from '../config/load-config';
import { openDatabase } from '../storage/open-database';
import { loadOaTokens, saveOaTokens } from '../storage/token-store';
import { oaTokenRefreshLock } from '../storage/oa-token-refresh-lock';
import { createTokenManager } from '../zalo/token-manager';

const USAGE = 'Cách dùng / usage: npm run oa:tokens -- <status|refresh|replace>';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const command = process.argv[2];
if (command !== 'status' && command !== 'refresh' && command !== 'replace') fail(USAGE);
const loaded = loadConfig(process.env);
if (!loaded.ok) fail(`Cấu hình có lỗi / configuration problems:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}`);
const { config } = loaded;
if (config.simulator) fail('Chế độ mô phỏng không có token Zalo thật: đặt ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_ID, ZALO_OA_SECRET_KEY.\n(Simulator mode has no real OA tokens.)');

const { oaId } = config.zalo;
const { db, close } = await openDatabase(config.databaseUrl);
const log = (message: string) => console.log(message);
try {
  if (command === 'replace') {
    const seed = config.zalo.seedTokens;
    if (!seed) fail('Thiếu ZALO_OA_ACCESS_TOKEN và ZALO_OA_REFRESH_TOKEN: đặt cặp token mới rồi chạy lại.\n(Set the new pair in ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN.)');
    // Under the refresh lock: an instance refreshing at this moment must not overwrite the new pair.
    await oaTokenRefreshLock(db, oaId)(() => saveOaTokens(db, { oaId, ...seed, expiresAt: null, now: new Date().toISOString() }));
    log(`Đã lưu cặp token mới cho OA ${oaId}. (Stored the new token pair.)`);
  }
  if (command === 'refresh') {
    const tokens = createTokenManager({
      oauthUrl: config.zalo.oauthUrl,
      appId: config.zalo.appId,
      appSecret: config.zalo.appSecret,
      load: () => loadOaTokens(db, oaId),
      save: (pair) => saveOaTokens(db, { oaId, accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: pair.expiresAt ?? null, now: new Date().toISOString() }),
      seed: config.zalo.seedTokens,
      now: () => new Date(),
      // Alerts (with Zalo's error, never a token) go to stderr for the operator.
      logger: { info: () => undefined, warn: (details: unknown) => console.error(details), error: (details: unknown, message?: string) => console.error(message, details) },
      refreshAheadMs: Number.POSITIVE_INFINITY, // "due" now: rotate even a fresh token
      exclusive: oaTokenRefreshLock(db, oaId),
    });
    await tokens.refresh('expiringSoon').catch(() => fail('Không làm mới được token (xem lỗi ở trên). Có thể quản trị viên OA cần cấp quyền lại, rồi dùng "replace".\n(Refresh failed; an OA admin may need to re-consent, then use "replace".)'));
    log(`Đã làm mới token của OA ${oaId}. (Refreshed.)`);
  }
  const stored = await loadOaTokens(db, oaId);
  log(stored
    ? `OA ${oaId}: lưu lúc / saved ${stored.updatedAt}; access token hết hạn / expires ${stored.expiresAt ?? 'chưa rõ / unknown (refreshed when Zalo refuses it)'}`
    : `OA ${oaId}: chưa có token trong cơ sở dữ liệu; máy chủ dùng ZALO_OA_ACCESS_TOKEN/ZALO_OA_REFRESH_TOKEN. (Nothing stored yet.)`);
} finally {
  await close();
}
