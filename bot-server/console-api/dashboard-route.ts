/**
 * The supervisors' service-quality dashboard (bảng theo dõi chất lượng phục vụ): filings on time
 * or late, ratings, and how the bot did, over a period; as JSON for the console's charts and as
 * CSV for a spreadsheet. Supervisors and admins only (of this commune: requireRole). Exports are in the audit log (the figures carry no personal data).
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { dashboardQuerySchema, dashboardResponseSchema, type DashboardQuery } from '../../shared/api/console-dashboard-schemas';
import { recordAudit } from '../storage/audit-log-store';
import { requireRole, staffOf } from './console-auth';
import { consoleErrors } from './console-errors';
import { buildDashboard } from './dashboard/build-dashboard';
import { dashboardCsv } from './dashboard/dashboard-csv';

export const dashboardRoute: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const guard = requireRole('supervisor', 'admin');
  const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

  const figures = (query: DashboardQuery) => {
    if (query.procedureId !== undefined && !services.catalog.all().some((p) => p.id === query.procedureId)) throw consoleErrors.procedureNotFound();
    return buildDashboard(services, query);
  };

  app.get(
    '/dashboard',
    {
      onRequest: guard,
      schema: {
        tags: ['console'],
        summary: 'Service quality over a period (supervisors and admins): filings received, in progress, decided early/on time/late, processing time against the legal limit, ratings, the bot',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardResponseSchema, ...errors },
      },
    },
    async (request) => figures(request.query),
  );

  app.get(
    '/dashboard.csv',
    {
      onRequest: guard,
      schema: {
        tags: ['console'],
        summary: 'The same filing figures as CSV for Excel (UTF-8 with BOM, Vietnamese headers): one row per procedure and a total row',
        querystring: dashboardQuerySchema,
        response: { 200: { description: 'RFC 4180 CSV', content: { 'text/csv': { schema: z.string() } } }, ...errors },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      const { from, to, procedureId } = request.query;
      const csv = dashboardCsv(await figures(request.query));
      await recordAudit(services.db, { at: services.clock().toISOString(), userId: staff.id, action: 'dashboard.exported', subjectType: 'dashboard', subjectId: null, detail: { from, to, procedureId: procedureId ?? null } });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="chat-luong-phuc-vu_${from}_${to}${procedureId ? `_${procedureId}` : ''}.csv"`)
        .send(csv);
    },
  );
};
