/** `GET /api/procedures/:id/definition`: the parsed procedure, so the Mini App runs the same engine client-side. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema, procedureIdParamsSchema } from '../../shared/api/procedure-api-schemas';
import { procedureDefinitionResponseSchema } from '../../shared/api/mini-app-api-schemas';
import { vietnamClock } from '../../shared/rules/calendar';
import { residentErrors } from './resident-errors';

export const procedureDefinitionRoute: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { catalog } = services;
  app.get(
    '/procedures/:id/definition',
    {
      schema: {
        tags: ['mini-app'],
        summary: 'The parsed procedure the engine runs: the version in force, or the `version` a draft is pinned to',
        params: procedureIdParamsSchema,
        querystring: z.object({ version: z.coerce.number().int().min(1).optional() }),
        response: { 200: procedureDefinitionResponseSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { version } = request.query;
      const procedure = version === undefined ? catalog.current(id, vietnamClock(services.clock().toISOString()).date) : catalog.get(id, version);
      if (!procedure || procedure.status !== 'published') throw residentErrors.procedureNotFound();
      return { procedure };
    },
  );
};
