/**
 * Volunteer-assisted filing (cầm tay chỉ việc): prepare a filing for a resident, who confirms it on
 * Zalo (prepare-assisted-filing.ts; the chat side is channel/assisted-filing-effects.ts), and see
 * whether they did. Volunteers see only the ones they prepared; officials, supervisors and admins
 * of this deployment's commune see all of them; an account of another commune sees none.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordAudit } from '../storage/audit-log-store';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { csrfHeadersSchema } from '../../shared/api/console-api-schemas';
import {
  assistedFilingListQuerySchema,
  assistedFilingListResponseSchema,
  assistedFilingResponseSchema,
  prepareAssistedFilingRequestSchema,
} from '../../shared/api/console-assisted-filing-schemas';
import { findAssistedFilingForList, listAssistedFilings } from '../storage/assisted-filing-store';
import { ALL_ROLES, requireRole, staffOf } from './console-auth';
import { consoleErrors } from './console-errors';
import { filingScopeOf } from './filing-visibility';
import { prepareAssistedFiling } from './prepare-assisted-filing';
import { assistedFilingView } from './assisted-filing-view';

/** The list shows the newest this many. */
const LIST_LIMIT = 200;

export const assistedFilingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;
  const everyone = requireRole(...ALL_ROLES);
  const errors = { 401: apiErrorSchema, 403: apiErrorSchema };

  app.post(
    '/assisted-filings',
    {
      onRequest: everyone,
      schema: {
        tags: ['console'],
        summary: "Prepare a filing for a resident (by Zalo id or phone); they get one Zalo summary and must reply 1 before anything is filed",
        headers: csrfHeadersSchema,
        body: prepareAssistedFilingRequestSchema,
        response: { 200: assistedFilingResponseSchema, 201: assistedFilingResponseSchema, 400: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      // An account of another commune does not work on this deployment's residents.
      if (filingScopeOf(staff, services.config).kind === 'none') throw consoleErrors.forbidden();
      const { id, created } = await prepareAssistedFiling(services, staff, request.body).catch(async (error: unknown) => {
        // Every failed look-up is on record (who, and by what kind of key; never the number or id).
        if ((error as { code?: string }).code === 'RESIDENT_NOT_REACHABLE') {
          const by = 'phone' in request.body.resident ? 'phone' : 'zaloId';
          await recordAudit(db, { at: services.clock().toISOString(), userId: staff.id, action: 'assisted-filing.resident-not-reachable', subjectType: 'resident', subjectId: null, detail: { by } });
        }
        throw error;
      });
      if (created) {
        services.live.publish('filings');
        services.wake.outbox();
      }
      const row = await findAssistedFilingForList(db, id);
      if (!row) throw new Error('prepared filing vanished');
      return reply.status(created ? 201 : 200).send({ item: assistedFilingView(services, row, services.clock().toISOString()) });
    },
  );

  app.get(
    '/assisted-filings',
    {
      onRequest: everyone,
      schema: {
        tags: ['console'],
        summary: 'Prepared filings, newest first, and whether the resident confirmed (volunteers: only their own)',
        querystring: assistedFilingListQuerySchema,
        response: { 200: assistedFilingListResponseSchema, ...errors },
      },
    },
    async (request) => {
      const scope = filingScopeOf(staffOf(request), services.config);
      if (scope.kind === 'none') return { items: [] };
      const now = services.clock().toISOString();
      const rows = await listAssistedFilings(db, { assistedBy: scope.kind === 'assisted' ? scope.staffId : undefined, status: request.query.status, now, limit: LIST_LIMIT });
      return { items: rows.map((row) => assistedFilingView(services, row, now)) };
    },
  );
};
