/**
 * Filings prepared for residents (nộp hộ): `GET /api/console/assisted-filings` (volunteers see their
 * own, officials all) and preparing one, which sends the resident ONE Zalo summary to confirm.
 * The list's key sits under `filings`: the resident's answer in the chat is a `filings` event.
 */
import { queryOptions } from '@tanstack/react-query';
import { assistedFilingListResponseSchema, assistedFilingResponseSchema, type PrepareAssistedFilingRequest } from '../../../../shared/api/console-assisted-filing-schemas';
import { consoleGet, consolePost } from './console-request';
import { REFETCH_EVERY_MS } from './live-fallback';
import { queryKeys } from './query-keys';

export const assistedFilingsQuery = queryOptions({
  queryKey: queryKeys.assistedFilings,
  queryFn: ({ signal }) => consoleGet('/api/console/assisted-filings', assistedFilingListResponseSchema, signal),
  refetchInterval: REFETCH_EVERY_MS,
});

export const prepareAssistedFiling = (request: PrepareAssistedFilingRequest) => consolePost('/api/console/assisted-filings', assistedFilingResponseSchema, request);
