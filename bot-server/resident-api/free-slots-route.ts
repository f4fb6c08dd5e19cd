/**
 * `GET /api/appointment-slots?procedureId=…` (public: slots are the office's timetable, nothing
 * about anyone): the times still free for a procedure that needs an in-person visit.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { freeSlotsQuerySchema, freeSlotsResponseSchema } from '../../shared/api/appointment-api-schemas';
import { listBookableSlots } from '../storage/appointment-slot-store';
import { bookableProcedureOrFail, officeNow } from './bookable-slot';

/** How far ahead residents see free times (in the chat too). */
export const DAYS_AHEAD = 60;

export const freeSlotsRoute: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  app.get(
    '/appointment-slots',
    {
      schema: {
        tags: ['mini-app'],
        summary: `Free appointment times for a procedure that needs an in-person visit, over the next ${DAYS_AHEAD} days, earliest first`,
        querystring: freeSlotsQuerySchema,
        response: { 200: freeSlotsResponseSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const { procedureId } = request.query;
      const now = services.clock();
      const after = officeNow(now.toISOString());
      bookableProcedureOrFail(services.catalog, procedureId, after.date);
      const untilDate = new Date(now.getTime() + DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10);
      const rows = await listBookableSlots(services.db, { procedureId, after, untilDate });
      return { procedureId, items: rows.map((row) => ({ id: row.id, date: row.date, startTime: row.start_time, endTime: row.end_time, free: row.capacity - row.booked })) };
    },
  );
};
