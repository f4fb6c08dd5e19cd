/**
 * "Gửi cho người dân xác nhận": one request id per content sent, so a double click, or a retry
 * after a lost answer, reaches the server as the same request and the resident gets ONE message.
 * A resident the OA cannot reach, or a phone number the server refuses, goes back to the
 * resident step with the server's own message.
 */
import { useRef } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssistedFilingItem, PrepareAssistedFilingRequest } from '../../../../../shared/api/console-assisted-filing-schemas';
import { prepareAssistedFiling } from '../../api/assisted-filings-api';
import { ConsoleApiError } from '../../api/console-api-error';
import { queryKeys } from '../../api/query-keys';
import { newRequestId } from '../../lib/new-request-id';

type Content = Omit<PrepareAssistedFilingRequest, 'requestId'>;

/** Errors about who the resident is: the resident step is where they are fixed. */
const ABOUT_THE_RESIDENT = new Set(['RESIDENT_NOT_REACHABLE', 'PHONE_INVALID']);
const aboutTheResident = (error: unknown): error is ConsoleApiError => error instanceof ConsoleApiError && ABOUT_THE_RESIDENT.has(error.code);

export function useSendToResident(handlers: { onSent: (item: AssistedFilingItem) => void; onResidentProblem: (message: string) => void }) {
  const queryClient = useQueryClient();
  const sentContent = useRef<{ content: string; requestId: string } | null>(null);
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: prepareAssistedFiling,
    onSuccess: ({ item }) => handlers.onSent(item),
    onError: (error) => {
      if (aboutTheResident(error)) handlers.onResidentProblem(error.message);
    },
    onSettled: () => {
      inFlight.current = false;
      void queryClient.invalidateQueries({ queryKey: queryKeys.assistedFilings });
    },
  });
  const send = (content: Content) => {
    // The button is disabled once React re-renders; a second click before that must not send again.
    if (inFlight.current) return;
    inFlight.current = true;
    const key = JSON.stringify(content);
    if (sentContent.current?.content !== key) sentContent.current = { content: key, requestId: newRequestId() };
    mutation.mutate({ ...content, requestId: sentContent.current.requestId });
  };
  // A problem about the resident is shown on the resident step, not again beside the button.
  return { send, sending: mutation.isPending, error: aboutTheResident(mutation.error) ? null : mutation.error, reset: mutation.reset };
}
