/** `GET /api/me` (who is signed in) and `DELETE /api/me` (delete my personal data, as the chat's "xóa dữ liệu của tôi"). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { meResponseSchema, residentHeadersSchema } from '../../shared/api/mini-app-api-schemas';
import { findOpenHandoff } from '../storage/handoff-store';
import { deleteAllResidentData } from '../storage/resident-data-deletion';
import { residentOf } from './resident-auth';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;

  app.get(
    '/me',
    { schema: { tags: ['mini-app'], summary: 'The signed-in resident', headers: residentHeadersSchema, response: { 200: meResponseSchema, 401: apiErrorSchema, 503: apiErrorSchema } } },
    async (request) => {
      const resident = residentOf(request);
      return { resident: { name: resident.name, linkedToChat: resident.linkedToChat }, openHandoff: (await findOpenHandoff(db, resident.userId)) !== undefined };
    },
  );

  app.delete(
    '/me',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'Delete my personal data: drafts, conversation, app link; consents withdrawn. Submitted filings are kept, as the law requires',
        headers: residentHeadersSchema,
        response: { 204: z.null(), 401: apiErrorSchema, 503: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const { userId } = residentOf(request);
      const now = services.clock().toISOString();
      await deleteAllResidentData(db, userId, now);
      // Upcoming appointments were cancelled with the data: the console's day list changes.
      services.live.publish('appointments');
      return reply.status(204).send(null);
    },
  );
};
