/**
 * The procedures as the console sees them (`GET /api/console/procedures`, every role): each with
 * all its versions, for the procedure filters, the volunteers' choice of what to file, the
 * appointment slots, and the "Thủ tục" page where admins publish a draft version.
 */
import { queryOptions } from '@tanstack/react-query';
import { consoleProcedureListResponseSchema, procedureResponseSchema } from '../../../../shared/api/console-procedure-schemas';
import { consoleGet, consolePost } from './console-request';
import { queryKeys } from './query-keys';

export const consoleProceduresQuery = queryOptions({
  queryKey: queryKeys.procedures,
  queryFn: ({ signal }) => consoleGet('/api/console/procedures', consoleProcedureListResponseSchema, signal),
  // Versions change only when an admin publishes one (this page invalidates it) or a date passes.
  staleTime: 10 * 60_000,
});

/** Procedures with questions (the only ones filings and figures exist for), by name, for filters. */
export const proceduresQuery = queryOptions({
  ...consoleProceduresQuery,
  select: (list) => list.items.filter((procedure) => procedure.kind === 'flow').map((procedure) => ({ id: procedure.id, name: procedure.name })),
});

export const publishProcedureVersion = (id: string, version: number) =>
  consolePost(`/api/console/procedures/${encodeURIComponent(id)}/versions/${version}/publish`, procedureResponseSchema);
