/**
 * CORS for the API the Mini App calls, as @fastify/cors options (register them on the `/api`
 * scope). A deployed Mini App runs at https://h5.zdn.vn/zapps/<appId>/ (reference/zalo-platform.md
 * §4), another origin than this server, and sends a custom header (X-Zalo-Access-Token), so
 * browsers ask first (preflight). Only Zalo's Mini App host is allowed; in simulator mode also
 * http://localhost:<port> for development. No cookies are used (credentials stay off): the token
 * header is the only proof of identity. Any other origin gets no CORS header at all, and its
 * preflight is not answered (404).
 */
import type { FastifyCorsOptions } from '@fastify/cors';
import { ACCESS_TOKEN_HEADER } from '../../shared/api/mini-app-api-schemas';

const ZALO_MINI_APP_ORIGIN = 'https://h5.zdn.vn';
const LOCALHOST = /^http:\/\/localhost(?::\d{1,5})?$/;

export function miniAppCors(options: { development: boolean }): FastifyCorsOptions {
  const allowed = (origin: string | undefined): boolean =>
    origin !== undefined && (origin === ZALO_MINI_APP_ORIGIN || (options.development && LOCALHOST.test(origin)));
  return {
    // A function, not a list: a refused origin then gets no preflight headers either.
    origin: (origin, callback) => callback(null, allowed(origin)),
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['content-type', ACCESS_TOKEN_HEADER],
    credentials: false,
    maxAge: 600,
  };
}
