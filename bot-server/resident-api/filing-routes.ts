/**
 * My filings (hồ sơ): the list, one filing with its timeline, and a rating once it has a result.
 * Another resident's reference answers exactly like an unknown one (404), so existence never leaks.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { filingDetailResponseSchema, filingListResponseSchema, filingParamsSchema, filingRatingRequestSchema, residentHeadersSchema } from '../../shared/api/mini-app-api-schemas';
import type { Db } from '../storage/database-types';
import { filingEvents, findFilingByReference, listFilingsByUser, type FilingRow } from '../storage/filing-store';
import { findFilingRating, insertFilingRating } from '../storage/filing-rating-store';
import { residentOf } from './resident-auth';
import { filingDetail, filingSummary } from './filing-views';
import { residentErrors } from './resident-errors';

const WITH_RESULT: ReadonlySet<FilingRow['status']> = new Set(['approved', 'rejected', 'resultReady']);

async function ownFiling(db: Db, userId: string, reference: string): Promise<FilingRow> {
  const filing = await findFilingByReference(db, reference);
  if (!filing || filing.user_id !== userId) throw residentErrors.filingNotFound();
  return filing;
}

export const filingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;

  app.get(
    '/me/filings',
    { schema: { tags: ['mini-app'], summary: 'My filings, newest first', headers: residentHeadersSchema, response: { 200: filingListResponseSchema, 401: apiErrorSchema, 503: apiErrorSchema } } },
    async (request) => ({ items: (await listFilingsByUser(db, residentOf(request).userId)).map((filing) => filingSummary(services, filing)) }),
  );

  app.get(
    '/me/filings/:reference',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'One of my filings: papers, fee, my answers, its timeline with what to do next, and my rating',
        headers: residentHeadersSchema,
        params: filingParamsSchema,
        response: { 200: filingDetailResponseSchema, 401: apiErrorSchema, 404: apiErrorSchema, 503: apiErrorSchema },
      },
    },
    async (request) => {
      const filing = await ownFiling(db, residentOf(request).userId, request.params.reference);
      return filingDetail(services, filing, await filingEvents(db, filing.reference), await findFilingRating(db, filing.reference));
    },
  );

  app.post(
    '/me/filings/:reference/rating',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'Rate how my filing was handled (1–5), once it has a result; only once',
        headers: residentHeadersSchema,
        params: filingParamsSchema,
        body: filingRatingRequestSchema,
        response: { 204: z.null(), 400: apiErrorSchema, 401: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 503: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const { userId } = residentOf(request);
      const filing = await ownFiling(db, userId, request.params.reference);
      if (!WITH_RESULT.has(filing.status)) throw residentErrors.noResultYet();
      const comment = request.body.comment === undefined || request.body.comment === '' ? null : services.cipher.seal(request.body.comment);
      const stored = await insertFilingRating(db, { reference: filing.reference, user_id: userId, score: request.body.score, comment, rated_at: services.clock().toISOString() });
      if (!stored) throw residentErrors.alreadyRated();
      return reply.status(204).send(null);
    },
  );
};
