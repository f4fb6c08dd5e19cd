/**
 * Reads back what the OA recently sent a resident (`GET /v2.0/oa/conversation`; the endpoint and
 * its shape are UNCONFIRMED, taken from third-party documentation). Used only to check whether a
 * reply cut off by a crash reached Zalo before sending it again; any failure means "don't know",
 * and the reply is sent again (at least once beats never).
 */
import axios, { type AxiosInstance } from 'axios';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import type { TokenProvider } from './token-manager';

const responseSchema = z.looseObject({
  error: z.number(),
  data: z.array(z.looseObject({ src: z.union([z.number(), z.string()]).optional(), message: z.string().optional() })).optional(),
});

export function createRecentOaMessages(options: { openApiUrl: string; tokens: TokenProvider; logger: Pick<FastifyBaseLogger, 'warn'>; timeoutMs: number; http?: AxiosInstance }) {
  const http = options.http ?? axios.create();
  /** Texts the OA sent this resident recently, or undefined when Zalo could not tell us. */
  return async function recentOaTexts(userId: string): Promise<string[] | undefined> {
    try {
      const token = await options.tokens.accessToken();
      const response = await http.get(`${options.openApiUrl}/v2.0/oa/conversation`, {
        params: { data: JSON.stringify({ user_id: userId, offset: 0, count: 10 }) },
        headers: { access_token: token },
        timeout: options.timeoutMs,
        validateStatus: () => true,
      });
      const parsed = responseSchema.safeParse(response.data);
      if (!parsed.success || parsed.data.error !== 0) {
        options.logger.warn({ status: response.status, error: parsed.success ? parsed.data.error : 'shape' }, 'conversation read-back unavailable; an interrupted reply waits and is checked again (sent anyway after a few tries)');
        return undefined;
      }
      return (parsed.data.data ?? []).filter((m) => String(m.src ?? '0') === '0').map((m) => m.message ?? '');
    } catch {
      options.logger.warn({ userId: '[resident]' }, 'conversation read-back failed; an interrupted reply waits and is checked again (sent anyway after a few tries)');
      return undefined;
    }
  };
}
