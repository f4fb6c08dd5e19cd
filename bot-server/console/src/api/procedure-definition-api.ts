/**
 * A procedure as the engine runs it (`GET /api/procedures/:id/definition`, public): the version in
 * force, so the console asks a volunteer the same questions, with the same checks, as the chat and
 * the Mini App ask a resident.
 */
import { queryOptions } from '@tanstack/react-query';
import { procedureDefinitionResponseSchema } from '../../../../shared/api/mini-app-api-schemas';
import { consoleGet } from './console-request';
import { queryKeys } from './query-keys';

export const procedureDefinitionQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.procedureDefinition(id),
    queryFn: async ({ signal }) => (await consoleGet(`/api/procedures/${encodeURIComponent(id)}/definition`, procedureDefinitionResponseSchema, signal)).procedure,
    // Once loaded, the questions stay as they were while the volunteer answers them.
    staleTime: Infinity,
  });
