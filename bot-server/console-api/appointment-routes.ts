/** Appointments (lịch hẹn) in the console: slots (admins) and the day's list (officials, supervisors, admins). */
import type { FastifyPluginAsync } from 'fastify';
import { appointmentSlotRoutes } from './appointment-slot-routes';
import { appointmentDayRoute } from './appointment-day-route';

export const appointmentRoutes: FastifyPluginAsync = async (app) => {
  await app.register(appointmentSlotRoutes);
  await app.register(appointmentDayRoute);
};
