/**
 * A change to a handoff (claim, assign, reply, note, resolve). The server answers with the handoff
 * as the list shows it, so the list is updated at once, then refetched for anything else changed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HandoffItem } from '../../../../../shared/api/console-handoff-schemas';
import { handoffListQuery } from '../../api/handoff-api';
import { queryKeys } from '../../api/query-keys';

export function useHandoffAction<Input>(action: (input: Input) => Promise<{ item: HandoffItem }>, onDone?: (item: HandoffItem) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: ({ item }) => {
      queryClient.setQueryData(handoffListQuery('open').queryKey, (list) => list && { ...list, items: list.items.flatMap((old) => (old.id !== item.id ? [old] : item.status === 'open' ? [item] : [])) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.handoffs });
      onDone?.(item);
    },
  });
}
