/**
 * Whether an error means the database could not be reached (refused, dropped, restarting, pool
 * timed out), as opposed to a bug or a bad query. Such a request is answered 503 so its sender
 * tries again later (Zalo retries a webhook; the Mini App and console say "try again shortly").
 */

/** Node's network error codes for a connection that could not be made or was lost. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// PostgreSQL SQLSTATEs: connection exceptions (class 08), shutting down / starting up (57P01–57P03),
// too many connections (53300).
const POSTGRES_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;
// node-postgres and its pool say so in messages only (their errors carry no code).
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

export function isStorageUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  // An HTTP client's error (Zalo out of reach) is not a storage outage, whatever its code.
  if ('isAxiosError' in error && error.isAxiosError === true) return false;
  if (error instanceof AggregateError && error.errors.length > 0 && error.errors.every((inner) => isStorageUnavailable(inner, depth + 1))) return true;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code !== undefined && (NETWORK_CODES.has(code) || POSTGRES_UNAVAILABLE.test(code))) return true;
  if (PG_CONNECTION_MESSAGES.some((message) => error.message.startsWith(message))) return true;
  return isStorageUnavailable(error.cause, depth + 1);
}
