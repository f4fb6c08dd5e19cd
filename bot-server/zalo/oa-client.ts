import axios, { type AxiosInstance } from 'axios';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { TokenRefreshError, type TokenProvider } from './token-manager';
import { classifyZaloError, type ZaloErrorAction } from './zalo-error-codes';
import { splitMessageText, ZALO_TEXT_LIMIT } from './split-message-text';

/** Why a call failed and what to do; `sentMessageIds` lists the parts of a long text already delivered. */
type SendFailure = { ok: false; code: number; action: ZaloErrorAction; retryable: boolean; message: string; sentMessageIds: string[] };
type SendResult = { ok: true; messageIds: string[] } | SendFailure;
/** `lastInteraction` and `csReplyRemain` as Zalo reports them (shape unconfirmed, hence nullable). */
type OaQuota = { lastInteraction: string | null; csReplyRemain: number | null };
type QuotaResult = { ok: true; quota: OaQuota } | SendFailure;

export interface OaClient {
  /** Sends a consultation (cs) text, split into ordered parts ≤ 2,000 chars; stops at the first failure. */
  sendText(userId: string, text: string): Promise<SendResult>;
  /** Reply quota and last interaction for one resident. */
  quota(userId: string): Promise<QuotaResult>;
}

type Logger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export type OaClientOptions = {
  openApiUrl: string;
  tokens: TokenProvider;
  http?: AxiosInstance;
  logger: Logger;
  timeoutMs: number;
  textLimit?: number;
};

// Zalo answers `{ error, message, data }`; a non-zero `error` arrives with HTTP 200.
const envelopeSchema = z.looseObject({
  error: z.union([z.number(), z.string()]).transform(Number).pipe(z.number().int()),
  message: z.string().optional(),
  data: z.unknown().optional(),
});
const sendDataSchema = z.looseObject({ message_id: z.string().min(1) });
const quotaDataSchema = z.looseObject({
  last_interaction: z.union([z.string(), z.number()]).transform(String).optional(),
  cs_reply: z.looseObject({ remain: z.union([z.number(), z.string()]).transform(Number).pipe(z.number().finite()).optional() }).optional(),
});

/** No usable answer from Zalo: network error, timeout, or a body that is not Zalo's envelope. */
const NO_ANSWER = -1;
type Outcome = { ok: true; data: unknown } | Omit<SendFailure, 'sentMessageIds'>;

/**
 * Zalo OA OpenAPI client (reference/zalo-platform.md §2). Every expected failure is a value;
 * the access token goes in the `access_token` header (not Authorization) and is never logged.
 */
export function createOaClient(options: OaClientOptions): OaClient {
  const { logger, tokens } = options;
  const http = options.http ?? axios.create();
  const limit = options.textLimit ?? ZALO_TEXT_LIMIT;

  async function postOnce(path: string, body: object, token: string): Promise<Outcome | { zaloError: number; message: string }> {
    let response;
    try {
      response = await http.post(`${options.openApiUrl}${path}`, body, {
        headers: { access_token: token, 'Content-Type': 'application/json' },
        timeout: options.timeoutMs,
        validateStatus: () => true,
      });
    } catch (error) {
      // Never log the axios error: its config carries the access token.
      const code = (error as { code?: unknown }).code;
      const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
      logger.warn({ path, network: typeof code === 'string' ? code : 'unknown' }, 'Zalo OpenAPI unreachable');
      return { ok: false, code: NO_ANSWER, action: 'backOff', retryable: true, message: timedOut ? 'timeout' : 'network error' };
    }
    const { status } = response;
    if (status >= 500 || status === 429) {
      logger.warn({ path, status }, 'Zalo OpenAPI temporary HTTP failure');
      return { ok: false, code: status, action: 'backOff', retryable: true, message: `HTTP ${status}` };
    }
    const envelope = envelopeSchema.safeParse(response.data);
    if (envelope.success && envelope.data.error !== 0) return { zaloError: envelope.data.error, message: envelope.data.message ?? '' };
    if (status < 200 || status >= 300) {
      logger.error({ path, status }, 'Zalo OpenAPI refused the request (wrong URL or method?)');
      return { ok: false, code: status, action: 'bug', retryable: false, message: `HTTP ${status}` };
    }
    if (!envelope.success) {
      logger.warn({ path, status }, 'Zalo OpenAPI answered without its { error } envelope');
      return { ok: false, code: NO_ANSWER, action: 'backOff', retryable: true, message: 'unexpected response' };
    }
    return { ok: true, data: envelope.data.data };
  }

  function zaloFailure(path: string, body: object, code: number, zaloMessage: string): Outcome {
    const known = classifyZaloError(code);
    const details = { path, code, meaning: known.meaning, zaloMessage };
    if (!known.known) logger.warn(details, 'unknown Zalo error code: treated as a temporary failure');
    else if (known.action === 'bug') logger.error({ ...details, payloadShape: shapeOf(body) }, 'Zalo rejected our request as malformed');
    else if (known.action === 'alertAdmin') logger.error({ ...details, alert: 'ZALO_OA_NEEDS_ADMIN' }, 'Zalo OA needs an administrator');
    else logger.warn(details, 'Zalo OpenAPI error');
    return { ok: false, code, action: known.action, retryable: known.retryable, message: zaloMessage || known.meaning };
  }

  function tokenFailure(error: unknown, code: number): Outcome {
    // The token manager has already logged the alert; a person re-consenting makes a later retry work.
    if (!(error instanceof TokenRefreshError)) throw error;
    return { ok: false, code, action: 'alertAdmin', retryable: true, message: error.message };
  }

  /** One request, with at most one token refresh and one retry on -216/-220. */
  async function call(path: string, body: object): Promise<Outcome> {
    let token: string;
    try {
      token = await tokens.accessToken();
    } catch (error) {
      return tokenFailure(error, -216);
    }
    let outcome = await postOnce(path, body, token);
    if ('zaloError' in outcome && classifyZaloError(outcome.zaloError).action === 'refreshAndRetry') {
      logger.info({ path, code: outcome.zaloError }, 'OA access token rejected: refreshing once');
      try {
        token = await tokens.refresh('rejected', token);
      } catch (error) {
        return tokenFailure(error, outcome.zaloError);
      }
      outcome = await postOnce(path, body, token);
    }
    return 'zaloError' in outcome ? zaloFailure(path, body, outcome.zaloError, outcome.message) : outcome;
  }

  return {
    async sendText(userId, text) {
      const parts = splitMessageText(text, limit);
      if (parts.length === 0) {
        logger.error({ userId }, 'refusing to send an empty text');
        return { ok: false, code: -201, action: 'bug', retryable: false, message: 'empty text', sentMessageIds: [] };
      }
      const messageIds: string[] = [];
      for (const part of parts) {
        const outcome = await call('/v3.0/oa/message/cs', { recipient: { user_id: userId }, message: { text: part } });
        if (!outcome.ok) return { ...outcome, sentMessageIds: messageIds };
        const data = sendDataSchema.safeParse(outcome.data);
        if (data.success) messageIds.push(data.data.message_id);
        else logger.warn({ userId }, 'Zalo accepted a message without a message_id string');
      }
      return { ok: true, messageIds };
    },
    async quota(userId) {
      const outcome = await call('/v3.0/oa/quota/message', { user_id: userId });
      if (!outcome.ok) return { ...outcome, sentMessageIds: [] };
      const data = quotaDataSchema.safeParse(outcome.data);
      if (!data.success) logger.warn({ userId }, 'unexpected quota shape from Zalo');
      return {
        ok: true,
        quota: {
          lastInteraction: data.success ? (data.data.last_interaction ?? null) : null,
          csReplyRemain: data.success ? (data.data.cs_reply?.remain ?? null) : null,
        },
      };
    },
  };
}

/** The structure of a payload with every value replaced by its type (and string length): safe to log. */
function shapeOf(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return `string(${value.length})`;
  if (value === null || typeof value !== 'object') return typeof value;
  if (depth > 4) return 'object';
  if (Array.isArray(value)) return value.slice(0, 3).map((item) => shapeOf(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item, depth + 1)]));
}
