/**
 * Appointment slots (khung giờ hẹn), managed by admins: publish a range of days at once, list
 * them, cancel one (its residents are told: see cancel-appointment-slot.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { csrfHeadersSchema } from '../../shared/api/console-api-schemas';
import {
  cancelSlotRequestSchema,
  cancelSlotResponseSchema,
  MAX_PUBLISH_DAYS,
  publishSlotsRequestSchema,
  publishSlotsResponseSchema,
  slotListQuerySchema,
  slotListResponseSchema,
  slotParamsSchema,
} from '../../shared/api/appointment-api-schemas';
import { vietnamClock } from '../../shared/rules/calendar';
import { bookableProcedure } from '../api/bookable-procedure';
import { recordAudit } from '../storage/audit-log-store';
import { inTransaction } from '../storage/in-transaction';
import { insertSlots, listSlotsBetween } from '../storage/appointment-slot-store';
import { requireRole, staffOf } from './console-auth';
import { appointmentConsoleErrors } from './appointment-console-errors';
import { planAppointmentSlots } from './plan-appointment-slots';
import { cancelAppointmentSlot } from './cancel-appointment-slot';
import { slotView } from './appointment-console-views';

/** The slot list shows at most this many (a few months of a busy desk). */
const LIST_LIMIT = 2000;

export const appointmentSlotRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;
  const admins = requireRole('admin');
  const errors = { 401: apiErrorSchema, 403: apiErrorSchema };

  app.post(
    '/appointment-slots',
    {
      onRequest: admins,
      schema: {
        tags: ['console'],
        summary: `Publish appointment slots over up to ${MAX_PUBLISH_DAYS} days (admins); weekends and public holidays are skipped, past days refused`,
        headers: csrfHeadersSchema,
        body: publishSlotsRequestSchema,
        response: { 201: publishSlotsResponseSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const staff = staffOf(request);
      const now = services.clock().toISOString();
      const { date: today, minutes } = vietnamClock(now);
      for (const id of request.body.procedureIds ?? []) {
        if (!bookableProcedure(services.catalog, id, today)) throw appointmentConsoleErrors.procedureNotBookable(id);
      }
      const plan = planAppointmentSlots(request.body, { today, nowMinutes: minutes, holidays: services.holidays, maxDays: MAX_PUBLISH_DAYS });
      if (!plan.ok) throw plan.problem === 'dateInPast' ? appointmentConsoleErrors.dateInPast() : appointmentConsoleErrors.rangeTooLong();
      if (plan.slots.length === 0) throw appointmentConsoleErrors.noSlots();
      const created = await inTransaction(db, async (trx) => {
        const rows = await insertSlots(trx, plan.slots, { userId: staff.id, now });
        await recordAudit(trx, {
          at: now,
          userId: staff.id,
          action: 'appointment-slots.published',
          subjectType: 'appointment_slot',
          subjectId: null,
          detail: { from: request.body.from, to: request.body.to, created: rows.length },
        });
        return rows;
      });
      services.live.publish('appointments');
      return reply.status(201).send({ created: created.map(slotView), alreadyPublished: plan.slots.length - created.length, skippedHolidays: plan.skippedHolidays });
    },
  );

  app.get(
    '/appointment-slots',
    {
      onRequest: admins,
      schema: { tags: ['console'], summary: 'Appointment slots between two dates, cancelled ones too (admins)', querystring: slotListQuerySchema, response: { 200: slotListResponseSchema, 400: apiErrorSchema, ...errors } },
    },
    async (request) => ({ items: (await listSlotsBetween(db, request.query.from, request.query.to, LIST_LIMIT)).map(slotView) }),
  );

  app.post(
    '/appointment-slots/:id/cancel',
    {
      onRequest: admins,
      schema: {
        tags: ['console'],
        summary: 'Cancel a slot (admins): its appointments are cancelled too and their residents told, on Zalo or in the Mini App',
        headers: csrfHeadersSchema,
        params: slotParamsSchema,
        body: cancelSlotRequestSchema.nullish(),
        response: { 200: cancelSlotResponseSchema, 404: apiErrorSchema, 409: apiErrorSchema, ...errors },
      },
    },
    async (request) => {
      const result = await cancelAppointmentSlot(services, request.params.id, { staffId: staffOf(request).id, reason: request.body?.reason });
      return { ...result, slot: slotView(result.slot) };
    },
  );
};
