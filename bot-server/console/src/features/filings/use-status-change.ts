/**
 * Changing a filing's status. After a success, and after a 409 (someone else changed it first),
 * the filings are refetched so the page shows where the filing stands now.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FilingStatusChangeRequest } from '../../../../../shared/api/console-filing-schemas';
import { hasStatus } from '../../api/console-api-error';
import { changeFilingStatus } from '../../api/filing-api';
import { queryKeys } from '../../api/query-keys';

export function useStatusChange(reference: string) {
  const queryClient = useQueryClient();
  const reload = () => void queryClient.invalidateQueries({ queryKey: queryKeys.filings });
  return useMutation({
    mutationFn: (change: FilingStatusChangeRequest) => changeFilingStatus(reference, change),
    onSuccess: reload,
    onError: (error) => {
      if (hasStatus(error, 409)) reload();
    },
  });
}
