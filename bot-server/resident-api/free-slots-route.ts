/**
 * `GET /api/appointment-slots?procedureId=…` (public: slots are the office's timetable, nothing
 * about anyone): the times still free for a procedure that needs an in-person visit.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { freeSlotsQuerySchema, freeSlotsResponseSchema } from '../../shared/api/appointment-api-schemas';
import { vietnamClock } from '../../shared/rules/calendar';
import { listBookableSlots } from '../storage/appointment-slot-store';
import { bookableProcedureOrFail, officeNow } from './bookable-slot';

/** How far ahead residents see free times (in the chat too). */
const DAYS_AHEAD = 60;

/** The last day (Vietnam's date, as slots are) residents see free times for, here and in the chat. */
export function freeSlotsUntil(nowIso: string): string {
  return vietnamClock(new Date(Date.parse(nowIso) + DAYS_AHEAD * 86_400_000).toISOString()).date;
}

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
      const now = services.clock().toISOString();
      const after = officeNow(now);
      bookableProcedureOrFail(services.catalog, procedureId, after.date);
      const rows = await listBookableSlots(services.db, { procedureId, after, untilDate: freeSlotsUntil(now) });
      return { procedureId, items: rows.map((row) => ({ id: row.id, date: row.date, startTime: row.start_time, endTime: row.end_time, free: row.capacity - row.booked })) };
    },
  );
};
