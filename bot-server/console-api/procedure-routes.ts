/**
 * The procedures as the console sees them: every loaded version with its state, for filters, for
 * volunteers choosing what to file, and for admins publishing a version a content editor added as
 * a draft file. Publishing is audited; residents get the version from its effectiveFrom date.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/api/procedure-api-schemas';
import { csrfHeadersSchema } from '../../shared/api/console-api-schemas';
import { consoleProcedureListResponseSchema, procedureResponseSchema, procedureVersionParamsSchema, type ConsoleProcedure } from '../../shared/api/console-procedure-schemas';
import { vietnamClock } from '../../shared/rules/calendar';
import type { Procedure } from '../../shared/schema/procedure-schema';
import { recordAudit } from '../storage/audit-log-store';
import { inTransaction } from '../storage/in-transaction';
import { insertProcedurePublication, listProcedurePublications, type ProcedurePublication } from '../storage/procedure-publication-store';
import { versionKey } from '../catalog/publishable-catalog';
import { ALL_ROLES, requireRole, staffOf } from './console-auth';
import { consoleErrors } from './console-errors';

export const procedureRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app;
  const { db } = services;
  const errors = { 401: apiErrorSchema, 403: apiErrorSchema };

  /** Each procedure with its versions newest first, named by the version in force (or the newest). */
  const procedureViews = async (): Promise<ConsoleProcedure[]> => {
    const today = vietnamClock(services.clock().toISOString()).date;
    const byConsole = new Map<string, ProcedurePublication>((await listProcedurePublications(db)).map((p) => [versionKey(p.procedureId, p.version), p]));
    const versionsOf = new Map<string, Procedure[]>();
    for (const procedure of services.catalog.all()) versionsOf.set(procedure.id, [...(versionsOf.get(procedure.id) ?? []), procedure]);
    return [...versionsOf.entries()].map(([id, versions]) => {
      const newestFirst = versions.sort((a, b) => b.version - a.version);
      const current = services.catalog.current(id, today);
      const shown = current ?? (newestFirst[0] as Procedure);
      return {
        id,
        name: shown.name.vi,
        kind: shown.kind,
        canFile: shown.filing !== undefined,
        inPersonVisit: shown.inPersonVisit !== undefined,
        versions: newestFirst.map((p) => {
          const publication = byConsole.get(versionKey(p.id, p.version));
          return {
            version: p.version,
            status: p.status,
            effectiveFrom: p.effectiveFrom,
            effectiveTo: p.effectiveTo ?? null,
            inForce: current?.version === p.version,
            publishedAt: publication?.publishedAt ?? null,
            publishedBy: publication?.publishedBy ?? null,
          };
        }),
      };
    });
  };

  app.get(
    '/procedures',
    {
      onRequest: requireRole(...ALL_ROLES),
      schema: { tags: ['console'], summary: 'Every procedure with all its loaded versions (draft or published, in force or not)', response: { 200: consoleProcedureListResponseSchema, ...errors } },
    },
    async () => ({ items: await procedureViews() }),
  );

  app.post(
    '/procedures/:id/versions/:version/publish',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['console'],
        summary: 'Publish a draft version (admins): residents get it from its effectiveFrom date, on every instance within 30 s',
        headers: csrfHeadersSchema,
        params: procedureVersionParamsSchema,
        response: { 200: procedureResponseSchema, 404: apiErrorSchema, 409: apiErrorSchema, ...errors },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const { id, version } = request.params;
      const procedure = services.catalog.get(id, version);
      if (!procedure) throw consoleErrors.procedureVersionNotFound();
      if (procedure.status === 'published') throw consoleErrors.procedureVersionPublished();
      const at = services.clock().toISOString();
      await inTransaction(db, async (trx) => {
        if (!(await insertProcedurePublication(trx, { procedureId: id, version, at, by: staff.id }))) throw consoleErrors.procedureVersionPublished();
        await recordAudit(trx, { at, userId: staff.id, action: 'procedure.published', subjectType: 'procedure', subjectId: id, detail: { version, effectiveFrom: procedure.effectiveFrom } });
      });
      await services.publications.reload();
      const item = (await procedureViews()).find((view) => view.id === id);
      if (!item) throw consoleErrors.procedureNotFound();
      return { item };
    },
  );
};
