/** The handoff inbox (hộp thư chuyển cán bộ): `/api/console/handoffs…`. */
import { queryOptions } from '@tanstack/react-query';
import { handoffListResponseSchema, handoffResponseSchema, type HandoffItem } from '../../../../shared/api/console-handoff-schemas';
import { consoleGet, consolePost } from './console-request';
import { REFETCH_EVERY_MS } from './live-fallback';
import { queryKeys } from './query-keys';

export type HandoffStatus = HandoffItem['status'];


export const handoffListQuery = (status: HandoffStatus) =>
  queryOptions({
    queryKey: queryKeys.handoffList(status),
    queryFn: ({ signal }) => consoleGet(`/api/console/handoffs?status=${status}`, handoffListResponseSchema, signal),
    refetchInterval: REFETCH_EVERY_MS,
  });

const post = (id: number, action: string, body?: unknown) => consolePost(`/api/console/handoffs/${id}/${action}`, handoffResponseSchema, body);

export const handoffActions = {
  claim: (id: number) => post(id, 'claim'),
  assign: (id: number, userId: number) => post(id, 'assign', { userId }),
  reply: (id: number, text: string) => post(id, 'reply', { text }),
  addNote: (id: number, text: string) => post(id, 'notes', { text }),
  resolve: (id: number) => post(id, 'resolve'),
};
