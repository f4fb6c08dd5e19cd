/**
 * The resident's unfinished sessions (drafts), shared with the chat: list, open one at its
 * current screen, and apply an event to it (see run-draft-event.ts for once-only application
 * and draft-slots.ts for where it is kept).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import {
  draftChangedResponseSchema,
  draftEventRequestSchema,
  draftListResponseSchema,
  draftParamsSchema,
  draftResponseSchema,
  residentHeadersSchema,
} from '../../shared/api/mini-app-api-schemas';
import { vietnamClock } from '../../shared/rules/calendar';
import { loadConversationState } from '../storage/conversation-store';
import { residentOf } from './resident-auth';
import { findDraft, unfinishedDrafts } from './draft-slots';
import { draftView, pinnedProcedure } from './draft-view';
import { openConversation } from './sealed-conversation';
import { runDraftEvent } from './run-draft-event';
import { DRAFT_CHANGED_MESSAGE, residentErrors } from './resident-errors';

const errors = { 401: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 503: apiErrorSchema };

export const draftRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db, cipher, catalog } = services;
  const stateOf = async (userId: string) => openConversation(cipher, await loadConversationState(db, userId));

  app.get(
    '/me/drafts',
    { schema: { tags: ['mini-app'], summary: 'My unfinished sessions (from the chat or the Mini App), most recent first', headers: residentHeadersSchema, response: { 200: draftListResponseSchema, 401: apiErrorSchema, 503: apiErrorSchema } } },
    async (request) => {
      const now = services.clock().toISOString();
      const drafts = unfinishedDrafts(await stateOf(residentOf(request).userId)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return {
        items: drafts.map((session) => {
          const pinned = pinnedProcedure(services, session);
          const question = pinned ? draftView(pinned, session, services, now).outputs.find((o) => o.kind === 'question') : undefined;
          return {
            procedureId: session.procedureId,
            procedureVersion: session.procedureVersion,
            procedureName: (pinned ?? catalog.current(session.procedureId, vietnamClock(now).date))?.name ?? { vi: session.procedureId },
            stage: session.stage,
            ...(question?.kind === 'question' ? { position: question.position } : {}),
            updatedAt: session.updatedAt,
          };
        }),
      };
    },
  );

  app.get(
    '/me/drafts/:procedureId',
    { schema: { tags: ['mini-app'], summary: 'One unfinished session and its current screen (the engine outputs for `resume`)', headers: residentHeadersSchema, params: draftParamsSchema, response: { 200: draftResponseSchema, ...errors } } },
    async (request) => {
      const session = findDraft(await stateOf(residentOf(request).userId), request.params.procedureId);
      if (!session || session.stage === 'submitted' || session.stage === 'cancelled') throw residentErrors.draftNotFound();
      const procedure = pinnedProcedure(services, session);
      if (!procedure) throw residentErrors.procedureUpdated();
      return draftView(procedure, session, services, services.clock().toISOString());
    },
  );

  app.post(
    '/me/drafts/:procedureId/events',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'Apply one engine event (start, answer, back, edit, skip, cancel, startFiling, consent, confirm, handoff), once per eventId',
        headers: residentHeadersSchema,
        params: draftParamsSchema,
        body: draftEventRequestSchema,
        response: { 200: draftResponseSchema, 400: apiErrorSchema, 401: apiErrorSchema, 404: apiErrorSchema, 409: draftChangedResponseSchema.or(apiErrorSchema), 503: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const outcome = await runDraftEvent(services, residentOf(request).userId, request.params.procedureId, request.body);
      if (outcome.kind === 'applied') return outcome.response;
      return reply.status(409).send({ error: { code: 'DRAFT_CHANGED' as const, ...DRAFT_CHANGED_MESSAGE }, current: outcome.current });
    },
  );
};
