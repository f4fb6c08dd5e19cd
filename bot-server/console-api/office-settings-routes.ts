/**
 * The desk's settings in the console: office hours (every signed-in account reads them; the chat
 * tells residents outside them when an official will answer) and canned replies; admins change both.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { csrfHeadersSchema } from '../../shared/api/console-api-schemas';
import { cannedRepliesResponseSchema } from '../../shared/api/console-handoff-schemas';
import { cannedRepliesRequestSchema, officeHoursResponseSchema, officeHoursSchema } from '../../shared/api/console-office-schemas';
import { officeStatus } from '../../shared/conversation/office-hours';
import { recordAudit } from '../storage/audit-log-store';
import { inTransaction } from '../storage/in-transaction';
import { writeOfficeSetting } from '../storage/office-settings-store';
import { ALL_ROLES, requireRole, staffOf } from './console-auth';

export const officeSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db, officeSettings } = services;
  const errors = { 401: apiErrorSchema, 403: apiErrorSchema };

  const officeHoursView = () => {
    const hours = officeSettings.hours();
    const status = officeStatus(services.clock().toISOString(), hours, services.holidays);
    return { hours, openNow: status.open, nextOpen: { date: status.nextOpenDate, time: status.nextOpenTime } };
  };

  app.get(
    '/office-hours',
    {
      onRequest: requireRole(...ALL_ROLES),
      schema: { tags: ['console'], summary: 'Office hours of the one-stop desk, and whether it is open now', response: { 200: officeHoursResponseSchema, ...errors } },
    },
    async () => officeHoursView(),
  );

  app.put(
    '/office-hours',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['console'],
        summary: 'Change the office hours (admins); the chat uses them at once on this instance, within 30 s on others',
        headers: csrfHeadersSchema,
        body: officeHoursSchema,
        response: { 200: officeHoursResponseSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const at = services.clock().toISOString();
      await inTransaction(db, async (trx) => {
        await writeOfficeSetting(trx, { key: 'officeHours', value: request.body, at, by: staff.id });
        await recordAudit(trx, { at, userId: staff.id, action: 'office-hours.changed', subjectType: 'office', subjectId: null, detail: { open: request.body.open, close: request.body.close } });
      });
      await officeSettings.reload();
      return officeHoursView();
    },
  );

  app.get(
    '/canned-replies',
    {
      onRequest: requireRole('official', 'supervisor', 'admin'),
      schema: {
        tags: ['console'],
        summary: 'Ready-made replies in the polite register (Kỷ cương – Trách nhiệm – Tận tình – Thân thiện)',
        response: { 200: cannedRepliesResponseSchema, ...errors },
      },
    },
    async () => ({ items: officeSettings.cannedReplies() }),
  );

  app.put(
    '/canned-replies',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['console'],
        summary: 'Replace the canned replies (admins), in the order given',
        headers: csrfHeadersSchema,
        body: cannedRepliesRequestSchema,
        response: { 200: cannedRepliesResponseSchema, 400: apiErrorSchema, ...errors },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const at = services.clock().toISOString();
      const items = request.body.items.map((item, index) => ({ id: `reply-${index + 1}`, ...item }));
      await inTransaction(db, async (trx) => {
        await writeOfficeSetting(trx, { key: 'cannedReplies', value: items, at, by: staff.id });
        await recordAudit(trx, { at, userId: staff.id, action: 'canned-replies.changed', subjectType: 'office', subjectId: null, detail: { count: items.length } });
      });
      await officeSettings.reload();
      return { items: officeSettings.cannedReplies() };
    },
  );
};
