/**
 * The officials' console API, registered under `/api/console` (so the API rate limit applies).
 * Every route but sign-in names its roles with `requireRole`; tests/bot-server/console walks every
 * route as each role and as nobody.
 */
import type { FastifyPluginAsync } from 'fastify';
import { installConsoleAuth } from './console-auth';
import { sessionRoutes } from './session-routes';
import { userRoutes } from './user-routes';
import { auditLogRoute } from './audit-log-route';
import { handoffRoutes } from './handoff-routes';
import { officeSettingsRoutes } from './office-settings-routes';
import { liveEventsRoute } from './live-events-route';
import { filingRoutes } from './filing-routes';
import { dashboardRoute } from './dashboard-route';
import { appointmentRoutes } from './appointment-routes';
import { assistedFilingRoutes } from './assisted-filing-routes';

import { procedureRoutes } from './procedure-routes';
export const consoleRoutes: FastifyPluginAsync = async (app) => {
  await installConsoleAuth(app);
  for (const routes of [sessionRoutes, userRoutes, auditLogRoute, handoffRoutes, officeSettingsRoutes, liveEventsRoute, filingRoutes, dashboardRoute, appointmentRoutes, assistedFilingRoutes, procedureRoutes]) await app.register(routes);
};
