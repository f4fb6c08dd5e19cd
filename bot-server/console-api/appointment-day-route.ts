/** The day's appointments (lịch hẹn trong ngày) for the one-stop desk: officials, supervisors and admins. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { dayListQuerySchema, dayListResponseSchema } from '../../shared/api/appointment-api-schemas';
import { vietnamClock } from '../../shared/rules/calendar';
import { procedureNameOf } from '../api/bookable-procedure';
import { recordReadAudit } from '../storage/audit-log-store';
import { listAppointmentsOnDate } from '../storage/appointment-store';
import { requireRole, staffOf } from './console-auth';
import { dayListItem } from './appointment-console-views';

/** More than a desk sees in a day; the list is cut there. */
const LIST_LIMIT = 1000;

export const appointmentDayRoute: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;
  app.get(
    '/appointments',
    {
      onRequest: requireRole('official', 'supervisor', 'admin'),
      schema: {
        tags: ['console'],
        summary: "A day's appointments by time (cancelled and moved ones too), residents' ids masked",
        querystring: dayListQuerySchema,
        response: { 200: dayListResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const now = services.clock().toISOString();
      const today = vietnamClock(now).date;
      const rows = await listAppointmentsOnDate(db, request.query.date, LIST_LIMIT);
      // Who is coming to the office is about residents: reading it is logged, like the handoff inbox.
      await recordReadAudit(db, { at: now, userId: staff.id, action: 'appointment.list-read', subjectType: 'appointment', subjectId: request.query.date, detail: { count: rows.length } });
      return { date: request.query.date, items: rows.map((row) => dayListItem(row, procedureNameOf(services.catalog, row.procedure_id, today)?.vi ?? null)) };
    },
  );
};
