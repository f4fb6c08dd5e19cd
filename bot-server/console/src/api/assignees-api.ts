/**
 * Who a handoff can be given to (`GET /api/console/assignees`, supervisors and admins): active
 * officials, supervisors and admins who see this commune's work, for the "Giao cho…" picker.
 */
import { queryOptions } from '@tanstack/react-query';
import { assigneeListResponseSchema } from '../../../../shared/api/console-api-schemas';
import { consoleGet } from './console-request';
import { queryKeys } from './query-keys';

export const assigneesQuery = queryOptions({
  queryKey: queryKeys.assignees,
  queryFn: ({ signal }) => consoleGet('/api/console/assignees', assigneeListResponseSchema, signal),
  staleTime: 5 * 60_000,
});
