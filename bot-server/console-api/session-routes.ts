/** Signing in and out of the console, and who is signed in. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { consoleSessionResponseSchema, csrfHeadersSchema, signInRequestSchema } from '../../shared/api/console-api-schemas';
import { deleteStaffSession } from '../storage/staff-session-store';
import { recordAudit } from '../storage/audit-log-store';
import { requireSignedIn, SESSION_COOKIE, sessionCookieOptions, staffOf, type SignedInStaff } from './console-auth';
import { signInStaff } from './sign-in-staff';
import { sessionIdOf } from './staff-session';

const userView = (staff: Pick<SignedInStaff, 'id' | 'username' | 'displayName' | 'role' | 'communeCode'>) => ({
  id: staff.id,
  username: staff.username,
  displayName: staff.displayName,
  role: staff.role,
  communeCode: staff.communeCode,
});

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;
  const simulator = services.config.simulator;

  app.post(
    '/sign-in',
    {
      config: { csrf: false },
      schema: {
        tags: ['console'],
        summary: 'Sign in with username and password; sets the HttpOnly session cookie dvc_console (8 hours)',
        body: signInRequestSchema,
        response: { 200: consoleSessionResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema, 423: apiErrorSchema },
      },
    },
    async (request, reply) => {
      // A new session on every sign-in: a session id planted before sign-in never becomes a signed-in one.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await deleteStaffSession(db, sessionIdOf(previous));
      const result = await signInStaff(db, request.body, services.clock());
      if (!result.ok) {
        reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(simulator));
        throw result.error;
      }
      reply.setCookie(SESSION_COOKIE, result.token, sessionCookieOptions(simulator, result.expiresAt));
      const { user } = result;
      return { user: userView({ id: user.id, username: user.username, displayName: user.display_name, role: user.role, communeCode: user.commune_code }), csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/sign-out',
    {
      onRequest: requireSignedIn,
      schema: { tags: ['console'], summary: 'Sign out: ends the session and clears the cookie', headers: csrfHeadersSchema, response: { 204: z.null(), 401: apiErrorSchema, 403: apiErrorSchema } },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      await deleteStaffSession(db, staff.sessionId);
      await recordAudit(db, { at: services.clock().toISOString(), userId: staff.id, action: 'sign-out', subjectType: 'staff_user', subjectId: String(staff.id) });
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(simulator));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/session',
    {
      onRequest: requireSignedIn,
      schema: { tags: ['console'], summary: 'Who is signed in, and the CSRF token for state-changing requests', response: { 200: consoleSessionResponseSchema, 401: apiErrorSchema } },
    },
    async (request) => {
      const staff = staffOf(request);
      return { user: userView(staff), csrfToken: staff.csrfToken };
    },
  );
};
