/** `GET /api/procedures?q=…` (search, best first, or the whole list) and `GET /api/procedures/:id`. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  apiErrorSchema,
  procedureDetailResponseSchema,
  procedureIdParamsSchema,
  procedureListQuerySchema,
  procedureListResponseSchema,
} from '../../shared/api/procedure-api-schemas';
import { vietnamClock } from '../../shared/rules/calendar';
import { procedureDetail, procedureSummary } from '../api/procedure-views';
import { NotFoundError } from '../app/http-errors';

export const procedureRoutes: FastifyPluginAsyncZod = async (app) => {
  const { catalog, search, clock, holidays } = app.services;

  app.get(
    '/procedures',
    { schema: { tags: ['procedures'], summary: 'List or search procedures (best match first)', querystring: procedureListQuerySchema, response: { 200: procedureListResponseSchema, 400: apiErrorSchema } } },
    async (request) => {
      const today = vietnamClock(clock().toISOString()).date;
      const { q, limit } = request.query;
      const procedures = q
        ? search.search(q, limit).flatMap((hit) => catalog.current(hit.id, today) ?? [])
        : catalog.list(today).slice(0, limit);
      return { items: procedures.map(procedureSummary) };
    },
  );

  app.get(
    '/procedures/:id',
    { schema: { tags: ['procedures'], summary: 'One procedure: agency, documents, fee, time, legal basis', params: procedureIdParamsSchema, response: { 200: procedureDetailResponseSchema, 404: apiErrorSchema } } },
    async (request) => {
      const now = clock().toISOString();
      const procedure = catalog.current(request.params.id, vietnamClock(now).date);
      if (!procedure) throw new NotFoundError('PROCEDURE_NOT_FOUND', 'Không tìm thấy thủ tục này. Hãy tìm lại theo tên thủ tục.', 'No such procedure. Search by name instead.');
      return procedureDetail(procedure, now, holidays);
    },
  );
};
