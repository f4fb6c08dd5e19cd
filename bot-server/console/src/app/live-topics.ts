/**
 * What each live event from `GET /api/console/events` makes stale. The server names an event after
 * the area that changed (its data, `{ at }`, is not needed: the page refetches that area).
 */
import type { QueryKey } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';

export const LIVE_TOPICS: Record<string, QueryKey> = {
  handoffs: queryKeys.handoffs,
  filings: queryKeys.filings,
  appointments: queryKeys.appointments,
};

export const LIVE_EVENTS_URL = '/api/console/events';
