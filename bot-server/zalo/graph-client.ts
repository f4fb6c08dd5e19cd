/**
 * Zalo Graph API client for Mini App users (reference/zalo-platform.md §4): who holds a user
 * access token (`GET /v2.0/me?fields=id,name`), and the phone number behind a single-use phone
 * token (`GET /v2.0/me/info`, with the app secret, which never leaves the server). Expected
 * failures are values; only "Zalo did not answer" is an error. Tokens, secrets and phone numbers
 * are never logged (axios errors carry the request headers, so they are not logged either).
 */
import axios, { type AxiosInstance } from 'axios';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';

export type GraphUser = { id: string; name: string };
type MeResult = { ok: true; user: GraphUser } | { ok: false; code: number };
type PhoneResult = { ok: true; number: string } | { ok: false; code: number };

export interface GraphClient {
  /** The app-scoped user behind a user access token; `ok: false` when Zalo refuses the token. */
  me(userToken: string): Promise<MeResult>;
  /** The phone number ("84…") for a phone token from zmp-sdk `getPhoneNumber()`; single use. */
  phoneNumber(userToken: string, phoneToken: string): Promise<PhoneResult>;
}

/** Zalo could not be asked (network, timeout, 5xx, or a body that is not Zalo's). */
export class GraphUnavailableError extends Error {
  readonly code = 'ZALO_GRAPH_UNAVAILABLE';
}

type GraphClientOptions = {
  /** Read on every call: in simulator mode the local fake's address is known only once the server listens. */
  graphUrl: () => string;
  appSecret: string;
  logger: Pick<FastifyBaseLogger, 'warn'>;
  timeoutMs: number;
  http?: AxiosInstance;
};

const errorCode = z.union([z.number(), z.string()]).transform(Number).pipe(z.number().int());
const meSchema = z.looseObject({ error: errorCode.optional(), id: z.union([z.string(), z.number()]).transform(String).optional(), name: z.string().optional() });
const infoSchema = z.looseObject({ error: errorCode.optional(), data: z.looseObject({ number: z.union([z.string(), z.number()]).transform(String).optional() }).optional() });

/** No usable answer: the caller reports "try again". */
const REFUSED_WITHOUT_CODE = -1;

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const http = options.http ?? axios.create();

  async function get(path: string, headers: Record<string, string>): Promise<unknown> {
    let response;
    try {
      response = await http.get(`${options.graphUrl()}${path}`, { headers, timeout: options.timeoutMs, validateStatus: () => true });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      options.logger.warn({ path, network: typeof code === 'string' ? code : 'unknown' }, 'Zalo Graph API unreachable');
      throw new GraphUnavailableError('Zalo Graph API unreachable');
    }
    if (response.status >= 500 || response.status === 429) {
      options.logger.warn({ path, status: response.status }, 'Zalo Graph API temporary HTTP failure');
      throw new GraphUnavailableError(`Zalo Graph API answered HTTP ${response.status}`);
    }
    return response.data;
  }

  return {
    async me(userToken) {
      const body = meSchema.safeParse(await get('/v2.0/me?fields=id,name', { access_token: userToken }));
      if (!body.success) throw new GraphUnavailableError('Zalo Graph API answered without its envelope');
      const { error, id, name } = body.data;
      if ((error !== undefined && error !== 0) || !id) return { ok: false, code: error ?? REFUSED_WITHOUT_CODE };
      return { ok: true, user: { id, name: name ?? '' } };
    },
    async phoneNumber(userToken, phoneToken) {
      const body = infoSchema.safeParse(await get('/v2.0/me/info', { access_token: userToken, code: phoneToken, secret_key: options.appSecret }));
      if (!body.success) throw new GraphUnavailableError('Zalo Graph API answered without its envelope');
      const { error, data } = body.data;
      if ((error !== undefined && error !== 0) || !data?.number) {
        options.logger.warn({ code: error ?? REFUSED_WITHOUT_CODE }, 'Zalo refused a phone token');
        return { ok: false, code: error ?? REFUSED_WITHOUT_CODE };
      }
      return { ok: true, number: data.number };
    },
  };
}
