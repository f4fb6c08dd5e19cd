/** The audit log (`GET /api/console/audit-log`, admins and supervisors): who did what, newest first. */
import { queryOptions } from '@tanstack/react-query';
import { auditLogResponseSchema } from '../../../../shared/api/console-api-schemas';
import { consoleGet } from './console-request';
import { queryKeys } from './query-keys';

/** The most the route gives in one answer. */
export const AUDIT_LOG_LIMIT = 500;

export const auditLogQuery = queryOptions({
  queryKey: queryKeys.auditLog,
  queryFn: ({ signal }) => consoleGet(`/api/console/audit-log?limit=${AUDIT_LOG_LIMIT}`, auditLogResponseSchema, signal),
});
