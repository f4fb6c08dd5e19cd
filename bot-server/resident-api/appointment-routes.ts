/**
 * My appointments (lịch hẹn của tôi): the list, booking, moving to another time and cancelling.
 * Another resident's appointment answers exactly like an unknown one (404), so existence never
 * leaks. Every change is safe to resend: booking per `requestId`, moving and cancelling because
 * doing them again answers the same result.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { residentHeadersSchema } from '../../shared/api/mini-app-api-schemas';
import {
  appointmentParamsSchema,
  appointmentResponseSchema,
  bookAppointmentRequestSchema,
  moveAppointmentRequestSchema,
  myAppointmentsResponseSchema,
} from '../../shared/api/appointment-api-schemas';
import type { Services } from '../app/services';
import { findSlot } from '../storage/appointment-slot-store';
import { findAppointment, listAppointmentsOfUser, type AppointmentWithSlot } from '../storage/appointment-store';
import { cancelAppointment, moveAppointment, type ChangeOutcome } from '../storage/appointment-change-store';
import { residentOf } from './resident-auth';
import { appointmentErrors } from './appointment-errors';
import { ensureBookable, isPast } from './bookable-slot';
import { bookForResident } from './book-appointment';
import { residentAppointmentView } from './appointment-views';

/** The list shows at most this many (the latest). */
const LIST_LIMIT = 100;

/** The resident's own appointment, still changeable; another's is a 404 like an unknown id. */
async function changeableAppointment(services: Services, id: number, userId: string): Promise<AppointmentWithSlot> {
  const appointment = await findAppointment(services.db, id);
  if (!appointment || appointment.user_id !== userId) throw appointmentErrors.appointmentNotFound();
  if (isPast(appointment, services.clock().toISOString())) throw appointmentErrors.appointmentPast();
  return appointment;
}

function changed(services: Services, outcome: ChangeOutcome): { appointment: ReturnType<typeof residentAppointmentView> } {
  if (outcome.ok) {
    services.live.publish('appointments');
    return { appointment: residentAppointmentView(services, outcome.appointment) };
  }
  switch (outcome.reason) {
    case 'notFound':
      throw appointmentErrors.appointmentNotFound();
    case 'notActive':
      throw appointmentErrors.appointmentNotActive();
    case 'slotFull':
      throw appointmentErrors.slotFull();
    case 'slotUnavailable':
      throw appointmentErrors.slotUnavailable();
  }
}

export const appointmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;
  const signedIn = { 401: apiErrorSchema, 503: apiErrorSchema };
  const changeErrors = { 400: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, ...signedIn };

  app.get(
    '/me/appointments',
    { schema: { tags: ['mini-app'], summary: 'My appointments, latest first (moved ones are replaced by their new time)', headers: residentHeadersSchema, response: { 200: myAppointmentsResponseSchema, ...signedIn } } },
    async (request) => ({ items: (await listAppointmentsOfUser(db, residentOf(request).userId, LIST_LIMIT)).map((row) => residentAppointmentView(services, row)) }),
  );

  app.post(
    '/me/appointments',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'Book an appointment: 201, or 200 with the same booking when `requestId` was already handled; a full slot is 409 SLOT_FULL',
        headers: residentHeadersSchema,
        body: bookAppointmentRequestSchema,
        response: { 200: appointmentResponseSchema, 201: appointmentResponseSchema, ...changeErrors },
      },
    },
    async (request, reply) => {
      const { appointment, replayed } = await bookForResident(services, residentOf(request).userId, request.body);
      if (!replayed) services.live.publish('appointments');
      return reply.status(replayed ? 200 : 201).send({ appointment: residentAppointmentView(services, appointment) });
    },
  );

  app.post(
    '/me/appointments/:id/move',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'Move my appointment to another time: the new appointment; when that time is full (409) the old one stays as it was',
        headers: residentHeadersSchema,
        params: appointmentParamsSchema,
        body: moveAppointmentRequestSchema,
        response: { 200: appointmentResponseSchema, ...changeErrors },
      },
    },
    async (request) => {
      const { userId } = residentOf(request);
      const current = await changeableAppointment(services, request.params.id, userId);
      const slot = await findSlot(db, request.body.slotId);
      if (!slot) throw appointmentErrors.slotNotFound();
      if (current.status === 'booked') ensureBookable(slot, current.procedure_id, services.clock().toISOString());
      return changed(services, await moveAppointment(db, { id: current.id, userId, slotId: slot.id, now: services.clock().toISOString() }));
    },
  );

  app.post(
    '/me/appointments/:id/cancel',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'Cancel my appointment, giving its place back; cancelling again answers the same',
        headers: residentHeadersSchema,
        params: appointmentParamsSchema,
        response: { 200: appointmentResponseSchema, ...changeErrors },
      },
    },
    async (request) => {
      const { userId } = residentOf(request);
      const current = await changeableAppointment(services, request.params.id, userId);
      return changed(services, await cancelAppointment(db, { id: current.id, userId, now: services.clock().toISOString() }));
    },
  );
};
