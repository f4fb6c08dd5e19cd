/**
 * The console's react-query client. A 401 from any request means the session ended (expired, or
 * signed out in another tab): the app forgets it and shows the sign-in page. Reads are retried
 * only when trying again can help (no answer, or a server failure), never on a refusal.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ConsoleApiError, hasStatus } from '../api/console-api-error';
import { forgetSession } from '../api/session-api';

const worthRetrying = (failures: number, error: unknown): boolean =>
  failures < 2 && error instanceof ConsoleApiError && (error.status === null || error.status >= 500);

export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (hasStatus(error, 401)) forgetSession(queryClient);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: worthRetrying, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
