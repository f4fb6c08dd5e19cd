/** My consents (sự đồng ý) as recorded, and withdrawing one (the record stays, with its withdrawal time). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { consentListResponseSchema, consentParamsSchema, residentHeadersSchema } from '../../shared/api/mini-app-api-schemas';
import { listConsents } from '../storage/consent-store';
import { withdrawConsent } from '../storage/consent-withdrawal-store';
import { residentOf } from './resident-auth';
import { residentErrors } from './resident-errors';

const stringList = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
};

export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;

  app.get(
    '/me/consents',
    { schema: { tags: ['mini-app'], summary: 'The consents I gave, oldest first, withdrawn ones included', headers: residentHeadersSchema, response: { 200: consentListResponseSchema, 401: apiErrorSchema, 503: apiErrorSchema } } },
    async (request) => ({
      items: (await listConsents(db, residentOf(request).userId)).map((row) => ({
        id: row.id,
        policyVersion: row.policy_version,
        purposes: stringList(row.purposes),
        dataCategories: stringList(row.data_categories),
        procedureId: row.procedure_id,
        givenAt: row.given_at,
        withdrawnAt: row.withdrawn_at,
      })),
    }),
  );

  app.post(
    '/me/consents/:id/withdraw',
    { schema: { tags: ['mini-app'], summary: 'Withdraw a consent', headers: residentHeadersSchema, params: consentParamsSchema, response: { 204: z.null(), 401: apiErrorSchema, 404: apiErrorSchema, 503: apiErrorSchema } } },
    async (request, reply) => {
      const found = await withdrawConsent(db, { userId: residentOf(request).userId, id: request.params.id, now: services.clock().toISOString() });
      if (!found) throw residentErrors.consentNotFound();
      return reply.status(204).send(null);
    },
  );
};
