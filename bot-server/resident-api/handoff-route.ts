/**
 * `POST /api/me/handoff`: the resident wants an official (chuyển cán bộ). A handoff is opened in
 * the chat's handoff store, with the procedure and question, for the officials' console; the chat
 * goes quiet as it does after "gặp cán bộ", so what the resident then types in the OA chat (the
 * app calls zmp-sdk `openChat`) reaches the official instead of the bot.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { handoffRequestSchema, handoffResponseSchema, residentHeadersSchema } from '../../shared/api/mini-app-api-schemas';
import { initialConversation } from '../../shared/conversation/converse';
import { openHandoff } from '../storage/handoff-store';
import { lockConversationState } from '../storage/locked-conversation-store';
import { saveConversationState } from '../storage/conversation-store';
import { residentOf } from './resident-auth';
import { enterHandoff } from './draft-slots';
import { openConversation, sealConversation } from './sealed-conversation';

export const handoffRoute: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db, cipher } = services;
  app.post(
    '/me/handoff',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'Ask for an official about a procedure and question (then open the OA chat)',
        headers: residentHeadersSchema,
        body: handoffRequestSchema,
        response: { 200: handoffResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema, 503: apiErrorSchema },
      },
    },
    async (request) => {
      const { userId } = residentOf(request);
      const now = services.clock().toISOString();
      await db.transaction().execute(async (trx) => {
        const sealed = await lockConversationState(trx, userId, () => sealConversation(cipher, initialConversation()), now);
        await saveConversationState(trx, userId, sealConversation(cipher, enterHandoff(openConversation(cipher, sealed))), now);
        await openHandoff(trx, { userId, reason: 'requested', procedureId: request.body.procedureId, questionId: request.body.questionId, ruleId: null, openedAt: now });
      });
      services.metrics.handoffs.inc();
      services.live.publish('handoffs');
      return { oaId: services.config.zalo.oaId };
    },
  );
};
