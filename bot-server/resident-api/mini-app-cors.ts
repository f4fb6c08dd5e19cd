/**
 * CORS for the API the Mini App calls. A deployed Mini App runs at https://h5.zdn.vn/zapps/<appId>/
 * (reference/zalo-platform.md §4), another origin than this server, and sends a custom header
 * (X-Zalo-Access-Token), so browsers ask first (preflight). Only Zalo's Mini App host is allowed;
 * in simulator mode also http://localhost:<port> for development. No cookies are used
 * (credentials stay off): the token header is the only proof of identity.
 */
import type { FastifyInstance } from 'fastify';
import { ACCESS_TOKEN_HEADER } from '../../shared/api/mini-app-api-schemas';

const ZALO_MINI_APP_ORIGIN = 'https://h5.zdn.vn';
const LOCALHOST = /^http:\/\/localhost(?::\d{1,5})?$/;

/** Adds the CORS headers to every route of `api` (call it on the `/api` scope itself, not a child plugin). */
export function installMiniAppCors(api: FastifyInstance, options: { development: boolean }): void {
  const allowed = (origin: string | undefined): origin is string =>
    origin !== undefined && (origin === ZALO_MINI_APP_ORIGIN || (options.development && LOCALHOST.test(origin)));

  api.addHook('onRequest', async (request, reply) => {
    const { origin } = request.headers;
    reply.header('vary', 'Origin');
    if (allowed(origin)) reply.header('access-control-allow-origin', origin);
  });

  api.options('/*', { schema: { hide: true } }, async (request, reply) => {
    if (allowed(request.headers.origin)) {
      reply
        .header('access-control-allow-methods', 'GET, POST, DELETE')
        .header('access-control-allow-headers', `content-type, ${ACCESS_TOKEN_HEADER}`)
        .header('access-control-max-age', '600');
    }
    return reply.status(204).send();
  });
}
