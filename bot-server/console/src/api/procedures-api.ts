/** The procedures in force (`GET /api/procedures`, public), for the procedure filters of the queue and the dashboard. */
import { queryOptions } from '@tanstack/react-query';
import { procedureListResponseSchema } from '../../../../shared/api/procedure-api-schemas';
import { consoleGet } from './console-request';
import { queryKeys } from './query-keys';

// The route's largest page; the catalog of a commune is well under it.
const ALL = 50;

export const proceduresQuery = queryOptions({
  queryKey: queryKeys.procedures,
  queryFn: ({ signal }) => consoleGet(`/api/procedures?limit=${ALL}`, procedureListResponseSchema, signal),
  staleTime: 60 * 60_000,
  select: (list) => list.items.filter((procedure) => procedure.kind === 'flow').map((procedure) => ({ id: procedure.id, name: procedure.name.vi })),
});
