/**
 * The service-quality dashboard (`GET /api/console/dashboard`, supervisors and admins) and the
 * address of the same figures as CSV, which a plain link downloads with the session cookie.
 */
import { queryOptions } from '@tanstack/react-query';
import { dashboardResponseSchema } from '../../../../shared/api/console-dashboard-schemas';
import { consoleGet } from './console-request';
import { queryKeys } from './query-keys';

export interface DashboardPeriod {
  from: string;
  to: string;
  /** '' for every procedure. */
  procedureId: string;
}

function periodSearch(period: DashboardPeriod): string {
  const params = new URLSearchParams({ from: period.from, to: period.to });
  if (period.procedureId !== '') params.set('procedureId', period.procedureId);
  return params.toString();
}

export const dashboardQuery = (period: DashboardPeriod) =>
  queryOptions({
    queryKey: queryKeys.dashboard(periodSearch(period)),
    queryFn: ({ signal }) => consoleGet(`/api/console/dashboard?${periodSearch(period)}`, dashboardResponseSchema, signal),
  });

export const dashboardCsvUrl = (period: DashboardPeriod): string => `/api/console/dashboard.csv?${periodSearch(period)}`;
