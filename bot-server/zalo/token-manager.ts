import axios, { type AxiosInstance } from 'axios';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';

/** An OA token pair. `expiresAt` (ISO) is unknown for seed tokens from the environment. */
export type Tokens = { accessToken: string; refreshToken: string; expiresAt?: string | null };

type RefreshReason = 'expiringSoon' | 'rejected';

/** Hands out the OA access token; `refresh` is single-flight. */
export interface TokenProvider {
  accessToken(): Promise<string>;
  /**
   * Gets a new access token. Pass the token Zalo rejected: if another caller already replaced it,
   * the newer token is returned without another refresh (the refresh token is single use).
   */
  refresh(reason: RefreshReason, rejectedAccessToken?: string): Promise<string>;
}

/** The OA has no usable token and a person must act (often: re-consent in a browser). */
export class TokenRefreshError extends Error {
  readonly code = 'OA_TOKEN_REFRESH_FAILED';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TokenRefreshError';
  }
}

type Logger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export type TokenManagerOptions = {
  oauthUrl: string;
  appId: string;
  appSecret: string;
  load: () => Promise<Tokens | undefined>;
  save: (tokens: Tokens) => Promise<void>;
  seed?: Tokens;
  now: () => Date;
  logger: Logger;
  refreshAheadMs: number;
  /** Runs a refresh while holding a lock shared by every instance (storage/oa-token-refresh-lock.ts); default: none. */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  http?: AxiosInstance;
  timeoutMs?: number;
};

// Zalo: `{ access_token, refresh_token, expires_in: "90000" }`; expires_in is a STRING of seconds.
const grantSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.union([z.string(), z.number()]).optional(),
});
// Error shape is unconfirmed (`{ error, error_name, error_description }` in most sources): every field optional.
const oauthErrorSchema = z.looseObject({
  error: z.union([z.number(), z.string()]).optional(),
  error_name: z.string().optional(),
  error_description: z.string().optional(),
  message: z.string().optional(),
});
const DEFAULT_EXPIRES_IN_S = 90_000; // about 25 h
const AHEAD_RETRY_MS = 60_000; // after a failed early refresh, keep the still-valid token this long

/**
 * OA token lifecycle (reference/zalo-platform.md §3): the access token lives ~25 h, the refresh
 * token 3 months and is SINGLE USE. So one refresh at a time, the new pair saved before it is
 * handed out, refreshes ahead of expiry, and an alert for a person when a refresh fails.
 * Across instances, a refresh runs under `exclusive` and re-reads `load` first, so an instance
 * that waited for another one's refresh adopts the pair it saved instead of spending the
 * (already spent) refresh token again.
 */
export function createTokenManager(options: TokenManagerOptions): TokenProvider {
  const { logger, now } = options;
  const http = options.http ?? axios.create();
  let current: Tokens | undefined;
  let inFlight: Promise<string> | undefined;
  let aheadFailedAt = Number.NEGATIVE_INFINITY;

  const msLeft = (tokens: Tokens): number =>
    tokens.expiresAt ? Date.parse(tokens.expiresAt) - now().getTime() : Number.POSITIVE_INFINITY;
  const due = (tokens: Tokens): boolean => msLeft(tokens) <= options.refreshAheadMs;

  function alert(alertName: string, message: string, details: Record<string, unknown>, cause?: unknown): TokenRefreshError {
    logger.error({ alert: alertName, ...details }, message);
    return new TokenRefreshError(message, { cause });
  }

  async function latestStored(): Promise<Tokens | undefined> {
    try {
      return (await options.load()) ?? current ?? options.seed;
    } catch (error) {
      throw alert('OA_TOKEN_REFRESH_FAILED', 'could not read stored OA tokens', { storage: describe(error) }, error);
    }
  }

  async function requestGrant(refreshToken: string, reason: RefreshReason): Promise<Tokens> {
    const failed = (details: Record<string, unknown>, cause?: unknown): TokenRefreshError =>
      alert('OA_TOKEN_REFRESH_FAILED', 'OA token refresh failed: an OA admin may need to re-consent', { reason, ...details }, cause);
    let response;
    try {
      // Form-encoded, App Secret in the `secret_key` header (not Authorization).
      response = await http.post(
        `${options.oauthUrl}/v4/oa/access_token`,
        new URLSearchParams({ refresh_token: refreshToken, app_id: options.appId, grant_type: 'refresh_token' }),
        { headers: { secret_key: options.appSecret }, timeout: options.timeoutMs ?? 10_000, validateStatus: () => true },
      );
    } catch (error) {
      // Never log the axios error itself: its config holds the secret and the refresh token.
      throw failed({ network: describe(error) }, error);
    }
    const grant = grantSchema.safeParse(response.data);
    if (!grant.success) {
      const problem = oauthErrorSchema.safeParse(response.data);
      const fields = problem.success ? problem.data : {};
      throw failed({ httpStatus: response.status, zaloError: fields.error, errorName: fields.error_name, errorDescription: fields.error_description ?? fields.message });
    }
    let seconds = Number(grant.data.expires_in);
    if (!Number.isFinite(seconds) || seconds <= 0) {
      logger.warn({ expiresIn: grant.data.expires_in }, 'OA token grant without a usable expires_in; assuming 25 h');
      seconds = DEFAULT_EXPIRES_IN_S;
    }
    const expiresAt = new Date(now().getTime() + seconds * 1000).toISOString();
    return { accessToken: grant.data.access_token, refreshToken: grant.data.refresh_token, expiresAt };
  }

  async function runRefresh(reason: RefreshReason, rejected: string | undefined): Promise<string> {
    if (!options.exclusive) return refreshNow(reason, rejected);
    try {
      return await options.exclusive(() => refreshNow(reason, rejected));
    } catch (error) {
      if (error instanceof TokenRefreshError) throw error;
      throw alert('OA_TOKEN_REFRESH_FAILED', 'could not take the OA token refresh lock (another instance stuck refreshing?)', { reason, storage: describe(error) }, error);
    }
  }

  async function refreshNow(reason: RefreshReason, rejected: string | undefined): Promise<string> {
    const latest = await latestStored();
    if (!latest) throw alert('OA_TOKEN_REFRESH_FAILED', 'no OA tokens stored or seeded', { reason });
    const bad = rejected ?? current?.accessToken ?? latest.accessToken;
    if (latest.accessToken !== bad && !due(latest)) {
      current = latest; // another instance refreshed already
      return latest.accessToken;
    }
    const fresh = await requestGrant(latest.refreshToken, reason);
    // Zalo has now invalidated the old refresh token: save the new pair before anyone uses it.
    try {
      await options.save(fresh);
    } catch (error) {
      current = fresh; // the only copy left: keep it in memory rather than lose it
      throw alert('OA_TOKEN_SAVE_FAILED', 'new OA tokens could not be saved; a restart would lose them', { storage: describe(error) }, error);
    }
    current = fresh;
    logger.info({ reason, expiresAt: fresh.expiresAt }, 'OA access token refreshed');
    return fresh.accessToken;
  }

  const provider: TokenProvider = {
    refresh(reason, rejected) {
      if (inFlight) return inFlight;
      if (rejected !== undefined && current !== undefined && current.accessToken !== rejected) {
        return Promise.resolve(current.accessToken);
      }
      inFlight = runRefresh(reason, rejected).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    async accessToken() {
      if (inFlight) return inFlight;
      current ??= await latestStored();
      const tokens = current;
      if (!tokens) throw alert('OA_TOKEN_REFRESH_FAILED', 'no OA tokens stored or seeded', {});
      if (!due(tokens) || now().getTime() - aheadFailedAt < AHEAD_RETRY_MS) return tokens.accessToken;
      try {
        return await provider.refresh('expiringSoon');
      } catch (error) {
        if (!(error instanceof TokenRefreshError) || msLeft(tokens) <= 0) throw error;
        aheadFailedAt = now().getTime();
        logger.warn({ msLeft: msLeft(tokens) }, 'early OA token refresh failed; using the current token while it lasts');
        return tokens.accessToken;
      }
    },
  };
  return provider;
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${(error as { code?: unknown }).code ?? error.name}: ${error.message}`;
  return String(error);
}
