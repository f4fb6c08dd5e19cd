/** The audit log, newest first (admins and supervisors). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { auditLogQuerySchema, auditLogResponseSchema } from '../../shared/api/console-api-schemas';
import { listAudit } from '../storage/audit-log-store';
import { requireRole } from './console-auth';

const parseDetail = (detail: string | null): Record<string, unknown> | null => {
  if (detail === null) return null;
  const parsed: unknown = JSON.parse(detail);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
};

export const auditLogRoute: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.services;
  app.get(
    '/audit-log',
    {
      onRequest: requireRole('admin', 'supervisor'),
      schema: {
        tags: ['console'],
        summary: 'Who did what, when: newest first (admins and supervisors)',
        querystring: auditLogQuerySchema,
        response: { 200: auditLogResponseSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (request) => ({
      items: (await listAudit(db, request.query.limit)).map((row) => ({
        id: row.id,
        at: row.at,
        username: row.username,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        detail: parseDetail(row.detail),
      })),
    }),
  );
};
