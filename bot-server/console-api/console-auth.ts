/**
 * Who is calling a console route, and may they. A hook on the console subtree reads the session
 * cookie and loads the session and its account (`request.staff`, null for nobody); each route then
 * names the roles it admits in one line: `onRequest: requireRole('admin')`. Both run at onRequest,
 * before the body is parsed or validated, so a stranger learns nothing about a route's input.
 *
 * CSRF: a synchronizer token per session (not @fastify/csrf-protection). Sign-in hands the console
 * a random token, stored with the session row and given again by GET /api/console/session; every
 * state-changing request carrying a session cookie must echo it in `X-CSRF-Token`. Another site can
 * make a browser send the cookie (SameSite=Strict already stops that in current browsers; this is
 * the second lock) but cannot read the token. Kept in the database rather than a signed cookie, so
 * it works across instances and dies with the session. Sign-in itself is exempt: it has no session
 * yet, and it takes only JSON, which a cross-site form cannot send without a CORS preflight we refuse.
 */
import cookie, { type CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CSRF_HEADER } from '../../shared/api/console-api-schemas';
import type { StaffRole } from '../storage/database-types';
import { findLiveStaffSession, touchStaffSession } from '../storage/staff-session-store';
import { consoleErrors } from './console-errors';
import { staffSeesDeployment } from './commune-scope';
import { sameToken, sessionIdOf } from './staff-session';

export const SESSION_COOKIE = 'dvc_console';

export interface SignedInStaff {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  communeCode: string | null;
  sessionId: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the console auth hook on `/api/console` routes; null when nobody is signed in. */
    staff: SignedInStaff | null;
  }
  interface FastifyContextConfig {
    /** `false` on the one console route that takes no CSRF token (sign-in). */
    csrf?: boolean;
  }
}

export const ALL_ROLES: readonly StaffRole[] = ['official', 'supervisor', 'volunteer', 'admin'];
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * The session cookie: HttpOnly (page scripts cannot read it), SameSite=Strict (never sent on a
 * request another site starts), whole-site path, gone after the session's 8 hours. Secure (HTTPS
 * only) everywhere except simulator mode, which serves plain http://127.0.0.1 on a developer's
 * machine where a Secure cookie would not be stored; with Zalo credentials set the console is
 * expected behind HTTPS.
 */
export function sessionCookieOptions(simulator: boolean, expiresAt?: Date): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure: !simulator, ...(expiresAt ? { expires: expiresAt } : {}) };
}

/**
 * Route guard: nobody signed in → 401 NOT_SIGNED_IN; signed in with another role → 403 FORBIDDEN;
 * an account of another commune than this deployment's → 403 OTHER_COMMUNE (it may still see who
 * it is and sign out: `requireSignedIn`).
 */
export function requireRole(...roles: StaffRole[]) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!request.staff) throw consoleErrors.notSignedIn();
    if (!roles.includes(request.staff.role)) throw consoleErrors.forbidden();
    if (!staffSeesDeployment(request.staff, request.server.services.config)) throw consoleErrors.otherCommune();
  };
}

/** Guard of the session routes only: anyone signed in, whatever their commune. */
export async function requireSignedIn(request: FastifyRequest): Promise<void> {
  if (!request.staff) throw consoleErrors.notSignedIn();
}

/** The signed-in official of a request on a guarded route. */
export function staffOf(request: FastifyRequest): SignedInStaff {
  if (!request.staff) throw consoleErrors.notSignedIn();
  return request.staff;
}

export async function installConsoleAuth(app: FastifyInstance): Promise<void> {
  const { services } = app;
  await app.register(cookie);
  app.decorateRequest('staff', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 200) return;
    const now = services.clock();
    const found = await findLiveStaffSession(services.db, sessionIdOf(token), now.toISOString());
    if (!found) return;
    const { session, user } = found;
    if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_INTERVAL_MS) await touchStaffSession(services.db, session.id, now.toISOString());
    request.staff = {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      communeCode: user.commune_code,
      sessionId: session.id,
      csrfToken: session.csrf_secret,
    };
    if (STATE_CHANGING.has(request.method) && request.routeOptions.config.csrf !== false) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrf_secret)) throw consoleErrors.csrfTokenInvalid();
    }
  });
}
