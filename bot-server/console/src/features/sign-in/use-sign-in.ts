/** Signing in: on success the session is cached, and the sign-in page then lets the official in. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signIn } from '../../api/session-api';
import { queryKeys } from '../../api/query-keys';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => queryClient.setQueryData(queryKeys.session, session),
  });
}
