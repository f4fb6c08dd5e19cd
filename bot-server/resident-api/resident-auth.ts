/**
 * Sign-in for the resident routes (a hook on their subtree): the Zalo user access token in
 * `X-Zalo-Access-Token` is checked with Zalo's Graph API, never trusted, and the resident key is
 * resolved. No token or a refused one → 401 NOT_SIGNED_IN, before anything is read or stored;
 * Zalo unreachable → 503. The token is never logged.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ACCESS_TOKEN_HEADER } from '../../shared/api/mini-app-api-schemas';
import { GraphUnavailableError } from '../zalo/graph-client';
import type { AppUserVerifier } from './verify-app-user';
import { resolveAppResident, type AppResident } from './resolve-app-resident';
import { residentErrors } from './resident-errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the resident sign-in hook on the `/api/me` routes. */
    resident: AppResident | null;
  }
}

/** The signed-in resident of a request on a resident route. */
export function residentOf(request: FastifyRequest): AppResident {
  if (!request.resident) throw residentErrors.notSignedIn();
  return request.resident;
}

async function verified(verify: AppUserVerifier, token: string) {
  try {
    return await verify(token);
  } catch (error) {
    if (error instanceof GraphUnavailableError) throw residentErrors.zaloUnavailable();
    throw error;
  }
}

export function installResidentAuth(app: FastifyInstance, verify: AppUserVerifier): void {
  const { services } = app;
  app.decorateRequest('resident', null);
  // onRequest: before the body is parsed or validated, so a stranger learns nothing about it.
  app.addHook('onRequest', async (request) => {
    const header = request.headers[ACCESS_TOKEN_HEADER];
    const token = typeof header === 'string' ? header.trim() : '';
    if (token === '' || token.length > 4096) throw residentErrors.notSignedIn();
    const user = await verified(verify, token);
    if (!user) throw residentErrors.notSignedIn();
    request.resident = await resolveAppResident(services.db, services.cipher, user, services.clock().toISOString());
  });
}
