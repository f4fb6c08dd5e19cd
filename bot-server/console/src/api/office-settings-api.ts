/**
 * The desk's settings: office hours (`/api/console/office-hours`, every account reads them) and
 * the canned replies (`/api/console/canned-replies`); admins replace either with PUT.
 */
import { queryOptions } from '@tanstack/react-query';
import { cannedRepliesResponseSchema } from '../../../../shared/api/console-handoff-schemas';
import { officeHoursResponseSchema, type OfficeHoursSetting } from '../../../../shared/api/console-office-schemas';
import { consoleGet, consolePut } from './console-request';
import { queryKeys } from './query-keys';

export const officeHoursQuery = queryOptions({
  queryKey: queryKeys.officeHours,
  queryFn: ({ signal }) => consoleGet('/api/console/office-hours', officeHoursResponseSchema, signal),
});

export const saveOfficeHours = (hours: OfficeHoursSetting) => consolePut('/api/console/office-hours', officeHoursResponseSchema, hours);

export const cannedRepliesQuery = queryOptions({
  queryKey: queryKeys.cannedReplies,
  queryFn: ({ signal }) => consoleGet('/api/console/canned-replies', cannedRepliesResponseSchema, signal),
  // Only admins change them, rarely: an open inbox picks up their change within minutes, or on reload.
  staleTime: 5 * 60_000,
});

export const saveCannedReplies = (items: { title: string; text: string }[]) => consolePut('/api/console/canned-replies', cannedRepliesResponseSchema, { items });
