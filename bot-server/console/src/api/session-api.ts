/** Signing in and out, and who is signed in (`/api/console/sign-in`, `/sign-out`, `/session`). */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { consoleSessionResponseSchema, type ConsoleSessionResponse, type SignInRequest } from '../../../../shared/api/console-api-schemas';
import { hasStatus } from './console-api-error';
import { consoleGet, consolePost } from './console-request';
import { rememberCsrfToken } from './csrf-token';
import { queryKeys } from './query-keys';

export type SignedInStaff = ConsoleSessionResponse['user'];

/** The current session, or null when nobody is signed in (401). */
async function fetchSession(signal: AbortSignal): Promise<ConsoleSessionResponse | null> {
  try {
    const session = await consoleGet('/api/console/session', consoleSessionResponseSchema, signal);
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (hasStatus(error, 401)) return null;
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: queryKeys.session,
  queryFn: ({ signal }) => fetchSession(signal),
  // Only a 401 from some call (or signing out) changes it; see app/query-client.ts.
  staleTime: Infinity,
});

export async function signIn(credentials: SignInRequest): Promise<ConsoleSessionResponse> {
  const session = await consolePost('/api/console/sign-in', consoleSessionResponseSchema, credentials);
  rememberCsrfToken(session.csrfToken);
  return session;
}

export async function signOut(): Promise<void> {
  await consolePost('/api/console/sign-out', null);
}

/**
 * After signing out or losing the session: drops every cached answer (residents' messages
 * included) and marks nobody signed in, which sends the app back to the sign-in page.
 */
export function forgetSession(queryClient: QueryClient): void {
  rememberCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
  queryClient.setQueryData(queryKeys.session, null);
}
