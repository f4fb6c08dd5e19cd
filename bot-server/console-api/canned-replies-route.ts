/** Ready-made polite replies for the handoff inbox. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { cannedRepliesResponseSchema } from '../../shared/api/console-handoff-schemas';
import { requireRole } from './console-auth';
import { CANNED_REPLIES } from './canned-replies';

export const cannedRepliesRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/canned-replies',
    {
      onRequest: requireRole('official', 'supervisor', 'admin'),
      schema: {
        tags: ['console'],
        summary: 'Ready-made replies in the polite register (Kỷ cương – Trách nhiệm – Tận tình – Thân thiện)',
        response: { 200: cannedRepliesResponseSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async () => ({ items: CANNED_REPLIES.map((reply) => ({ ...reply })) }),
  );
};
