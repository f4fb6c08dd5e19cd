/**
 * Appointments at the office (lịch hẹn): a day's list (officials, supervisors, admins) and the
 * slots admins publish, list and cancel. Keys sit under `appointments`, so a live `appointments`
 * event (a resident booked, moved or cancelled) refetches them.
 */
import { queryOptions } from '@tanstack/react-query';
import {
  cancelSlotResponseSchema,
  dayListResponseSchema,
  publishSlotsResponseSchema,
  slotListResponseSchema,
  type PublishSlotsRequest,
} from '../../../../shared/api/appointment-api-schemas';
import { consoleGet, consolePost } from './console-request';
import { REFETCH_EVERY_MS } from './live-fallback';
import { queryKeys } from './query-keys';

export const appointmentDayQuery = (date: string) =>
  queryOptions({
    queryKey: queryKeys.appointmentDay(date),
    queryFn: ({ signal }) => consoleGet(`/api/console/appointments?date=${date}`, dayListResponseSchema, signal),
    refetchInterval: REFETCH_EVERY_MS,
  });

export const appointmentSlotsQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: queryKeys.appointmentSlots(from, to),
    queryFn: ({ signal }) => consoleGet(`/api/console/appointment-slots?${new URLSearchParams({ from, to }).toString()}`, slotListResponseSchema, signal),
    refetchInterval: REFETCH_EVERY_MS,
  });

export const publishSlots = (request: PublishSlotsRequest) => consolePost('/api/console/appointment-slots', publishSlotsResponseSchema, request);

/** `reason`, when given, is sent to the residents booked in the slot. */
export const cancelSlot = (id: number, reason: string) =>
  consolePost(`/api/console/appointment-slots/${id}/cancel`, cancelSlotResponseSchema, reason === '' ? {} : { reason });
