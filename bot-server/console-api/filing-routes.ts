/**
 * The filings work queue (hàng đợi hồ sơ) of the officials' console: the list, overdue first; one
 * filing's page with the resident's answers (a read of personal data, so it is audited); and
 * status changes, told to the resident on Zalo when the reply window allows. Rules and
 * contracts: shared/api/console-filing-schemas.ts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { csrfHeadersSchema } from '../../shared/api/console-api-schemas';
import {
  consoleFilingParamsSchema,
  filingPageResponseSchema,
  filingQueueQuerySchema,
  filingQueueResponseSchema,
  filingStatusChangeRequestSchema,
  filingStatusChangeResponseSchema,
} from '../../shared/api/console-filing-schemas';
import { recordReadAudit } from '../storage/audit-log-store';
import { findQueueFiling, listFilingQueue } from '../storage/filing-queue-store';
import { ALL_ROLES, requireRole, staffOf } from './console-auth';
import { consoleErrors } from './console-errors';
import { decodeQueueCursor, encodeQueueCursor } from './filing-queue-cursor';
import { filingQueueFilter } from './filing-queue-filter';
import { filingPage, filingQueueItem, todayInVietnam } from './filing-queue-view';
import { changeFilingStatusAsStaff } from './filing-status-change';
import { filingScopeOf, scopeIncludes } from './filing-visibility';

export const filingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;
  const errors = { 401: apiErrorSchema, 403: apiErrorSchema };

  app.get(
    '/filings',
    {
      onRequest: requireRole(...ALL_ROLES),
      schema: {
        tags: ['console'],
        summary: 'The filings work queue, overdue first then by due date, with filters (volunteers: only filings they assisted)',
        querystring: filingQueueQuerySchema,
        response: { 200: filingQueueResponseSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const scope = filingScopeOf(staffOf(request), services.config);
      const today = todayInVietnam(services);
      if (scope.kind === 'none') return { today, total: 0, items: [], nextCursor: null };
      // One more than asked: whether there is a next page, without an empty last one.
      const { rows, total } = await listFilingQueue(db, filingQueueFilter(request.query, today, scope), { limit: limit + 1, after: cursor ? decodeQueueCursor(cursor) : undefined });
      const items = rows.slice(0, limit).map((row) => filingQueueItem(services, row, today));
      const last = items.at(-1);
      const nextCursor = rows.length > limit && last ? encodeQueueCursor({ rank: last.overdue ? 0 : 1, dueDate: last.dueDate, reference: last.reference }) : null;
      return { today, total, items, nextCursor };
    },
  );

  app.get(
    '/filings/:reference',
    {
      onRequest: requireRole(...ALL_ROLES),
      schema: {
        tags: ['console'],
        summary: "One filing: the resident's answers as their review page showed them, papers, fee, timeline with reasons, rating, allowed next statuses",
        params: consoleFilingParamsSchema,
        response: { 200: filingPageResponseSchema, 400: apiErrorSchema, 404: apiErrorSchema, ...errors },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const { reference } = request.params;
      const row = await findQueueFiling(db, reference);
      if (!row || !scopeIncludes(filingScopeOf(staff, services.config), row)) throw consoleErrors.filingNotFound();
      const page = await filingPage(db, services, row);
      await recordReadAudit(db, { at: services.clock().toISOString(), userId: staff.id, action: 'filing.read', subjectType: 'filing', subjectId: reference });
      return page;
    },
  );

  app.post(
    '/filings/:reference/status',
    {
      onRequest: requireRole('official', 'supervisor', 'admin'),
      schema: {
        tags: ['console'],
        summary: 'Move a filing to its next status (a reason is required for moreInfoNeeded and rejected); the resident is told on Zalo inside the reply window',
        headers: csrfHeadersSchema,
        params: consoleFilingParamsSchema,
        body: filingStatusChangeRequestSchema,
        response: { 200: filingStatusChangeResponseSchema, 400: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, ...errors },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const { row, notification } = await changeFilingStatusAsStaff(services, staff, filingScopeOf(staff, services.config), request.params.reference, request.body);
      if (notification.notified) services.wake.outbox();
      services.live.publish('filings');
      return { item: filingQueueItem(services, row, todayInVietnam(services)), ...notification };
    },
  );
};
