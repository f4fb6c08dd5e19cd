/**
 * The filings work queue (hàng đợi hồ sơ): `GET /api/console/filings` a page at a time (cursor),
 * one filing's page, and changing its status. Keys sit under `filings`, so a live `filings` event
 * refetches the lists and the open filing.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { filingPageResponseSchema, filingQueueResponseSchema, filingStatusChangeResponseSchema, type FilingStatusChangeRequest } from '../../../../shared/api/console-filing-schemas';
import { consoleGet, consolePost } from './console-request';
import { REFETCH_EVERY_MS } from './live-fallback';
import { queryKeys } from './query-keys';

const PAGE_SIZE = 50;

function pagePath(filters: string, cursor: string | null): string {
  const params = new URLSearchParams(filters);
  params.set('limit', String(PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return `/api/console/filings?${params.toString()}`;
}

/** `filters`: the list's filters as a query string (features/filings/filing-filters.ts). */
export const filingQueueQuery = (filters: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.filingList(filters),
    queryFn: ({ pageParam, signal }) => consoleGet(pagePath(filters, pageParam), filingQueueResponseSchema, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: REFETCH_EVERY_MS,
  });

export const filingPageQuery = (reference: string) =>
  queryOptions({
    queryKey: queryKeys.filingPage(reference),
    queryFn: ({ signal }) => consoleGet(`/api/console/filings/${encodeURIComponent(reference)}`, filingPageResponseSchema, signal),
  });

export const changeFilingStatus = (reference: string, change: FilingStatusChangeRequest) =>
  consolePost(`/api/console/filings/${encodeURIComponent(reference)}/status`, filingStatusChangeResponseSchema, change);
